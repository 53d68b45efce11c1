import type { Page } from '@playwright/test';

/**
 * Picks an option of the open Ant Design select. Its options carry their label as title; the open
 * list is rendered last in the page, after the select showing the current value.
 */
export const chooseOption = (page: Page, label: string) => page.getByTitle(label, { exact: true }).last().click();
