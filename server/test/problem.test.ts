import { problems, problemUpdates } from '@zdyq/db/schema';
import { createProject, unitByName } from '@zdyq/db/seed';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { sweepEscalations } from '../src/modules/problem/problem.service.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const PROBLEM = `id title status level dueOn category overdue viewerActions leadUnit { name } coUnits { name }
  project { id light } updates { kind body fromStatus toStatus fromLevel toLevel author { username } }`;
const RAISE = `mutation($input: ProblemInput!) { raiseProblem(input: $input) { ${PROBLEM} } }`;
const STATUS = `mutation($id: ID!, $status: ProblemStatus!, $note: String) { setProblemStatus(id: $id, status: $status, note: $note) { ${PROBLEM} } }`;
const ESCALATE = `mutation($id: ID!, $note: String) { escalateProblem(id: $id, note: $note) { ${PROBLEM} } }`;
const NOTE = `mutation($id: ID!, $body: String!) { addProblemNote(id: $id, body: $body) { ${PROBLEM} } }`;

describe('problems (SPEC 4.4)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let promoter2: ApiClient;
  let leader: ApiClient;
  let inspector: ApiClient;
  let projectId: string;
  let promotion: string;
  let bay: string;
  let energyBureau: string;

  const raise = async (overrides: Record<string, unknown> = {}, client = promoter) =>
    (
      await client.ok(RAISE, {
        input: {
          projectId,
          title: '用能指标缺口3万吨标煤',
          category: 'ENERGY',
          leadUnitId: promotion,
          coUnitIds: [bay],
          dueOn: addDays(today(), 20),
          ...overrides,
        },
      })
    ).raiseProblem;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter, promoter2, leader, inspector } = await t.everyone());
    promotion = (await unitByName(t.handle.db, '区投资促进中心')).id;
    bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    energyBureau = (await unitByName(t.handle.db, '区发改局')).id;
    const project = await createProject(t.handle.db, {
      leadUnitId: promotion,
      totalInvestment: '60',
      responsibleLeader: '副区长 沈国平',
      createdAt: new Date('2024-01-01T00:00:00Z'),
    });
    projectId = project.id;
  });
  afterAll(() => t.close());

  it("is raised by a promoter on their unit's project, with lead and co-units", async () => {
    const p = await raise();
    expect(p).toMatchObject({
      status: 'OPEN',
      level: 'UNIT',
      overdue: false,
      leadUnit: { name: '区投资促进中心' },
      coUnits: [{ name: '杭州湾经开区' }],
    });
    for (const [client, who] of [
      [promoter2, 'promoter2'],
      [leader, 'leader'],
      [inspector, 'inspector'],
    ] as const) {
      const error = await client.fails(RAISE, {
        input: { projectId, title: 'x', category: 'LAND', leadUnitId: promotion },
      });
      expect(error.extensions?.code, who).toBe('FORBIDDEN');
    }
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = (await admin.ok('{ problems { totalCount } }')).problems.totalCount;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '  ' }, 'title'],
      [{ dueOn: '2024-02-30' }, 'dueOn'],
      [{ coUnitIds: ['00000000-0000-0000-0000-000000000000'] }, 'coUnitIds'],
      [{ leadUnitId: '00000000-0000-0000-0000-000000000000' }, 'leadUnitId'],
      [{ projectId: '00000000-0000-0000-0000-000000000000' }, 'projectId'],
    ];
    for (const [overrides, field] of cases) {
      const error = await admin.fails(RAISE, {
        input: { projectId, title: '供电线路迁改', category: 'INFRASTRUCTURE', leadUnitId: promotion, ...overrides },
      });
      expect(error.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await admin.ok('{ problems { totalCount } }')).problems.totalCount).toBe(before);
  });

  it('moves OPEN → IN_PROGRESS → RESOLVED → CLOSED by the right people, every step on the timeline', async () => {
    const p = await raise();
    expect((await inspector.fails(STATUS, { id: p.id, status: 'IN_PROGRESS' })).extensions?.code).toBe('FORBIDDEN');
    expect((await leader.fails(STATUS, { id: p.id, status: 'IN_PROGRESS' })).extensions?.code).toBe('FORBIDDEN');
    expect((await promoter.fails(STATUS, { id: p.id, status: 'CLOSED' })).extensions?.code).toBe('INVALID_TRANSITION');
    expect((await promoter.fails(STATUS, { id: p.id, status: 'RESOLVED' })).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    // The co-unit works it too.
    const started = (await promoter2.ok(STATUS, { id: p.id, status: 'IN_PROGRESS', note: '已对接供电公司' }))
      .setProblemStatus;
    expect(started.status).toBe('IN_PROGRESS');
    const resolved = (await promoter.ok(STATUS, { id: p.id, status: 'RESOLVED' })).setProblemStatus;
    expect(resolved.viewerActions).toContain('CLOSE');
    // Only the raiser (or ADMIN) closes; a co-unit worker may reopen.
    expect((await promoter2.fails(STATUS, { id: p.id, status: 'CLOSED' })).extensions?.code).toBe('FORBIDDEN');
    await promoter2.ok(STATUS, { id: p.id, status: 'IN_PROGRESS', note: '复核未通过' });
    await promoter.ok(STATUS, { id: p.id, status: 'RESOLVED' });
    const closed = (await promoter.ok(STATUS, { id: p.id, status: 'CLOSED' })).setProblemStatus;
    expect(closed.updates.map((u: any) => [u.kind, u.fromStatus, u.toStatus, u.author.username])).toEqual([
      ['STATUS', 'OPEN', 'IN_PROGRESS', 'promoter2'],
      ['STATUS', 'IN_PROGRESS', 'RESOLVED', 'promoter'],
      ['STATUS', 'RESOLVED', 'IN_PROGRESS', 'promoter2'],
      ['STATUS', 'IN_PROGRESS', 'RESOLVED', 'promoter'],
      ['STATUS', 'RESOLVED', 'CLOSED', 'promoter'],
    ]);
    expect(closed.updates[0].body).toBe('已对接供电公司');
    expect((await promoter.fails(STATUS, { id: p.id, status: 'IN_PROGRESS' })).extensions?.code).toBe('FORBIDDEN');
    const { auditLog } = await (await t.as('auditor')).ok(
      'query($id: ID!) { auditLog(entityType: "problem", entityId: $id) { nodes { action } } }',
      { id: p.id },
    );
    expect(auditLog.nodes.map((n: any) => n.action)).toEqual([...Array(5).fill('problem.status'), 'problem.raise']);
  });

  it('is escalated by a leader one level at a time, and a leader’s note is an instruction', async () => {
    const p = await raise();
    expect((await promoter.fails(ESCALATE, { id: p.id })).extensions?.code).toBe('FORBIDDEN');
    const instructed = (await leader.ok(NOTE, { id: p.id, body: '请发改局本周内协调用能指标' })).addProblemNote;
    expect(instructed.updates.at(-1)).toMatchObject({ kind: 'INSTRUCTION', author: { username: 'leader' } });
    const note = (await promoter.ok(NOTE, { id: p.id, body: '已上报用能需求' })).addProblemNote;
    expect(note.updates.at(-1)).toMatchObject({ kind: 'NOTE', author: { username: 'promoter' } });
    expect((await inspector.fails(NOTE, { id: p.id, body: 'x' })).extensions?.code).toBe('FORBIDDEN');
    expect((await promoter.fails(NOTE, { id: p.id, body: '  ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    const once = (await leader.ok(ESCALATE, { id: p.id, note: '列入区领导督办' })).escalateProblem;
    expect(once).toMatchObject({ level: 'LEADER' });
    expect(once.updates.at(-1)).toMatchObject({
      kind: 'ESCALATION',
      fromLevel: 'UNIT',
      toLevel: 'LEADER',
      body: '列入区领导督办',
    });
    expect((await leader.ok(ESCALATE, { id: p.id })).escalateProblem.level).toBe('MEETING');
    expect((await leader.fails(ESCALATE, { id: p.id })).extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('turns the project yellow when escalated and red when overdue', async () => {
    const project = await createProject(t.handle.db, {
      leadUnitId: promotion,
      createdAt: new Date('2024-01-01T00:00:00Z'),
    });
    const LIGHT = 'query($id: ID!, $asOf: Date) { project(id: $id) { light(asOf: $asOf) } }';
    const p = await raise({ projectId: project.id, dueOn: addDays(today(), 10) });
    expect((await leader.ok(LIGHT, { id: project.id })).project.light).toBe('GREEN');
    await leader.ok(ESCALATE, { id: p.id });
    expect((await leader.ok(LIGHT, { id: project.id })).project.light).toBe('YELLOW');
    expect((await leader.ok(LIGHT, { id: project.id, asOf: addDays(today(), 11) })).project.light).toBe('RED');
    const { problem } = await leader.ok('query($id: ID!, $asOf: Date) { problem(id: $id) { overdue(asOf: $asOf) } }', {
      id: p.id,
      asOf: addDays(today(), 11),
    });
    expect(problem.overdue).toBe(true);
  });

  it('lists a co-unit its problems, overdue first', async () => {
    const late = await raise({
      title: '土地指标未落实',
      category: 'LAND',
      dueOn: addDays(today(), -3),
      coUnitIds: [energyBureau],
    });
    await raise({ title: '人才公寓配套', category: 'TALENT', dueOn: addDays(today(), 40), coUnitIds: [energyBureau] });
    const LIST = `query($filter: ProblemFilter) { problems(filter: $filter) { totalCount nodes { title overdue } } }`;
    const { problems: list } = await inspector.ok(LIST, { filter: { unitId: energyBureau } });
    expect(list.totalCount).toBe(2);
    expect(list.nodes[0]).toEqual({ title: late.title, overdue: true });
    const overdueOnly = (await inspector.ok(LIST, { filter: { overdue: true, unitId: energyBureau } })).problems;
    expect(overdueOnly.nodes.map((n: any) => n.title)).toEqual(['土地指标未落实']);
    const byCategory = (await inspector.ok(LIST, { filter: { category: ['TALENT'], unitId: energyBureau } })).problems;
    expect(byCategory.totalCount).toBe(1);
  });

  describe('the automatic escalation sweep', () => {
    it('raises a problem 15 days past due to LEADER and 30 days past due to MEETING, once', async () => {
      const fifteen = await raise({ title: '逾期15天', dueOn: addDays(today(), -15) });
      const fourteen = await raise({ title: '逾期14天', dueOn: addDays(today(), -14) });
      const thirty = await raise({ title: '逾期30天', dueOn: addDays(today(), -30) });
      const done = await raise({ title: '已解决', dueOn: addDays(today(), -40) });
      await promoter.ok(STATUS, { id: done.id, status: 'IN_PROGRESS' });
      await promoter.ok(STATUS, { id: done.id, status: 'RESOLVED' });

      const other = await t.secondInstance();
      const results = await Promise.all([sweepEscalations(t.handle.db), sweepEscalations(other.db)]);
      expect(results.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
      await sweepEscalations(t.handle.db);

      const level = async (id: string) =>
        (await t.handle.db.select().from(problems).where(eq(problems.id, id)))[0]?.level;
      expect(await level(fifteen.id)).toBe('LEADER');
      expect(await level(fourteen.id)).toBe('UNIT');
      expect(await level(thirty.id)).toBe('MEETING');
      expect(await level(done.id)).toBe('UNIT');
      const autos = await t.handle.db
        .select({ problemId: problemUpdates.problemId, n: sql<number>`count(*)::int` })
        .from(problemUpdates)
        .where(eq(problemUpdates.kind, 'AUTO_ESCALATION'))
        .groupBy(problemUpdates.problemId);
      const byProblem = new Map(autos.map((a) => [a.problemId, a.n]));
      expect(byProblem.get(fifteen.id)).toBe(1);
      // Thirty days late on its first sweep: both steps, each once.
      expect(byProblem.get(thirty.id)).toBe(2);
      expect(byProblem.has(fourteen.id)).toBe(false);
      const { problem } = await leader.ok(`query($id: ID!) { problem(id: $id) { ${PROBLEM} } }`, { id: fifteen.id });
      expect(problem.updates.at(-1)).toMatchObject({
        kind: 'AUTO_ESCALATION',
        fromLevel: 'UNIT',
        toLevel: 'LEADER',
        author: null,
      });
      expect(problem.updates.at(-1).body).toContain('逾期15天');
      // Both steps of one sweep share a timestamp: the timeline keeps them in the order they happened.
      const late = (await leader.ok(`query($id: ID!) { problem(id: $id) { ${PROBLEM} } }`, { id: thirty.id })).problem;
      expect(
        late.updates
          .filter((u: { kind: string }) => u.kind === 'AUTO_ESCALATION')
          .map((u: { toLevel: string }) => u.toLevel),
      ).toEqual(['LEADER', 'MEETING']);
    });

    it('leaves the problems of a terminated project alone, and closes them with the termination', async () => {
      const stale = await raise({ title: '终止项目的问题', dueOn: addDays(today(), -40) });
      const { problem: before } = await leader.ok(
        `query($id: ID!) { problem(id: $id) { overdue project { id version } } }`,
        {
          id: stale.id,
        },
      );
      expect(before.overdue).toBe(true);
      await promoter.ok(
        'mutation($id: ID!, $v: Int!, $on: Date!) { terminateProject(id: $id, version: $v, on: $on, reason: "投资方撤资") { id } }',
        { id: before.project.id, v: before.project.version, on: today() },
      );
      const { problem } = await leader.ok(`query($id: ID!) { problem(id: $id) { status overdue level ${PROBLEM} } }`, {
        id: stale.id,
      });
      expect(problem).toMatchObject({ status: 'CLOSED', overdue: false, level: 'UNIT' });
      expect(problem.updates.at(-1)).toMatchObject({
        kind: 'STATUS',
        toStatus: 'CLOSED',
        body: '项目已终止：投资方撤资',
      });
      await sweepEscalations(t.handle.db);
      expect((await t.handle.db.select().from(problems).where(eq(problems.id, stale.id)))[0]?.level).toBe('UNIT');
    });
  });
});
