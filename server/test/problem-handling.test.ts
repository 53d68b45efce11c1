import { unitByName } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { quarterOf } from '../src/modules/race/race.service.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type Update = {
  kind: string;
  body: string | null;
  fromDueOn: string | null;
  toDueOn: string | null;
  fromUnit: { id: string } | null;
  toUnit: { id: string } | null;
};
type Problem = {
  id: string;
  dueOn: string | null;
  leadUnit: { id: string };
  coUnits: Array<{ id: string }>;
  viewerActions: string[];
  updates: Update[];
};
const FIELDS = `id dueOn leadUnit { id } coUnits { id } viewerActions
  updates { kind body fromDueOn toDueOn fromUnit { id } toUnit { id } }`;
const EXTEND = `mutation($id: ID!, $d: Date!, $r: String!) { extendProblemDue(id: $id, dueOn: $d, reason: $r) { ${FIELDS} } }`;
const HAND_OVER = `mutation($id: ID!, $u: ID!, $r: String!) { handOverProblem(id: $id, leadUnitId: $u, reason: $r) { ${FIELDS} } }`;

/** Problems: a later due date with its reason (counted in the race), and a hand-over to another lead unit. */
describe('extending and handing over problems', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'promoter2' | 'leader', ApiClient>;
  let ownUnit: string;
  let otherUnit: string;
  let project: string;
  const day = today();

  const raise = async (input: Record<string, unknown>) =>
    (
      await c.promoter.ok<{ raiseProblem: Problem }>(
        `mutation($i: ProblemInput!) { raiseProblem(input: $i) { ${FIELDS} } }`,
        { i: { projectId: project, title: '排污指标', category: 'ENERGY', leadUnitId: ownUnit, ...input } },
      )
    ).raiseProblem;
  const extensionsOf = async (unitId: string) => {
    const { unitRace } = await c.leader.ok<{
      unitRace: { rows: Array<{ unit: { id: string }; problemExtensions: number | null }> };
    }>('query($q: String!) { unitRace(quarter: $q) { rows { unit { id } problemExtensions } } }', {
      q: quarterOf(day),
    });
    return unitRace.rows.find((r) => r.unit.id === unitId)?.problemExtensions ?? 0;
  };

  beforeAll(async () => {
    t = await startTestServer();
    c = (await t.everyone()) as typeof c;
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    otherUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    const created = await c.admin.ok<{ createProject: { id: string } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
      {
        i: {
          name: '问题延期测试项目',
          investor: '延期投资有限公司',
          industry: 'NEW_MATERIALS',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '8',
          leadUnitId: ownUnit,
          stage: 'SIGNED',
          signedOn: addDays(day, -60),
        },
      },
    );
    project = created.createProject.id;
  });
  afterAll(() => t.close());

  it('lets the lead unit extend with a reason, recorded on the timeline and counted in its race', async () => {
    const p = await raise({ dueOn: addDays(day, -3) });
    // Raised a week ago, so that it was already overdue yesterday.
    await t.handle.db.execute(sql`UPDATE problems SET created_at = now() - interval '7 days' WHERE id = ${p.id}`);
    expect(p.viewerActions).toContain('EXTEND');
    const before = await extensionsOf(ownUnit);
    const overdueNow = 'query($id: ID!, $d: Date) { problem(id: $id) { overdue(asOf: $d) } }';
    expect((await c.promoter.ok<{ problem: { overdue: boolean } }>(overdueNow, { id: p.id })).problem.overdue).toBe(
      true,
    );

    // Bad input names the field and changes nothing.
    expect((await c.promoter.fails(EXTEND, { id: p.id, d: addDays(day, 7), r: '  ' })).extensions?.field).toBe(
      'reason',
    );
    expect((await c.promoter.fails(EXTEND, { id: p.id, d: addDays(day, -1), r: '等审批' })).extensions?.field).toBe(
      'dueOn',
    );
    expect((await c.promoter2.fails(EXTEND, { id: p.id, d: addDays(day, 7), r: '等审批' })).extensions?.code).toBe(
      'FORBIDDEN',
    );

    const { extendProblemDue: e } = await c.promoter.ok<{ extendProblemDue: Problem }>(EXTEND, {
      id: p.id,
      d: addDays(day, 7),
      r: '环评批复需省厅会签',
    });
    expect(e.dueOn).toBe(addDays(day, 7));
    expect(e.updates.at(-1)).toMatchObject({
      kind: 'EXTENSION',
      body: '环评批复需省厅会签',
      fromDueOn: addDays(day, -3),
      toDueOn: addDays(day, 7),
      fromUnit: { id: ownUnit },
    });
    // A new date must be later than the one it replaces.
    expect((await c.promoter.fails(EXTEND, { id: p.id, d: addDays(day, 5), r: '再等' })).extensions?.field).toBe(
      'dueOn',
    );
    expect(await extensionsOf(ownUnit)).toBe(before + 1);

    // Not overdue today; as of yesterday it still was, by the date it had then.
    const now = await c.promoter.ok<{ problem: { overdue: boolean } }>(overdueNow, { id: p.id });
    expect(now.problem.overdue).toBe(false);
    const yesterday = await c.promoter.ok<{ problem: { overdue: boolean } }>(overdueNow, {
      id: p.id,
      d: addDays(day, -1),
    });
    expect(yesterday.problem.overdue).toBe(true);
  });

  it('hands a problem to another lead unit by a leader, never by the unit itself, and the new unit takes it up', async () => {
    const p = await raise({ dueOn: addDays(day, 20), coUnitIds: [otherUnit] });
    expect(p.viewerActions).not.toContain('HAND_OVER');
    expect((await c.promoter.fails(HAND_OVER, { id: p.id, u: otherUnit, r: '属地' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await c.promoter2.fails(HAND_OVER, { id: p.id, u: otherUnit, r: '属地' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await c.leader.fails(HAND_OVER, { id: p.id, u: ownUnit, r: '属地' })).extensions?.field).toBe('leadUnitId');
    expect((await c.leader.fails(HAND_OVER, { id: p.id, u: otherUnit, r: '' })).extensions?.field).toBe('reason');

    const { handOverProblem: h } = await c.leader.ok<{ handOverProblem: Problem }>(HAND_OVER, {
      id: p.id,
      u: otherUnit,
      r: '项目位于经开区，由属地牵头更顺',
    });
    expect(h.leadUnit.id).toBe(otherUnit);
    expect(h.coUnits).toEqual([]);
    expect(h.updates.at(-1)).toMatchObject({ kind: 'HANDOVER', fromUnit: { id: ownUnit }, toUnit: { id: otherUnit } });

    type Item = { problem: { id: string } | null };
    const todo = 'query { myTodo { problem { id } } }';
    expect((await c.promoter2.ok<{ myTodo: Item[] }>(todo)).myTodo.map((i) => i.problem?.id)).toContain(p.id);
    expect((await c.promoter.ok<{ myTodo: Item[] }>(todo)).myTodo.map((i) => i.problem?.id)).not.toContain(p.id);
    const notes = await c.promoter2.ok<{ myNotifications: { nodes: Array<{ title: string }> } }>(
      'query { myNotifications { nodes { title } } }',
    );
    expect(notes.myNotifications.nodes.map((n) => n.title)).toContain('新交办问题：排污指标');
  });

  it('refuses both on a problem no longer open', async () => {
    const p = await raise({ dueOn: addDays(day, 10) });
    await c.promoter.ok('mutation($id: ID!) { setProblemStatus(id: $id, status: IN_PROGRESS) { id } }', { id: p.id });
    await c.promoter.ok('mutation($id: ID!) { setProblemStatus(id: $id, status: RESOLVED) { id } }', { id: p.id });
    expect((await c.promoter.fails(EXTEND, { id: p.id, d: addDays(day, 30), r: '等' })).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await c.admin.fails(HAND_OVER, { id: p.id, u: otherUnit, r: '移交' })).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
  });
});
