import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type Account, storageState } from './accounts.ts';

/**
 * Every page, at a desk (1440×900) and on a phone (390×844), checked by axe-core against WCAG 2.1 A
 * and AA: no serious or critical violation anywhere. ADMIN opens every business page; each other role
 * opens its own pages and those that show it something of its own (its to-do, its unit's projects).
 */
const business = [
  '/',
  '/battle',
  '/projects',
  '/leads',
  '/problems',
  '/compliance',
  '/reports',
  '/meetings',
  '/todo',
  '/account',
];
const pagesOf: Record<Account, string[]> = {
  admin: [...business, '/admin', '/screen', 'project', 'lead', 'problem', 'meeting'],
  promoter: ['/', '/projects', '/reports', '/todo', 'project'],
  promoter2: [],
  leader: ['/', '/battle', '/problems', '/todo', 'problem'],
  inspector: ['/', '/compliance', '/todo', 'project'],
  security: ['/security', '/account'],
  auditor: ['/audit', '/account'],
};
const sizes = { desk: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** A detail page is reached from its list's first row, as a user would. */
const detailFrom: Record<string, string> = {
  project: '/projects',
  lead: '/leads',
  problem: '/problems',
  meeting: '/meetings',
};

/** Moves within the app as its links do, without loading it again; the first visit loads it. */
async function go(page: Page, path: string) {
  if (!page.url().startsWith('http') || path === '/screen' || page.url().endsWith('/screen')) {
    await page.goto(path);
    return;
  }
  const before = await page
    .locator('main h1')
    .first()
    .elementHandle({ timeout: 1000 })
    .catch(() => null);
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  // The page left behind is gone before the next one is looked at.
  if (before) await page.waitForFunction((h1) => !h1?.isConnected, before);
}

async function open(page: Page, target: string) {
  const list = detailFrom[target];
  if (list) {
    await go(page, list);
    const link = page.locator(`main a[href^="${list}/"]`).first();
    await expect(link).toBeVisible();
    await go(page, (await link.getAttribute('href')) ?? list);
  } else {
    await go(page, target);
  }
  await expect(page).toHaveURL((url) => url.pathname !== '/login');
  await expect(page.locator('h1').first()).toBeVisible();
  // Lists and charts are drawn once their data has arrived.
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(200);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      count: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
}

for (const [size, viewport] of Object.entries(sizes)) {
  test.describe(`accessibility at ${size} size`, () => {
    test.use({ viewport });

    test('the sign-in page', async ({ browser }) => {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto('/login');
      await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    for (const [account, targets] of Object.entries(pagesOf) as [Account, string[]][]) {
      if (!targets.length) continue;
      test(`every page of ${account}`, async ({ browser }) => {
        test.slow();
        const context = await browser.newContext({ viewport, locale: 'zh-CN', storageState: storageState(account) });
        const page = await context.newPage();
        const found: Record<string, unknown> = {};
        for (const target of targets) {
          await open(page, target);
          const violations = await seriousViolations(page);
          if (violations.length) found[target] = violations;
        }
        await context.close();
        expect(found).toEqual({});
      });
    }
  });
}
