import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPostgresDatabase } from './api.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The worker processes of a primary, by their parent. */
const workersOf = (pid: number) => {
  try {
    // Servers only: the primary may have other children (the TypeScript loader's esbuild).
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'src/main.ts'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
};

async function until<T>(what: () => Promise<T> | T, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!process.env.DATABASE_URL)('WEB_CONCURRENCY on PostgreSQL', () => {
  let primary: ChildProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    if (primary?.exitCode === null) primary.kill('SIGKILL');
    await drop?.();
  });

  it('serves from that many workers, starts another when one dies, and stops them all on SIGTERM', async () => {
    const database = await emptyPostgresDatabase(process.env.DATABASE_URL ?? '');
    drop = database.drop;
    const port = await freePort();
    primary = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        WEB_CONCURRENCY: '2',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
      },
    });
    const pid = primary.pid ?? 0;
    const healthy = () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    expect(await until(healthy, Boolean)).toBe(true);
    const first = await until(
      () => workersOf(pid),
      (w) => w.length === 2,
    );
    expect(first).toHaveLength(2);

    // A worker that dies is replaced; the port keeps answering (a connection the dead one held aside).
    process.kill(Number(first[0]), 'SIGKILL');
    const after = await until(
      () => workersOf(pid),
      (w) => w.length === 2 && !w.includes(first[0] ?? ''),
    );
    expect(after).toHaveLength(2);
    expect(after).not.toContain(first[0]);
    expect(await until(healthy, Boolean, 10_000)).toBe(true);

    const exited = new Promise<number | null>((resolve) => primary?.once('exit', resolve));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(workersOf(pid)).toEqual([]);
  }, 120_000);
});
