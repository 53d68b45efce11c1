import { rowsOf } from '@zdyq/db/queries';
import { units } from '@zdyq/db/schema';
import { foundingRegions } from '@zdyq/db/scope';
import { createProject, seedRegionDemo, unitByName } from '@zdyq/db/seed';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestServer } from './api.ts';
import { startTestServer } from './api.ts';

const TARGETS = `query($asOf: Date, $regionId: ID) {
  targets(asOf: $asOf, regionId: $regionId) {
    code target current periodStart region { code }
    byRegion { region { code } quota current }
    projects { id region { code } }
  }
}`;

type Target = {
  code: string;
  target: number;
  current: number;
  periodStart: string;
  region: { code: string };
  byRegion: Array<{ region: { code: string }; quota: number | null; current: number }>;
  projects: Array<{ id: string; region: { code: string } }>;
};

const RACE_FIELDS = `newMajor10Signings major50Signings overdueProblems problemExtensions landingRate
  nodesOnTimePercent reportsOnTimePercent score rank`;

type RaceRow = {
  newMajor10Signings: number;
  major50Signings: number;
  overdueProblems: number;
  score: number;
  rank: number;
};

/** SPEC 2.1 roll-up: a city's own targets over its districts, its division among them and the districts' race. */
describe('regions: the city’s figures', () => {
  let t: TestServer;
  let cityLeader: ApiClient;
  let cityAdmin: ApiClient;
  let kqLeader: ApiClient;
  let syAdmin: ApiClient;
  let keqiao: number;
  const asOf = '2026-06-30';

  beforeAll(async () => {
    t = await startTestServer();
    await seedRegionDemo(t.handle.db, new Date('2026-06-15T00:00:00Z'));
    const [district] = await rowsOf<{ id: number }>(t.handle.db, sql`SELECT id FROM regions WHERE code = 'KQ'`);
    keqiao = district?.id ?? 0;
    // 上虞区: a few new manufacturing signings of ≥10亿 in the city's 2024–2026 period, one of them ≥50亿.
    const promotion = await unitByName(t.handle.db, '区投资促进中心');
    for (const [i, total] of [12, 18, 60].entries()) {
      await createProject(t.handle.db, {
        leadUnitId: promotion.id,
        name: `上虞区签约项目${i}`,
        stage: 'SIGNED',
        signedOn: `2025-0${i + 3}-10`,
        totalInvestment: String(total),
        fixedAssetInvestment: String(total / 2),
        responsibleLeader: total >= 50 ? '领导' : null,
        createdAt: new Date(`2025-0${i + 2}-01T02:00:00Z`),
      });
    }
    [cityLeader, cityAdmin, kqLeader, syAdmin] = await Promise.all([
      t.as('city-leader'),
      t.as('city-admin'),
      t.as('kq-leader'),
      t.as('admin'),
    ]);
  });
  afterAll(() => t.close());

  const target = async (client: ApiClient, regionId?: number) => {
    const { targets } = await client.ok<{ targets: Target[] }>(TARGETS, {
      asOf,
      regionId: regionId === undefined ? undefined : String(regionId),
    });
    const found = targets.find((x) => x.code === 'NEW_MFG_10YI');
    if (!found) throw new Error('no NEW_MFG_10YI');
    return found;
  };

  it('counts the city’s own target over all its districts, each district’s part by the same rule', async () => {
    const city = await target(cityLeader);
    expect(city).toMatchObject({ region: { code: 'SX' }, target: 100, periodStart: '2024-01-01' });
    const part = Object.fromEntries(city.byRegion.map((r) => [r.region.code, r]));
    expect(Object.keys(part).sort()).toEqual(['KQ', 'SY']);
    expect(part.SY).toMatchObject({ quota: 30, current: 3 });
    expect(part.KQ?.quota).toBe(20);
    // The parts add up to the whole, and each is the number of its projects the figure lists.
    expect((part.SY?.current ?? 0) + (part.KQ?.current ?? 0)).toBe(city.current);
    expect(city.projects).toHaveLength(city.current);
    expect(city.projects.filter((p) => p.region.code === 'KQ')).toHaveLength(part.KQ?.current ?? -1);
    // A district's own target (its period and value) counts the same projects of it in the same window.
    const kqOwn = await target(kqLeader);
    expect(kqOwn).toMatchObject({ region: { code: 'KQ' }, target: 30, periodStart: '2024-01-01', byRegion: [] });
    expect(kqOwn.current).toBe(part.KQ?.current);
    // The city may ask for one district's targets; the district may not ask for another's.
    expect(await target(cityLeader, keqiao)).toEqual(kqOwn);
    const refused = await kqLeader.fails(TARGETS, { asOf, regionId: String(foundingRegions.SY) });
    expect(refused.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'regionId' });
  });

  it('counts a project toward its own district’s period, not another district’s or the city’s', async () => {
    const list = async (filter: string) => {
      const { projects } = await cityLeader.ok<{
        projects: { nodes: Array<{ name: string; countsTowardTarget: boolean }> };
      }>(`{ projects(first: 200, filter: ${filter}) { nodes { name countsTowardTarget } } }`);
      return projects.nodes;
    };
    // Here 上虞区 has only its 2021–2023 period; the city and 柯桥区 have 2024–2026.
    const latest = await rowsOf<{ region: number; start: string }>(
      t.handle.db,
      sql`SELECT region_id AS region, max(period_start)::text AS start FROM target_periods
        WHERE code = 'NEW_MFG_10YI' GROUP BY region_id ORDER BY region_id`,
    );
    expect(latest).toEqual([
      { region: foundingRegions.SX, start: '2024-01-01' },
      { region: foundingRegions.SY, start: '2021-01-01' },
      { region: keqiao, start: '2024-01-01' },
    ]);
    const sy = await list('{ search: "上虞区签约项目" }');
    expect(sy.map((p) => p.countsTowardTarget)).toEqual([false, false, false]);
    const kq = await list(`{ regionId: "${keqiao}" }`);
    expect(kq.filter((p) => p.countsTowardTarget).length).toBeGreaterThan(0);
  });

  it('lets the city’s ADMIN divide its period among its districts, and no one else', async () => {
    const SET = `mutation($regionId: ID!, $quotas: [RegionQuotaInput!]!) {
      setRegionQuotas(code: "NEW_MFG_10YI", regionId: $regionId, periodStart: "2024-01-01", quotas: $quotas) {
        byRegion { region { code } quota }
        periods { periodStart regionQuotas { region { code } value } }
      }
    }`;
    const city = String(foundingRegions.SX);
    const quotas = [
      { regionId: String(foundingRegions.SY), value: '45' },
      { regionId: String(keqiao), value: '55.5' },
    ];
    const { setRegionQuotas } = await cityAdmin.ok(SET, { regionId: city, quotas });
    expect(
      Object.fromEntries(
        setRegionQuotas.byRegion.map((r: { region: { code: string }; quota: number }) => [r.region.code, r.quota]),
      ),
    ).toEqual({ SY: 45, KQ: 55.5 });
    const period = setRegionQuotas.periods.find((p: { periodStart: string }) => p.periodStart === '2024-01-01');
    expect(period.regionQuotas).toHaveLength(2);
    const [audited] = await rowsOf<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'target.setRegionQuotas' AND region_id = ${foundingRegions.SX}`,
    );
    expect(audited?.n).toBe(1);
    // Only a region directly below, once each; the field is named and nothing changes.
    const self = await cityAdmin.fails(SET, { regionId: city, quotas: [{ regionId: city, value: '1' }] });
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotas.0.regionId' });
    const twice = await cityAdmin.fails(SET, { regionId: city, quotas: [quotas[0], quotas[0]] });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotas.1.regionId' });
    // A district's ADMIN does not see the city's period; the city's does not write a district's.
    expect((await syAdmin.fails(SET, { regionId: city, quotas })).extensions?.code).toBe('NOT_FOUND');
    expect((await cityAdmin.fails(SET, { regionId: String(keqiao), quotas: [] })).extensions?.code).toBe('FORBIDDEN');
    expect((await target(cityLeader)).byRegion.map((r) => r.quota)).toEqual(expect.arrayContaining([45, 55.5]));
  });

  it('ranks the districts by the race’s figures over each as a whole, and freezes the published race', async () => {
    const RACE = `query($r: ID!, $q: String!) { regionRace(regionId: $r, quarter: $q) {
      published asOf rows { rank } regionRows { region { code } ${RACE_FIELDS} } } }`;
    const city = String(foundingRegions.SX);
    const provisional = (await cityLeader.ok(RACE, { r: city, q: '2026-Q2' })).regionRace;
    expect(provisional).toMatchObject({ published: false, asOf: '2026-06-30', rows: [] });
    const byCode = (rows: Array<RaceRow & { region: { code: string } }>) =>
      Object.fromEntries(rows.map((r) => [r.region.code, r]));
    const rows = byCode(provisional.regionRows);
    expect(Object.keys(rows).sort()).toEqual(['KQ', 'SY']);
    expect(rows.SY).toMatchObject({ newMajor10Signings: 3, major50Signings: 1 });
    // A district's figures are its units' added up (same period, same day).
    const unitRows = (
      await kqLeader.ok<{ unitRace: { rows: RaceRow[] } }>(
        `query { unitRace(quarter: "2026-Q2") { rows { ${RACE_FIELDS} } } }`,
      )
    ).unitRace.rows;
    const sum = (key: keyof RaceRow) => unitRows.reduce((a, r) => a + (r[key] as number), 0);
    expect(rows.KQ).toMatchObject({
      newMajor10Signings: sum('newMajor10Signings'),
      major50Signings: sum('major50Signings'),
      overdueProblems: sum('overdueProblems'),
    });
    expect(provisional.regionRows.map((r: RaceRow) => r.rank).sort()).toEqual([1, 2]);

    const PUBLISH = `mutation($r: ID!, $q: String!) { publishRegionRace(regionId: $r, quarter: $q) {
      published regionRows { region { code } ${RACE_FIELDS} } } }`;
    // Only the city's ADMIN, for its own region; a district publishes its units' race instead.
    expect((await syAdmin.fails(PUBLISH, { r: city, q: '2026-Q2' })).extensions?.code).toBe('NOT_FOUND');
    expect((await cityAdmin.fails('mutation { publishRace(quarter: "2026-Q2") { quarter } }')).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const published = (await cityAdmin.ok(PUBLISH, { r: city, q: '2026-Q2' })).publishRegionRace;
    expect(published.published).toBe(true);
    expect(published.regionRows).toEqual(provisional.regionRows);
    // A later signing dated in the quarter moves nothing published.
    const [kqUnit] = await t.handle.db
      .select()
      .from(units)
      .where(and(eq(units.regionId, keqiao), eq(units.name, '区投资促进中心')));
    await createProject(t.handle.db, {
      leadUnitId: kqUnit?.id ?? '',
      name: '柯桥区后补项目',
      stage: 'SIGNED',
      signedOn: '2026-05-20',
      totalInvestment: '80',
      fixedAssetInvestment: '40',
      responsibleLeader: '钱立新',
      createdAt: new Date('2026-05-01T02:00:00Z'),
    });
    const again = (await cityLeader.ok(RACE, { r: city, q: '2026-Q2' })).regionRace;
    expect(again.published).toBe(true);
    expect(again.regionRows).toEqual(provisional.regionRows);
    expect((await cityAdmin.fails(PUBLISH, { r: city, q: '2026-Q2' })).extensions?.code).toBe('CONFLICT');
    // A district has no districts' race.
    const none = await kqLeader.fails(RACE, { r: String(keqiao), q: '2026-Q2' });
    expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
  });

  it('answers the city’s 驾驶舱, battle map and inspections for one district as that district’s own', async () => {
    const BOARD = `query($asOf: Date, $r: ID) {
      dashboard(asOf: $asOf, regionId: $r) { region { code } stageFunnel { stage count investment }
        byIndustry { industry count } signingsByMonth { month count } warnings { overdueNodes overdueProblems }
        byUnit { unit { name } score } }
      battleMap(asOf: $asOf, minTier: MAJOR_10, regionId: $r) { id region { code } }
      battleMapCount(asOf: $asOf, minTier: MAJOR_10, regionId: $r)
      inspectionsDue(asOf: $asOf, regionId: $r) { id }
    }`;
    const own = await kqLeader.ok(BOARD, { asOf });
    const asked = await cityLeader.ok(BOARD, { asOf, r: String(keqiao) });
    expect(asked).toEqual(own);
    expect(own.dashboard.region.code).toBe('KQ');
    expect(own.battleMap.length).toBeGreaterThan(0);
    // The city's own covers both: each count is the districts' added.
    const whole = await cityLeader.ok(BOARD, { asOf });
    const sy = await cityLeader.ok(BOARD, { asOf, r: String(foundingRegions.SY) });
    const funnel = (d: typeof whole) =>
      d.dashboard.stageFunnel.reduce((a: number, s: { count: number }) => a + s.count, 0);
    expect(funnel(whole)).toBe(funnel(sy) + funnel(own));
    expect(whole.battleMapCount).toBe(sy.battleMapCount + own.battleMapCount);
    expect(new Set(whole.battleMap.map((p: { region: { code: string } }) => p.region.code))).toEqual(
      new Set(['SY', 'KQ']),
    );
    expect(whole.dashboard.region.code).toBe('SX');
  });

  it('moves a project to another district by the city’s ADMIN only, keeping its history under a new code', async () => {
    const promotion = await unitByName(t.handle.db, '区投资促进中心');
    const row = await createProject(t.handle.db, {
      leadUnitId: promotion.id,
      name: '异地落户项目',
      stage: 'SIGNED',
      signedOn: '2025-09-01',
      totalInvestment: '15',
      fixedAssetInvestment: '10',
      createdAt: new Date('2025-08-01T02:00:00Z'),
    });
    const syPromoter = await t.as('promoter');
    const PROJECT = `query($id: ID!) { project(id: $id) { id code formerCodes version region { code }
      leadUnit { name region { code } } history { action } milestones { id } problems { id } } }`;
    // Some history in 上虞区: an edit and a problem.
    const edited = await syPromoter.ok(
      'mutation($id: ID!) { updateProject(id: $id, version: 1, input: { address: "上虞区某路1号" }) { version } }',
      { id: row.id },
    );
    await syPromoter.ok(
      `mutation($p: ID!, $u: ID!) { raiseProblem(input: { projectId: $p, title: "用地待协调", description: "用地",
        category: LAND, leadUnitId: $u }) { id } }`,
      { p: row.id, u: promotion.id },
    );
    const before = (await syPromoter.ok(PROJECT, { id: row.id })).project;
    expect(before.history.length).toBeGreaterThan(0);
    const cityBefore = await target(cityLeader);
    const MOVE = `mutation($id: ID!, $v: Int!, $to: ID!, $on: Date!, $reason: String!) {
      moveProject(id: $id, version: $v, toRegionId: $to, on: $on, reason: $reason) { id code formerCodes region { code } } }`;
    const move = {
      id: row.id,
      v: edited.updateProject.version,
      to: String(keqiao),
      on: '2026-06-01',
      reason: '投资方改在柯桥选址',
    };
    // Refused, changing nothing: a district's ADMIN, a stale version, a blank reason, a region that is not a district.
    expect((await syAdmin.fails(MOVE, move)).extensions?.code).toBe('FORBIDDEN');
    expect((await cityAdmin.fails(MOVE, { ...move, v: 1 })).extensions?.code).toBe('CONFLICT');
    expect((await cityAdmin.fails(MOVE, { ...move, reason: ' ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await cityAdmin.fails(MOVE, { ...move, to: String(foundingRegions.SX) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toRegionId',
    });
    expect((await syPromoter.ok(PROJECT, { id: row.id })).project.code).toBe(before.code);

    const { moveProject } = await cityAdmin.ok(MOVE, move);
    expect(moveProject.region.code).toBe('KQ');
    expect(moveProject.code).toMatch(/^KQ-2025-\d{4}$/);
    expect(moveProject.formerCodes).toEqual([before.code]);
    // 上虞区 no longer sees it; 柯桥区 sees it whole, with what happened before the move.
    expect((await syPromoter.ok(PROJECT, { id: row.id })).project).toBeNull();
    const kqPromoter = await t.as('kq-promoter');
    const after = (await kqPromoter.ok(PROJECT, { id: row.id })).project;
    expect(after).toMatchObject({
      code: moveProject.code,
      leadUnit: { name: '区投资促进中心', region: { code: 'KQ' } },
    });
    expect(after.milestones).toHaveLength(before.milestones.length);
    expect(after.problems).toHaveLength(1);
    const actions = after.history.map((h: { action: string }) => h.action);
    expect(actions).toContain('project.move');
    for (const earlier of before.history) expect(actions).toContain(earlier.action);
    // The city's count is the same; the part moved from one district to the other.
    const cityAfter = await target(cityLeader);
    expect(cityAfter.current).toBe(cityBefore.current);
    const part = (x: Target, code: string) => x.byRegion.find((r) => r.region.code === code)?.current ?? 0;
    expect(part(cityAfter, 'SY')).toBe(part(cityBefore, 'SY') - 1);
    expect(part(cityAfter, 'KQ')).toBe(part(cityBefore, 'KQ') + 1);
    // Searched by its old code, 柯桥区 finds it.
    const found = await kqPromoter.ok('query($s: String) { projects(filter: { search: $s }) { nodes { id } } }', {
      s: before.code,
    });
    expect(found.projects.nodes).toEqual([{ id: row.id }]);
    // The move is not replayed: the project is in 柯桥区 already.
    expect((await cityAdmin.fails(MOVE, move)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toRegionId',
    });
  });

  it('lets the city’s ADMIN add a district with its departments, targets, weights and first ADMIN', async () => {
    const ADD = `mutation($i: RegionInput!) { addRegion(input: $i) { id code name level parent { code } } }`;
    const input = (code: string, username: string) => ({
      code,
      name: '越城区',
      admin: { username, displayName: '越城区管理员', password: 'Zdyq#2026-strong' },
    });
    // Refused, adding nothing: a district's ADMIN, a code in use, a username another district holds.
    expect((await syAdmin.fails(ADD, { i: input('YC', 'yc-admin') })).extensions?.code).toBe('FORBIDDEN');
    expect((await cityAdmin.fails(ADD, { i: input('KQ', 'yc-admin') })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect((await cityAdmin.fails(ADD, { i: input('YC', 'promoter') })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'admin.username',
    });
    expect((await cityAdmin.fails(ADD, { i: input('yc', 'yc-admin') })).extensions?.field).toBe('code');
    const [none] = await rowsOf<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM regions WHERE code = 'YC'`,
    );
    expect(none?.n).toBe(0);

    const { addRegion } = await cityAdmin.ok(ADD, { i: input('YC', 'yc-admin') });
    expect(addRegion).toMatchObject({ code: 'YC', name: '越城区', level: 'DISTRICT', parent: { code: 'SX' } });
    const id = Number(addRegion.id);
    const [made] = await rowsOf<{ units: number; periods: number; weights: number; admin: string; change: boolean }>(
      t.handle.db,
      sql`SELECT (SELECT count(*)::int FROM units WHERE region_id = ${id} AND kind = 'DEPARTMENT') AS units,
        (SELECT count(*)::int FROM target_periods WHERE region_id = ${id}) AS periods,
        (SELECT count(*)::int FROM score_weights WHERE region_id = ${id}) AS weights,
        (SELECT role::text FROM users WHERE region_id = ${id} AND username = 'yc-admin') AS admin,
        (SELECT must_change_password FROM users WHERE username = 'yc-admin') AS change`,
    );
    expect(made).toMatchObject({ admin: 'ADMIN', change: true });
    expect(made?.units).toBeGreaterThan(5);
    expect(made?.periods).toBeGreaterThan(0);
    expect(made?.weights).toBeGreaterThan(0);
    // The city reads it at once: a third district in its regions and its targets' parts.
    const regions = (await cityLeader.ok('{ regions { code } }')).regions.map((r: { code: string }) => r.code);
    expect(regions).toContain('YC');
    expect((await target(cityLeader)).byRegion.find((r) => r.region.code === 'YC')).toMatchObject({ current: 0 });
  });
});
