// The first load on a phone, measured (docs/performance.md): Chromium with Fast 3G (1.6 Mbps down,
// 750 kbps up, 150 ms round trip) and the CPU slowed 4× as Lighthouse's mobile run has it, an empty
// cache each time, the median of three runs: first paint, largest paint, long tasks and the script
// transferred, for the sign-in page, the leader's dashboard and the inspector's check form at 390 px;
// then a second visit of the sign-in page from the cache.
// Run: pnpm bench:web (builds the web app first; starts the product on a fresh demo database).
// BENCH_COMPARE=<another build's dist folder> measures that build too, on its own server, the runs
// of the two alternated, so both face the same machine at the same time.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4460);
const RUNS = 3;
const builds = [
  { name: 'this build', port, dist: undefined },
  ...(process.env.BENCH_COMPARE
    ? [{ name: process.env.BENCH_COMPARE, port: port + 10, dist: process.env.BENCH_COMPARE }]
    : []),
];
const servers = builds.map((b) =>
  spawn('node', ['start-server.mjs'], {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(b.port), LOG_LEVEL: 'warn', ...(b.dist ? { WEB_DIST: b.dist } : {}) },
  }),
);
const stop = () => {
  for (const s of servers) s.kill('SIGTERM');
};
process.on('exit', stop);

async function ready(base) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the product did not start');
}

const browser = await (async () => {
  for (const b of builds) await ready(`http://127.0.0.1:${b.port}`);
  return chromium.launch(launchOptions);
})();

/** A signed-in browser state, through the API as the web app signs in. */
async function signedIn(base, username) {
  const context = await browser.newContext();
  const res = await context.request.post(`${base}/graphql`, {
    data: {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: 'demo1234' },
    },
  });
  if (!res.ok()) throw new Error(`sign-in of ${username} failed`);
  const state = await context.storageState();
  await context.close();
  // As a browser that signed in before keeps it: the hint that opens the app at once.
  return { ...state, origins: [{ origin: base, localStorage: [{ name: 'zdyq.signedIn', value: '1' }] }] };
}

// Observed from the page's start: paints, long tasks; script bytes from the resource timings.
const observe = () => {
  window.__lcp = 0;
  window.__long = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function load(context, url, viewport, visible, cdpOptions = {}) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (!cdpOptions.keepCache) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(observe);
  await page.goto(url);
  await page.locator(visible).first().waitFor({ timeout: 60_000 });
  // Let the largest paint and any long task after it be recorded.
  await page.waitForTimeout(3000);
  const figures = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    return {
      fcp: paint ? paint.startTime : null,
      lcp: window.__lcp,
      longTasks: window.__long.length,
      longest: Math.max(0, ...window.__long),
      longTotal: window.__long.reduce((a, b) => a + b, 0),
      scriptKiB: scripts.reduce((a, r) => a + r.transferSize, 0) / 1024,
    };
  });
  await page.close();
  return figures;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function casesOf(base) {
  const cases = [
    { name: 'sign-in', state: undefined, url: '/login', visible: 'form button[type="submit"]' },
    {
      name: 'dashboard (leader)',
      state: await signedIn(base, 'leader'),
      url: '/',
      visible: '[data-testid^="target-"]',
    },
    {
      name: 'check form (inspector)',
      state: await signedIn(base, 'inspector'),
      url: null,
      visible: 'button:has-text("记录检查")',
    },
  ];
  // The inspector's check form: the compliance tab of a project due for inspection.
  const context = await browser.newContext({ storageState: cases[2].state });
  const res = await context.request.post(`${base}/graphql`, { data: { query: '{ inspectionsDue { id } }' } });
  const body = await res.json();
  const id = body.data?.inspectionsDue?.[0]?.id;
  await context.close();
  if (!id) throw new Error(`no project due for inspection: ${JSON.stringify(body.errors ?? body)}`);
  cases[2].url = `/projects/${id}?tab=compliance`;
  return cases;
}

const phone = { width: 390, height: 844 };
const sites = [];
for (const b of builds) {
  const base = `http://127.0.0.1:${b.port}`;
  sites.push({ ...b, base, cases: await casesOf(base), runs: new Map() });
}
const record = (site, name, figures) => site.runs.set(name, [...(site.runs.get(name) ?? []), figures]);
// Run by run, each build in turn.
for (let i = 0; i < RUNS; i++) {
  for (const [k] of sites[0].cases.entries()) {
    for (const site of sites) {
      const c = site.cases[k];
      const context = await browser.newContext({ storageState: c.state });
      record(site, c.name, await load(context, site.base + c.url, phone, c.visible));
      await context.close();
    }
  }
}
// A second visit: the same browser, its cache kept.
for (const site of sites) {
  const context = await browser.newContext();
  const first = await load(context, `${site.base}/login`, phone, site.cases[0].visible);
  if (first.scriptKiB < 1) throw new Error('the first visit transferred no script: the cache was not empty');
  for (let i = 0; i < RUNS; i++)
    record(
      site,
      'sign-in, second visit',
      await load(context, `${site.base}/login`, phone, site.cases[0].visible, { keepCache: true }),
    );
  await context.close();
}

const ms = (x) => `${(x / 1000).toFixed(1)} s`;
for (const site of sites) {
  console.log(`\n${site.name} (Fast 3G, CPU 4× slower, 390 px, median of ${RUNS})\n`);
  console.log('| page | first paint | largest paint | long tasks > 50 ms | JS transferred |');
  console.log('|---|---|---|---|---|');
  for (const [name, runs] of site.runs) {
    const pick = (key) => median(runs.map((r) => r[key] ?? 0));
    console.log(
      `| ${name} | ${ms(pick('fcp'))} | ${ms(pick('lcp'))} | ${pick('longTasks')}, ${ms(pick('longTotal'))} in all (longest ${Math.round(pick('longest'))} ms) | ${Math.round(pick('scriptKiB'))} KiB |`,
    );
  }
}
await browser.close();
stop();
process.exit(0);
