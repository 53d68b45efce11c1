import { unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type P = {
  id: string;
  version: number;
  responsibleLeader: string | null;
  responsibleLeaderUser: { id: string } | null;
  serviceOfficer: { id: string } | null;
};
const FIELDS = 'id version responsibleLeader responsibleLeaderUser { id } serviceOfficer { id }';
const CREATE = `mutation($i: ProjectInput!) { createProject(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: ProjectPatch!) { updateProject(id: $id, version: $v, input: $p) { ${FIELDS} } }`;
const UNLINKED = '{ unlinkedLeaderProjects { id responsibleLeader } }';

/** 包联领导 as LEADER accounts and 首席服务员 of the lead unit (the leaders' working loop). */
describe('responsible leaders and service officers', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'promoter2' | 'leader', ApiClient>;
  let ownUnit: string;
  let otherUnit: string;
  const base = () => ({
    name: `包联项目${Math.random().toString(36).slice(2, 7)}`,
    investor: '包联投资有限公司',
    industry: 'NEW_MATERIALS',
    source: 'NEW',
    isManufacturing: true,
    totalInvestment: '60',
    leadUnitId: ownUnit,
  });
  const create = async (extra: Record<string, unknown>) =>
    (await c.admin.ok<{ createProject: P }>(CREATE, { i: { ...base(), ...extra } })).createProject;

  beforeAll(async () => {
    t = await startTestServer();
    c = (await t.everyone()) as typeof c;
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    otherUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
  });
  afterAll(() => t.close());

  it('takes a chosen LEADER account and writes its name, and links text that names exactly one', async () => {
    const chosen = await create({ responsibleLeaderId: t.users.leader });
    expect(chosen).toMatchObject({ responsibleLeader: '王建国', responsibleLeaderUser: { id: t.users.leader } });
    const named = await create({ responsibleLeader: '常务副区长 王建国' });
    expect(named).toMatchObject({
      responsibleLeader: '常务副区长 王建国',
      responsibleLeaderUser: { id: t.users.leader },
    });
    const unknown = await create({ responsibleLeader: '区长 赵明' });
    expect(unknown.responsibleLeaderUser).toBeNull();

    // Only a leader's account will do; a ≥50亿 project still needs one of the two.
    const wrong = await c.admin.fails(CREATE, { i: { ...base(), responsibleLeaderId: t.users.promoter } });
    expect(wrong.extensions?.field).toBe('responsibleLeaderId');
    expect((await c.admin.fails(CREATE, { i: base() })).extensions?.field).toBe('responsibleLeader');

    // 我包联的项目.
    const { projects } = await c.leader.ok<{ projects: { nodes: Array<{ id: string }> } }>(
      'query($id: ID) { projects(filter: { responsibleLeaderId: $id }, first: 200) { nodes { id } } }',
      { id: t.users.leader },
    );
    expect(projects.nodes.map((p) => p.id)).toEqual(expect.arrayContaining([chosen.id, named.id]));
    expect(projects.nodes.map((p) => p.id)).not.toContain(unknown.id);
    const { leaders } = await c.promoter.ok<{ leaders: Array<{ id: string; role: string }> }>(
      '{ leaders { id role } }',
    );
    expect(leaders.map((l) => l.id)).toContain(t.users.leader);
    expect(leaders.every((l) => l.role === 'LEADER')).toBe(true);
  });

  it('lists for ADMIN the text no account matched, until ADMIN links it; clearing the account keeps the text', async () => {
    const unknown = await create({ responsibleLeader: '副区长 沈国平' });
    expect((await c.promoter.fails(UNLINKED)).extensions?.code).toBe('FORBIDDEN');
    const listed = (await c.admin.ok<{ unlinkedLeaderProjects: Array<{ id: string }> }>(UNLINKED))
      .unlinkedLeaderProjects;
    expect(listed.map((p) => p.id)).toContain(unknown.id);

    const { updateProject: linked } = await c.admin.ok<{ updateProject: P }>(UPDATE, {
      id: unknown.id,
      v: unknown.version,
      p: { responsibleLeaderId: t.users.leader },
    });
    expect(linked).toMatchObject({ responsibleLeader: '王建国', responsibleLeaderUser: { id: t.users.leader } });
    const after = (await c.admin.ok<{ unlinkedLeaderProjects: Array<{ id: string }> }>(UNLINKED))
      .unlinkedLeaderProjects;
    expect(after.map((p) => p.id)).not.toContain(unknown.id);

    const { updateProject: cleared } = await c.admin.ok<{ updateProject: P }>(UPDATE, {
      id: linked.id,
      v: linked.version,
      p: { responsibleLeaderId: null },
    });
    expect(cleared).toMatchObject({ responsibleLeader: '王建国', responsibleLeaderUser: null });
  });

  it('takes a 首席服务员 only from the lead unit’s promoters, and drops them when the project changes unit', async () => {
    const { unitPromoters } = await c.leader.ok<{ unitPromoters: Array<{ id: string }> }>(
      'query($u: ID!) { unitPromoters(unitId: $u) { id } }',
      { u: ownUnit },
    );
    expect(unitPromoters.map((u) => u.id)).toEqual([t.users.promoter]);
    const p = await create({ responsibleLeaderId: t.users.leader, serviceOfficerId: t.users.promoter });
    expect(p.serviceOfficer?.id).toBe(t.users.promoter);
    const other = await c.admin.fails(CREATE, {
      i: { ...base(), responsibleLeaderId: t.users.leader, serviceOfficerId: t.users.promoter2 },
    });
    expect(other.extensions?.field).toBe('serviceOfficerId');
    const leader = await c.admin.fails(UPDATE, { id: p.id, v: p.version, p: { serviceOfficerId: t.users.leader } });
    expect(leader.extensions?.field).toBe('serviceOfficerId');

    const { updateProject: moved } = await c.admin.ok<{ updateProject: P }>(UPDATE, {
      id: p.id,
      v: p.version,
      p: { leadUnitId: otherUnit },
    });
    expect(moved.serviceOfficer).toBeNull();
    const { updateProject: named } = await c.admin.ok<{ updateProject: P }>(UPDATE, {
      id: p.id,
      v: moved.version,
      p: { serviceOfficerId: t.users.promoter2 },
    });
    expect(named.serviceOfficer?.id).toBe(t.users.promoter2);
    const bad = await c.leader.fails('query { unitPromoters(unitId: "x") { id } }');
    expect(bad.extensions?.field).toBe('unitId');
  });
});
