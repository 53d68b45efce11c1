import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { DEFAULT_KIND, milestoneTemplate, type SettlingStage, type StageDates, settleDates } from '@zdyq/db/lifecycle';
import { foundingRegions } from '@zdyq/db/scope';
import { DEMO_PASSWORD } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { ApiClient, emptyPostgresDatabase } from './api.ts';
import { type Fixture, fixtureOf, load, migrationsUpTo, rowsOf } from './releases.ts';

/**
 * Released data is carried forward: each earlier release's demo database (its rows, dumped by
 * db/test/dump-release.ts) is loaded at that release's schema, upgraded by today's migrations, and
 * every row is still there, unchanged but for the fixes the migrations since make on purpose, and
 * served. Release 1 is the first; the last is the one before this code.
 */
type Row = Record<string, unknown>;

/** How a row is found again: its id, or the key of tables without one. */
const keyColumns: Record<string, string[]> = {
  targets: ['code'],
  target_periods: ['code', 'period_start'],
  target_quotas: ['code', 'period_start', 'unit_id'],
  score_weights: ['key', 'scope'],
  mu_grade_thresholds: ['grade'],
  project_code_counters: ['year'],
  project_summaries: ['project_id'],
  problem_co_units: ['problem_id', 'unit_id'],
  report_month_closures: ['month'],
  compliance_agreements: ['project_id'],
  meeting_units: ['meeting_id', 'unit_id'],
  race_rows: ['quarter', 'unit_id'],
  todo_seen: ['user_id', 'item_key'],
  notification_preferences: ['user_id', 'kind', 'channel'],
};
/** A table's key as the release had it (score_weights gained its scope later). */
const keyOf = (table: string, row: Row, released: Row) =>
  JSON.stringify((keyColumns[table] ?? ['id']).filter((k) => k in released).map((k) => row[k]));

const only = (changed: readonly string[], allowed: readonly string[]) => changed.every((c) => allowed.includes(c));

type Release = {
  fixture: Fixture;
  /** Tables reshaped since, read back in the shape the release had. */
  reshaped: Record<string, ReturnType<typeof sql>>;
  /** The changes the migrations since make on purpose; any other change to a released row fails. */
  intended: Record<string, (before: Row, after: Row, changed: string[]) => boolean>;
  /** Migration 0010 links 包抓领导 text to the leader account it names, for releases before it. */
  linksLeaders: boolean;
};

function release1(): Release {
  const fixture = fixtureOf('release-1');
  const terminated = new Set(
    (fixture.tables.find((t) => t.table === 'projects')?.rows ?? [])
      .filter((p) => p.stage === 'TERMINATED')
      .map((p) => p.id),
  );
  return {
    fixture,
    reshaped: {
      // Plan periods (SPEC 5.1): a target's figures moved to its first period.
      targets: sql`SELECT row_to_json(x) AS row FROM (
        SELECT t.code, t.name, t.kind, t.unit, p.target_value, p.baseline, p.baseline_year, t.annual,
          p.period_start, p.period_end, t.sort_order, p.version, t.updated_at
        FROM targets t JOIN target_periods p ON p.code = t.code
        WHERE p.period_start = (SELECT min(q.period_start) FROM target_periods q WHERE q.code = t.code)) AS x`,
    },
    intended: {
      // "≥ 2/3" written 66.6666, where ADMIN had left 66.6667.
      targets: (b, a, changed) =>
        b.code === 'MFG_SHARE_YEAR' &&
        Number(b.target_value) === 66.6667 &&
        Number(a.target_value) === 66.6666 &&
        only(changed, ['target_value', 'version']),
      // A stage reached settles the nodes before it (SPEC 4.2).
      milestones: (b, a, changed) =>
        b.actual_on === null && a.completed_by_stage === true && only(changed, ['actual_on', 'updated_at']),
      // A terminated project's open problems are closed (SPEC 4.4).
      problems: (b, a, changed) =>
        terminated.has(b.project_id) && a.status === 'CLOSED' && only(changed, ['status', 'version', 'updated_at']),
    },
    linksLeaders: true,
  };
}

/**
 * The release before this code: node templates per 项目类型 (0013) change no released row; writing
 * the nodes' settling stages changes the figures' version, so remembered figures are computed afresh.
 */
const release2 = (): Release => ({
  fixture: fixtureOf('release-2'),
  reshaped: {},
  intended: {
    // The version is the id of the transaction that last changed the figures' data: a new one.
    figures_version: (_, __, changed) => only(changed, ['version']),
  },
  linksLeaders: false,
});

