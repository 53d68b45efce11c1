import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';
import { chooseOption } from './select.ts';

test.describe('系统管理', () => {
  test.use({ storageState: storageState('admin') });

  test('admin adds a promoter who then signs in, and the change is in the audit log', async ({ page, browser }) => {
    await page.goto('/admin');
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('sunli');
    await dialog.getByLabel('姓名').fill('孙丽');
    await dialog.getByLabel('角色').click();
    await chooseOption(page, '招商人员');
    await dialog.getByLabel('所属单位').fill('曹娥江');
    await chooseOption(page, '曹娥江经开区');
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('密码至少8位')).toBeVisible();
    await dialog.getByLabel('初始密码').fill('welcome2024');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('row', { name: /sunli.*孙丽.*招商人员.*曹娥江经开区/ })).toBeVisible();

    const context = await browser.newContext({ storageState: undefined });
    const newcomer = await context.newPage();
    const login = new LoginPage(newcomer);
    await login.goto();
    await login.signIn('sunli', 'welcome2024');
    await expect(newcomer.getByTestId('current-user')).toHaveText('孙丽');
    await context.close();

    await page.getByRole('tab', { name: '操作日志' }).click();
    await expect(page.getByRole('row', { name: /新增用户.*孙丽/ }).first()).toBeVisible();
  });

  test('other roles have no administration page', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState('leader') });
    const page = await context.newPage();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  });
});
