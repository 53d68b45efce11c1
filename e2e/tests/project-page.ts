import { expect, type Page } from '@playwright/test';
import { chooseOption } from './select.ts';

/** The project page, located as a user sees it. */
export class ProjectPage {
  constructor(readonly page: Page) {}

  async openTab(name: '基本信息' | '节点' | '阶段记录' | '修改历史') {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Advances the project through the stage dialog, on today's date unless given. */
  async advanceTo(stage: string) {
    await this.page.getByRole('button', { name: '推进阶段' }).click();
    const dialog = this.page.getByRole('dialog', { name: '推进阶段' });
    await dialog.getByLabel('推进到').click();
    await chooseOption(this.page, stage);
    await dialog.getByRole('button', { name: '推进阶段' }).click();
    await expect(dialog).toBeHidden();
  }

  nodeRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
}
