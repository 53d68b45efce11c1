import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { storageState } from './accounts.ts';
import { chooseOption } from './select.ts';

const desk = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

test.describe('项目库 at a desk', () => {
  test.use({ storageState: storageState('leader'), viewport: desk });

  test('shows the key columns fixed, keeps a chosen set of columns, and keeps its place in the address', async ({
    page,
  }, testInfo) => {
    await page.goto('/projects');
    // The first page of the list; the embedded database answers one query at a time, and the other
    // worker's journey may have it computing figures meanwhile.
    await expect(page.locator('main a[href^="/projects/"]').first()).toBeVisible({ timeout: 30_000 });
    // Every key column is on screen, none under the fixed 红黄绿灯 column on the right.
    const header = (name: string) => page.locator('main thead th').filter({ hasText: new RegExp(`^${name}$`) });
    const light = await header('红黄绿灯').boundingBox();
    expect(light && light.x + light.width).toBeLessThanOrEqual(desk.width);
    for (const name of ['项目名称', '责任单位', '亩均等级', '签约日期']) {
      const box = await header(name).boundingBox();
      expect(box && light && box.x + box.width <= light.x + 1, name).toBe(true);
    }
    await testInfo.attach('projects-1440', { body: await page.screenshot(), contentType: 'image/png' });

    // The column chooser: 投资方 shown, 产业类别 hidden, kept after a reload.
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByRole('checkbox', { name: '投资方' }).check();
    await page.getByRole('checkbox', { name: '产业类别' }).uncheck();
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(page.getByRole('columnheader', { name: '投资方' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '产业类别' })).toHaveCount(0);

    // Filters, sort and page go into the address; a project and Back return to the same rows.
    await page.getByRole('combobox', { name: '全部阶段' }).click();
    await chooseOption(page, '已签约');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/stage=SIGNED/);
    const listed = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && /sort|TOTAL_INVESTMENT/.test(r.request().postData() ?? ''),
    );
    await page.getByRole('columnheader', { name: '总投资（亿元）' }).click();
    await expect(page).toHaveURL(/sort=totalInvestment/);
    const { projects } = (await (await listed).json()).data;
    const total = page.getByText(/^共 \d+ 个项目$/);
    const count = `共 ${projects.totalCount} 个项目`;
    const name = projects.nodes[0].name;
    await expect(total).toHaveText(count);
    const first = page.locator('main table a[href^="/projects/"]').first();
    await expect(first).toHaveText(name);
    await first.click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}/);
    await expect(page.locator('.ant-breadcrumb')).toContainText('项目库');
    await expect(page).toHaveTitle(new RegExp(`^${name}`));
    await page.goBack();
    await expect(page).toHaveURL(/stage=SIGNED/);
    await expect(page).toHaveURL(/sort=totalInvestment/);
    // The same list: signed projects only, the one opened among them. The other worker's journeys may
    // sign a project meanwhile, so neither the count nor the first row is held to the first look.
    await expect(total).toHaveText(/^共 \d+ 个项目$/);
    await expect(page.locator('main table a[href^="/projects/"]').filter({ hasText: name })).toBeVisible();
    const rows = page.locator('main tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNotText: '已签约' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '全部阶段' }).locator('..').locator('..')).toContainText('已签约');

    // Numbered pages and a page size, in the address too.
    await page.goto('/projects?size=20&page=2');
    await expect(page.getByRole('listitem', { name: '2' })).toHaveClass(/ant-pagination-item-active/);
    await expect(page.locator('main table tbody tr.ant-table-row')).toHaveCount(20);
  });
});

test.describe('挂图作战 at a desk', () => {
  test.use({ storageState: storageState('leader'), viewport: desk });

  test('shows problems, compliance and the light without scrolling sideways', async ({ page }, testInfo) => {
    await page.goto('/battle');
    const board = page.getByRole('tabpanel', { name: '看板' });
    await expect(board.getByRole('link').first()).toBeVisible();
    for (const header of ['项目名称', '包抓领导', '未办结问题', '履约', '红黄绿灯']) {
      await expect(board.getByRole('columnheader', { name: header, exact: true })).toBeInViewport();
    }
    await testInfo.attach('battle-1440', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test.describe('on a phone', () => {
  test.use({ storageState: storageState('promoter'), viewport: phone });

  test('the menu is a drawer over the page, its button takes focus, and the title is whole', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByText('招大引强', { exact: true })).toBeVisible();
    const button = page.getByRole('button', { name: '打开菜单' });
    const card = page.locator('main .ant-card').first();
    const [menuBox, cardBox] = [await button.boundingBox(), await card.boundingBox()];
    expect(menuBox && cardBox && menuBox.y + menuBox.height <= cardBox.y).toBe(true);
    const mainWidth = (await page.locator('main').boundingBox())?.width ?? 0;
    await button.click();
    const drawer = page.getByRole('dialog', { name: '主菜单' });
    await expect(drawer).toBeVisible();
    // The drawer lies over the page: the page is not squeezed (it only gains the scrollbar's width).
    expect((await page.locator('main').boundingBox())?.width).toBeGreaterThanOrEqual(mainWidth);
    await testInfo.attach('phone-menu', { body: await page.screenshot(), contentType: 'image/png' });
    await drawer.getByRole('menuitem', { name: '项目库' }).click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(drawer).toBeHidden();
  });

  test('by keyboard alone: skip link, the menu button, then 项目库', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '打开菜单' })).toBeFocused();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: '主菜单' });
    await expect(drawer).toBeVisible();
    // Into the menu and down to 项目库 (驾驶舱, 挂图作战, 项目库).
    for (
      let i = 0;
      i < 8 &&
      !(await drawer
        .getByRole('menuitem', { name: '项目库' })
        .evaluate((e) => e === document.activeElement || e.contains(document.activeElement)));
      i++
    ) {
      await page.keyboard.press(i === 0 ? 'Tab' : 'ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/projects$/);
    // Focus is on the new page's heading, and the tab says where the user is.
    await expect(page.getByRole('heading', { level: 1, name: '项目库' })).toBeFocused();
    await expect(page).toHaveTitle(/^项目库/);
  });
});

