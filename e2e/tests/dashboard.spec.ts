import { expect, type Page, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { ProjectPage } from './project-page.ts';
import { chooseOption } from './select.ts';

const thirty = (page: Page) => page.getByTestId('target-NEW_MFG_10YI');
const countOf = async (page: Page) => Number(await thirty(page).textContent());

test.describe
  .serial('驾驶舱: the 30-project target', () => {
    let before = 0;

    test('a leader sees the target card, and an earlier day shows fewer projects', async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageState('leader') });
      const page = await context.newPage();
      await page.goto('/');
      const card = page.getByRole('button', { name: '新引进10亿元以上制造业项目' });
      await expect(card).toContainText('/ 30 个');
      await expect(card).toContainText('时序进度');
      before = await countOf(page);
      expect(before).toBeGreaterThan(0);

      await page.getByLabel('统计日期').fill('2022-01-01');
      await page.getByLabel('统计日期').press('Enter');
      await expect.poll(() => countOf(page)).toBeLessThan(before);

      // The figure opens onto the projects behind it.
      await card.click();
      const drawer = page.getByRole('dialog', { name: '新引进10亿元以上制造业项目' });
      await expect(drawer.getByText(`计入项目 (${await countOf(page)})`)).toBeVisible();
      await context.close();
    });

    test('a promoter signs a qualifying project inside the period and the count rises by one', async ({ browser }) => {
      const promoter = await browser.newContext({ storageState: storageState('promoter') });
      const page = await promoter.newPage();
      await page.goto('/projects');
      await page.getByRole('button', { name: '新增项目' }).click();
      const drawer = page.getByRole('dialog', { name: '新增项目' });
      const name = `年产8万吨高性能树脂项目-${Date.now()}`;
      await drawer.getByLabel('项目名称').fill(name);
      await drawer.getByLabel('投资方').fill('浙江虞树新材料有限公司');
      await drawer.getByLabel('总投资（亿元）').fill('15');
      await drawer.getByRole('button', { name: '保存' }).click();
      await expect(page.getByRole('heading', { name })).toBeVisible();

      await page.getByRole('button', { name: '推进阶段' }).click();
      const dialog = page.getByRole('dialog', { name: '推进阶段' });
      await dialog.getByLabel('推进到').click();
      await chooseOption(page, '已签约');
      await dialog.getByLabel('日期').fill('2023-06-01');
      await dialog.getByLabel('日期').press('Enter');
      await dialog.getByRole('button', { name: '推进阶段' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('project-stage')).toHaveText('已签约');
      await expect(page.getByText('计入30个目标')).toBeVisible();
      await new ProjectPage(page).openTab('阶段记录');
      await expect(page.getByRole('tabpanel', { name: '阶段记录' }).getByText('2023-06-01')).toBeVisible();
      await promoter.close();

      const leader = await browser.newContext({ storageState: storageState('leader') });
      const dashboard = await leader.newPage();
      await dashboard.goto('/');
      await expect.poll(() => countOf(dashboard)).toBe(before + 1);
      await leader.close();
    });
  });
