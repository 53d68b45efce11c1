// pnpm bench: the speed figures of docs/performance.md. For each database (a throw-away PostgreSQL,
// then the embedded PGlite) it generates BENCH_PROJECTS projects with years of history, then drives
// the web's own GraphQL operations over HTTP against the real server (a child process, as deployed)
// with autocannon. On PostgreSQL the project list and the battle board are also answered by
// hand-written SQL over `pg` (bench/raw-server.ts, another child process, over HTTP with JSON): each
// answer is first checked equal to the product's, then the two are alternated in one run, and both
// are measured again at a fixed offered load. The dashboard is also timed on the first answer after
// a write, when its remembered figures must be computed again.
//   BENCH_PROJECTS (20000)  BENCH_SECONDS (20)  BENCH_ROUNDS (3)  BENCH_DATABASES (postgres,pglite)
//   BENCH_OUT (docs/performance.md)
//   BENCH_GROWTH (100000; 0 to skip): PostgreSQL again at that many projects, for the growth column
//   BENCH_CPU_PROFILE (a folder): the server writes a V8 CPU profile there when it stops, for Chrome DevTools
//   BENCH_ONLY (a substring): run only the operations whose name contains it
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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
  /** The hand-written answer of bench/raw-server.ts, where there is one. */
  raw?: 'list' | 'battle';
  /** The offered load (req/s) latency is measured at, as users feel it rather than at saturation. */
  rate?: number;
};

function cases(): Case[] {
  return allCases().filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''));
}

function allCases(): Case[] {
  const q = (d: DocumentNode) => print(d);
  const list = (name: string, filter: Record<string, unknown>): Case => ({
    name: `project list, ${name}`,
    query: q(ProjectListDocument),
    variables: { first: 50, filter },
    raw: 'list',
    rate: 50,
  });
  return [
    list('first 50', {}),
    list('tier ≥10亿', { tier: ['MAJOR_10'] }),
    list('light RED', { light: ['RED'] }),
    list('text search', { search: '投资有限公司42' }),
    {
      name: 'battle map (≥50亿)',
      query: q(BattleMapDocument),
      variables: { minTier: 'MAJOR_50' },
      raw: 'battle',
      rate: 10,
    },
    { name: 'dashboard', query: q(DashboardDocument), variables: { asOf: today() } },
    { name: 'targets', query: TARGETS, variables: { asOf: today() } },
    { name: 'problem board', query: q(ProblemBoardDocument), variables: { filter: {} } },
    { name: '{ __typename }, signed in', query: '{ __typename }', variables: {} },
  ];
}

type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number };

const rssOf = (pid: number | undefined) => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
};

/** Signs in as the district's leader; a server just started may be busy with its first upkeep a while. */
async function signIn(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(url);
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 15_000));
    }
  }
}

