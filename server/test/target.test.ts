import { milestones } from '@zdyq/db/schema';
import { createProject, type NewProject, unitByName } from '@zdyq/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const TARGETS = `query($asOf: Date) { targets(asOf: $asOf) { code current target percent elapsedPercent onTrack
  periodStart periodEnd kind annual baseline projects { name } pipeline { name } } }`;

type Target = { code: string; current: number; projects: { name: string }[]; pipeline: { name: string }[] } & Record<
  string,
  any
>;

describe('targets (SPEC 5)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let leader: ApiClient;
  let unit: string;
  let bay: string;

  const add = (name: string, p: Partial<NewProject>) =>
    createProject(t.handle.db, {
      name,
      leadUnitId: unit,
      isManufacturing: true,
      source: 'NEW',
      totalInvestment: '12',
      stage: p.signedOn ? 'SIGNED' : 'NEGOTIATING',
      createdAt: new Date('2020-06-01T00:00:00Z'),
      responsibleLeader: '区长',
      ...p,
    });
  const targets = async (asOf: string): Promise<Record<string, Target>> => {
    const rows: Target[] = (await leader.ok(TARGETS, { asOf })).targets;
    return Object.fromEntries(rows.map((r) => [r.code, r]));
  };

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    leader = await t.as('leader');
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    // The worked example of SPEC 5.
    await add('A 10亿 2022-03-01', {
      totalInvestment: '10',
      signedOn: '2022-03-01',
      startedOn: '2022-06-01',
      stage: 'UNDER_CONSTRUCTION',
    });
    await add('B 9.9999亿', { totalInvestment: '9.9999', signedOn: '2022-03-01' });
    await add('C 12亿 2020-12-31', { totalInvestment: '12', signedOn: '2020-12-31' });
    await add('D 60亿 terminated', {
      totalInvestment: '60',
      signedOn: '2022-05-01',
      terminatedOn: '2022-06-01',
      terminationReason: '撤资',
      stage: 'TERMINATED',
    });
    await add('E EXPANSION 20亿', { totalInvestment: '20', source: 'EXPANSION', signedOn: '2022-04-01' });
    await add('F NEGOTIATING 15亿', { totalInvestment: '15' });
    await add('G non-manufacturing', {
      isManufacturing: false,
      totalInvestment: '30',
      signedOn: '2022-02-01',
      leadUnitId: bay,
    });
    // Edges.
    await add('H period start', { signedOn: '2021-01-01', leadUnitId: bay });
    await add('I period end', { signedOn: '2023-12-31' });
    await add('J after period', { signedOn: '2024-01-01' });
    // The plan counts 总投资1亿美元: the enterprise's 投资总额, however small the foreign share.
    await add('K foreign 1亿美元', {
      isForeign: true,
      totalInvestmentUsd: '10000',
      foreignInvestmentUsd: '2500',
      signedOn: '2022-02-02',
    });
    await add('L foreign just under', {
      isForeign: true,
      totalInvestmentUsd: '9999.9999',
      foreignInvestmentUsd: '9999.9999',
      signedOn: '2022-02-02',
    });
    await add('M chain 1亿', { isChainProject: true, totalInvestment: '1', signedOn: '2022-06-30' });
    await add('N chain under 1亿', { isChainProject: true, totalInvestment: '0.9999', signedOn: '2022-06-30' });
    await add('O logged after asOf', { totalInvestment: '15', createdAt: new Date('2022-07-15T00:00:00Z') });
  });
  afterAll(() => t.close());

  it('counts the worked example on 2022-06-30: 1 project, F in the pipeline, 49.9% of time elapsed', async () => {
    const { NEW_MFG_10YI: target } = await targets('2022-06-30');
    expect(target?.projects.map((p) => p.name).sort()).toEqual(
      ['A 10亿 2022-03-01', 'H period start', 'K foreign 1亿美元', 'L foreign just under'].sort(),
    );
    expect(target?.current).toBe(4);
    // Negotiating on that day: F, and I and J, signed only later; O was logged after it.
    expect(target?.pipeline.map((p) => p.name).sort()).toEqual(
      ['F NEGOTIATING 15亿', 'I period end', 'J after period'].sort(),
    );
    expect(target?.elapsedPercent).toBe(49.86);
    expect(target).toMatchObject({
      target: 30,
      percent: 13.33,
      onTrack: false,
      periodStart: '2021-01-01',
      periodEnd: '2023-12-31',
      baseline: 12,
    });
  });

  it('counts a project terminated later, but not before it was signed', async () => {
    const before = await targets('2022-05-15');
    expect(before.NEW_MFG_10YI?.projects.map((p) => p.name)).toContain('D 60亿 terminated');
    const early = await targets('2022-02-28');
    expect(early.NEW_MFG_10YI?.projects.map((p) => p.name).sort()).toEqual(
      ['H period start', 'K foreign 1亿美元', 'L foreign just under'].sort(),
    );
    expect(early.NEW_MFG_10YI?.pipeline.map((p) => p.name).sort()).toEqual(
      ['A 10亿 2022-03-01', 'D 60亿 terminated', 'F NEGOTIATING 15亿', 'I period end', 'J after period'].sort(),
    );
  });

  it('counts both ends of the period and nothing after it', async () => {
    const { NEW_MFG_10YI: end } = await targets('2024-06-30');
    const names = end?.projects.map((p) => p.name) ?? [];
    expect(names).toContain('H period start');
    expect(names).toContain('I period end');
    expect(names).not.toContain('J after period');
    expect(end?.elapsedPercent).toBe(100);
  });

  it('counts foreign projects from 10000万美元 and chain projects from exactly 1亿, in the year of asOf', async () => {
    const all = await targets('2022-06-30');
    expect(all.FOREIGN_MFG_1E8USD?.projects.map((p) => p.name)).toEqual(['K foreign 1亿美元']);
    expect(all.CHAIN_1YI_YEAR?.projects.map((p) => p.name)).toEqual(['M chain 1亿']);
    expect(all.CHAIN_1YI_YEAR).toMatchObject({ annual: true, periodStart: '2022-01-01', periodEnd: '2022-12-31' });
    expect((await targets('2023-06-30')).CHAIN_1YI_YEAR?.current).toBe(0);
  });

  it('gives every count target a current equal to the projects it lists', async () => {
    for (const asOf of ['2021-06-30', '2022-06-30', '2023-12-31', '2026-01-01']) {
      for (const target of Object.values(await targets(asOf))) {
        if (target.kind === 'COUNT') expect(target.current, `${target.code} ${asOf}`).toBe(target.projects.length);
      }
    }
  });

  it('computes the year’s manufacturing share and landing rate, terminated projects included', async () => {
    const all = await targets('2022-06-30');
    // Signed in 2022 by 06-30: A B D E G K L M N = 9, of which G is not manufacturing; only A has started.
    expect(all.MFG_SHARE_YEAR?.projects).toHaveLength(9);
    expect(all.MFG_SHARE_YEAR?.current).toBe(88.89);
    expect(all.MFG_SHARE_YEAR?.onTrack).toBe(true);
    expect(all.LANDING_RATE_YEAR?.current).toBe(11.11);
    expect(all.LANDING_RATE_YEAR?.onTrack).toBe(false);
  });

  it('lets ADMIN change a target, audited, and no one else', async () => {
    const UPDATE =
      'mutation($input: TargetInput!) { updateTarget(code: "NEW_MFG_10YI", input: $input) { target periodEnd } }';
    expect((await leader.fails(UPDATE, { input: { targetValue: '40' } })).extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.fails(UPDATE, { input: { periodEnd: '2020-01-01' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
    const zero = await admin.fails(UPDATE, { input: { targetValue: '0' } });
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetValue' });
    const { updateTarget } = await admin.ok(UPDATE, { input: { targetValue: '35', periodEnd: '2024-12-31' } });
    expect(updateTarget).toEqual({ target: 35, periodEnd: '2024-12-31' });
    expect((await targets('2024-06-30')).NEW_MFG_10YI?.projects.map((p) => p.name)).toContain('J after period');
    const { auditLog } = await (await t.as('auditor')).ok(
      '{ auditLog(entityType: "target") { nodes { action changes { field from to } } } }',
    );
    expect(auditLog.nodes[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'targetValue', from: '30', to: '35' },
        { field: 'periodEnd', from: '2023-12-31', to: '2024-12-31' },
      ]),
    );
    await admin.ok(UPDATE, { input: { targetValue: '30', periodEnd: '2023-12-31' } });
  });
});

describe('dashboard', () => {
  let t: TestServer;
  let leader: ApiClient;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestServer();
    leader = await t.as('leader');
    admin = await t.as('admin');
    const promotion = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    const base = {
      isManufacturing: true,
      source: 'NEW' as const,
      createdAt: new Date('2021-01-05T00:00:00Z'),
      responsibleLeader: '区长',
    };
    await createProject(t.handle.db, {
      ...base,
      name: 'P1',
      leadUnitId: promotion,
      totalInvestment: '55',
      stage: 'UNDER_CONSTRUCTION',
      signedOn: '2022-01-10',
      startedOn: '2022-04-01',
    });
    await createProject(t.handle.db, {
      ...base,
      name: 'P2',
      leadUnitId: promotion,
      totalInvestment: '12',
      stage: 'SIGNED',
      signedOn: '2022-03-10',
      industry: 'CHEMICAL',
    });
    await createProject(t.handle.db, {
      ...base,
      name: 'P3',
      leadUnitId: bay,
      totalInvestment: '3',
      stage: 'NEGOTIATING',
    });
    const p4 = await createProject(t.handle.db, {
      ...base,
      name: 'P4',
      leadUnitId: bay,
      totalInvestment: '20',
      stage: 'SIGNED',
      signedOn: '2022-02-10',
    });
    // P4 keeps its land node open: overdue from 2022-05-10.
    await t.handle.db
      .update(milestones)
      .set({ actualOn: '2022-03-01' })
      .where(and(eq(milestones.projectId, p4.id), eq(milestones.key, 'COMPANY_REGISTERED')));
  });
  afterAll(() => t.close());

  const DASHBOARD = `query($asOf: Date) { dashboard(asOf: $asOf) { asOf
    stageFunnel { stage count investment } byIndustry { industry count investment }
    signingsByMonth { month count investment }
    byUnit { unit { name } newMajor10Signings major50Signings landingRate nodesOnTimePercent overdueProblems reportsOnTimePercent score rank }
    warnings { overdueNodes projectsWithOverdueNodes overdueProblems projectsWithOverdueProblems nonCompliantProjects }
    weights { key weight } } }`;

  it('shows the stage funnel as it stood on the day', async () => {
    const { dashboard } = await leader.ok(DASHBOARD, { asOf: '2022-02-20' });
    const funnel = Object.fromEntries(dashboard.stageFunnel.map((s: any) => [s.stage, [s.count, s.investment]]));
    expect(funnel).toMatchObject({ NEGOTIATING: [2, '15'], SIGNED: [2, '75'], UNDER_CONSTRUCTION: [0, '0'] });
    const later = await leader.ok(DASHBOARD, { asOf: '2022-06-30' });
    const funnel2 = Object.fromEntries(later.dashboard.stageFunnel.map((s: any) => [s.stage, s.count]));
    expect(funnel2).toMatchObject({ NEGOTIATING: 1, SIGNED: 2, UNDER_CONSTRUCTION: 1 });
  });

  it('counts signings per month over 24 months', async () => {
    const { dashboard } = await leader.ok(DASHBOARD, { asOf: '2022-06-30' });
    expect(dashboard.signingsByMonth).toHaveLength(24);
    expect(dashboard.signingsByMonth.at(-1).month).toBe('2022-06');
    const byMonth = Object.fromEntries(dashboard.signingsByMonth.map((m: any) => [m.month, m.count]));
    expect(byMonth).toMatchObject({ '2022-01': 1, '2022-02': 1, '2022-03': 1, '2022-04': 0 });
  });

  it('ranks the units with their figures and the stored weights, and warns of overdue nodes', async () => {
    const { dashboard } = await leader.ok(DASHBOARD, { asOf: '2022-06-30' });
    const [first, second] = dashboard.byUnit;
    expect(first.unit.name).toBe('区投资促进中心');
    expect(first).toMatchObject({ newMajor10Signings: 2, major50Signings: 1, landingRate: 50, rank: 1 });
    expect(second).toMatchObject({ newMajor10Signings: 1, major50Signings: 0, landingRate: 0, rank: 2 });
    expect(first.score).toBeGreaterThan(second.score);
    expect(dashboard.warnings.projectsWithOverdueNodes).toBeGreaterThanOrEqual(1);
    expect(dashboard.weights.map((w: any) => w.key)).toContain('NEW_10YI_SIGNINGS');
    const { projects } = await leader.ok(
      '{ projects(filter: { warning: [OVERDUE_NODE], asOf: "2022-06-30" }) { totalCount } }',
    );
    expect(projects.totalCount).toBe(dashboard.warnings.projectsWithOverdueNodes);
  });

  it('lets ADMIN change the race weights, which change the score', async () => {
    const SET = 'mutation($input: [ScoreWeightInput!]!) { setScoreWeights(input: $input) { key weight } }';
    expect((await leader.fails(SET, { input: [{ key: 'LANDING_RATE', weight: 50 }] })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const bad = await admin.fails(SET, { input: [{ key: 'LANDING_RATE', weight: 500 }] });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.0.weight' });
    const unknown = await admin.fails(SET, { input: [{ key: 'NOPE', weight: 5 }] });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.0.key' });
    const keys = ['NEW_10YI_SIGNINGS', 'MAJOR_50_SIGNINGS', 'NODES_ON_TIME', 'OVERDUE_PROBLEMS', 'REPORTS_ON_TIME'];
    await admin.ok(SET, { input: [...keys.map((key) => ({ key, weight: 0 })), { key: 'LANDING_RATE', weight: 100 }] });
    const { dashboard } = await leader.ok(DASHBOARD, { asOf: '2022-06-30' });
    expect(dashboard.byUnit[0]).toMatchObject({ score: 50 });
  });
});
