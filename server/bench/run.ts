// pnpm bench: the speed figures of docs/performance.md. For each database (a throw-away PostgreSQL,
// then the embedded PGlite) it generates BENCH_PROJECTS projects with years of history, then drives
// the web's own GraphQL operations over HTTP against the real server (a child process, as
// deployed) with autocannon, and the same data fetched by hand-written SQL straight from the
// database, side by side. It writes docs/performance.md with the machine it ran on.
//   BENCH_PROJECTS (20000)  BENCH_SECONDS (20)  BENCH_DATABASES (postgres,pglite)  BENCH_OUT (docs/performance.md)
//   BENCH_GROWTH (100000; 0 to skip): PostgreSQL again at that many projects, for the growth column
//   BENCH_CPU_PROFILE (a folder): the server writes a V8 CPU profile there when it stops, for Chrome DevTools
//   BENCH_ONLY (a substring): run only the operations whose name contains it
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { DEMO_PASSWORD, seedDemoAccounts, seedReference, seedSyntheticProjects } from '@zdyq/db/seed';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type DocumentNode, print } from 'graphql';
import pg from 'pg';
import {
  BattleMapDocument,
  DashboardDocument,
  ProblemBoardDocument,
  ProjectListDocument,
} from '../../web/src/gql/graphql.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { today } from '../src/lib/dates.ts';
import { createLogger } from '../src/logger.ts';
import { refreshSummaries } from '../src/modules/project/summary.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const GROWTH = Number(process.env.BENCH_GROWTH ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DATABASES = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',') as Array<'postgres' | 'pglite'>;
const CONNECTIONS = 10;
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = process.env.BENCH_OUT ?? join(root, 'docs/performance.md');

const TARGETS = `query Targets($asOf: Date) { targets(asOf: $asOf) { code name unit kind annual baseline target current
  percent periodStart periodEnd elapsedPercent onTrack periodEnded achieved available asOf byUnit { unit { id } quota current } } }`;

type Case = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same data straight from the database, as hand-written SQL (one or more statements). */
  raw: string[];
};

const listColumns = `p.id, p.code, p.name, p.investor, p.industry, p.stage, p.tier, p.total_investment, p.signed_on,
  p.updated_at, u.id AS unit_id, u.name AS unit_name`;
const listRaw = (where: string) => [
  `SELECT ${listColumns}, s.light, s.compliance_status FROM projects p JOIN units u ON u.id = p.lead_unit_id
    LEFT JOIN project_summaries s ON s.project_id = p.id WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT 51`,
  `SELECT count(*) FROM projects p LEFT JOIN project_summaries s ON s.project_id = p.id WHERE ${where}`,
];

function cases(): Case[] {
  return allCases().filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''));
}

