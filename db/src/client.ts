import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';
import { type SnapshotInfo, snapshotPglite, snapshotPostgres } from './snapshot.ts';

export { DataDirLockedError } from './lock.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query helpers take either, so the same function runs inside and outside a transaction. */
export type DatabaseOrTransaction = Database | Transaction;

export type DbHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Runs start-up work (seeding, the first administrator) while no other instance does: under the
   * same advisory lock as the migrations on PostgreSQL; PGlite has one process per folder anyway.
   */
  exclusive<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** A consistent copy of the whole database in `file` while writes go on, and what it holds (snapshot.ts). */
  snapshot(file: string): Promise<SnapshotInfo>;
  close(): Promise<void>;
};

export type CreateDbOptions = {
  /** PostgreSQL connection string; when absent the embedded PGlite in dataDir is used. */
  databaseUrl?: string | undefined;
  /** The application's data folder; PGlite keeps its files in dataDir/pgdata. */
  dataDir?: string | undefined;
  /** Run the committed migrations before returning (default true). */
  migrate?: boolean;
  /** Where the migrations are; the committed ones by default (an upgrade test starts from older ones). */
  migrationsFolder?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** PostgreSQL's statement_timeout for every connection of the pool (none by default). */
  statementTimeoutMs?: number;
  /** How long a query waits for a free connection of the pool before failing (default 5 s). */
  connectionTimeoutMs?: number;
  /** Hears of every statement run through drizzle (tests count them per request). */
  onQuery?: (query: string, params: unknown[]) => void;
  /** How long opening the embedded database may take before giving up with an error. */
  openTimeoutMs?: number;
};

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
// Any fixed number: serialises migrations and seeding when several instances start on one PostgreSQL.
const SETUP_LOCK_KEY = 727_100_001;

const queryLogger = (options: CreateDbOptions) =>
  options.onQuery ? { logQuery: (query: string, params: unknown[]) => options.onQuery?.(query, params) } : false;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openPostgres(options: CreateDbOptions & { databaseUrl: string }): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 10,
    // An exhausted pool or an unreachable server fails fast instead of holding requests.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    // The product's statements are short and planned cheaply; compiling them (JIT) costs more than it saves.
    options: '-c jit=off',
  });
  // A connection of its own for health checks, so a busy or exhausted pool does not read as a dead database.
  const healthPool = new pg.Pool({ connectionString: options.databaseUrl, max: 1, connectionTimeoutMillis: 2_000 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  healthPool.on('error', () => {});
  const db = drizzlePg({
    client: pool,
    schema,
    casing: 'snake_case',
    logger: queryLogger(options),
  }) as unknown as Database;
  /** Holds the setup lock on a connection of its own while the work runs on the pool. */
  const exclusive = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      // Start-up work may take longer than a request may.
      await client.query('SET statement_timeout = 0');
      await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]).catch(() => {});
      // Back to the pool with the request timeout it was opened with.
      const reset = await client.query('RESET statement_timeout').then(
        () => true,
        () => false,
      );
      client.release(!reset);
    }
  };
  if (options.migrate ?? true) {
    await exclusive((client) =>
      migratePg(drizzlePg({ client, schema, casing: 'snake_case' }), {
        migrationsFolder: options.migrationsFolder ?? migrationsFolder,
      }),
    );
  }
  let closed = false;
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await healthPool.query('SELECT 1');
    },
    exclusive: (work) => exclusive(() => work(db)),
    snapshot: (file) => snapshotPostgres(options.databaseUrl, file),
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), healthPool.end()]);
    },
  };
}

async function openPglite(options: CreateDbOptions): Promise<DbHandle> {
  const dataDir = options.dataDir ?? './data';
  const release = acquireDataDirLock(dataDir);
  try {
    const pgdata = join(dataDir, 'pgdata');
    mkdirSync(pgdata, { recursive: true });
    const timeoutMs = options.openTimeoutMs ?? 120_000;
    const client = await withTimeout(
      PGlite.create(pgdata),
      timeoutMs,
      `The embedded database in ${pgdata} did not open within ${timeoutMs / 1000} s. ` +
        'Its files may be damaged: restore the folder from a backup, or move it away to start empty.',
    );
    const db = drizzlePglite({
      client,
      schema,
      casing: 'snake_case',
      logger: queryLogger(options),
    }) as unknown as Database;
    if (options.migrate ?? true) {
      await migratePglite(db as never, { migrationsFolder: options.migrationsFolder ?? migrationsFolder });
    }
    let closed = false;
    return {
      db,
      kind: 'pglite',
      ping: async () => {
        await db.execute(sql`SELECT 1`);
      },
      exclusive: (work) => work(db),
      snapshot: (file) => snapshotPglite(client, file),
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite, and brings the schema up to date. */
export function createDb(options: CreateDbOptions): Promise<DbHandle> {
  return options.databaseUrl ? openPostgres({ ...options, databaseUrl: options.databaseUrl }) : openPglite(options);
}
