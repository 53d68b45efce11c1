import type { Page } from '@playwright/test';

/**
 * Picks an option of the open Ant Design select. Its options carry their label as title; the open
 * list is rendered last in the page, after the select showing the current value.
 */
export const chooseOption = (page: Page, label: string) => page.getByTitle(label, { exact: true }).last().click();

/** Picks an option of a searchable Ant Design select by typing it and taking the first match. */
export async function typeOption(page: Page, select: ReturnType<Page['getByLabel']>, label: string) {
  await select.fill(label);
  await page.getByTitle(label, { exact: true }).last().waitFor();
  await select.press('Enter');
}

/**
 * Closes whatever select list or date panel is left open over a dialog's buttons, by clicking the
 * dialog's title, and waits until none is shown.
 */
export async function closeLists(page: Page, dialog: ReturnType<Page['getByRole']>) {
  await dialog.locator('.ant-modal-title').click();
  await page
    .locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-picker-dropdown:not(.ant-picker-dropdown-hidden)',
    )
    .first()
    .waitFor({ state: 'hidden' });
}
