import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type DbHandle, migrationsFolder } from '@zdyq/db/client';
import { sql } from 'drizzle-orm';

/** Earlier releases' demo databases (db/test/fixtures), as the upgrade and restore tests load them. */
export type Fixture = { migrations: number; tables: Array<{ table: string; rows: Array<Record<string, unknown>> }> };
export const fixtureOf = (name: string) =>
  JSON.parse(
    gunzipSync(readFileSync(new URL(`../../db/test/fixtures/${name}.json.gz`, import.meta.url))).toString('utf8'),
  ) as Fixture;

/** A migrations folder holding only the first `count` migrations, as a release shipped them. */
export function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'zdyq-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  journal.entries = journal.entries.filter((e) => e.idx < count);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

export const rowsOf = async <T>(handle: DbHandle, query: ReturnType<typeof sql>) =>
  ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;

export async function load(handle: DbHandle, fixture: Fixture) {
  for (const { table, rows } of fixture.tables) {
    if (rows.length === 0) continue;
    const columns = (
      await rowsOf<{ name: string }>(
        handle,
        sql`SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER'`,
      )
    ).map((c) => sql.raw(`"${c.name}"`));
    const list = sql.join(columns, sql`, `);
    const name = sql.raw(`"${table}"`);
    // The rows as they were, not as triggers would write them now (the audit chain keeps its hashes),
    // in place of the rows the migrations wrote (the chain head, the single-row states).
    await handle.db.execute(sql`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    await handle.db.execute(sql`DELETE FROM ${name}`);
    await handle.db.execute(sql`INSERT INTO ${name} (${list}) OVERRIDING SYSTEM VALUE
      SELECT ${list} FROM json_populate_recordset(NULL::${name}, ${JSON.stringify(rows)}::json)`);
    await handle.db.execute(sql`ALTER TABLE ${name} ENABLE TRIGGER USER`);
  }
  // Identity columns carry on after the loaded values.
  const identities = await rowsOf<{ table: string; column: string }>(
    handle,
    sql`SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table, column } of identities) {
    await handle.db.execute(
      sql`SELECT setval(pg_get_serial_sequence(${`"${table}"`}, ${column}),
        coalesce((SELECT max(${sql.raw(`"${column}"`)}) FROM ${sql.raw(`"${table}"`)}), 0) + 1, false)`,
    );
  }
}
