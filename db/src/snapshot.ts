import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { appRoleGrants } from './app-role.ts';

const run = promisify(execFile);
/** The embedded database's dump is a gzipped tarball; PGlite reads it as such only when told. */
const GZIP = 'application/x-gzip';

/**
 * A consistent copy of the whole database taken while the service runs (SPEC 8.1), and what it
 * holds: the rows of every table, the audit chain's head and the migrations applied. Embedded: the
 * data folder's dump, which PGlite writes while no statement runs (a transaction in flight is
 * rolled back when it is opened, as after a crash); PostgreSQL: pg_dump in its custom format, of a
 * snapshot the counts are read in too.
 */
export type SnapshotInfo = {
  database: 'pglite' | 'postgres';
  rowCounts: Record<string, number>;
  auditChain: { seq: number; hash: string };
  migrations: { applied: number; last: string | null };
};

type Query = (text: string) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Rows of every table of the product's schema, the audit chain's head and the migrations, through one connection. */
export async function describeDatabase(query: Query): Promise<Omit<SnapshotInfo, 'database'>> {
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const rowCounts: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const name = String(tablename);
    const { rows } = await query(`SELECT count(*)::bigint AS n FROM public."${name.replaceAll('"', '""')}"`);
    rowCounts[name] = Number(rows[0]?.n ?? 0);
  }
  const head = rowCounts.audit_chain_head
    ? (await query('SELECT seq::bigint AS seq, hash FROM audit_chain_head WHERE id = 1')).rows[0]
    : undefined;
  // Asked only when it exists: a failed statement would end the transaction a snapshot is read in.
  const journal = await query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  const migrated = journal.rows[0]?.present
    ? await query(`SELECT count(*)::int AS n, max(created_at)::text AS last FROM drizzle.__drizzle_migrations`)
    : { rows: [] as Array<Record<string, unknown>> };
  return {
    rowCounts,
    auditChain: { seq: Number(head?.seq ?? 0), hash: String(head?.hash ?? '') },
    migrations: { applied: Number(migrated.rows[0]?.n ?? 0), last: (migrated.rows[0]?.last as string | null) ?? null },
  };
}

/**
 * The embedded database's data folder as a gzipped tarball in `file`, and what it holds. Counted and
 * dumped inside one transaction: PGlite lets no other statement run while it is open, so the counts
 * and the copy are of the same committed state.
 */
export async function snapshotPglite(client: PGlite, file: string): Promise<SnapshotInfo> {
  return await client.transaction(async (tx) => {
    const described = await describeDatabase((text) => tx.query(text));
    const dump = await client.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return { database: 'pglite', ...described };
  });
}

/** Where PostgreSQL's client programs are: on the PATH, else the newest under /usr/lib/postgresql (Debian). */
export function postgresProgram(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin', name);
  }
  throw new Error(
    `${name} was not found: install PostgreSQL's client programs (Debian: apt-get install postgresql-client)`,
  );
}

/**
 * The database at `url` by pg_dump (custom format) into `file`. The counts are read in a
 * repeatable-read transaction whose snapshot pg_dump is given, so they describe the dump exactly
 * while writes go on.
 */
export async function snapshotPostgres(url: string, file: string): Promise<SnapshotInfo> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 0');
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const described = await describeDatabase((text) => client.query(text));
    await run(
      postgresProgram('pg_dump'),
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${rows[0]?.id}`,
        `--file=${file}`,
        `--dbname=${url}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    await client.query('COMMIT');
    return { database: 'postgres', ...described };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the embedded database's folder holds nothing yet. */
export function pgliteFolderEmpty(pgdata: string): boolean {
  return !existsSync(pgdata) || readdirSync(pgdata).length === 0;
}

/** Whether the database at `url` has no tables of its own yet. */
export async function postgresEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return (rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

/** A snapshot back into an empty place: the embedded data folder, or the database at `url`. */
export async function restoreSnapshot(
  target: { pgdata: string } | { url: string },
  file: string,
): Promise<Omit<SnapshotInfo, 'database'>> {
  if ('pgdata' in target) {
    await mkdir(target.pgdata, { recursive: true });
    const restored = await PGlite.create(target.pgdata, {
      loadDataDir: new Blob([await readFile(file)], { type: GZIP }),
    });
    try {
      return await describeDatabase((text) => restored.query(text));
    } finally {
      await restored.close();
    }
  }
  await run(
    postgresProgram('pg_restore'),
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${target.url}`, file],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(appRoleGrants);
    return await describeDatabase((text) => client.query(text));
  } finally {
    await client.end();
  }
}