test.describe('the wall screen', () => {
  test.use({ storageState: storageState('leader') });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    test(`fits ${size.width}×${size.height} without scrolling, turns its panels and labels its pins`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize(size);
      await page.clock.install();
      await page.goto('/screen');
      await expect(page.getByTestId('screen-target')).toHaveText(/\d+/);
      const overflow = await page.evaluate(() => ({
        vertical: document.documentElement.scrollHeight - window.innerHeight,
        horizontal: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(overflow).toEqual({ vertical: 0, horizontal: 0 });
      await expect(page.getByTestId('map-legend')).toContainText('红灯');
      const map = page.getByRole('region', { name: '项目地图' });
      await expect(map.locator('.map-pin-label').first()).toBeVisible();
      // Nearby projects are one cluster, its largest named: no name lies over another.
      const labels = await map.locator('.map-pin-label').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      const overlapping = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map((b) => `${a.text} × ${b.text}`),
      );
      expect(overlapping).toEqual([]);
      await testInfo.attach(`wall-${size.width}`, { body: await page.screenshot(), contentType: 'image/png' });
      // Left alone, it turns to the board after twenty seconds.
      await page.clock.runFor(21_000);
      await expect(page.getByTestId('wall-panel-board')).toBeVisible();
      await page.getByRole('button', { name: '单位赛马' }).click();
      await expect(page.getByTestId('wall-panel-race').getByRole('table')).toBeVisible();
      await page.getByRole('button', { name: '看板' }).click();
      await expect(page.getByTestId('wall-panel-board').getByRole('row').nth(1)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBe(0);
    });
  }
});

test.describe('in English', () => {
  test.use({ storageState: storageState('promoter'), viewport: desk });

  test('the template and the import’s refusals are in English too', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('zdyq.language', 'en'));
    await page.goto('/projects');
    await page.getByRole('button', { name: 'Import ledger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import ledger' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('link', { name: 'Download the template' }).click();
    expect((await download).suggestedFilename()).toBe('project-ledger-template.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await (await download).path())) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Project ledger');
    if (!sheet) throw new Error('the English template has no “Project ledger” sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const values: Record<string, string> = {
      'Project name': `English import ${Date.now()}`,
      Investor: 'Example Co.',
      Industry: 'Steel',
      Source: 'Newly attracted',
      Manufacturing: 'yes',
      'Total investment (100 million yuan)': '12',
      'Lead unit': '区投资促进中心',
    };
    sheet.addRow(headers.map((h) => values[h] ?? null));
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file' }).click();
    await (await chooser).setFiles({
      name: 'ledger.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    // The refusal is the server's, in English, listing the values allowed in English.
    await expect(
      dialog.getByRole('row', {
        name: /2.*Industry.*“Steel” is not one of the values allowed: New materials, Modern medicine/,
      }),
    ).toBeVisible();
  });
});

test.describe('我的待办 in English', () => {
  test.use({ storageState: storageState('promoter'), viewport: desk });

  test('says each to-do in English, names kept, and in Chinese again once the language is switched back', async ({
    page,
  }, testInfo) => {
    await page.addInitScript(() => localStorage.setItem('zdyq.language', 'en'));
    await page.goto('/todo');
    const reports = page.getByRole('region', { name: 'Reports to file or missing' });
    await expect(reports.getByRole('link').first()).toHaveText(
      /: the report for \d{4}-\d{2} is (to be filed|missing)$/,
    );
    await expect(reports).not.toContainText('月报');
    await testInfo.attach('todo-en', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    await page.getByRole('button', { name: '中文' }).click();
    const chinese = page.getByRole('region', { name: '月报待填报或未报' });
    await expect(chinese.getByRole('link').first()).toHaveText(/：\d{4}-\d{2} 月报(待填报|未报)$/);
  });
});
