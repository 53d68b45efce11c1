// Writes a released database's rows as a test fixture: every table of the public schema, in an
// order that satisfies its foreign keys, as JSON (gzip). Run against the data folder of the
// previous release's `npm start` (demo data), before that release's code is gone:
//   node --import tsx test/dump-release.ts <DATA_DIR>/pgdata test/fixtures/release-N.json.gz
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';

const [source, target] = process.argv.slice(2);
if (!source || !target) throw new Error('usage: dump-release.ts <pgdata> <fixture.json.gz>');
const db = await PGlite.create(source);
const { rows: tables } = await db.query<{ name: string }>(
  `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
);
const { rows: edges } = await db.query<{ child: string; parent: string }>(
  `SELECT DISTINCT tc.table_name AS child, ccu.table_name AS parent
   FROM information_schema.table_constraints tc
   JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
   WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
);
// Parents before children.
const ordered: string[] = [];
const pending = new Set(tables.map((t) => t.name));
while (pending.size) {
  const ready = [...pending].filter((t) =>
    edges.every((e) => e.child !== t || e.parent === t || !pending.has(e.parent)),
  );
  if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${[...pending].join(', ')}`);
  for (const t of ready.sort()) {
    ordered.push(t);
    pending.delete(t);
  }
}
const fixture: Array<{ table: string; rows: unknown[] }> = [];
for (const table of ordered) {
  const { rows } = await db.query<{ rows: unknown[] | null }>(`SELECT json_agg(t) AS rows FROM "${table}" t`);
  fixture.push({ table, rows: rows[0]?.rows ?? [] });
}
const { rows: migrations } = await db.query<{ n: number }>(
  'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
);
writeFileSync(target, gzipSync(JSON.stringify({ migrations: migrations[0]?.n ?? 0, tables: fixture })));
console.log(fixture.map((f) => `${f.table}: ${f.rows.length}`).join('\n'));
await db.close();
