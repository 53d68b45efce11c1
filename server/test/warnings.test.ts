import type { DbHandle } from '@zdyq/db/client';
import { seedDemoAccounts, seedReference, seedSyntheticProjects } from '@zdyq/db/seed';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { today } from '../src/lib/dates.ts';
import { createLogger } from '../src/logger.ts';
import { prepareData } from '../src/setup.ts';
import { type ApiClient, serveHandle, throwAwayDatabase } from './api.ts';

/**
 * One definition per rule: every warning on the dashboard equals the total of the list it links
 * to, on the demo data and on generated data, today and on past days.
 */
const WARNINGS = `query($asOf: Date) { dashboard(asOf: $asOf) { warnings {
  overdueNodes projectsWithOverdueNodes overdueProblems projectsWithOverdueProblems nonCompliantProjects } } }`;
const PROJECTS = `query($w: [ProjectWarning!], $asOf: Date) { projects(filter: { warning: $w, asOf: $asOf }) { totalCount } }`;
const PROBLEMS = `query($asOf: Date) { problems(filter: { overdue: true, asOf: $asOf }) { totalCount } }`;

async function check(client: ApiClient, asOf: string) {
  type W = {
    projectsWithOverdueNodes: number;
    projectsWithOverdueProblems: number;
    nonCompliantProjects: number;
    overdueProblems: number;
  };
  const { warnings } = (await client.ok<{ dashboard: { warnings: W } }>(WARNINGS, { asOf })).dashboard;
  const total = async (w: string) =>
    (await client.ok<{ projects: { totalCount: number } }>(PROJECTS, { w: [w], asOf })).projects.totalCount;
  expect(warnings.projectsWithOverdueNodes, `overdue nodes ${asOf}`).toBe(await total('OVERDUE_NODE'));
  expect(warnings.projectsWithOverdueProblems, `overdue problems ${asOf}`).toBe(await total('OVERDUE_PROBLEM'));
  expect(warnings.nonCompliantProjects, `non-compliant ${asOf}`).toBe(await total('NON_COMPLIANT'));
  expect(warnings.overdueProblems, `problem list ${asOf}`).toBe(
    (await client.ok<{ problems: { totalCount: number } }>(PROBLEMS, { asOf })).problems.totalCount,
  );
  return warnings;
}

describe('warnings equal the lists they link to', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const open = async (fill: (handle: DbHandle) => Promise<void>) => {
    const { handle, drop } = await throwAwayDatabase();
    cleanups.push(drop, () => handle.close());
    await fill(handle);
    const app = await serveHandle(handle);
    cleanups.push(app.close);
    return app.signIn('leader');
  };
  const days = [today(), `${Number(today().slice(0, 4)) - 1}-06-30`, `${today().slice(0, 7)}-01`];

  it('on the demo data', async () => {
    const leader = await open(async (handle) => {
      const config = loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'true', LOG_LEVEL: 'silent' });
      await prepareData(handle.db, config, createLogger('silent'));
    });
    const now = await check(leader, today());
    // The demo has something to warn of, so the equalities are not of zeros.
    expect(now.projectsWithOverdueNodes + now.overdueProblems).toBeGreaterThan(0);
    for (const day of days.slice(1)) await check(leader, day);
  }, 120_000);

  it('on generated data', async () => {
    const leader = await open(async (handle) => {
      await seedReference(handle.db);
      await handle.db.transaction((tx) => seedDemoAccounts(tx));
      await seedSyntheticProjects(handle.db, { count: 600 });
    });
    const now = await check(leader, today());
    expect(now.projectsWithOverdueNodes).toBeGreaterThan(0);
    for (const day of days.slice(1)) await check(leader, day);
  }, 120_000);
});