describe.each([
  ['release 1', release1],
  ['release 2', release2],
])('upgrading the data of %s', (_, release) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every row of every table, and serves them', async () => {
    const { fixture, reshaped, intended, linksLeaders } = release();
    const old = migrationsUpTo(fixture.migrations);
    cleanups.push(async () => rmSync(old, { recursive: true, force: true }));
    let open: (migrations?: string) => Promise<DbHandle>;
    if (process.env.DATABASE_URL) {
      const db = await emptyPostgresDatabase(process.env.DATABASE_URL);
      cleanups.push(db.drop);
      open = (migrations) => createDb({ databaseUrl: db.url, maxConnections: 3, migrationsFolder: migrations });
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'zdyq-upgrade-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      open = (migrations) => createDb({ dataDir: dir, migrationsFolder: migrations });
    }

    const released = await open(old);
    await load(released, fixture);
    // A project whose 包抓领导 text names the demo leader's account, to be linked by the upgrade.
    const added = linksLeaders ? 1 : 0;
    if (linksLeaders) {
      await released.db.execute(sql`INSERT INTO projects (id, code, name, investor, industry, source, is_manufacturing,
          total_investment, lead_unit_id, responsible_leader, stage)
        SELECT gen_random_uuid(), 'SY-1999-0001', '包联迁移项目', investor, industry, source, is_manufacturing, 60,
          lead_unit_id, '常务副区长 王建国', 'NEGOTIATING' FROM projects LIMIT 1`);
    }
    await released.close();

    const upgraded = await open();
    cleanups.push(() => upgraded.close());
    let changedOnPurpose = 0;
    for (const { table, rows } of fixture.tables) {
      const now = await rowsOf<{ row: Row }>(
        upgraded,
        reshaped[table] ?? sql`SELECT row_to_json(t) AS row FROM ${sql.raw(`"${table}"`)} t`,
      );
      const first = rows[0] ?? {};
      const after = new Map(now.map((r) => [keyOf(table, r.row, first), r.row]));
      const lost: string[] = [];
      for (const before of rows) {
        const row = after.get(keyOf(table, before, first));
        // Only the columns the old release had: new columns are not changes.
        const changed = row
          ? Object.keys(before).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(row[k] ?? null))
          : ['(row)'];
        if (changed.length === 0) continue;
        if (row && intended[table]?.(before, row, changed)) changedOnPurpose++;
        else lost.push(`${keyOf(table, before, first)}: ${changed.join(', ')}`);
      }
      expect(lost, `${table}: rows lost or changed by the upgrade`).toEqual([]);
    }
    // The data fixes did happen (the demo has projects in production and terminated ones with problems).
    if (Object.keys(intended).length > 0) expect(changedOnPurpose).toBeGreaterThan(0);

    // 包联领导: text naming exactly one active LEADER account is linked to it; any other stays text only.
    const leaders = (fixture.tables.find((t) => t.table === 'users')?.rows ?? []).filter(
      (u) => u.role === 'LEADER' && u.active,
    );
    const links = await rowsOf<{ code: string; text: string | null; leader: string | null }>(
      upgraded,
      sql`SELECT code, responsible_leader AS text, responsible_leader_id AS leader FROM projects`,
    );
    for (const p of links) {
      const named = leaders.filter((l) => p.text?.includes(String(l.display_name)));
      expect(p.leader, p.code).toBe(named.length === 1 ? named[0]?.id : null);
    }
    if (linksLeaders) expect(links.find((p) => p.code === 'SY-1999-0001')?.leader).toBeTruthy();

    // 客商 (SPEC 3.1): every released project points at an investor record of its district by that
    // name, one record per folded name.
    const investorLinks = await rowsOf<{ code: string; investor: string; record: string | null; same: boolean }>(
      upgraded,
      sql`SELECT p.code, p.investor, i.name AS record, i.region_id = p.region_id AND i.name_key = zdyq_name_key(p.investor) AS same
        FROM projects p LEFT JOIN investors i ON i.id = p.investor_id`,
    );
    expect(investorLinks.filter((p) => !p.record || !p.same)).toEqual([]);
    const [records] = await rowsOf<{ n: number; names: number }>(
      upgraded,
      sql`SELECT (SELECT count(*)::int FROM investors) AS n,
        (SELECT count(DISTINCT (region_id, zdyq_name_key(investor)))::int FROM projects) AS names`,
    );
    expect(records?.n).toBe(records?.names);

    // Roll-up (0019): the released periods, weights and publications are 上虞区's; its city starts with
    // the same weights and no periods of its own.
    const owned = await rowsOf<{ t: string; region: number; n: number }>(
      upgraded,
      sql`SELECT 'target_periods' AS t, region_id AS region, count(*)::int AS n FROM target_periods GROUP BY region_id
        UNION ALL SELECT 'score_weights', region_id, count(*)::int FROM score_weights GROUP BY region_id
        UNION ALL SELECT 'race_publications', region_id, count(*)::int FROM race_publications GROUP BY region_id`,
    );
    const releasedCount = (table: string) => fixture.tables.find((x) => x.table === table)?.rows.length ?? 0;
    const expected = [
      { t: 'score_weights', region: foundingRegions.SX, n: releasedCount('score_weights') },
      { t: 'score_weights', region: foundingRegions.SY, n: releasedCount('score_weights') },
      { t: 'race_publications', region: foundingRegions.SY, n: releasedCount('race_publications') },
    ].filter((x) => x.n > 0);
    const order = (rows: ReadonlyArray<{ t: string; region: number }>) =>
      [...rows].sort((x, y) => x.t.localeCompare(y.t) || x.region - y.region);
    // A release before periods (0003) has its periods made by the migrations: all of them 上虞区's too.
    const periods = owned.filter((x) => x.t === 'target_periods');
    expect(periods.map((x) => x.region)).toEqual([foundingRegions.SY]);
    if (releasedCount('target_periods') > 0) expect(periods[0]?.n).toBe(releasedCount('target_periods'));
    expect(order(owned.filter((x) => x.t !== 'target_periods'))).toEqual(order(expected));

    // The upgraded data is served: sign in as the demo leader and read the main pages' figures.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const { app, stop } = await createApp({ handle: upgraded, config, log: createLogger('silent') });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    });
    const leader = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await leader.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
      u: 'leader',
      p: DEMO_PASSWORD,
    });
    const projects = fixture.tables.find((t) => t.table === 'projects')?.rows ?? [];
    const seen = await leader.ok<{
      projects: { totalCount: number };
      dashboard: { asOf: string };
      battleMap: unknown[];
    }>(
      '{ projects { totalCount } dashboard { asOf byUnit { rank } } battleMap { id light milestones { status } } targets { code current } }',
    );
    // The released projects and the one added above, if any.
    expect(seen.projects.totalCount).toBe(projects.length + added);
    expect(seen.battleMap.length).toBeGreaterThan(0);
    // The audit log's hash chain holds across the upgrade, for releases that kept one.
    if (fixture.tables.some((t) => t.table === 'audit_chain_head')) {
      const auditor = new ApiClient(leader.baseUrl);
      await auditor.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
        u: 'auditor',
        p: DEMO_PASSWORD,
      });
      const check = await auditor.ok<{ auditChainCheck: { ok: boolean; checkedRows: number } }>(
        '{ auditChainCheck { ok checkedRows } }',
      );
      expect(check.auditChainCheck.ok).toBe(true);
      expect(check.auditChainCheck.checkedRows).toBeGreaterThan(100);
    }

    // 项目类型 (SPEC 4.2): every released project is 新建, whose template holds the nodes they were
    // given; each node keeps the stage that settles it, so the stage dates settle the same nodes on
    // the same days as before, and no node changes when the stages are synced again.
    const kinds = await rowsOf<{ kind: string; n: number }>(
      upgraded,
      sql`SELECT kind, count(*)::int AS n FROM projects GROUP BY kind`,
    );
    expect(kinds).toEqual([{ kind: DEFAULT_KIND, n: projects.length + added }]);
    const bound = new Map<string, SettlingStage | null>(milestoneTemplate.map((n) => [n.key, n.stage]));
    const nodes = await rowsOf<{
      project_id: string;
      key: string | null;
      settled_by_stage: SettlingStage | null;
      actual_on: string | null;
      completed_by_stage: boolean;
    }>(
      upgraded,
      sql`SELECT m.project_id, m.key, m.settled_by_stage, m.actual_on::text, m.completed_by_stage
      FROM milestones m ORDER BY m.project_id, m.sort_order, m.planned_on`,
    );
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.settled_by_stage, node.key ?? '').toBe(node.key ? bound.get(node.key) : null);
    const dates = new Map(
      (
        await rowsOf<{ id: string } & StageDates>(
          upgraded,
          sql`SELECT id, signed_on::text AS "signedOn", started_on::text AS "startedOn", accepted_on::text AS "acceptedOn",
            production_on::text AS "productionOn", capacity_on::text AS "capacityOn" FROM projects`,
        )
      ).map((p) => [p.id, p]),
    );
    const byProject = new Map<string, typeof nodes>();
    for (const node of nodes.filter((n) => n.key !== null)) {
      byProject.set(node.project_id, [...(byProject.get(node.project_id) ?? []), node]);
    }
    let settledChecked = 0;
    for (const [projectId, own] of byProject) {
      const settled = settleDates(
        own.map((n) => ({ key: n.key, settledByStage: n.settled_by_stage })),
        dates.get(projectId) ?? {},
      );
      own.forEach((node, i) => {
        if (!node.completed_by_stage) return;
        expect(node.actual_on, `${projectId} ${node.key}`).toBe(settled[i]);
        settledChecked++;
      });
    }
    expect(settledChecked).toBeGreaterThan(0);
  }, 120_000);
});
