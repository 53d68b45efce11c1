import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where suites leave the figures `npm test` prints at the end (one file per suite and database). */
export const FIGURES_DIR = fileURLToPath(new URL('../test-results/figures/', import.meta.url));

/**
 * Figures a suite measured: counts add up, maxima keep the largest. Saved as JSON for the summary
 * of `npm test`, which adds them over suites and prints them per database.
 */
export function figures(suite: string) {
  const values: Record<string, { kind: 'sum' | 'max'; value: number }> = {};
  return {
    add(name: string, n = 1) {
      values[name] = { kind: 'sum', value: (values[name]?.value ?? 0) + n };
    },
    max(name: string, n: number) {
      values[name] = { kind: 'max', value: Math.max(values[name]?.value ?? 0, n) };
    },
    save() {
      const database = process.env.DATABASE_URL ? 'postgres' : 'pglite';
      mkdirSync(FIGURES_DIR, { recursive: true });
      writeFileSync(`${FIGURES_DIR}${database}-${suite}.json`, JSON.stringify({ database, suite, values }, null, 2));
    },
  };
}

/**
 * Polls /healthz every 50 ms while work goes on elsewhere; `stop()` gives the longest answer in ms
 * (a health check that never answered counts as the time it was left waiting).
 */
export function watchHealth(url: string) {
  let longest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
      longest = Math.max(longest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop(): Promise<number> {
      running = false;
      await loop;
      return Math.round(longest);
    },
  };
}
