import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { ProjectPage } from './project-page.ts';

test.describe('我的待办', () => {
  test.use({ storageState: storageState('promoter') });

  test('a promoter sees an overdue node in the bell and 我的待办, and recording it done removes it', async ({
    page,
  }) => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const signedOn = new Date(Date.now() - 240 * 86_400_000).toISOString().slice(0, 10);
    const name = `待办演示项目${Date.now().toString(36)}`;
    const gql = async <T>(query: string, variables: Record<string, unknown>) => {
      const res = await page.request.post('/graphql', { data: { query, variables } });
      const body = (await res.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const me = await gql<{ me: { unit: { id: string } } }>('{ me { unit { id } } }', {});
    const created = await gql<{
      createProject: { id: string; milestones: Array<{ name: string; plannedOn: string }> };
    }>(`mutation($i: ProjectInput!) { createProject(input: $i) { id milestones { name plannedOn actualOn } } }`, {
      i: {
        name,
        investor: '待办演示有限公司',
        industry: 'NEW_MATERIALS',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '3',
        leadUnitId: me.me.unit.id,
        stage: 'SIGNED',
        signedOn,
        landArea: '40',
      },
    });
    const overdue = created.createProject.milestones
      .filter((m) => m.plannedOn && m.plannedOn < today && m.name !== '项目签约')
      .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
    const node = overdue[0];
    if (!node) throw new Error('the new project has no overdue node');

    await page.goto('/');
    await expect(page.getByTestId('todo-bell')).toHaveAccessibleName(/我的待办，[1-9]\d* 项未读/);
    const marked = page.waitForResponse((r) => r.request().postData()?.includes('MarkTodoSeen') ?? false);
    await page.getByTestId('todo-bell').click();
    await expect(page).toHaveURL(/\/todo$/);
    // 我的待办 is in the menu, highlighted here; 驾驶舱 is not.
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await expect(menu.getByRole('menuitem', { name: /我的待办/ })).toHaveClass(/ant-menu-item-selected/);
    await expect(menu.getByRole('menuitem', { name: '驾驶舱' })).not.toHaveClass(/ant-menu-item-selected/);
    const late = page.getByRole('region', { name: '逾期节点' });
    await expect(late.getByRole('link', { name: `${name}：${node.name}` })).toBeVisible();
    // Seen once the page is open: no longer new when it is opened again.
    await marked;
    await page.reload();
    await expect(late.getByRole('link', { name: `${name}：${node.name}` })).toBeVisible();
    await expect(late.getByRole('link', { name: `新 ${name}：${node.name}` })).toHaveCount(0);

    await late.getByRole('link', { name: `${name}：${node.name}` }).click();
    const project = new ProjectPage(page);
    await project.openTab('节点');
    await page.getByRole('button', { name: `编辑 ${node.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('完成日期').fill(today);
    await dialog.getByLabel('完成日期').press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(project.nodeRow(node.name)).toContainText('已完成');

    await page.goto('/todo');
    await expect(page.getByRole('link', { name: `${name}：${node.name}` })).toHaveCount(0);
  });
});
