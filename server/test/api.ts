import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { foundingRegions } from '@zdyq/db/scope';
import {
  DEMO_PASSWORD,
  type DemoUsername,
  type RegionDemoUsername,
  seedDemoAccounts,
  seedReference,
} from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';

export type GqlError = { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> };
export type GqlResponse<T> = { data?: T | null; errors?: GqlError[] };

/** A browser-like client: keeps the session cookie between requests. */
export class ApiClient {
  cookie: string | undefined;
  /** Sent as Accept-Language, as the web app does for its language. */
  language: string | undefined;
  constructor(readonly baseUrl: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (this.language && !headers.has('accept-language')) headers.set('accept-language', this.language);
    const res = await fetch(this.baseUrl + path, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return res;
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await this.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Runs an operation that must fail and returns its first error. */
  async fails(query: string, variables?: Record<string, unknown>): Promise<GqlError> {
    const res = await this.gql(query, variables);
    const error = res.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return error;
  }
}

export type TestServer = {
  url: string;
  handle: DbHandle;
  /** The configuration the server runs with (its upload and backup folders are the test's own). */
  config: Config;
  /** The throw-away PostgreSQL database's address (none on PGlite). */
  databaseUrl?: string;
  /** The embedded database's data folder (a temporary one; none on PostgreSQL). */
  dataDir: string;
  users: Record<DemoUsername, string>;
  /** A client signed in as one of the demo accounts (password demo1234); a region's once `seedRegionDemo` ran. */
  as(username: DemoUsername | RegionDemoUsername): Promise<ApiClient>;
  /** A signed-in client for every demo account. */
  everyone(): Promise<Record<DemoUsername, ApiClient>>;
  anonymous(): ApiClient;
  /**
   * A second connection to the same database, as another server instance would have: its own pool
   * on PostgreSQL. PGlite allows one process per folder, so there it is the same handle.
   */
  secondInstance(): Promise<DbHandle>;
  close(): Promise<void>;
};

/** A new, empty PostgreSQL database beside DATABASE_URL's, and a way to drop it. */
export async function emptyPostgresDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `zdyq_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // What tests write as the owner, naming no region, is 上虞区's (every session of this database).
  await admin.query(`ALTER DATABASE ${name} SET zdyq.region = '${foundingRegions.SY}'`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Statements run through drizzle, as `SQL -- params`, for tests that count them. */
const executed: string[] = [];
const onQuery = (query: string, params: unknown[]) => executed.push(`${query} -- ${JSON.stringify(params)}`);

/** A throw-away database: a fresh PostgreSQL database when DATABASE_URL is set, else PGlite in a temp folder. */
export async function throwAwayDatabase(): Promise<{
  handle: DbHandle;
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
}> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'zdyq-test-'));
    const handle = await createDb({ dataDir: dir, onQuery });
    // PGlite is one session: what tests write as the owner, naming no region, is 上虞区's.
    await handle.db.execute(sql`SET zdyq.region = ${sql.raw(`'${foundingRegions.SY}'`)}`);
    return { handle, dataDir: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { url, drop } = await emptyPostgresDatabase(baseUrl);
  const handle = await createDb({ databaseUrl: url, maxConnections: 5, onQuery });
  return { handle, url, drop };
}

/** The statements a piece of work ran (nothing else may run meanwhile). */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  executed.length = 0;
  await work();
  return [...executed];
}

/** A server on a throw-away database with the demo accounts; `env` adds to the test environment. */
export async function startTestServer(env: Record<string, string> = {}, port = 0): Promise<TestServer> {
  const { handle, url: databaseUrl, dataDir, drop } = await throwAwayDatabase();
  const extra: DbHandle[] = [];
  await seedReference(handle.db);
  const users = await handle.db.transaction((tx) => seedDemoAccounts(tx));
  // Files the server writes go into folders of this test's own.
  const files = mkdtempSync(join(tmpdir(), 'zdyq-test-files-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    SEED_DEMO: 'false',
    UPLOAD_DIR: join(files, 'uploads'),
    BACKUP_DIR: join(files, 'backups'),
    ...env,
  });
  const { app, stop } = await createApp({ handle, config, log: createLogger(config.logLevel) });
  const server = app.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = async (username: DemoUsername | RegionDemoUsername): Promise<ApiClient> => {
    const client = new ApiClient(url);
    await client.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
      u: username,
      p: DEMO_PASSWORD,
    });
    return client;
  };
  return {
    url,
    handle,
    config,
    databaseUrl,
    dataDir: dataDir ?? files,
    users,
    as: signIn,
    async everyone() {
      const clients: Partial<Record<DemoUsername, ApiClient>> = {};
      for (const username of Object.keys(users) as DemoUsername[]) clients[username] = await signIn(username);
      return clients as Record<DemoUsername, ApiClient>;
    },
    anonymous: () => new ApiClient(url),
    async secondInstance() {
      if (!databaseUrl) return handle;
      const other = await createDb({ databaseUrl, migrate: false, maxConnections: 2 });
      extra.push(other);
      return other;
    },
    async close() {
      for (const other of extra) await other.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await handle.close();
      await drop();
      rmSync(files, { recursive: true, force: true });
    },
  };
}

/** A port free on this machine now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Serves an app on a database handle already prepared, for tests that set up the data themselves. */
export async function serveHandle(handle: DbHandle): Promise<{
  url: string;
  signIn(username: DemoUsername): Promise<ApiClient>;
  close(): Promise<void>;
}> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', SEED_DEMO: 'false' });
  const { app, stop } = await createApp({ handle, config, log: createLogger(config.logLevel) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async signIn(username) {
      const client = new ApiClient(url);
      await client.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
        u: username,
        p: DEMO_PASSWORD,
      });
      return client;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}
