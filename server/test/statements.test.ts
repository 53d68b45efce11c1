import { problems } from '@zdyq/db/schema';
import { seedSyntheticProjects, unitByName } from '@zdyq/db/seed';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BattleMapDocument,
  DashboardDocument,
  ProblemBoardDocument,
  ProjectListDocument,
  ProjectPageDocument,
} from '../../web/src/gql/graphql.ts';
import { today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, statementsOf, type TestServer } from './api.ts';

/**
 * The web's own queries run a fixed number of statements whatever the page size (nested fields
 * load through per-request loaders), and never the same statement twice in one request.
 */
describe('statements per request', () => {
  let t: TestServer;
  let leader: ApiClient;

  beforeAll(async () => {
    t = await startTestServer();
    leader = await t.as('leader');
    await seedSyntheticProjects(t.handle.db, { count: 400 });
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const ids = (await t.handle.db.execute(
      `SELECT id FROM projects WHERE signed_on IS NOT NULL LIMIT 60` as never,
    )) as unknown as { rows: Array<{ id: string }> };
    await t.handle.db.insert(problems).values(
      ids.rows.map((p, i) => ({
        projectId: p.id,
        title: `问题${i}`,
        category: 'LAND' as const,
        leadUnitId: unit,
        dueOn: today(),
      })),
    );
  }, 120_000);
  afterAll(() => t.close());

  const run = (document: Parameters<typeof print>[0], variables: Record<string, unknown>) =>
    statementsOf(async () => {
      const res = await leader.gql(print(document), variables);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    });
  const repeats = (statements: string[]) => statements.filter((s, i) => statements.indexOf(s) !== i);

  it('lists projects in the same statements for 10, 50 and 200 rows, none repeated', async () => {
    const counts: number[] = [];
    // Once before counting: the units every page asks for are then remembered, as they are in use.
    await run(ProjectListDocument, { first: 10, filter: {} });
    for (const first of [10, 50, 200]) {
      const statements = await run(ProjectListDocument, { first, filter: {} });
      expect(
        repeats(statements).map((s) => s.slice(0, 300)),
        `first ${first}`,
      ).toEqual([]);
      counts.push(statements.length);
    }
    expect(new Set(counts).size, `statements: ${counts.join(', ')}`).toBe(1);
    const red = await run(ProjectListDocument, { first: 50, filter: { light: ['RED'] } });
    expect(repeats(red)).toEqual([]);
  });

  it('pages the problem board and opens a project page without repeating a statement', async () => {
    expect(repeats(await run(ProblemBoardDocument, { filter: {} }))).toEqual([]);
    const [project] = (
      (await t.handle.db.execute('SELECT id FROM projects LIMIT 1' as never)) as unknown as {
        rows: Array<{ id: string }>;
      }
    ).rows;
    expect(repeats(await run(ProjectPageDocument, { id: project?.id }))).toEqual([]);
  });

  it('answers the dashboard and the battle board without repeating a statement', async () => {
    expect(repeats(await run(DashboardDocument, { asOf: today() })).map((s) => s.slice(0, 200))).toEqual([]);
    const major50 = await run(BattleMapDocument, { minTier: 'MAJOR_50' });
    const major10 = await run(BattleMapDocument, { minTier: 'MAJOR_10' });
    expect(repeats(major50)).toEqual([]);
    expect(major10.length).toBe(major50.length);
  });

  // What a row shows beside the project (its light, grade, unit, region; on the battle board also its
  // compliance status and open problems) comes in the page's own statement, not in loads after it.
  // (The account's regions, which the document also asks for, are read once per request in their order.)
  const loadsPerRow = (statements: string[]) =>
    statements.filter(
      (s) =>
        /where "(projects|units|regions)"\."id" in|from "problems" where|from "compliance_checks" where/.test(s) &&
        !s.includes('order by "regions"."level"'),
    );

  it('reads what each row of the list and of the battle board shows in the page’s own statement', async () => {
    expect(loadsPerRow(await run(ProjectListDocument, { first: 50, filter: {} }))).toEqual([]);
    expect(loadsPerRow(await run(ProjectListDocument, { first: 50, filter: { light: ['RED'] } }))).toEqual([]);
    expect(loadsPerRow(await run(BattleMapDocument, { minTier: 'MAJOR_10' }))).toEqual([]);
  });
});