function allCases(): Case[] {
  const q = (d: DocumentNode) => print(d);
  const day = today();
  const year = day.slice(0, 4);
  return [
    {
      name: 'project list, first 50',
      query: q(ProjectListDocument),
      variables: { first: 50, filter: {} },
      raw: listRaw('true'),
    },
    {
      name: 'project list, tier ≥10亿',
      query: q(ProjectListDocument),
      variables: { first: 50, filter: { tier: ['MAJOR_10'] } },
      raw: listRaw(`p.tier = 'MAJOR_10'`),
    },
    {
      name: 'project list, light RED',
      query: q(ProjectListDocument),
      variables: { first: 50, filter: { light: ['RED'] } },
      raw: listRaw(`s.light = 'RED'`),
    },
    {
      name: 'project list, text search',
      query: q(ProjectListDocument),
      variables: { first: 50, filter: { search: '投资有限公司42' } },
      raw: listRaw(
        `(p.name ILIKE '%投资有限公司42%' OR p.investor ILIKE '%投资有限公司42%' OR p.code ILIKE '%投资有限公司42%')`,
      ),
    },
    {
      name: 'dashboard',
      query: q(DashboardDocument),
      variables: { asOf: day },
      raw: [
        `SELECT stage, count(*), sum(total_investment) FROM projects GROUP BY stage`,
        `SELECT industry, count(*), sum(total_investment) FROM projects WHERE terminated_on IS NULL GROUP BY industry`,
        `SELECT to_char(date_trunc('month', signed_on), 'YYYY-MM'), count(*), sum(total_investment) FROM projects
          WHERE signed_on > now() - interval '24 months' GROUP BY 1`,
        `SELECT lead_unit_id, count(*) FILTER (WHERE total_investment >= 10 AND source = 'NEW' AND is_manufacturing),
          count(*) FILTER (WHERE signed_on >= '${year}-01-01'), count(*) FILTER (WHERE started_on >= '${year}-01-01')
          FROM projects GROUP BY lead_unit_id`,
        `SELECT q.lead_unit_id, count(*) FILTER (WHERE m.planned_on <= '${day}'),
          count(*) FILTER (WHERE m.actual_on <= m.planned_on) FROM milestones m JOIN projects q ON q.id = m.project_id GROUP BY 1`,
        `SELECT lead_unit_id, count(*) FROM problems WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_on < '${day}' GROUP BY 1`,
        `SELECT count(*) FILTER (WHERE has_overdue_node), count(*) FILTER (WHERE has_overdue_problem),
          count(*) FILTER (WHERE compliance_status = 'NON_COMPLIANT') FROM project_summaries`,
      ],
    },
    {
      name: 'targets',
      query: TARGETS,
      variables: { asOf: day },
      raw: [
        `SELECT lead_unit_id, count(*) FILTER (WHERE is_manufacturing AND source = 'NEW' AND total_investment >= 10
          AND signed_on BETWEEN '2024-01-01' AND '${day}' AND terminated_on IS NULL),
          count(*) FILTER (WHERE is_chain_project AND signed_on >= '${year}-01-01'),
          count(*) FILTER (WHERE signed_on >= '${year}-01-01'), count(*) FILTER (WHERE started_on >= '${year}-01-01')
          FROM projects GROUP BY ROLLUP (lead_unit_id)`,
        `SELECT sum(r.investment) FILTER (WHERE r.month >= '${year}-01') FROM monthly_reports r JOIN projects p ON p.id = r.project_id WHERE p.is_manufacturing`,
      ],
    },
    {
      name: 'battle map (≥50亿)',
      query: q(BattleMapDocument),
      variables: { minTier: 'MAJOR_50' },
      raw: [
        `SELECT ${listColumns}, p.responsible_leader, p.latitude, p.longitude, s.light, s.compliance_status,
          (SELECT count(*) FROM problems x WHERE x.project_id = p.id AND x.status IN ('OPEN','IN_PROGRESS')),
          (SELECT m.name FROM milestones m WHERE m.project_id = p.id AND m.actual_on IS NULL ORDER BY m.planned_on LIMIT 1)
          FROM projects p JOIN units u ON u.id = p.lead_unit_id LEFT JOIN project_summaries s ON s.project_id = p.id
          WHERE p.tier = 'MAJOR_50' AND p.terminated_on IS NULL ORDER BY p.total_investment DESC LIMIT 500`,
        `SELECT count(*) FROM projects WHERE tier = 'MAJOR_50' AND terminated_on IS NULL`,
      ],
    },
    {
      name: 'problem board',
      query: q(ProblemBoardDocument),
      variables: { filter: {} },
      raw: [
        `SELECT x.id, x.title, x.status, x.level, x.category, x.due_on, u.id, u.name, p.id, p.name,
          (x.status IN ('OPEN','IN_PROGRESS') AND x.due_on < '${day}') AS overdue
          FROM problems x JOIN units u ON u.id = x.lead_unit_id JOIN projects p ON p.id = x.project_id
          ORDER BY overdue DESC, x.due_on ASC NULLS LAST, x.created_at DESC LIMIT 201`,
        `SELECT count(*) FROM problems`,
      ],
    },
  ];
}

type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number };

/** Runs statements in `connections` parallel loops for `seconds`: requests/s and latency percentiles. */
async function drive(seconds: number, connections: number, once: () => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await once();
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

const rssOf = (pid: number | undefined) => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
};

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: 'leader', p: DEMO_PASSWORD },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`cannot sign in: ${await res.text()}`);
  return cookie;
}

/** Counts the statements each case runs in one request, on an in-process server. */
async function statementsPerRequest(handle: DbHandle, counted: string[]): Promise<Map<string, number>> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const { app, stop } = await createApp({ handle, config, log: createLogger('silent') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const cookie = await signIn(url);
  const result = new Map<string, number>();
  for (const c of cases()) {
    counted.length = 0;
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: c.query, variables: c.variables }),
    }).then((r) => r.text());
    result.set(c.name, counted.length);
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await stop();
  return result;
}

type Row = { name: string; http: Figures; raw: Figures; statements: number; rss: number };

