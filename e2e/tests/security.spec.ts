import { expect, test } from '@playwright/test';
import { NobleCryptoPlugin, ScureBase32Plugin, TOTP } from 'otplib';
import { PASSWORD, storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';

/** A code as the authenticator app would show it `steps` periods from now. */
const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret, crypto: new NobleCryptoPlugin(), base32: new ScureBase32Plugin() }).generate({
    epoch: Math.floor(Date.now() / 1000) + steps * 30,
  });

test.describe('安全管理', () => {
  test.use({ storageState: storageState('security') });

  test('the security administrator sees accounts and policy, not the projects', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/security$/);
    await expect(page.getByRole('row', { name: /auditor.*吴芳.*审计管理员/ })).toBeVisible();
    await expect(page.getByRole('navigation').getByText('项目库')).toHaveCount(0);
    await page.goto('/projects');
    await expect(page).toHaveURL(/\/security$/);
    await page.getByRole('tab', { name: '安全策略' }).click();
    await expect(page.getByLabel('锁定前允许的连续失败次数')).toHaveValue('5');
  });

  test('turns on the second factor with a QR code, then signs in with a code', async ({ page, browser }) => {
    await page.goto('/account');
    await page.getByRole('button', { name: '开启动态验证码' }).click();
    await page.getByRole('button', { name: '开始绑定' }).click();
    await expect(page.getByRole('img', { name: '绑定动态验证码的二维码' })).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    await page.getByLabel('6位动态码').fill('000000');
    await page.getByRole('button', { name: '确认绑定' }).click();
    await expect(page.getByText('验证码不正确或已过期')).toBeVisible();
    await page.getByLabel('6位动态码').fill(await codeFor(secret));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await expect(page.getByTestId('recovery-codes')).toContainText(/[A-Z0-9]{5}-[A-Z0-9]{5}/);
    const codes = (await page.getByTestId('recovery-codes').textContent()) ?? '';
    const firstCode = /[A-Z0-9]{5}-[A-Z0-9]{5}/.exec(codes)?.[0] ?? '';
    await page.getByRole('button', { name: '我已保存恢复码' }).click();
    await expect(page.getByText('已开启')).toBeVisible();

    const context = await browser.newContext({ storageState: undefined });
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.signIn('security', PASSWORD);
    // The password was right: now the code, which the code just used to confirm is not.
    await other.getByLabel('动态验证码').fill(await codeFor(secret, 1));
    await login.submit();
    await expect(other.getByTestId('current-user')).toHaveText('周敏');
    await context.close();

    // Off again with a recovery code, as one would after losing the phone.
    await page.getByLabel('动态码或恢复码').fill(firstCode);
    await page.getByRole('button', { name: '关闭动态验证码' }).click();
    await expect(page.getByText('未开启')).toBeVisible();
  });
});

test.describe('a new administrator', () => {
  test('is appointed by the security administrator, changes the password, enrols a second factor, then signs in with a code', async ({
    browser,
  }) => {
    // Three people's pages in turn: more than a minute on a loaded 2-core machine.
    test.slow();
    // ADMIN adds the account with a business role; only the security administrator makes it an administrator.
    const username = `qianjun${Date.now().toString(36).slice(-5)}`;
    const adminContext = await browser.newContext({ storageState: storageState('admin') });
    const admin = await adminContext.newPage();
    const created = await admin.request.post('/graphql', {
      data: {
        query:
          'mutation($u: String!) { createUser(input: { username: $u, displayName: "钱军", role: LEADER, password: "Initial-2026a" }) { id } }',
        variables: { u: username },
      },
    });
    const id = ((await created.json()) as { data: { createUser: { id: string } } }).data.createUser.id;
    await adminContext.close();

    const securityContext = await browser.newContext({ storageState: storageState('security') });
    const security = await securityContext.newPage();
    await security.goto('/security');
    await security
      .getByRole('row', { name: /qianjun/ })
      .getByRole('button', { name: '变更角色' })
      .click();
    const dialog = security.getByRole('dialog');
    await dialog.getByLabel('角色').click();
    await security.getByTitle('系统管理员', { exact: true }).last().click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(security.getByRole('row', { name: new RegExp(`${username}.*钱军.*系统管理员`) })).toBeVisible();
    await securityContext.close();
    expect(id).toBeTruthy();

    const context = await browser.newContext({ storageState: undefined });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(username, 'Initial-2026a');
    await expect(page.getByRole('heading', { name: '请先修改密码' })).toBeVisible();
    await page.getByLabel('当前密码').fill('Initial-2026a');
    await page.getByLabel('新密码', { exact: true }).fill('Second-2026b');
    await page.getByLabel('确认新密码').fill('Second-2026b');
    await page.getByRole('button', { name: '修改密码' }).click();
    // REQUIRE_2FA: nothing else opens until a second factor is enrolled.
    await expect(page.getByRole('heading', { name: '请先绑定动态验证码' })).toBeVisible();
    await page.getByRole('button', { name: '开始绑定' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    await page.getByLabel('6位动态码').fill(await codeFor(secret));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByRole('button', { name: '我已保存恢复码' }).click();
    await expect(page.getByTestId('current-user')).toHaveText('钱军');
    await page.goto('/admin');
    await expect(page.getByRole('tab', { name: '用户' })).toBeVisible();

    await context.close();

    // Another day, another browser: the password, then a code.
    const later = await browser.newContext({ storageState: undefined });
    const again = await later.newPage();
    const second = new LoginPage(again);
    await second.goto();
    await second.signIn(username, 'Second-2026b');
    await again.getByLabel('动态验证码').fill(await codeFor(secret, 1));
    await second.submit();
    await expect(again.getByTestId('current-user')).toHaveText('钱军');
    await later.close();
  });
});
