// `npm test`: every check CI runs, from a fresh clone. It installs what the suites need
// (pnpm, Chromium, PostgreSQL) and starts and removes a throw-away PostgreSQL itself.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import {
  ensureChromium,
  fail,
  installDependencies,
  log,
  root,
  run,
  runOrFail,
  startThrowawayPostgres,
} from './toolchain.mjs';

const started = Date.now();
const timings = [];
async function step(name, body) {
  log(name);
  const t0 = Date.now();
  await body();
  timings.push([name, Date.now() - t0]);
}

const figuresDir = `${root}/server/test-results/figures`;
rmSync(figuresDir, { recursive: true, force: true });

await step('install', installDependencies);
await step('lint (biome)', () => runOrFail('pnpm', ['exec', 'biome', 'ci', '--colors=off', '.']));
await step('layers and cycles (dependency-cruiser)', () => runOrFail('pnpm', ['run', '--silent', 'layers']));
await step('generated code is up to date', async () => {
  await runOrFail('pnpm', ['-r', '--filter', '@zdyq/server', '--filter', '@zdyq/web', 'codegen']);
  if (existsSync(`${root}/.git`)) {
    const code = await run('git', ['diff', '--exit-code', '--stat', '--', 'server/src/generated', 'web/src/gql']);
    if (code !== 0) fail('generated GraphQL code is stale: run `pnpm codegen` and commit the result');
  }
});
await step('typecheck', () => runOrFail('pnpm', ['-r', 'typecheck']));
await step('unit and API tests on PGlite', () =>
  runOrFail('pnpm', ['-r', '--workspace-concurrency=1', '--filter', '!@zdyq/e2e', 'test'], {
    env: { ...process.env, DATABASE_URL: '' },
  }),
);
await step('API tests on PostgreSQL', async () => {
  const pg = await startThrowawayPostgres();
  // The fuzzing runs in full on the embedded database; here a quarter of it checks the same on PostgreSQL.
  const code = await run('pnpm', ['--filter', '@zdyq/server', 'test'], {
    env: { ...process.env, DATABASE_URL: pg.url, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '300' },
  });
  await pg.stop();
  if (code !== 0) fail('API tests on PostgreSQL failed');
});
await step('build the web app', () => runOrFail('pnpm', ['--filter', '@zdyq/web', 'build']));
await step('size budget of the first screens', () => runOrFail('pnpm', ['--filter', '@zdyq/web', 'size']));
await step('end-to-end tests in Chromium', async () => {
  const chromium = await ensureChromium();
  await runOrFail('pnpm', ['--filter', '@zdyq/e2e', 'test'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
});

/** The figures the server suites measured (test/figures.ts), added up per database. */
function printFigures() {
  if (!existsSync(figuresDir)) return;
  const totals = {};
  for (const file of readdirSync(figuresDir)) {
    const { database, values } = JSON.parse(readFileSync(`${figuresDir}/${file}`, 'utf8'));
    totals[database] ??= {};
    for (const [name, { kind, value }] of Object.entries(values)) {
      const before = totals[database][name] ?? 0;
      totals[database][name] = kind === 'max' ? Math.max(before, value) : before + value;
    }
  }
  const labels = {
    operationsTimesRolesChecked: 'operations × roles checked',
    fuzzInputs: 'fuzz inputs',
    internalErrors: 'internal errors',
    attacksRefused: 'attacks refused or bounded',
    longestHealthzMs: 'longest /healthz wait (ms)',
    recoveryMs: 'service back after the database (ms)',
  };
  console.log('\nHardening figures:');
  for (const [database, values] of Object.entries(totals)) {
    values.internalErrors ??= 0;
    const line = Object.entries(labels)
      .filter(([key]) => key in values)
      .map(([key, label]) => `${label} ${values[key]}`)
      .join(' · ');
    console.log(`  ${database.padEnd(9)} ${line}`);
  }
}

printFigures();
console.log('\nAll checks passed:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(1)} s`);
console.log(`  ${'total'.padEnd(36)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
