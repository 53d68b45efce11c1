import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';

test.use({ storageState: storageState('leader') });

test('a page whose code is gone after a new release offers a reload instead of a blank screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toBeVisible();
  // The open tab's chunk of 调度会商 no longer exists on the server.
  await page.route(/\/assets\/MeetingsPage-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.getByRole('navigation').getByRole('menuitem', { name: '调度会商' }).click();
  await expect(page.getByText('系统已更新')).toBeVisible();
  // Once the release's files are there again, the reload brings the page.
  await page.unroute(/\/assets\/MeetingsPage-[^/]*\.js$/);
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { name: '调度会商' })).toBeVisible();
  // The rest of the app stayed usable meanwhile.
  await page.getByRole('navigation').getByRole('menuitem', { name: '项目库' }).click();
  await expect(page).toHaveURL(/\/projects$/);
});