async function benchDatabase(
  kind: 'postgres' | 'pglite',
  count: number = PROJECTS,
): Promise<{ rows: Row[]; seedSeconds: number; version: string }> {
  const counted: string[] = [];
  const onQuery = (q: string) => counted.push(q);
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let stopPostgres: (() => Promise<void>) | undefined;
  if (kind === 'postgres') {
    const { startThrowawayPostgres } = await import('../../scripts/toolchain.mjs');
    const cluster = await startThrowawayPostgres();
    databaseUrl = cluster.url;
    stopPostgres = cluster.stop;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'zdyq-bench-'));
  }
  const handle = await createDb({ databaseUrl, dataDir, onQuery, maxConnections: CONNECTIONS });
  let server: ChildProcess | undefined;
  try {
    const started = performance.now();
    await seedReference(handle.db);
    await handle.db.transaction((tx) => seedDemoAccounts(tx));
    await seedSyntheticProjects(handle.db, { count, withHistory: true });
    await refreshSummaries(handle.db, 'all');
    const seedSeconds = (performance.now() - started) / 1000;
    const version =
      (
        (await handle.db.execute(sql`SELECT version() AS v`)) as unknown as { rows: Array<{ v: string }> }
      ).rows[0]?.v.split(' on ')[0] ?? '';
    console.log(`${kind}: ${count} projects with history in ${seedSeconds.toFixed(0)} s (${version})`);
    const statements = await statementsPerRequest(handle, counted);

    // Raw SQL first: the embedded database admits one process, which must then be the server.
    const rawFigures = new Map<string, Figures>();
    const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS }) : undefined;
    for (const c of cases()) {
      const once = async () => {
        for (const statement of c.raw) {
          if (pool) await pool.query(statement);
          else await handle.db.execute(sql.raw(statement));
        }
      };
      await drive(2, CONNECTIONS, once);
      rawFigures.set(c.name, await drive(SECONDS, CONNECTIONS, once));
    }
    await pool?.end();
    await handle.close();

    const port = 4600 + Math.floor(Math.random() * 300);
    const profile = process.env.BENCH_CPU_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : [];
    server = spawn('node', [...profile, '--import', 'tsx', 'src/main.ts'], {
      cwd: join(root, 'server'),
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        DATABASE_POOL_SIZE: String(CONNECTIONS),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir }),
      },
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      if (
        await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const cookie = await signIn(url);
    const rows: Row[] = [];
    for (const c of cases()) {
      const body = JSON.stringify({ query: c.query, variables: c.variables });
      const request = {
        url: `${url}/graphql`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', cookie },
        body,
        connections: CONNECTIONS,
      };
      await autocannon({ ...request, duration: 3 });
      const result = await autocannon({ ...request, duration: SECONDS });
      const http: Figures = {
        rps: result.requests.average,
        p50: result.latency.p50,
        p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx + result.timeouts,
      };
      const raw = rawFigures.get(c.name) as Figures;
      rows.push({ name: c.name, http, raw, statements: statements.get(c.name) ?? 0, rss: rssOf(server.pid) });
      console.log(
        `  ${c.name.padEnd(26)} ${http.rps.toFixed(0).padStart(6)} req/s  p50 ${http.p50.toFixed(0)} p95 ${http.p95.toFixed(0)} ms | raw ${raw.rps.toFixed(0)} req/s (${((http.rps / raw.rps) * 100).toFixed(0)}%)`,
      );
    }
    return { rows, seedSeconds, version };
  } finally {
    server?.kill('SIGTERM');
    if (server) await new Promise((resolve) => server?.once('exit', resolve));
    await handle.close().catch(() => {});
    await stopPostgres?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: Array<{ kind: string; rows: Row[]; seedSeconds: number; version: string }> = [];
for (const kind of DATABASES) results.push({ kind, ...(await benchDatabase(kind)) });
const growth = GROWTH > 0 && DATABASES.includes('postgres') ? await benchDatabase('postgres', GROWTH) : null;

const ms = (n: number) => n.toFixed(0);

/** The first load: the entry and what index.html preloads, compressed as the server sends them. */
function initialJavaScript(): { gzip: number; brotli: number } | null {
  const dist = join(root, 'web/dist');
  let html: string;
  try {
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => join(dist, m[1] ?? ''));
  const size = (compress: (b: Buffer) => Buffer) =>
    files.reduce((sum, file) => sum + compress(readFileSync(file)).length, 0);
  return {
    gzip: size((b) => gzipSync(b, { level: 9 })),
    brotli: size((b) => brotliCompressSync(b)),
  };
}

/** Each goal of the benchmark against what this run measured. */
function goals(): string[] {
  const pgRows = results.find((r) => r.kind === 'postgres')?.rows ?? [];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const row = (goal: string, measured: string, met: boolean) => `| ${goal} | ${measured} | ${met ? 'yes' : '**no**'} |`;
  const lines = ['## Goals', '', '| goal | measured | met |', '| --- | --- | --- |'];
  const limits: Array<[string, number]> = [
    ['project list', 60],
    ['dashboard', 150],
    ['targets', 50],
    ['battle map', 80],
  ];
  for (const r of pgRows) {
    const limit = limits.find(([prefix]) => r.name.startsWith(prefix))?.[1];
    if (limit !== undefined)
      lines.push(row(`${r.name}: p95 ≤ ${limit} ms`, `${ms(r.http.p95)} ms`, r.http.p95 <= limit));
    const share = r.http.rps / r.raw.rps;
    lines.push(row(`${r.name}: ≥ 50% of raw SQL's req/s`, `${(share * 100).toFixed(0)}%`, share >= 0.5));
  }
  const errors = results.flatMap((r) => r.rows).reduce((n, r) => n + r.http.errors, 0);
  lines.push(row('no errors', String(errors), errors === 0));
  if (growth) {
    for (const r of growth.rows.filter((x) => x.name.startsWith('project list') || x.name === 'dashboard')) {
      const before = pgRows.find((x) => x.name === r.name);
      if (!before) continue;
      const ratio = r.http.p95 / Math.max(before.http.p95, 1);
      lines.push(row(`${r.name} at ${GROWTH.toLocaleString('en')}: p95 within 2×`, `${ratio.toFixed(1)}×`, ratio <= 2));
    }
  }
  const first = initialJavaScript();
  if (first) {
    lines.push(
      row(
        'initial JavaScript ≤ 300 KB gzipped',
        `${kb(first.gzip)} gzip, ${kb(first.brotli)} brotli`,
        first.gzip <= 300 * 1024,
      ),
    );
  }
  return [...lines, ''];
}
const lines = [
  '# Performance',
  '',
  `Measured by \`pnpm bench\` on ${today()}: ${PROJECTS.toLocaleString('en')} generated projects with years of history`,
  '(11 nodes each once signed, problems, agreements and checks, 24 months of reports, audit rows), the web’s own',
  `GraphQL operations over HTTP against the server as deployed, ${CONNECTIONS} connections, ${SECONDS} s after a 3 s`,
  'warm-up, beside the same data fetched by hand-written SQL over the same number of connections (the “raw” columns).',
  'p95 over HTTP is autocannon’s 97.5th percentile, the nearest it reports.',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`,
  '',
];
for (const r of results) {
  lines.push(`## ${r.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'} — ${r.version}`, '');
  lines.push(`Seeded in ${r.seedSeconds.toFixed(0)} s.`, '');
  lines.push(
    '| operation | req/s | p50 ms | p95 ms | p99 ms | errors | statements | server RSS MiB | raw req/s | raw p95 ms | of raw |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of r.rows) {
    lines.push(
      `| ${row.name} | ${row.http.rps.toFixed(0)} | ${ms(row.http.p50)} | ${ms(row.http.p95)} | ${ms(row.http.p99)} | ${row.http.errors} | ${row.statements} | ${row.rss} | ${row.raw.rps.toFixed(0)} | ${ms(row.raw.p95)} | ${((row.http.rps / row.raw.rps) * 100).toFixed(0)}% |`,
    );
  }
  lines.push('');
}
const base = results.find((r) => r.kind === 'postgres');
if (growth && base) {
  lines.push(`## Growth: PostgreSQL at ${GROWTH.toLocaleString('en')} projects`, '');
  lines.push(`Seeded in ${growth.seedSeconds.toFixed(0)} s.`, '');
  lines.push(
    `| operation | req/s | p95 ms | p95 at ${PROJECTS.toLocaleString('en')} | ratio | errors | server RSS MiB |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of growth.rows) {
    const before = base.rows.find((r) => r.name === row.name);
    const ratio = before && before.http.p95 > 0 ? (row.http.p95 / before.http.p95).toFixed(1) : '–';
    lines.push(
      `| ${row.name} | ${row.http.rps.toFixed(0)} | ${ms(row.http.p95)} | ${before ? ms(before.http.p95) : '–'} | ${ratio}× | ${row.http.errors} | ${row.rss} |`,
    );
  }
  lines.push('');
}
lines.push(...goals());
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`\nwrote ${out}`);
