import { expect, test as setup } from '@playwright/test';
import { type Account, accounts, PASSWORD, storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';

// Signs in once per role through the sign-in page; the journeys reuse the sessions.
for (const account of Object.keys(accounts) as Account[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(account, PASSWORD);
    await expect(page.getByTestId('current-user')).toHaveText(accounts[account].displayName);
    await page.context().storageState({ path: storageState(account) });
  });
}
