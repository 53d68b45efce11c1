import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4310);
export const baseURL = `http://127.0.0.1:${port}`;
// What the server's local mail server receives (start-server.mjs), for the journeys to read.
process.env.E2E_MAIL_LOG ??= join(tmpdir(), `zdyq-e2e-mail-${port}.jsonl`);

const chromium = { ...devices['Desktop Chrome'], launchOptions };

export default defineConfig({
  testDir: './tests',
  forbidOnly: Boolean(process.env.CI),
  // A journey walks a project through several stages as two users; on a 2-core machine running two
  // workers that takes up to a minute, so each test has two.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // A 2-core machine under the whole suite's load is slow at times; a test failing twice is a failure.
  retries: 1,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: chromium },
    { name: 'chromium', dependencies: ['setup'], testIgnore: /a11y\.spec\.ts/, use: chromium },
    // The accessibility run loads every page for every role, which keeps the embedded database (one
    // query at a time) busy; after the journeys, so their waits are not spent behind it.
    { name: 'a11y', dependencies: ['chromium'], testMatch: /a11y\.spec\.ts/, use: chromium },
  ],
  webServer: {
    command: 'node start-server.mjs',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(port), LOG_LEVEL: 'warn' },
  },
});
