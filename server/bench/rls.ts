/**
 * What row-level security costs (SPEC 2.1), measured on two districts of BENCH_RLS_PROJECTS projects
 * each: the same service call, with the same answer, made as the database's owner (no policies, the
 * district named in the statement) and in a district's or the city's scope (`zdyq_app`, the policies
 * keeping the rows), alternated call by call in one run. Each call is one transaction, as a request's
 * is; the scoped one includes the statement that puts the transaction in its scope. Prints a table and
 * writes it into docs/performance.md between its markers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDb, type DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { enterScope, foundingRegions, type RegionScope } from '@zdyq/db/scope';
import { seedReference, seedRegionDemo, seedSyntheticProjects } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { today } from '../src/lib/dates.ts';
import { stageFunnel, warnings } from '../src/modules/dashboard/dashboard.service.ts';
import { listProjects } from '../src/modules/project/project.queries.ts';
import { refreshSummaries } from '../src/modules/project/summary.ts';
import type { RegionView } from '../src/modules/region/region.service.ts';

const PROJECTS = Number(process.env.BENCH_RLS_PROJECTS ?? 20_000);
const CALLS = Number(process.env.BENCH_RLS_CALLS ?? 200);
const DATABASES = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',') as Array<'postgres' | 'pglite'>;
const out = process.env.BENCH_OUT ?? join(new URL('../..', import.meta.url).pathname, 'docs/performance.md');

type Work = (db: DatabaseOrTransaction, view: RegionView) => Promise<unknown>;

/** A view as regionView makes it, without an account: `whole` says whether the scope already keeps the rows. */
const viewOf = (id: number, covered: number[], whole: boolean): RegionView => ({
  region: { id, code: '', name: '', level: 'DISTRICT', parentId: null, createdAt: new Date() },
  covered,
  children: [],
  childOf: new Map(),
  whole,
});

const day = today();
const cases: Array<{ name: string; work: Work }> = [
  {
    name: 'project list, first 50 by investment',
    work: (db, view) =>
      listProjects(db, {
        first: 50,
        orderBy: { field: 'TOTAL_INVESTMENT', direction: 'DESC' },
        filter: view.whole ? {} : { regionId: String(view.region.id) },
      }).then((r) => ({ ...r, nodes: r.nodes.map((n) => n.id) })),
  },
  { name: 'dashboard: projects by stage', work: (db, view) => stageFunnel(db, day, view) },
  { name: 'dashboard: warnings', work: (db, view) => warnings(db, day, view) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

async function benchDatabase(kind: 'postgres' | 'pglite'): Promise<string[]> {
  let stop: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  if (kind === 'postgres') {
    const { startThrowawayPostgres } = await import('../../scripts/toolchain.mjs');
    const cluster = await startThrowawayPostgres();
    databaseUrl = cluster.url;
    stop = cluster.stop;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'zdyq-bench-rls-'));
  }
  const handle = await createDb({ databaseUrl, dataDir, maxConnections: 2 });
  try {
    await seedReference(handle.db);
    await seedRegionDemo(handle.db);
    const [kq] = await rowsOf<{ id: number }>(handle.db, sql`SELECT id FROM regions WHERE code = 'KQ'`);
    const keqiao = kq?.id ?? 0;
    await seedSyntheticProjects(handle.db, { count: PROJECTS, prefix: 'SYS' });
    await seedSyntheticProjects(handle.db, { count: PROJECTS, prefix: 'KQS', regionId: keqiao });
    await refreshSummaries(handle.db, 'all');
    await handle.db.execute(sql`ANALYZE`);
    const district: RegionScope = { region: foundingRegions.SY, regions: [foundingRegions.SY] };
    const city: RegionScope = { region: foundingRegions.SX, regions: [foundingRegions.SX, foundingRegions.SY, keqiao] };
    const asOwner = (work: Work, view: RegionView) => handle.db.transaction((tx) => work(tx, view));
    const inScope = (work: Work, scope: RegionScope, view: RegionView) =>
      handle.db.transaction(async (tx) => {
        await enterScope(tx, scope);
        return work(tx, view);
      });
    const rows: string[] = [];
    const sides = [
      {
        who: '上虞区 account',
        owner: viewOf(foundingRegions.SY, [foundingRegions.SY], false),
        scope: district,
        scoped: viewOf(foundingRegions.SY, [foundingRegions.SY], true),
      },
      {
        who: 'city account, both districts',
        owner: viewOf(foundingRegions.SX, city.regions as number[], true),
        scope: city,
        scoped: viewOf(foundingRegions.SX, city.regions as number[], true),
      },
    ];
    for (const c of cases) {
      for (const side of sides) {
        const a = await asOwner(c.work, side.owner);
        const b = await inScope(c.work, side.scope, side.scoped);
        if (!isDeepStrictEqual(a, b)) throw new Error(`${c.name} (${side.who}): the two sides answer differently`);
        const owner: number[] = [];
        const scoped: number[] = [];
        for (let i = 0; i < CALLS; i++) {
          // Alternated, so both sides meet the same cache and the same load.
          let t = performance.now();
          await asOwner(c.work, side.owner);
          owner.push(performance.now() - t);
          t = performance.now();
          await inScope(c.work, side.scope, side.scoped);
          scoped.push(performance.now() - t);
        }
        const extra = ((median(scoped) - median(owner)) / median(owner)) * 100;
        rows.push(
          `| ${kind} | ${c.name} | ${side.who} | ${median(owner).toFixed(2)} / ${p95(owner).toFixed(2)} | ${median(scoped).toFixed(2)} / ${p95(scoped).toFixed(2)} | ${extra >= 0 ? '+' : ''}${extra.toFixed(0)}% |`,
        );
        console.log(rows.at(-1));
      }
    }
    return rows;
  } finally {
    await handle.close();
    await stop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const kind of DATABASES) rows.push(...(await benchDatabase(kind)));
const section = [
  '<!-- rls:start -->',
  `Row-level security (\`pnpm bench\`, \`bench/rls.ts\`, ${new Date().toISOString().slice(0, 10)}): two districts of ${PROJECTS.toLocaleString('en')} projects each, ${CALLS} calls a side, alternated; milliseconds per call (one transaction), median / p95. "Owner" runs the service as the database's owner, the district named in the statement; "scoped" runs it as \`zdyq_app\` in the account's scope, the policies keeping the rows, the scope's own statement included. The answers are checked equal first.`,
  '',
  "A district's account reads its own district's half of the data on both sides, through the same index; a city's account reading both districts has every row read unchecked on the owner's side, while the policies test each row of projects, nodes and problems against the request's regions (read once per statement, in a sub-select, since migration 0019). The whole city's warnings are one remembered figure per version and day (`FiguresCache`): a city's 驾驶舱 pays for them on the first answer after a write, not on every request.",
  '',
  '| database | call | as | owner ms | scoped ms | cost |',
  '|---|---|---|---|---|---|',
  ...rows,
  '<!-- rls:end -->',
].join('\n');
const doc = readFileSync(out, 'utf8');
const marked = /<!-- rls:start -->[\s\S]*<!-- rls:end -->/;
writeFileSync(
  out,
  marked.test(doc) ? doc.replace(marked, section) : `${doc.trimEnd()}\n\n## Row-level security\n\n${section}\n`,
);
// In the repository's format, as \`npm test\` checks it.
spawnSync('pnpm', ['exec', 'biome', 'format', '--write', out], { stdio: 'inherit' });
console.log(`written to ${out}`);
