import { type Browser, expect, test } from '@playwright/test';
import { PASSWORD } from './accounts.ts';
import { LoginPage } from './login-page.ts';

/** Today in the district, and the three-year plan the demo runs on it (2021–2023, 2024–2026, …). */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const planYear = 2021 + 3 * Math.floor((Number(today.slice(0, 4)) - 2021) / 3);

/** A page signed in as one of the accounts of the city and its second district (SPEC 8). */
async function signedIn(browser: Browser, username: string, displayName: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(username, PASSWORD);
  await expect(page.getByTestId('current-user')).toHaveText(displayName);
  return { page, close: () => context.close() };
}

/** 三级贯通 (SPEC 2.1): the city reads its districts' figures; a district sees only its own. */
test.describe('the city and its districts', () => {
  test('the city’s leader sees both districts on the 驾驶舱 and the battle map', async ({ browser }) => {
    test.slow();
    const { page, close } = await signedIn(browser, 'city-leader', '孙志远');
    await page.goto('/');
    const board = page.getByRole('table').filter({ hasText: '上虞区' }).filter({ hasText: '柯桥区' }).first();
    await expect(page.getByText('各区县目标完成')).toBeVisible();
    await expect(board).toBeVisible();
    await expect(page.getByText(/区县赛马 · \d{4}-Q[1-4]/)).toBeVisible();
    // One district asked for: its own figures, the districts' board gone.
    await page.getByRole('combobox', { name: '地区' }).click();
    await page.getByTitle('柯桥区', { exact: true }).last().click();
    await expect(page.getByText('各区县目标完成')).toBeHidden();

    await page.goto('/battle');
    await page.getByRole('switch', { name: '含10亿以上项目' }).click();
    const rows = page.getByRole('row');
    await expect(rows.filter({ hasText: /^上虞区 · / }).first()).toBeVisible();
    await expect(rows.filter({ hasText: /柯桥区 · / }).first()).toBeVisible();
    await close();
  });

  test('a district’s promoter sees none of another district’s projects and cannot open one by its address', async ({
    browser,
  }) => {
    // The address of one of 上虞区's projects, as the city's leader, who reads both, finds it.
    const city = await signedIn(browser, 'city-leader', '孙志远');
    await city.page.goto('/projects?search=SY-');
    const row = city.page.getByRole('row').filter({ hasText: 'SY-' }).first();
    await expect(row).toBeVisible();
    const href = await row.getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/projects\//);
    await city.close();

    const { page, close } = await signedIn(browser, 'kq-promoter', '沈浩');
    await page.goto('/projects');
    await expect(page.getByRole('row').filter({ hasText: 'KQ-' }).first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'SY-' })).toHaveCount(0);
    await page.goto(href ?? '/');
    await expect(page.getByText('项目不存在或已被删除')).toBeVisible();
    await close();
  });

  test('the city’s ADMIN divides a city target between its two districts', async ({ browser }) => {
    const { page, close } = await signedIn(browser, 'city-admin', '市系统管理员');
    await page.goto('/admin');
    await page.getByRole('tab', { name: '指标' }).click();
    await page.getByRole('button', { name: `分解 新引进10亿元以上制造业项目 ${planYear}-01-01` }).click();
    const quotas = page.getByRole('dialog', { name: /分解/ });
    await expect(quotas.getByText('把全市的目标分解到各区县')).toBeVisible();
    await quotas.getByLabel('上虞区 分解目标').fill('35');
    await quotas.getByLabel('柯桥区 分解目标').fill('25');
    await quotas.getByRole('button', { name: '保存' }).click();
    await expect(quotas).toBeHidden();
    const periods = page.getByRole('region', { name: '新引进10亿元以上制造业项目 考核期' });
    await expect(periods.getByText(/上虞区 35/)).toBeVisible();
    await expect(periods.getByText(/柯桥区 25/)).toBeVisible();
    // The city's 驾驶舱 holds each district to its part.
    await page.goto('/');
    const board = page.getByRole('table').filter({ hasText: '35' }).filter({ hasText: '柯桥区' }).first();
    await expect(board.getByRole('row', { name: /上虞区.*\/ 分解 35/ })).toBeVisible();
    await expect(board.getByRole('row', { name: /柯桥区.*\/ 分解 25/ })).toBeVisible();
    await close();
  });
});
