import { unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type Item = {
  id: string;
  seen: boolean;
  kind: string;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  project: { id: string } | null;
  problem: { id: string } | null;
};
const TODO =
  'query($asOf: Date) { myTodo(asOf: $asOf) { id seen kind title dueOn overdue project { id } problem { id } } }';
type Node = { id: string; plannedOn: string | null; actualOn: string | null };

/** 我的待办 (SPEC 7.1): each kind for the role it belongs to, by the rules the lists use, and gone once done. */
describe('my to-do', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'promoter2' | 'leader' | 'inspector' | 'security' | 'auditor', ApiClient>;
  let ownUnit: string;
  const day = today();

  const todo = async (client: ApiClient, asOf = day) => (await client.ok<{ myTodo: Item[] }>(TODO, { asOf })).myTodo;
  const of = (items: Item[], kind: string, projectId?: string) =>
    items.filter((i) => i.kind === kind && (!projectId || i.project?.id === projectId));

  async function createProject(input: Record<string, unknown>): Promise<string> {
    const res = await c.admin.ok<{ createProject: { id: string } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
      {
        i: {
          name: `待办项目${Math.random().toString(36).slice(2, 7)}`,
          investor: '待办投资有限公司',
          industry: 'NEW_MATERIALS',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '3',
          leadUnitId: ownUnit,
          ...input,
        },
      },
    );
    return res.createProject.id;
  }
  const nodesOf = async (id: string) =>
    (
      await c.admin.ok<{ project: { milestones: Node[] } }>(
        'query($id: ID!) { project(id: $id) { milestones { id plannedOn actualOn } } }',
        { id },
      )
    ).project.milestones;

  beforeAll(async () => {
    t = await startTestServer();
    c = (await t.everyone()) as typeof c;
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
  });
  afterAll(() => t.close());

  it('shows a promoter their unit’s nodes overdue and due within 15 days, overdue first, and drops one once done', async () => {
    // Signed about eight months ago: the early approval nodes are past, later ones still ahead.
    const project = await createProject({ stage: 'SIGNED', signedOn: addDays(day, -240), landArea: '50' });
    const nodes = await nodesOf(project);
    const overdue = nodes.filter((n) => !n.actualOn && n.plannedOn && n.plannedOn < day);
    const dueSoon = nodes.filter(
      (n) => !n.actualOn && n.plannedOn && n.plannedOn >= day && n.plannedOn <= addDays(day, 15),
    );
    expect(overdue.length).toBeGreaterThan(0);
    const items = await todo(c.promoter);
    expect(of(items, 'NODE_OVERDUE', project)).toHaveLength(overdue.length);
    expect(of(items, 'NODE_DUE', project)).toHaveLength(dueSoon.length);
    for (const item of of(items, 'NODE_OVERDUE', project)) expect(item.overdue).toBe(true);
    const firstNotOverdue = items.findIndex((i) => !i.overdue);
    if (firstNotOverdue >= 0) expect(items.slice(firstNotOverdue).every((i) => !i.overdue)).toBe(true);
    // Another unit's promoter has none of it.
    expect(of(await todo(c.promoter2), 'NODE_OVERDUE', project)).toHaveLength(0);

    const done = overdue[0] as Node;
    await c.promoter.ok('mutation($id: ID!, $on: Date!) { updateMilestone(id: $id, actualOn: $on) { id } }', {
      id: done.id,
      on: day,
    });
    expect(of(await todo(c.promoter), 'NODE_OVERDUE', project)).toHaveLength(overdue.length - 1);
    // Seen once, an item stays seen; the node's next state would be a new item.
    const unseen = items.filter((i) => !i.seen).map((i) => i.id);
    expect(unseen.length).toBe(items.length);
    const marked = await c.promoter.ok<{ markTodoSeen: number }>('mutation($ids: [ID!]!) { markTodoSeen(ids: $ids) }', {
      ids: [...unseen, unseen[0]],
    });
    expect(marked.markTodoSeen).toBe(unseen.length);
    expect((await todo(c.promoter)).filter((i) => !i.seen)).toEqual([]);
    // Another user's marks are theirs.
    expect((await todo(c.promoter2)).every((i) => !i.seen)).toBe(true);
    const tooMany = await c.promoter.fails('mutation($ids: [ID!]!) { markTodoSeen(ids: $ids) }', {
      ids: Array.from({ length: 2001 }, (_, i) => `NODE_DUE:${i}`),
    });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    // As of a day before the project was signed, nothing of it was due.
    expect(of(await todo(c.promoter, addDays(day, -400)), 'NODE_OVERDUE', project)).toHaveLength(0);
  });

  it('shows the problems a unit leads or co-operates on, overdue ones as such, to the promoters of those units', async () => {
    const project = await createProject({ stage: 'SIGNED', signedOn: addDays(day, -30), landArea: '10' });
    const other = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    const raise = async (dueOn: string) =>
      (
        await c.promoter.ok<{ raiseProblem: { id: string } }>(
          'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
          {
            i: {
              projectId: project,
              title: `用地${dueOn}`,
              category: 'LAND',
              leadUnitId: ownUnit,
              coUnitIds: [other],
              dueOn,
            },
          },
        )
      ).raiseProblem.id;
    const late = await raise(addDays(day, -3));
    const ahead = await raise(addDays(day, 10));
    // A problem without a due date is in hand, never overdue.
    const undated = (
      await c.promoter.ok<{ raiseProblem: { id: string } }>(
        'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
        {
          i: { projectId: project, title: '无期限问题', category: 'OTHER', leadUnitId: ownUnit },
        },
      )
    ).raiseProblem.id;
    const items = await todo(c.promoter);
    expect(items.find((i) => i.problem?.id === late)).toMatchObject({ kind: 'PROBLEM_OVERDUE', overdue: true });
    expect(items.find((i) => i.problem?.id === ahead)).toMatchObject({ kind: 'PROBLEM_DUE', overdue: false });
    expect(items.find((i) => i.problem?.id === undated)).toMatchObject({
      kind: 'PROBLEM_DUE',
      overdue: false,
      dueOn: null,
    });
    const coUnit = await todo(c.promoter2);
    expect(coUnit.filter((i) => i.problem?.id === late || i.problem?.id === ahead)).toHaveLength(2);

    // Escalated to leaders: awaiting an instruction, until a leader gives one.
    await c.leader.ok('mutation($id: ID!) { escalateProblem(id: $id) { id } }', { id: late });
    expect((await todo(c.leader)).find((i) => i.problem?.id === late)).toMatchObject({ kind: 'AWAITING_INSTRUCTION' });
    await c.leader.ok('mutation($id: ID!) { addProblemNote(id: $id, body: "请国土部门加快办理") { id } }', {
      id: late,
    });
    expect((await todo(c.leader)).find((i) => i.problem?.id === late)).toBeUndefined();

    for (const status of ['IN_PROGRESS', 'RESOLVED']) {
      await c.promoter.ok('mutation($id: ID!, $s: ProblemStatus!) { setProblemStatus(id: $id, status: $s) { id } }', {
        id: ahead,
        s: status,
      });
    }
    expect((await todo(c.promoter)).find((i) => i.problem?.id === ahead)).toBeUndefined();
  });

  it('asks for last month’s and this month’s reports: to file until the due day, missing after, gone once filed', async () => {
    const project = await createProject({ stage: 'SIGNED', signedOn: '2025-01-02', landArea: '10' });
    await c.admin.ok(
      'mutation($id: ID!, $on: Date!) { advanceStage(id: $id, version: 1, to: UNDER_CONSTRUCTION, on: $on) { id } }',
      { id: project, on: '2025-01-10' },
    );
    const reports = async (asOf: string) =>
      of(await todo(c.promoter, asOf), 'REPORT_MISSING', project).map(({ title, dueOn, overdue }) => ({
        month: title.match(/\d{4}-\d{2}/)?.[0],
        filed: title.includes('待填报') ? 'to file' : 'missing',
        dueOn,
        overdue,
      }));
    // On 5 March (the default due day) February is still to file; on the 6th it is missing.
    expect(await reports('2025-03-05')).toEqual([
      { month: '2025-02', filed: 'to file', dueOn: '2025-03-05', overdue: false },
      { month: '2025-03', filed: 'to file', dueOn: '2025-04-05', overdue: false },
    ]);
    expect((await reports('2025-03-06'))[0]).toEqual({
      month: '2025-02',
      filed: 'missing',
      dueOn: '2025-03-05',
      overdue: true,
    });
    const district = of(await todo(c.admin, '2025-03-06'), 'REPORT_MISSING');
    expect(district[0]).toMatchObject({ overdue: true, title: expect.stringContaining('2025-02 月报未报') });

    // In English the same items in English words, the names and values kept.
    c.promoter.language = 'en';
    c.admin.language = 'en';
    try {
      const titles = of(await todo(c.promoter, '2025-03-06'), 'REPORT_MISSING', project).map((i) => i.title);
      expect(titles).toEqual([
        expect.stringMatching(/^待办项目\w+: the report for 2025-02 is missing$/),
        expect.stringMatching(/: the report for 2025-03 is to be filed$/),
      ]);
      const count = of(await todo(c.admin, '2025-03-06'), 'REPORT_MISSING')[0]?.title ?? '';
      expect(count).toMatch(/^Reports for 2025-02 missing: \d+ projects$/);
    } finally {
      c.promoter.language = undefined;
      c.admin.language = undefined;
    }

    // ADMIN moves the due day to the 10th: February is to file again on the 6th.
    const SET = 'mutation($d: Int!) { setReportDueDay(day: $d) { reportDueDay } }';
    expect((await c.promoter.fails(SET, { d: 10 })).extensions?.code).toBe('FORBIDDEN');
    expect((await c.admin.fails(SET, { d: 31 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
    await c.admin.ok(SET, { d: 10 });
    try {
      expect((await reports('2025-03-06'))[0]).toMatchObject({ filed: 'to file', dueOn: '2025-03-10', overdue: false });
      expect(of(await todo(c.admin, '2025-03-06'), 'REPORT_MISSING')[0]?.title ?? '').not.toContain('2025-02');
    } finally {
      await c.admin.ok(SET, { d: 5 });
    }

    await c.promoter.ok(
      'mutation($id: ID!, $m: String!) { submitMonthlyReport(projectId: $id, month: $m, investment: "0.5") { id } }',
      { id: project, m: '2025-02' },
    );
    expect((await reports('2025-03-06')).map((r) => r.month)).toEqual(['2025-03']);
  });

  it('tells ADMIN when a plan target’s last period has ended with none after it', async () => {
    const ended = async (asOf: string) => of(await todo(c.admin, asOf), 'TARGET_PERIOD_ENDED');
    expect(await ended('2023-12-31')).toEqual([]);
    const items = await ended('2024-01-01');
    expect(items.map((i) => i.title)).toEqual([
      '指标“新引进10亿元以上制造业项目”的考核期已于 2023-12-31 结束，请设置新的考核期',
      '指标“总投资1亿美元以上制造业外资项目”的考核期已于 2023-12-31 结束，请设置新的考核期',
    ]);
    expect(of(await todo(c.promoter, '2024-01-01'), 'TARGET_PERIOD_ENDED')).toEqual([]);
    await c.admin.ok(
      'mutation { addTargetPeriod(code: "FOREIGN_MFG_1E8USD", input: { periodStart: "2024-01-01", periodEnd: "2026-12-31", targetValue: "2" }) { code } }',
    );
    expect((await ended('2024-01-01')).map((i) => i.title)).toEqual([expect.stringContaining('新引进10亿元')]);
  });

  it('shows an inspector the inspections due and a rectify-by date drawing near', async () => {
    const project = await createProject({ stage: 'SIGNED', signedOn: addDays(day, -500), landArea: '50' });
    await c.inspector.ok(
      'mutation($id: ID!) { setAgreement(projectId: $id, input: { landArea: "50", taxPerMu: "20" }) { landArea } }',
      {
        id: project,
      },
    );
    expect(of(await todo(c.inspector), 'INSPECTION_DUE', project)).toHaveLength(1);
    expect(of(await todo(c.promoter), 'INSPECTION_DUE', project)).toHaveLength(0);
    await c.inspector.ok('mutation($i: ComplianceCheckInput!) { recordComplianceCheck(input: $i) { id } }', {
      i: {
        projectId: project,
        checkedOn: day,
        period: day.slice(0, 4),
        annualTax: '100',
        action: 'RECTIFICATION_NOTICE',
        rectifyBy: addDays(day, 3),
        findings: '亩均税收未达约定',
      },
    });
    const items = await todo(c.inspector);
    expect(of(items, 'INSPECTION_DUE', project)).toHaveLength(0);
    expect(of(items, 'RECTIFY_DUE', project)).toEqual([
      expect.objectContaining({ dueOn: addDays(day, 3), overdue: false }),
    ]);
    expect(of(await todo(c.inspector, addDays(day, 4)), 'RECTIFY_DUE', project)).toEqual([
      expect.objectContaining({ overdue: true }),
    ]);
  });

  it('shows a leader the red ≥50亿 projects, and ADMIN the district’s counts as the warnings have them', async () => {
    const major = await createProject({
      stage: 'SIGNED',
      signedOn: addDays(day, -240),
      landArea: '300',
      totalInvestment: '60',
      responsibleLeader: '副区长 王建国',
    });
    const light = (
      await c.leader.ok<{ project: { light: string } }>('query($id: ID!) { project(id: $id) { light } }', { id: major })
    ).project.light;
    expect(light).toBe('RED');
    expect(of(await todo(c.leader), 'RED_PROJECT', major)).toHaveLength(1);

    const warnings = (
      await c.admin.ok<{ dashboard: { warnings: { overdueNodes: number; overdueProblems: number } } }>(
        '{ dashboard { warnings { overdueNodes overdueProblems } } }',
      )
    ).dashboard.warnings;
    const admin = await todo(c.admin);
    expect(of(admin, 'NODE_OVERDUE')[0]?.title).toContain(String(warnings.overdueNodes));
    expect(of(admin, 'PROBLEM_OVERDUE')[0]?.title).toContain(String(warnings.overdueProblems));

    // The security and audit administrators have no project work.
    expect(await todo(c.security)).toEqual([]);
    expect(await todo(c.auditor)).toEqual([]);
  });
});