async function signInOnce(url: string): Promise<string> {
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

/** A child process serving HTTP on `port`, once it answers `ready`. */
async function child(script: string, port: number, env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const profile =
    process.env.BENCH_CPU_PROFILE && script === 'src/main.ts'
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : [];
  const proc = spawn('node', [...profile, '--import', 'tsx', script], {
    cwd: join(root, 'server'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`http://127.0.0.1:${port}${ready}`, { method: ready === '/healthz' ? 'GET' : 'POST' }).then(
      () => true,
      () => false,
    );
    if (up) return proc;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${script} did not start`);
}

async function stopChild(proc: ChildProcess | undefined) {
  if (!proc || proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  await new Promise((resolve) => proc.once('exit', resolve));
}

type Target = { url: string; headers: Record<string, string> };

/** autocannon against one target: at saturation over CONNECTIONS, or at `rate` req/s offered. */
async function load(target: Target, body: string, seconds: number, rate?: number): Promise<Figures> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body,
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianFigures = (runs: Figures[]): Figures => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});

/** Where two answers first differ, as a path; null when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

type Row = {
  name: string;
  http: Figures;
  raw: Figures | null;
  /** The answers' equality, checked before timing (null where there is no raw side). */
  equal: boolean | null;
  atRate: { rate: number; product: Figures; raw: Figures | null } | null;
  statements: number;
  rss: number;
};

type Result = { rows: Row[]; seedSeconds: number; version: string; dashboardMiss: Figures | null };

async function benchDatabase(kind: 'postgres' | 'pglite', count: number = PROJECTS): Promise<Result> {
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
  let rawServer: ChildProcess | undefined;
  const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : undefined;
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
    // The embedded database admits one process, which must then be the server.
    await handle.close();

    const port = 4600 + Math.floor(Math.random() * 300);
    server = await child(
      'src/main.ts',
      port,
      {
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        DATABASE_POOL_SIZE: String(CONNECTIONS),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '' }),
      },
      '/healthz',
    );
    const url = `http://127.0.0.1:${port}`;
    const cookie = await signIn(url);
    const product: Target = { url: `${url}/graphql`, headers: { cookie } };
    const rawPort = port + 1000;
    if (databaseUrl) {
      rawServer = await child(
        'bench/raw-server.ts',
        rawPort,
        { RAW_PORT: String(rawPort), RAW_CONNECTIONS: String(CONNECTIONS), DATABASE_URL: databaseUrl },
        '/',
      );
    }
    const rows: Row[] = [];
    for (const c of cases()) {
      const body = JSON.stringify({ query: c.query, variables: c.variables });
      const raw: Target | null =
        rawServer && c.raw
          ? { url: `http://127.0.0.1:${rawPort}/graphql`, headers: { cookie, 'x-bench-case': c.raw } }
          : null;
      let equal: boolean | null = null;
      if (raw) {
        const answer = (t: Target) =>
          fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body }).then(
            (r) => r.json(),
          );
        const difference = firstDifference(await answer(product), await answer(raw));
        equal = difference === null;
        if (difference) console.log(`  ${c.name}: the raw answer differs at ${difference}`);
      }
      // Warm both up, then alternate them round by round, each round's order the other way round.
      await load(product, body, 3);
      if (raw) await load(raw, body, 3);
      const productRuns: Figures[] = [];
      const rawRuns: Figures[] = [];
      for (let round = 0; round < (raw ? ROUNDS : 1); round++) {
        const pair = [
          async () => productRuns.push(await load(product, body, SECONDS)),
          async () => raw && rawRuns.push(await load(raw, body, SECONDS)),
        ];
        for (const run of round % 2 === 0 ? pair : pair.reverse()) await run();
      }
      const http = medianFigures(productRuns);
      const rawFigures = raw ? medianFigures(rawRuns) : null;
      const atRate = c.rate
        ? {
            rate: c.rate,
            product: await load(product, body, SECONDS, c.rate),
            raw: raw ? await load(raw, body, SECONDS, c.rate) : null,
          }
        : null;
      rows.push({
        name: c.name,
        http,
        raw: rawFigures,
        equal,
        atRate,
        statements: statements.get(c.name) ?? 0,
        rss: rssOf(server.pid),
      });
      console.log(
        `  ${c.name.padEnd(26)} ${http.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(http.p50)} p95 ${ms(http.p95)} ms` +
          (rawFigures
            ? ` | raw ${rawFigures.rps.toFixed(0)} req/s (${((http.rps / rawFigures.rps) * 100).toFixed(0)}%)${equal ? '' : ' ANSWERS DIFFER'}`
            : '') +
          (atRate ? ` | at ${atRate.rate} req/s: p95 ${ms(atRate.product.p95)} ms` : ''),
      );
    }
    const dashboard = cases().find((c) => c.name === 'dashboard');
    const dashboardMiss = dashboard && pool ? await firstAnswerAfterWrite(pool, product, dashboard) : null;
    if (dashboardMiss)
      console.log(`  dashboard after a write: p50 ${ms(dashboardMiss.p50)} p95 ${ms(dashboardMiss.p95)} ms`);
    return { rows, seedSeconds, version, dashboardMiss };
  } finally {
    await stopChild(server);
    await stopChild(rawServer);
    await pool?.end();
    await handle.close().catch(() => {});
    await stopPostgres?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The dashboard's first answer after a write: its remembered figures are computed again. Each sample
 * writes to one project (a statement the figures' version follows), then asks once.
 */
async function firstAnswerAfterWrite(pool: pg.Pool, product: Target, c: Case): Promise<Figures> {
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    await pool.query(
      `UPDATE projects SET updated_at = now() WHERE id = (SELECT id FROM projects ORDER BY code LIMIT 1)`,
    );
    const started = performance.now();
    const res = await fetch(product.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...product.headers },
      body,
    });
    await res.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
  return { rps: 0, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: 0 };
}

const results: Array<{ kind: string } & Result> = [];
for (const kind of DATABASES) results.push({ kind, ...(await benchDatabase(kind)) });
const growth = GROWTH > 0 && DATABASES.includes('postgres') ? await benchDatabase('postgres', GROWTH) : null;

function ms(n: number) {
  return n.toFixed(0);
}

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

/** Each goal of the benchmark (issue: a read path whose cost is the database's) against this run. */
function goals(): string[] {
  const pg = results.find((r) => r.kind === 'postgres');
  const pgRows = pg?.rows ?? [];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const row = (goal: string, measured: string, met: boolean) => `| ${goal} | ${measured} | ${met ? 'yes' : '**no**'} |`;
  const lines = ['## Goals (PostgreSQL)', '', '| goal | measured | met |', '| --- | --- | --- |'];
  for (const r of pgRows) {
    if (r.raw) {
      const share = r.http.rps / r.raw.rps;
      lines.push(row(`${r.name}: ≥ 60% of raw SQL's req/s`, `${(share * 100).toFixed(0)}%`, share >= 0.6));
      lines.push(row(`${r.name}: the same answer as raw SQL`, r.equal ? 'equal' : 'differs', r.equal === true));
    }
    if (r.atRate) {
      const limit = r.name.startsWith('battle') ? 80 : 30;
      lines.push(
        row(
          `${r.name}: p95 ≤ ${limit} ms at ${r.atRate.rate} req/s offered`,
          `${ms(r.atRate.product.p95)} ms`,
          r.atRate.product.p95 <= limit,
        ),
      );
    }
    if (r.name.startsWith('{ __typename }'))
      lines.push(row(`${r.name}: ≥ 2,000 req/s`, r.http.rps.toFixed(0), r.http.rps >= 2000));
  }
  if (pg?.dashboardMiss)
    lines.push(
      row(
        'dashboard, first answer after a write: ≤ 150 ms',
        `${ms(pg.dashboardMiss.p95)} ms (p95)`,
        pg.dashboardMiss.p95 <= 150,
      ),
    );
  const errors = results.flatMap((r) => r.rows).reduce((n, r) => n + r.http.errors, 0);
  lines.push(row('no errors', String(errors), errors === 0));
  if (growth) {
    for (const r of growth.rows.filter((x) => x.raw)) {
      const before = pgRows.find((x) => x.name === r.name);
      if (!before) continue;
      const ratio = before.http.rps / Math.max(r.http.rps, 1);
      lines.push(
        row(`${r.name} at ${GROWTH.toLocaleString('en')}: within 2× of its req/s`, `${ratio.toFixed(1)}×`, ratio <= 2),
      );
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

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
const lines = [
  '# Performance',
  '',
  `Measured by \`pnpm bench\` on ${today()}: ${PROJECTS.toLocaleString('en')} generated projects with years of history`,
  '(11 nodes each once signed, problems, agreements and checks, 24 months of reports, audit rows), the web’s own',
  `GraphQL operations over HTTP against the server as deployed (one Node process), signed in as a district's`,
  `leader, ${CONNECTIONS} connections. On PostgreSQL the project list and the battle board are also answered by`,
  'hand-written SQL over `pg` in another process, over HTTP with JSON (`bench/raw-server.ts`: the session checked,',
  'then one statement that builds the whole answer): each raw answer is checked equal to the product’s before',
  `timing, then the two alternate, ${ROUNDS} rounds of ${SECONDS} s each after a 3 s warm-up, medians shown.`,
  '“At rate” is the same request at a fixed offered load (autocannon’s `overallRate`), which is what a user feels;',
  'saturation figures are what the machine can do. p95 is autocannon’s 97.5th percentile, the nearest it reports.',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`,
  '',
];
for (const r of results) {
  lines.push(`## ${r.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'} — ${r.version}`, '');
  lines.push(`Seeded in ${r.seedSeconds.toFixed(0)} s.`, '');
  lines.push(
    '| operation | req/s | p50 ms | p95 ms | errors | statements | server RSS MiB | raw req/s | raw p95 ms | of raw | answers | at rate | p95 ms | raw p95 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  );
  for (const row of r.rows) {
    const raw = row.raw;
    const rate = row.atRate;
    lines.push(
      `| ${row.name} | ${row.http.rps.toFixed(0)} | ${ms(row.http.p50)} | ${ms(row.http.p95)} | ${row.http.errors} | ${row.statements} | ${row.rss} | ${raw ? raw.rps.toFixed(0) : '–'} | ${raw ? ms(raw.p95) : '–'} | ${raw ? pct(row.http.rps, raw.rps) : '–'} | ${row.equal === null ? '–' : row.equal ? 'equal' : '**differ**'} | ${rate ? `${rate.rate}/s` : '–'} | ${rate ? ms(rate.product.p95) : '–'} | ${rate?.raw ? ms(rate.raw.p95) : '–'} |`,
    );
  }
  if (r.dashboardMiss)
    lines.push(
      '',
      `The dashboard’s first answer after a write (its figures computed again): p50 ${ms(r.dashboardMiss.p50)} ms, p95 ${ms(r.dashboardMiss.p95)} ms over 30 samples; the row above is the steady state, from remembered figures.`,
    );
  lines.push('');
}
const base = results.find((r) => r.kind === 'postgres');
if (growth && base) {
  lines.push(`## Growth: PostgreSQL at ${GROWTH.toLocaleString('en')} projects`, '');
  lines.push(`Seeded in ${growth.seedSeconds.toFixed(0)} s.`, '');
  lines.push(
    `| operation | req/s | p95 ms | req/s at ${PROJECTS.toLocaleString('en')} | ratio | raw req/s | of raw | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of growth.rows) {
    const before = base.rows.find((r) => r.name === row.name);
    const ratio = before && row.http.rps > 0 ? (before.http.rps / row.http.rps).toFixed(1) : '–';
    lines.push(
      `| ${row.name} | ${row.http.rps.toFixed(0)} | ${ms(row.http.p95)} | ${before ? before.http.rps.toFixed(0) : '–'} | ${ratio}× | ${row.raw ? row.raw.rps.toFixed(0) : '–'} | ${row.raw ? pct(row.http.rps, row.raw.rps) : '–'} | ${row.http.errors} |`,
    );
  }
  lines.push('');
}
lines.push(...goals());
const kept = (() => {
  try {
    return /<!-- rls:start -->[\s\S]*<!-- rls:end -->/.exec(readFileSync(out, 'utf8'))?.[0];
  } catch {
    return undefined;
  }
})();
writeFileSync(out, `${lines.join('\n')}\n${kept ? `\n${kept}\n` : ''}`);
console.log(`\nwrote ${out}`);
