// `npm test`: every check CI runs, from a fresh clone. It installs what the suites need
// (pnpm, Chromium, PostgreSQL) and starts and removes a throw-away PostgreSQL itself.
import { existsSync } from 'node:fs';
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

await step('install', installDependencies);
await step('lint (biome)', () => runOrFail('pnpm', ['exec', 'biome', 'ci', '--colors=off', '.']));
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
  const code = await run('pnpm', ['--filter', '@zdyq/server', 'test'], {
    env: { ...process.env, DATABASE_URL: pg.url },
  });
  await pg.stop();
  if (code !== 0) fail('API tests on PostgreSQL failed');
});
await step('build the web app', () => runOrFail('pnpm', ['--filter', '@zdyq/web', 'build']));
await step('end-to-end tests in Chromium', async () => {
  const chromium = await ensureChromium();
  await runOrFail('pnpm', ['--filter', '@zdyq/e2e', 'test'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
});

console.log('\nAll checks passed:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(1)} s`);
console.log(`  ${'total'.padEnd(36)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
