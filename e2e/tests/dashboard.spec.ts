import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { storageState } from './accounts.ts';
import { ProjectPage } from './project-page.ts';
import { chooseOption } from './select.ts';

const thirty = (page: Page) => page.getByTestId('target-NEW_MFG_10YI');
const countOf = async (page: Page) => Number(await thirty(page).textContent());
const cardOf = (page: Page) => page.getByRole('button', { name: '新引进10亿元以上制造业项目' });

/** Today in the district, and the three-year plan the demo runs on it (2021–2023, 2024–2026, …). */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const planYear = 2021 + 3 * Math.floor((Number(today.slice(0, 4)) - 2021) / 3);
const plan = { start: `${planYear}-01-01`, end: `${planYear + 2}-12-31` };

/** The quarter before today's, "YYYY-Qn". */
function lastQuarter(today: Date): string {
  const q = Math.floor(today.getUTCMonth() / 3);
  return q === 0 ? `${today.getUTCFullYear() - 1}-Q4` : `${today.getUTCFullYear()}-Q${q}`;
}

test.describe
  .serial('驾驶舱: the 30-project target over time', () => {
    test('a leader sees the current plan period against 时序进度; a day in 2023 shows the 2021–2023 one', async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({ storageState: storageState('leader') });
      const page = await context.newPage();
      await page.goto('/');
      const card = cardOf(page);
      // The demo holds the plan running today beside the ended one (SPEC 8).
      await expect(card).toContainText(`考核期 ${plan.start} 至 ${plan.end}`);
      await expect(card).toContainText('时序进度');
      await expect(card).not.toContainText('考核期已结束');
      expect(await countOf(page)).toBeGreaterThan(0);
      // The cards sit in rows of one height, not a ragged grid.
      const boxes = await page
        .getByRole('region', { name: '指标进度' })
        .getByRole('button')
        .evaluateAll((cards) =>
          cards.map((c) => [Math.round(c.getBoundingClientRect().top), Math.round(c.getBoundingClientRect().height)]),
        );
      expect(boxes.length).toBe(6);
      expect(new Set(boxes.map(([top]) => top)).size).toBe(2);
      for (const [top, height] of boxes) expect(height).toBe(boxes.find(([t]) => t === top)?.[1]);
      await testInfo.attach('dashboard', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

      await page.getByLabel('统计日期').fill('2023-06-30');
      await page.getByLabel('统计日期').press('Enter');
      await expect(card).toContainText('考核期 2021-01-01 至 2023-12-31');
      await expect(card).toContainText('/ 30 个');
      const then = await countOf(page);
      expect(then).toBeGreaterThan(0);

      // The figure opens onto the projects behind it.
      await card.click();
      const drawer = page.getByRole('dialog', { name: '新引进10亿元以上制造业项目' });
      await expect(drawer.getByText(`计入项目 (${then})`)).toBeVisible();
      await context.close();
    });

    test('a promoter signs a qualifying project today and the current period’s count rises by one', async ({
      browser,
    }) => {
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
      await dialog.getByLabel('日期').fill(today);
      await dialog.getByLabel('日期').press('Enter');
      await dialog.getByRole('button', { name: '推进阶段' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('project-stage')).toHaveText('已签约');
      await expect(page.getByText('计入30个目标')).toBeVisible();
      await new ProjectPage(page).openTab('阶段记录');
      await expect(page.getByRole('tabpanel', { name: '阶段记录' }).getByText(today).first()).toBeVisible();
      await promoter.close();

      const leader = await browser.newContext({ storageState: storageState('leader') });
      const dashboard = await leader.newPage();
      await dashboard.goto('/');
      // Other journeys sign and terminate projects meanwhile, so the count is not compared with the one
      // read before: the card counts what the target lists, and the list holds this project.
      const counted = async () => {
        const res = await dashboard.request.post('/graphql', {
          data: { query: '{ targets { code projects { name } } }' },
        });
        const targets = (await res.json()).data.targets as Array<{ code: string; projects: Array<{ name: string }> }>;
        return targets.find((x) => x.code === 'NEW_MFG_10YI')?.projects.map((p) => p.name) ?? [];
      };
      expect(await counted()).toContain(name);
      // A page loaded before another journey's change shows the count of then: load it again.
      await expect
        .poll(
          async () => {
            await dashboard.reload();
            await expect(thirty(dashboard)).toHaveText(/\d+/);
            return (await countOf(dashboard)) === (await counted()).length;
          },
          { timeout: 60_000, intervals: [0] },
        )
        .toBe(true);
      await leader.close();
    });

    test('ADMIN sets the current period’s value and baseline and divides it among units; the card and the race follow', async ({
      browser,
    }) => {
      // Three people's pages in turn: more than a minute on a loaded 2-core machine.
      test.slow();
      const admin = await browser.newContext({ storageState: storageState('admin') });
      const page = await admin.newPage();
      await page.goto('/admin');
      await page.getByRole('tab', { name: '指标' }).click();
      const periods = page.getByRole('region', { name: '新引进10亿元以上制造业项目 考核期' });
      // The newest plan first, the ended one marked.
      await expect(periods.getByRole('row').nth(1)).toContainText(plan.start);
      await expect(periods.getByRole('row', { name: /2021-01-01/ })).toContainText('考核期已结束');
      await page.getByRole('button', { name: `编辑 新引进10亿元以上制造业项目 ${plan.start}` }).click();
      const dialog = page.getByRole('dialog', { name: /修改指标|编辑/ });
      await dialog.getByLabel('目标值').fill('36');
      await dialog.getByLabel('基数', { exact: true }).fill('10');
      await dialog.getByLabel('基数年份').fill('2023');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        periods.getByRole('row', { name: new RegExp(`${plan.start}.*${plan.end}.*36.*10（2023）`) }),
      ).toBeVisible();

      await page.getByRole('button', { name: `分解 新引进10亿元以上制造业项目 ${plan.start}` }).click();
      const quotas = page.getByRole('dialog', { name: /分解/ });
      await quotas.getByLabel('杭州湾经开区 分解目标').fill('10');
      await quotas.getByLabel('区投资促进中心 分解目标').fill('8');
      await quotas.getByRole('button', { name: '保存' }).click();
      await expect(quotas).toBeHidden();
      await expect(periods.getByText(/杭州湾经开区 10/)).toBeVisible();
      await expect(periods.getByText(/区投资促进中心 8/)).toBeVisible();
      await admin.close();

      // The card now runs in the new period, against 时序进度.
      const leader = await browser.newContext({ storageState: storageState('leader') });
      const dashboard = await leader.newPage();
      await dashboard.goto('/');
      const card = cardOf(dashboard);
      await expect(card).toContainText('/ 36 个');
      await expect(card).toContainText('时序进度');
      await expect(card).toContainText(`考核期 ${plan.start} 至 ${plan.end}`);
      await card.click();
      const drawer = dashboard.getByRole('dialog', { name: '新引进10亿元以上制造业项目' });
      await expect(
        drawer.getByRole('region', { name: '各单位分解' }).getByRole('row', { name: /杭州湾经开区.*10/ }),
      ).toBeVisible();
      await dashboard.keyboard.press('Escape');
      await expect(dashboard.getByTestId('race-status')).toContainText('暂定');
      await leader.close();

      // A promoter sees their own unit's quota on the card.
      const promoter = await browser.newContext({ storageState: storageState('promoter') });
      const own = await promoter.newPage();
      await own.goto('/');
      await expect(own.getByTestId('own-quota-NEW_MFG_10YI')).toContainText('分解目标 8');
      await promoter.close();
    });

    test('ADMIN publishes last quarter’s race, and the quarterly workbook says so with the date', async ({
      browser,
    }) => {
      const admin = await browser.newContext({ storageState: storageState('admin') });
      const page = await admin.newPage();
      await page.goto('/admin');
      await page.getByRole('tab', { name: '赛马发布' }).click();
      const quarter = lastQuarter(new Date(Date.now() + 8 * 3_600_000));
      await expect(page.getByText(`${quarter}尚未发布`)).toBeVisible();
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
      await expect(page.getByText(new RegExp(`${quarter}已发布`))).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: '下载季度排名表' }).click();
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile(await (await download).path())) as unknown as ExcelJS.Buffer);
      const title = String(book.worksheets[0]?.getRow(1).getCell(1).value);
      expect(title).toContain(quarter);
      expect(title).toMatch(/已发布（\d{4}-\d{2}-\d{2}发布/);
      await admin.close();
    });

    test('the quarterly 督查通报 is issued, downloads and opens with the published ranking', async ({ browser }) => {
      const quarter = lastQuarter(new Date(Date.now() + 8 * 3_600_000));
      const admin = await browser.newContext({ storageState: storageState('admin') });
      const page = await admin.newPage();
      await page.goto('/meetings?tab=bulletins');
      await page.getByRole('button', { name: '出具通报' }).click();
      const dialog = page.getByRole('dialog', { name: '出具通报' });
      // A quarterly bulletin of last quarter is what the form starts with.
      await expect(dialog.getByRole('radio', { name: '季度通报' })).toBeChecked();
      await dialog.getByLabel('最佳案例').fill('铜箔项目签约即开工，三个月完成主体结构。');
      await dialog.getByRole('button', { name: '出具通报' }).click();
      await expect(dialog).toBeHidden();
      const title = `招大引强项目督查通报（${quarter.slice(0, 4)}年第${quarter.slice(6)}季度）`;
      await expect(page.getByRole('cell', { name: title }).first()).toBeVisible();

      // Anyone of the business roles downloads it; it opens in Word with the ranking as published.
      const leader = await browser.newContext({ storageState: storageState('leader') });
      const board = await leader.newPage();
      await board.goto('/meetings?tab=bulletins');
      const download = board.waitForEvent('download');
      await board
        .getByRole('link', { name: `下载 ${title}` })
        .first()
        .click();
      const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(texts[0]).toBe(title);
      const res = await board.request.post('/graphql', {
        data: {
          query: 'query($q: String!) { unitRace(quarter: $q) { published rows { rank score unit { name } } } }',
          variables: { q: quarter },
        },
      });
      const race = (await res.json()).data.unitRace as {
        published: boolean;
        rows: Array<{ rank: number; score: number; unit: { name: string } }>;
      };
      expect(race.published).toBe(true);
      expect(race.rows.length).toBeGreaterThan(0);
      const joined = texts.join('|');
      // In the published order.
      let at = 0;
      for (const r of race.rows) {
        const found = joined.indexOf(`|${r.rank}|${r.unit.name}|${r.score}|`, at);
        expect(found, `${r.rank} ${r.unit.name}`).toBeGreaterThanOrEqual(at);
        at = found;
      }
      expect(joined).toContain('铜箔项目签约即开工');
      await leader.close();
      await admin.close();
    });
  });
