import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';

/** The messages the local mail server has received so far. */
function mails(): Array<{ to: string[]; raw: string }> {
  const file = process.env.E2E_MAIL_LOG ?? '';
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

test.describe('通知', () => {
  test.use({ storageState: storageState('promoter') });

  test('a leader’s instruction on the promoter’s problem reaches the promoter in the app and by e-mail', async ({
    page,
    browser,
  }) => {
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const res = await page.request.post('/graphql', { data: { query, variables } });
      const body = (await res.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    await gql('mutation { setMyContact(email: "zhangwei@shangyu.gov.cn") { email } }');
    const { me } = await gql<{ me: { unit: { id: string } } }>('{ me { unit { id } } }');
    const { projects } = await gql<{ projects: { nodes: Array<{ id: string }> } }>(
      'query($u: ID!) { projects(filter: { leadUnitId: $u, stage: [SIGNED, UNDER_CONSTRUCTION] }, first: 1) { nodes { id } } }',
      { u: me.unit.id },
    );
    const title = `环评审批待协调${Date.now().toString(36)}`;
    const { raiseProblem } = await gql<{ raiseProblem: { id: string } }>(
      'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
      { i: { projectId: projects.nodes[0]?.id, title, category: 'APPROVAL', leadUnitId: me.unit.id } },
    );

    const leaderContext = await browser.newContext({ storageState: storageState('leader') });
    const leader = await leaderContext.newPage();
    await leader.goto(`/problems/${raiseProblem.id}`);
    await leader.getByLabel('发表批示').fill('请生态环境分局本周内给出意见。');
    await leader.getByRole('button', { name: '发表批示' }).click();
    await expect(leader.getByText('请生态环境分局本周内给出意见。').first()).toBeVisible();
    await leaderContext.close();

    await page.goto('/');
    await page.getByTestId('todo-bell').click();
    await page.getByRole('tab', { name: /通知/ }).click();
    await expect(page.getByRole('button', { name: `新 领导批示：${title}` })).toBeVisible();
    await page.getByRole('button', { name: `新 领导批示：${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/problems/${raiseProblem.id}$`));

    // The outbox worker sends it within seconds to the promoter's address.
    await expect
      .poll(() => mails().filter((m) => m.to.includes('zhangwei@shangyu.gov.cn')).length, { timeout: 20_000 })
      .toBeGreaterThan(0);
  });
});
