import { expect, type Page, test } from '@playwright/test';
import { storageState } from './accounts.ts';

/** A day from today in the district, "YYYY-MM-DD". */
const dayFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('ADMIN returns a promoter’s monthly report with the reason; it is in the promoter’s 我的待办 until filed again', async ({
  browser,
}) => {
  test.slow();
  const name = `月报审核演示项目${Date.now().toString(36)}`;
  const promoterContext = await browser.newContext({ storageState: storageState('promoter') });
  const promoter = await promoterContext.newPage();
  await promoter.goto('/');
  const me = await gql<{ me: { unit: { id: string } } }>(promoter, '{ me { unit { id } } }');
  const created = await gql<{ createProject: { id: string; version: number } }>(
    promoter,
    'mutation($i: ProjectInput!) { createProject(input: $i) { id version } }',
    {
      i: {
        name,
        investor: '审核演示有限公司',
        industry: 'NEW_MATERIALS',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '4',
        leadUnitId: me.me.unit.id,
        stage: 'SIGNED',
        signedOn: dayFromToday(-120),
      },
    },
  );
  await gql(
    promoter,
    'mutation($id: ID!, $v: Int!, $on: Date!) { advanceStage(id: $id, version: $v, to: UNDER_CONSTRUCTION, on: $on) { id } }',
    { id: created.createProject.id, v: created.createProject.version, on: dayFromToday(-60) },
  );

  // This month is not over: its report is to file by the due day, not missing (SPEC 4.5).
  await promoter.goto('/reports');
  await expect(promoter.getByTestId('reports-missing')).toContainText(
    /待填报 \d+ \/ 共 \d+ 个项目，\d{4}-\d{2}-05 前报送/,
  );
  await expect(promoter.getByRole('row').filter({ hasText: name })).toContainText('待填报');
  // The promoter files this month's report on the sheet.
  await promoter.getByLabel(`${name} 当月完成投资（亿元）`).fill('0.35');
  await promoter.getByRole('button', { name: /保存 \d+ 个项目的月报/ }).click();
  const row = promoter.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('待审核');

  // ADMIN returns it with the reason.
  const adminContext = await browser.newContext({ storageState: storageState('admin') });
  const admin = await adminContext.newPage();
  await admin.goto('/reports');
  await admin.getByRole('button', { name: `退回 ${name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `退回“${name}”的月报` });
  await dialog.getByLabel('退回原因').fill('当月投资与形象进度不符，请核实后重报');
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole('row').filter({ hasText: name })).toContainText('已退回');

  await promoter.goto('/todo');
  const returned = promoter.getByRole('region', { name: '被退回的月报' });
  await expect(returned.getByRole('link', { name: new RegExp(name) })).toContainText('当月投资与形象进度不符');

  // Filed again, it leaves the to-do and awaits review.
  await promoter.goto('/reports');
  await promoter.getByLabel(`${name} 当月完成投资（亿元）`).fill('0.3');
  await promoter.getByRole('button', { name: /保存 \d+ 个项目的月报/ }).click();
  await expect(promoter.getByRole('row').filter({ hasText: name })).toContainText('待审核');
  await promoter.goto('/todo');
  await expect(promoter.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
  await adminContext.close();
  await promoterContext.close();
});

test('the lead unit asks for a later due date with its reason, and the timeline keeps it', async ({ browser }) => {
  const promoterContext = await browser.newContext({ storageState: storageState('promoter') });
  const page = await promoterContext.newPage();
  await page.goto('/');
  const me = await gql<{ me: { unit: { id: string } } }>(page, '{ me { unit { id } } }');
  const { projects } = await gql<{ projects: { nodes: Array<{ id: string }> } }>(
    page,
    'query($u: ID) { projects(filter: { leadUnitId: $u, stage: [SIGNED, UNDER_CONSTRUCTION] }, first: 1) { nodes { id } } }',
    { u: me.me.unit.id },
  );
  const title = `施工用电迟迟未接入-${Date.now().toString(36)}`;
  const { raiseProblem } = await gql<{ raiseProblem: { id: string } }>(
    page,
    'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
    {
      i: {
        projectId: projects.nodes[0]?.id,
        title,
        category: 'INFRASTRUCTURE',
        leadUnitId: me.me.unit.id,
        dueOn: dayFromToday(5),
      },
    },
  );
  await page.goto(`/problems/${raiseProblem.id}`);
  await page.getByRole('button', { name: '申请延期' }).click();
  const dialog = page.getByRole('dialog', { name: '申请延期' });
  const due = dialog.getByLabel('新的办结期限');
  await due.click();
  await due.fill(dayFromToday(20));
  await due.press('Enter');
  await dialog.getByLabel('原因').fill('供电公司排期在下旬');
  await dialog.getByRole('button', { name: '申请延期' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${dayFromToday(5)} → ${dayFromToday(20)}`)).toBeVisible();
  await expect(page.getByText('供电公司排期在下旬')).toBeVisible();
  await promoterContext.close();
});
