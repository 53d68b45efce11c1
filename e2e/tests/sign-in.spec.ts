import { expect, test } from '@playwright/test';
import { type Account, accounts, PASSWORD, storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';

for (const account of Object.keys(accounts) as Account[]) {
  test.describe(`${account}`, () => {
    test.use({ storageState: storageState(account) });

    test('sees their name and role, and the pages of the product', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('current-user')).toHaveText(accounts[account].displayName);
      await expect(page.getByTestId('current-role')).toHaveText(accounts[account].role);
      const nav = page.getByRole('navigation');
      // 三员分立: the security and audit administrators have their own page and none of the projects'.
      const pages =
        account === 'security'
          ? ['安全管理']
          : account === 'auditor'
            ? ['安全审计']
            : ['驾驶舱', '我的待办', '挂图作战', '项目库', '问题督办', '履约监管', '月报', '调度会商'];
      for (const name of pages) {
        await expect(nav.getByRole('menuitem', { name })).toBeVisible();
      }
      await expect(nav.getByRole('menuitem', { name: '项目库' })).toHaveCount(pages.includes('项目库') ? 1 : 0);
      await expect(nav.getByRole('menuitem', { name: '系统管理' })).toHaveCount(account === 'admin' ? 1 : 0);
    });
  });
}

test('a wrong password is refused with a clear message and no session', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('leader', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});

test('signing out returns to the sign-in page and the old page needs sign-in again', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('inspector', PASSWORD);
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login$/);
});

test.describe('in English', () => {
  test.use({ storageState: storageState('leader') });

  test('the whole shell switches language and stays switched', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('current-role')).toHaveText('Leader');
    await expect(page.getByRole('navigation').getByRole('menuitem', { name: 'Battle Map' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation').getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByTestId('current-role')).toHaveText('领导');
  });
});

test.describe('through the government identity provider', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a promoter clicks 使用浙政钉登录, signs in on the provider’s own page and lands on 我的待办', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: '使用浙政钉登录' }).click();
    // The provider's page, not the product's.
    await expect(page.getByRole('heading', { name: '统一身份认证' })).toBeVisible();
    expect(new URL(page.url()).port).not.toBe(new URL(test.info().project.use.baseURL ?? '').port);
    await page.getByLabel('账号').fill('zjd-zhangwei');
    await page.getByLabel('密码').fill('Zjd-pass-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/todo$/);
    await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
    await expect(page.getByTestId('current-user')).toHaveText('张伟');
  });
});
