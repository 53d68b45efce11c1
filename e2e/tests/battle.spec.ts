import { expect, type Locator, type Page, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { ProjectPage } from './project-page.ts';

/** The projects a map shows: its pins, and the count of each cluster. */
async function projectsOnMap(map: Locator): Promise<number> {
  const pins = await map.getByTestId('map-pin').count();
  const clusters = await map
    .getByTestId('map-cluster')
    .evaluateAll((marks) => marks.reduce((sum, m) => sum + Number(m.getAttribute('data-count')), 0));
  return pins + clusters;
}

type BoardProject = { id: string; name: string; responsibleLeader: string | null; latitude: number | null };

/** The board as the API gives it to this user, to check the page against. */
async function boardFromApi(page: Page): Promise<BoardProject[]> {
  const res = await page.request.post('/graphql', {
    data: { query: '{ battleMap { id name responsibleLeader latitude } }' },
  });
  return (await res.json()).data.battleMap;
}

test.describe('挂图作战', () => {
  test.use({ storageState: storageState('leader') });

  test('a leader sees every ≥50亿 project with its leader and light, the same pins on the offline map, and the wall screen', async ({
    page,
  }, testInfo) => {
    await page.goto('/battle');
    const expected = await boardFromApi(page);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    // Other journeys may add projects meanwhile: every project the API lists is on the board, and the count is the rows shown.
    const rows = page
      .getByRole('tabpanel', { name: '看板' })
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('battle-count')).toHaveText(`${await rows.count()} 个项目`);
    const table = page.getByRole('tabpanel', { name: '看板' });
    for (const p of expected) {
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: p.name, exact: true }) });
      await expect(row).toContainText(p.responsibleLeader ?? '');
      await expect(row).toContainText(/红灯|黄灯|绿灯/);
    }
    await testInfo.attach('board', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await page.getByRole('tab', { name: '项目地图' }).click();
    const map = page.getByRole('region', { name: '项目地图' });
    // Every project placed is a pin or counted in a cluster of nearby ones.
    await expect.poll(() => projectsOnMap(map)).toBe(expected.filter((p) => p.latitude !== null).length);
    await expect(map.getByText('杭州湾经开区')).toBeVisible();
    await testInfo.attach('map', { body: await page.screenshot(), contentType: 'image/png' });

    await page.getByRole('tab', { name: '节点时间轴' }).click();
    await expect(page.getByRole('img', { name: '节点时间轴' })).toBeVisible();

    await page.getByRole('button', { name: '大屏' }).click();
    await expect(page).toHaveURL(/\/screen$/);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(page.getByTestId('screen-target')).toHaveText(/\d+/);
    await expect
      .poll(() => projectsOnMap(page.getByRole('region', { name: '项目地图' })))
      .toBe(expected.filter((p) => p.latitude !== null).length);
    await testInfo.attach('wall-screen', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test('a 55亿 project signed by a promoter appears on the board, and leaves it once terminated', async ({ browser }) => {
  test.slow();
  const name = `年产10万吨高端铜箔项目-${Date.now()}`;
  const promoterContext = await browser.newContext({ storageState: storageState('promoter') });
  const promoter = await promoterContext.newPage();
  await promoter.goto('/projects');
  await promoter.getByRole('button', { name: '新增项目' }).click();
  const drawer = promoter.getByRole('dialog', { name: '新增项目' });
  await drawer.getByLabel('项目名称').fill(name);
  await drawer.getByLabel('投资方').fill('浙江虞铜新材料有限公司');
  await drawer.getByLabel('总投资（亿元）').fill('55');
  await drawer.getByLabel('包抓领导').fill('区长 赵明');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(promoter.getByRole('heading', { name })).toBeVisible();
  await new ProjectPage(promoter).advanceTo('已签约');
  await expect(promoter.getByTestId('project-stage')).toHaveText('已签约');

  const leaderContext = await browser.newContext({ storageState: storageState('leader') });
  const leader = await leaderContext.newPage();
  await leader.goto('/battle');
  // The board's first answer (every ≥50亿 project with its nodes, problems and light) is the heaviest
  // of the suite on the embedded database, which answers one statement at a time behind the other worker.
  await expect(leader.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 45_000 });

  await promoter.getByRole('button', { name: '终止项目' }).click();
  const terminate = promoter.getByRole('dialog', { name: '终止项目' });
  await terminate.getByLabel('原因').fill('企业战略调整，撤回投资');
  await terminate.getByRole('button', { name: '终止项目' }).click();
  await expect(terminate).toBeHidden();
  await expect(promoter.getByTestId('project-stage')).toHaveText('已终止');

  await leader.reload();
  await expect(leader.getByTestId('battle-count')).toBeVisible();
  await expect(leader.getByRole('link', { name, exact: true })).toHaveCount(0);
  await promoterContext.close();
  await leaderContext.close();
});
