import type { AddressInfo } from 'node:net';
import { createServer, type Server, Socket } from 'node:net';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { DEMO_PASSWORD, seedDemoAccounts, seedReference } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { prepareData } from '../src/setup.ts';
import { ApiClient, emptyPostgresDatabase, startTestServer } from './api.ts';
import { figures } from './figures.ts';

/** The database failing under a signed-in client: fast refusals with the right code, and recovery. */
const figure = figures('faults');
afterAll(() => figure.save());
const onPostgres = process.env.DATABASE_URL;

describe('the database closed under a signed-in client', () => {
  it('answers SERVICE_UNAVAILABLE with 503, and /healthz 503, at once', async () => {
    const t = await startTestServer();
    const leader = await t.as('leader');
    await t.handle.close();
    const started = performance.now();
    const res = await leader.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects { totalCount } }' }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(503);
    expect(performance.now() - started).toBeLessThan(1000);
    figure.add('attacksRefused');
    await t.close().catch(() => {});
  }, 120_000);
});

/** A TCP relay in front of PostgreSQL that can be cut and restored, as a network or a server would fail. */
async function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      const listener = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        upstream.connect(Number(target.port || 5432), target.hostname);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server = listener;
      listener.listen(port, '127.0.0.1', () => {
        port = (listener.address() as AddressInfo).port;
        resolve();
      });
    });
  await start();
  return {
    url: () => {
      const url = new URL(target);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut: async () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise((resolve) => server?.close(resolve));
    },
    restore: start,
  };
}

describe.runIf(onPostgres)('PostgreSQL failing under load', () => {
  async function serverOn(databaseUrl: string, pool: { max: number; statementTimeoutMs?: number }) {
    const handle = await createDb({
      databaseUrl,
      maxConnections: pool.max,
      connectionTimeoutMs: 1_000,
      statementTimeoutMs: pool.statementTimeoutMs,
    });
    await seedReference(handle.db);
    await handle.db.transaction((tx) => seedDemoAccounts(tx));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const { app, stop } = await createApp({ handle, config, log: createLogger('silent') });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new ApiClient(url);
    await client.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
      u: 'leader',
      p: DEMO_PASSWORD,
    });
    return {
      url,
      client,
      handle,
      async close() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await stop();
        await handle.close();
      },
    };
  }

  it('refuses fast while the database is away, and serves again within 5 s of its return', async () => {
    const db = await emptyPostgresDatabase(onPostgres as string);
    const net = await relay(new URL(db.url));
    const app = await serverOn(net.url(), { max: 10 });
    try {
      const ask = () => app.client.gql('{ projects { totalCount } }');
      expect((await ask()).data).toBeTruthy();
      await net.cut();
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          app.client.request('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ projects { totalCount } }' }),
          }),
        ),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(503));
      expect(performance.now() - started, 'ms to refuse 20 requests').toBeLessThan(3000);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(503);
      await net.restore();
      const back = performance.now();
      let data: unknown = null;
      while (!data && performance.now() - back < 5000) {
        data = (await ask()).data;
        if (!data) await new Promise((r) => setTimeout(r, 100));
      }
      expect(data, 'served again within 5 s').toBeTruthy();
      figure.max('recoveryMs', Math.round(performance.now() - back));
      figure.add('attacksRefused');
    } finally {
      await app.close();
      await net.cut();
      await db.drop();
    }
  }, 60_000);

  it('gives timeouts, not hangs, when every connection is held and a statement runs too long', async () => {
    const db = await emptyPostgresDatabase(onPostgres as string);
    const app = await serverOn(db.url, { max: 2, statementTimeoutMs: 1_500 });
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      // Someone holds the units table: every request that reads it waits on the lock.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE units IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          app.client.gql('{ units { id } }').then((r) => r.errors?.[0]?.extensions?.code),
        ),
      );
      expect(answers).toEqual(Array(6).fill('SERVICE_UNAVAILABLE'));
      expect(performance.now() - started, 'ms until every request was answered').toBeLessThan(6000);
      await holder.query('ROLLBACK');
      expect((await app.client.gql('{ units { id } }')).data).toBeTruthy();
      figure.add('attacksRefused');
    } finally {
      await holder.end();
      await app.close();
      await db.drop();
    }
  }, 60_000);

  it('lets any number of instances start together on an empty database', async () => {
    const db = await emptyPostgresDatabase(onPostgres as string);
    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', SEED_DEMO: 'true' });
    const handles: DbHandle[] = [];
    try {
      await Promise.all(
        Array.from({ length: 3 }, async () => {
          const handle = await createDb({ databaseUrl: db.url, maxConnections: 3 });
          handles.push(handle);
          await handle.exclusive((d) => prepareData(d, config, createLogger('silent')));
        }),
      );
      const count = async (query: ReturnType<typeof sql>) => {
        const [first] = handles;
        if (!first) throw new Error('no instance started');
        return ((await first.db.execute(query)) as unknown as { rows: Array<{ n: number }> }).rows[0]?.n;
      };
      expect(await count(sql`SELECT count(*)::int AS n FROM users WHERE username = 'admin'`)).toBe(1);
      expect(await count(sql`SELECT count(*)::int AS n FROM projects`)).toBeGreaterThan(50);
    } finally {
      for (const h of handles) await h.close();
      await db.drop();
    }
  }, 120_000);
});
