import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';
import { chooseOption, typeOption } from './select.ts';

test.describe('系统管理', () => {
  test.use({ storageState: storageState('admin') });

  test('admin adds a promoter, who must change the initial password at first sign-in', async ({ page, browser }) => {
    // Its own account each run, so a retry starts afresh.
    const username = `sunli${Date.now().toString(36).slice(-5)}`;
    await page.goto('/admin');
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('孙丽');
    await dialog.getByLabel('角色').click();
    // Only the business roles: the administrators are the security administrator's to appoint.
    await expect(page.getByRole('option', { name: '安全管理员' })).toHaveCount(0);
    await chooseOption(page, '招商人员');
    await typeOption(page, dialog.getByLabel('所属单位'), '曹娥江经开区');
    await expect(dialog.getByTitle('曹娥江经开区')).toBeVisible();
    await dialog.getByLabel('初始密码').fill('welcome2024');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('密码须包含大写字母、小写字母、数字、符号中的至少三类')).toBeVisible();
    await dialog.getByLabel('初始密码').fill('Welcome-2024');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(
      page.getByRole('row', { name: new RegExp(`${username}.*孙丽.*招商人员.*曹娥江经开区.*待改初始密码`) }),
    ).toBeVisible();

    const context = await browser.newContext({ storageState: undefined });
    const newcomer = await context.newPage();
    const login = new LoginPage(newcomer);
    await login.goto();
    await login.signIn(username, 'Welcome-2024');
    await expect(newcomer.getByRole('heading', { name: '请先修改密码' })).toBeVisible();
    await newcomer.getByLabel('当前密码').fill('Welcome-2024');
    await newcomer.getByLabel('新密码', { exact: true }).fill('Caoe-river-2024');
    await newcomer.getByLabel('确认新密码').fill('Caoe-river-2024');
    await newcomer.getByRole('button', { name: '修改密码' }).click();
    await expect(newcomer.getByTestId('current-user')).toHaveText('孙丽');
    await expect(newcomer.getByRole('heading', { name: '请先修改密码' })).toHaveCount(0);
    await context.close();
  });

  test('the administrator has no audit log, and other roles no administration page', async ({ page, browser }) => {
    await page.goto('/audit');
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/admin');
    await expect(page.getByRole('tab', { name: '操作日志' })).toHaveCount(0);
    const context = await browser.newContext({ storageState: storageState('leader') });
    const leader = await context.newPage();
    await leader.goto('/admin');
    await expect(leader).toHaveURL(/\/$/);
    await context.close();
  });
});
