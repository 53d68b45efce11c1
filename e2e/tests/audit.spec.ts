import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';
import { chooseOption } from './select.ts';

test.describe('安全审计', () => {
  test.use({ storageState: storageState('auditor') });

  test('the auditor finds a failed sign-in by filter, checks the chain and exports', async ({ page, browser }) => {
    const context = await browser.newContext({ storageState: undefined });
    const stranger = await context.newPage();
    const login = new LoginPage(stranger);
    await login.goto();
    await login.signIn('promoter', 'not-his-password-1');
    await expect(stranger.getByRole('alert')).toBeVisible();
    await context.close();

    await page.goto('/');
    await expect(page).toHaveURL(/\/audit$/);
    // The families of actions are named in words, not by their codes.
    await page.getByRole('combobox', { name: '操作' }).click();
    await chooseOption(page, '登录 类全部');
    await page.getByLabel('结果').click();
    await chooseOption(page, '失败');
    await page.getByPlaceholder('人员、对象、备注或地址').fill('promoter');
    await page.getByPlaceholder('人员、对象、备注或地址').press('Enter');
    const row = page.getByRole('row', { name: /张伟（promoter）.*登录.*失败/ }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('127.0.0.1');

    await page.getByRole('button', { name: '校验完整性' }).click();
    await expect(page.getByRole('status')).toContainText('审计日志完整');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
