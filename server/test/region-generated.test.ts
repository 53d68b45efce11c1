import { rowsOf } from '@zdyq/db/queries';
import { foundingRegions } from '@zdyq/db/scope';
import { planPeriods, planStartOf, seedRegionDemo, seedSyntheticProjects } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSummaries } from '../src/modules/project/summary.ts';
import type { ApiClient, TestServer } from './api.ts';
import { startTestServer } from './api.ts';

const FIGURES = `query($r: ID) {
  targets(regionId: $r) { code kind current window: periodStart byRegion { region { code } current } }
  dashboard(regionId: $r) { stageFunnel { stage count investment } warnings { overdueNodes projectsWithOverdueNodes
    overdueProblems projectsWithOverdueProblems nonCompliantProjects } }
}`;

type Figures = {
  targets: Array<{
    code: string;
    kind: string;
    current: number;
    window: string;
    byRegion: Array<{ region: { code: string }; current: number }>;
  }>;
  dashboard: {
    stageFunnel: Array<{ stage: string; count: number; investment: string }>;
    warnings: Record<string, number>;
  };
};

/** SPEC 2.1: a city's figures are its districts' by the same rules, on generated data. */
describe('regions: the city’s figures on generated data', () => {
  let t: TestServer;
  let city: ApiClient;
  let keqiao: number;

  beforeAll(async () => {
    t = await startTestServer();
    await seedRegionDemo(t.handle.db);
    const [kq] = await rowsOf<{ id: number }>(t.handle.db, sql`SELECT id FROM regions WHERE code = 'KQ'`);
    keqiao = kq?.id ?? 0;
    // Both districts run the city's plan period, so their own targets count in the city's windows.
    await planPeriods(t.handle.db, foundingRegions.SY, planStartOf(new Date()));
    await seedSyntheticProjects(t.handle.db, { count: 300, prefix: 'SYG', withHistory: true });
    await seedSyntheticProjects(t.handle.db, { count: 300, prefix: 'KQG', regionId: keqiao, withHistory: true });
    await refreshSummaries(t.handle.db, 'all');
    city = await t.as('city-leader');
  }, 120_000);
  afterAll(() => t.close());

  const figures = async (client: ApiClient, regionId?: number) =>
    client.ok<Figures>(FIGURES, { r: regionId === undefined ? undefined : String(regionId) });

  it('counts each city target as its districts’ counts added, each the district’s own figure', async () => {
    const whole = await figures(city);
    const own = {
      SY: await figures(await t.as('leader')),
      KQ: await figures(await t.as('kq-leader')),
    };
    const counts = whole.targets.filter((x) => x.kind === 'COUNT');
    expect(counts.length).toBeGreaterThan(2);
    let compared = 0;
    for (const target of counts) {
      const parts = Object.fromEntries(target.byRegion.map((r) => [r.region.code, r.current]));
      expect(Object.keys(parts).sort(), target.code).toEqual(['KQ', 'SY']);
      expect((parts.SY ?? 0) + (parts.KQ ?? 0), target.code).toBe(target.current);
      for (const code of ['SY', 'KQ'] as const) {
        const district = own[code].targets.find((x) => x.code === target.code);
        // The same window (the plan period, or the year for an annual target), the same rule.
        if (district?.window !== target.window) continue;
        expect(district.current, `${target.code} ${code}`).toBe(parts[code]);
        compared++;
      }
    }
    // Every count target of the running plan and year, in both districts.
    expect(compared).toBe(counts.length * 2);
    expect(counts.find((x) => x.code === 'NEW_MFG_10YI')?.current).toBeGreaterThan(0);
  });

  it('answers the city’s 驾驶舱 as its districts’ added, and each district as it answers itself', async () => {
    const whole = await figures(city);
    const sy = await figures(city, foundingRegions.SY);
    const kq = await figures(city, keqiao);
    expect(sy.dashboard).toEqual((await figures(await t.as('leader'))).dashboard);
    expect(kq.dashboard).toEqual((await figures(await t.as('kq-leader'))).dashboard);
    for (const stage of whole.dashboard.stageFunnel) {
      const part = (f: Figures) => f.dashboard.stageFunnel.find((s) => s.stage === stage.stage)?.count ?? 0;
      expect(part(sy) + part(kq), stage.stage).toBe(stage.count);
    }
    for (const [key, value] of Object.entries(whole.dashboard.warnings)) {
      expect((sy.dashboard.warnings[key] ?? 0) + (kq.dashboard.warnings[key] ?? 0), key).toBe(value);
    }
    expect(whole.dashboard.stageFunnel.reduce((a, s) => a + s.count, 0)).toBeGreaterThan(600);
  });
});
