import { createProject, type NewProject, unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/** Plan periods that end and begin, unit quotas, the growth indicator (SPEC 5, 5.1). */
const TARGETS = `query($asOf: Date) { targets(asOf: $asOf) { code target current available percent elapsedPercent
  onTrack periodEnded achieved periodStart periodEnd asOf pipeline { name }
  byUnit { unit { name } quota current percent } periods { periodStart periodEnd targetValue quotas { unit { name } value } } } }`;
const ADD = `mutation($code: String!, $input: TargetInput!) { addTargetPeriod(code: $code, input: $input) {
  code periodStart periodEnd target periodEnded } }`;
const QUOTAS = `mutation($code: String!, $start: Date!, $quotas: [UnitQuotaInput!]!) {
  setTargetQuotas(code: $code, periodStart: $start, quotas: $quotas) { code byUnit { unit { name } quota current percent } } }`;

type Target = {
  code: string;
  target: number;
  current: number;
  available: boolean;
  onTrack: boolean;
  periodEnded: boolean;
  achieved: boolean | null;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  pipeline: Array<{ name: string }>;
  byUnit: Array<{ unit: { name: string }; quota: number | null; current: number; percent: number | null }>;
  periods: Array<{ periodStart: string; periodEnd: string; targetValue: string }>;
};

describe('plan periods and unit quotas (SPEC 5.1)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let leader: ApiClient;
  let promoter: ApiClient;
  let bay: string;
  let promotion: string;

  const add = (name: string, p: Partial<NewProject>) =>
    createProject(t.handle.db, {
      name,
      leadUnitId: promotion,
      totalInvestment: '12',
      isManufacturing: true,
      source: 'NEW',
      stage: 'SIGNED',
      createdAt: new Date('2021-01-01T00:00:00Z'),
      ...p,
    });
  const targets = async (client: ApiClient, asOf?: string) =>
    Object.fromEntries(
      (await client.ok<{ targets: Target[] }>(TARGETS, { asOf })).targets.map((x) => [x.code, x]),
    ) as Record<string, Target>;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, leader, promoter } = await t.everyone());
    bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    promotion = (await unitByName(t.handle.db, '区投资促进中心')).id;
    for (let i = 0; i < 10; i++)
      await add(`2022年签约${i}`, { signedOn: '2022-05-01', leadUnitId: i < 4 ? bay : promotion });
    await add('2025年签约·湾区', { signedOn: '2025-03-01', leadUnitId: bay });
    await add('2025年签约·促进中心', { signedOn: '2025-04-01' });
    await add('在谈20亿', { totalInvestment: '20', stage: 'NEGOTIATING' });
  });
  afterAll(() => t.close());

  it('shows a period that ended as ended, with its final result and no pipeline', async () => {
    const all = await targets(leader);
    const card = all.NEW_MFG_10YI;
    expect(card).toMatchObject({
      periodEnded: true,
      achieved: false,
      onTrack: false,
      current: 10,
      target: 30,
      periodStart: '2021-01-01',
      periodEnd: '2023-12-31',
      asOf: '2023-12-31',
      pipeline: [],
    });
    // Within the period the same figure is running, with its pipeline.
    const then = (await targets(leader, '2023-06-30')).NEW_MFG_10YI;
    expect(then).toMatchObject({ periodEnded: false, achieved: null, current: 10 });
    // Then in negotiation: the 20亿 one, and the two signed only in 2025.
    expect(then?.pipeline.map((p) => p.name)).toEqual(['在谈20亿', '2025年签约·湾区', '2025年签约·促进中心']);
  });

  it('lets ADMIN add the next period, which the figures then follow; overlaps and others are refused', async () => {
    const input = { periodStart: '2024-01-01', periodEnd: '2026-12-31', targetValue: '36', baseline: '10' };
    expect((await leader.fails(ADD, { code: 'NEW_MFG_10YI', input })).extensions?.code).toBe('FORBIDDEN');
    const overlap = await admin.fails(ADD, { code: 'NEW_MFG_10YI', input: { ...input, periodStart: '2023-06-01' } });
    expect(overlap.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
    const missing = await admin.fails(ADD, { code: 'NEW_MFG_10YI', input: { periodStart: '2027-01-01' } });
    expect(missing.extensions?.field).toBe('periodEnd');
    const { addTargetPeriod } = await admin.ok(ADD, { code: 'NEW_MFG_10YI', input });
    expect(addTargetPeriod).toMatchObject({
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
      target: 36,
      periodEnded: false,
    });
    const card = (await targets(leader)).NEW_MFG_10YI;
    expect(card).toMatchObject({ periodEnded: false, achieved: null, current: 2, target: 36, asOf: today() });
    expect(card?.pipeline.map((p) => p.name)).toEqual(['在谈20亿']);
    expect(card?.periods.map((p) => [p.periodStart, p.targetValue])).toEqual([
      ['2021-01-01', '30'],
      ['2024-01-01', '36'],
    ]);
    // The earlier period is judged as before on its own days.
    expect((await targets(leader, '2023-12-31')).NEW_MFG_10YI).toMatchObject({ target: 30, current: 10 });
  });

  it('divides a period among units and counts each unit by the same rule', async () => {
    const quotas = [
      { unitId: bay, value: '10' },
      { unitId: promotion, value: '5' },
    ];
    const bad = await admin.fails(QUOTAS, {
      code: 'NEW_MFG_10YI',
      start: '2024-01-01',
      quotas: [...quotas, { unitId: bay, value: '1' }],
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotas.2.unitId' });
    const negative = await admin.fails(QUOTAS, {
      code: 'NEW_MFG_10YI',
      start: '2024-01-01',
      quotas: [{ unitId: bay, value: '-1' }],
    });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotas.0.value' });
    expect((await promoter.fails(QUOTAS, { code: 'NEW_MFG_10YI', start: '2024-01-01', quotas })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const { setTargetQuotas } = await admin.ok(QUOTAS, { code: 'NEW_MFG_10YI', start: '2024-01-01', quotas });
    expect(setTargetQuotas.byUnit).toEqual([
      { unit: { name: '杭州湾经开区' }, quota: 10, current: 1, percent: 10 },
      { unit: { name: '区投资促进中心' }, quota: 5, current: 1, percent: 20 },
    ]);
    // The ended period's units count too, without quotas.
    const ended = (await targets(leader, '2023-12-31')).NEW_MFG_10YI;
    expect(ended?.byUnit).toEqual([
      { unit: { name: '区投资促进中心' }, quota: null, current: 6, percent: null },
      { unit: { name: '杭州湾经开区' }, quota: null, current: 4, percent: null },
    ]);
  });

  it('reports 制造业投资增长率 from monthly reports, and none without a year before', async () => {
    const plant = (
      await add('在建制造业', {
        signedOn: '2024-01-05',
        startedOn: '2024-02-01',
        stage: 'UNDER_CONSTRUCTION',
        totalInvestment: '30',
      })
    ).id;
    const SUBMIT =
      'mutation($p: ID!, $m: String!, $i: Decimal!) { submitMonthlyReport(projectId: $p, month: $m, investment: $i) { id } }';
    for (const [m, i] of [
      ['2025-01', '1'],
      ['2025-02', '1'],
      ['2025-03', '1'],
      ['2025-04', '5'],
      ['2026-01', '1.2'],
      ['2026-02', '1.2'],
      ['2026-03', '1.2'],
    ]) {
      await admin.ok(SUBMIT, { p: plant, m, i });
    }
    // 2026 up to March: 3.6 against 3.0 in 2025's same months: +20%.
    const growth = (await targets(leader, '2026-03-31')).MFG_INVEST_GROWTH_YEAR;
    expect(growth).toMatchObject({ current: 20, available: true, onTrack: true, target: 13 });
    expect(growth?.byUnit).toEqual([{ unit: { name: '区投资促进中心' }, quota: null, current: 20, percent: null }]);
    // 2025 has no 2024 to compare with.
    expect((await targets(leader, '2025-03-31')).MFG_INVEST_GROWTH_YEAR).toMatchObject({
      available: false,
      onTrack: false,
    });
  });

  it('gives the web the district’s today', async () => {
    expect((await leader.ok<{ appConfig: { today: string } }>('{ appConfig { today } }')).appConfig.today).toBe(
      today(),
    );
  });
});
