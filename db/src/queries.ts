import { asc, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from './client.ts';
import type { TemplateNode } from './lifecycle.ts';
import { nodeTemplateNodes, nodeTemplates, projectCodeCounters, regions } from './schema/index.ts';

/** A project's human-friendly code, its district's first: SY-2022-0007 (at least four digits, more past 9999). */
export const formatProjectCode = (district: string, year: number, n: number) =>
  `${district}-${year}-${String(n).padStart(4, '0')}`;

/**
 * The next `count` codes for projects created in `year`. The counter row is bumped with one
 * upsert, so concurrent creators each get their own numbers.
 */
export async function reserveProjectCodes(
  db: DatabaseOrTransaction,
  year: number,
  count: number,
  /** The district; the writing request's own by default. */
  regionId?: number,
): Promise<string[]> {
  if (count < 1) return [];
  const [row] = await db
    .insert(projectCodeCounters)
    .values({ year, last: count, ...(regionId ? { regionId } : {}) })
    .onConflictDoUpdate({
      target: [projectCodeCounters.regionId, projectCodeCounters.year],
      set: { last: sql`${projectCodeCounters.last} + ${count}` },
    })
    .returning({
      last: projectCodeCounters.last,
      district: sql<string>`(SELECT ${regions.code} FROM ${regions} WHERE ${regions.id} = ${projectCodeCounters.regionId})`,
    });
  if (!row) throw new Error('project code counter returned no row');
  const first = row.last - count + 1;
  return Array.from({ length: count }, (_, i) => formatProjectCode(row.district, year, first + i));
}

/** The next code for a project created in `year`, e.g. SY-2022-0007. */
export async function nextProjectCode(db: DatabaseOrTransaction, year: number, regionId?: number): Promise<string> {
  const [code] = await reserveProjectCodes(db, year, 1, regionId);
  if (!code) throw new Error('no project code reserved');
  return code;
}

/** Every kind's node template, in the templates' and the nodes' order (a handful of rows). */
export async function nodeTemplateRows(db: DatabaseOrTransaction) {
  const [kinds, nodes] = await Promise.all([
    db.select().from(nodeTemplates).orderBy(asc(nodeTemplates.sortOrder), asc(nodeTemplates.kind)),
    db.select().from(nodeTemplateNodes).orderBy(asc(nodeTemplateNodes.sortOrder)),
  ]);
  return kinds.map((kind) => ({
    ...kind,
    nodes: nodes
      .filter((n) => n.kind === kind.kind)
      .map((n) => ({ key: n.key, name: n.name, months: n.months, stage: n.stage })),
  }));
}

/** The nodes a project of `kind` gets at signing, as the template stands now. */
export async function kindTemplate(db: DatabaseOrTransaction, kind: string): Promise<TemplateNode[]> {
  return (await nodeTemplateRows(db)).find((t) => t.kind === kind)?.nodes ?? [];
}

/**
 * The rows of a raw statement, typed by the caller. drizzle's `execute` answers its driver's own
 * result (node-postgres' QueryResult, PGlite's Results), both with `rows`, under a type that names
 * neither; this is the one place that says so.
 */
export async function rowsOf<T>(db: DatabaseOrTransaction, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The ids of a region and of every region below it, as one array (SPEC 2.1: what an account reads). */
export const regionAndBelow = (regionId: SQLWrapper) =>
  sql<number[]>`(WITH RECURSIVE below AS (
      SELECT ${regions.id} AS id FROM ${regions} WHERE ${regions.id} = ${regionId}
      UNION ALL SELECT child.id FROM ${regions} child JOIN below ON child.parent_id = below.id
    ) SELECT array_agg(id ORDER BY id) FROM below)`;
