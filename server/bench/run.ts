// pnpm bench: figures for the speed goals, on the embedded database in a temp folder.
// Seeds 20,000 projects with their standard nodes, then times the project list the way the
// web asks for it: one page of 50, with the total, unfiltered and filtered by tier, light and text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createDb } from '@zdyq/db/client';
import { seedReference } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { writeLedger } from '../src/modules/ledger/ledger.export.ts';
import { listProjects, type ProjectFilter } from '../src/modules/project/project.queries.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const RUNS = 5;

const dir = mkdtempSync(join(tmpdir(), 'zdyq-bench-'));
const handle = await createDb({ dataDir: dir });
try {
  await seedReference(handle.db);
  const started = performance.now();
  await handle.db.execute(sql`
    INSERT INTO projects (code, name, investor, industry, source, is_manufacturing, total_investment,
      lead_unit_id, stage, signed_on, started_on, responsible_leader, created_at)
    SELECT 'BENCH-' || lpad(i::text, 6, '0'), '基准项目' || i, '基准投资有限公司' || (i % 500),
      (ARRAY['NEW_MATERIALS','MODERN_MEDICINE','HIGH_END_EQUIPMENT','NEW_ENERGY','CHEMICAL','OTHER'])[1 + i % 6]::industry,
      (ARRAY['NEW','EXPANSION','LISTED_COMPANY'])[1 + i % 3]::project_source, i % 5 <> 0,
      round((0.5 + (i % 997) * 0.07)::numeric, 4),
      (SELECT id FROM units ORDER BY name OFFSET (i % 32) LIMIT 1),
      CASE WHEN i % 4 = 0 THEN 'NEGOTIATING' WHEN i % 4 = 1 THEN 'SIGNED' ELSE 'UNDER_CONSTRUCTION' END::stage,
      CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2021-01-01' + (i % 1500) END,
      CASE WHEN i % 4 >= 2 THEN DATE '2021-01-01' + (i % 1500) + 120 ELSE NULL END,
      '区长', now() - (i || ' minutes')::interval
    FROM generate_series(1, ${PROJECTS}) AS i`);
  await handle.db.execute(sql`
    INSERT INTO milestones (project_id, key, name, sort_order, planned_on, baseline_on, actual_on)
    SELECT p.id, k.key, k.key, k.n, p.signed_on + k.n * 30, p.signed_on + k.n * 30,
      CASE WHEN k.n < 3 THEN p.signed_on + k.n * 30 END
    FROM projects p CROSS JOIN (VALUES ('A', 0), ('B', 1), ('C', 3), ('D', 6), ('E', 12), ('F', 24)) AS k(key, n)
    WHERE p.signed_on IS NOT NULL`);
  await handle.db.execute(sql`ANALYZE`);
  console.log(`seeded ${PROJECTS} projects with nodes in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const cases: Array<[string, ProjectFilter | null]> = [
    ['no filter', null],
    ['tier MAJOR_10', { tier: ['MAJOR_10'] }],
    ['light RED', { light: ['RED'] }],
    ['light YELLOW + stage SIGNED', { light: ['YELLOW'], stage: ['SIGNED'] }],
    ['search "投资有限公司42"', { search: '投资有限公司42' }],
  ];
  console.log(`\nproject list, first page of 50 with totalCount (median of ${RUNS} runs, PGlite)`);
  for (const [label, filter] of cases) {
    const times: number[] = [];
    let result: Awaited<ReturnType<typeof listProjects>> | undefined;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      result = await listProjects(handle.db, {
        filter,
        first: 50,
        orderBy: { field: 'TOTAL_INVESTMENT', direction: 'DESC' },
      });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)] ?? 0;
    console.log(
      `  ${label.padEnd(30)} ${median.toFixed(1).padStart(8)} ms   page ${result?.nodes.length}   total ${result?.totalCount}`,
    );
  }
  const page2 = await listProjects(handle.db, { first: 50 });
  const t0 = performance.now();
  await listProjects(handle.db, { first: 50, after: page2.endCursor });
  console.log(`  ${'second page (keyset)'.padEnd(30)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const rssBefore = process.memoryUsage().rss;
  const exportStarted = performance.now();
  const exported = await writeLedger(handle.db, {}, sink);
  console.log(
    `\n台账 export: ${exported} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB xlsx in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s, rss +${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    `\nheap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
