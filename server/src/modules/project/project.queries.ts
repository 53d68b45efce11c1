import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { type Industry, projects, regions, type Stage, type Tier, tiers, units } from '@zdyq/db/schema';
import { and, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import { today } from '../../lib/dates.ts';
import { decodeCursor, encodeCursor } from '../../lib/paging.ts';
import { escapeLike } from '../../lib/sql.ts';
import { type ComplianceStatus, complianceStatusSql, latestGradeSql } from '../compliance/compliance.rules.ts';
import { openProblemsOfProjectSql } from '../problem/problem.rules.ts';
import { inRegion } from '../region/region.rules.ts';
import { inView, type RegionView } from '../region/region.service.ts';
import { type Light, lightSql, type ProjectWarning, warningSql } from './light.ts';
import { notTerminatedSql } from './project.rules.ts';
import { type ProjectRow, type projectSelection, projectSelectionFor } from './project.service.ts';
import { summariesFreshFor, summaryOrRule, summarySql } from './summary.ts';

export type ProjectFilter = {
  search?: string | null;
  stage?: readonly Stage[] | null;
  tier?: readonly Tier[] | null;
  industry?: readonly Industry[] | null;
  leadUnitId?: string | null;
  regionId?: string | null;
  platformId?: string | null;
  responsibleLeaderId?: string | null;
  light?: readonly Light[] | null;
  isManufacturing?: boolean | null;
  warning?: readonly ProjectWarning[] | null;
  asOf?: string | null;
};

export type SortField = 'CREATED_AT' | 'CODE' | 'NAME' | 'TOTAL_INVESTMENT' | 'SIGNED_ON' | 'STAGE';
export type ProjectOrder = { field: SortField; direction: 'ASC' | 'DESC' };

/** Each sort key as an SQL expression and the type its cursor value is read back as. */
const sortKeys: Record<SortField, { expr: SQL; cast: string }> = {
  CREATED_AT: { expr: sql`${projects.createdAt}`, cast: 'timestamptz' },
  CODE: { expr: sql`${projects.code}`, cast: 'text' },
  NAME: { expr: sql`${projects.name}`, cast: 'text' },
  TOTAL_INVESTMENT: { expr: sql`${projects.totalInvestment}`, cast: 'numeric' },
  // Unsigned projects sort as if signed on the earliest day, so the key is never null.
  SIGNED_ON: { expr: sql`coalesce(${projects.signedOn}, '0001-01-01'::date)`, cast: 'date' },
  STAGE: { expr: sql`${projects.stage}`, cast: 'stage' },
};

const isCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/**
 * The WHERE clause of a project list; lights are judged in SQL, so filtering never loads every row.
 * With `summaries` (fresh for the day asked), the light and the warnings are read from each
 * project's summary (summary.ts) instead of judged anew.
 */
export function projectWhere(filter: ProjectFilter | null | undefined, summaries = false): SQL | undefined {
  if (!filter) return undefined;
  const asOf = filter.asOf ?? today();
  const warning = (w: ProjectWarning) =>
    summaries
      ? summarySql(
          w === 'OVERDUE_NODE'
            ? sql`s.has_overdue_node`
            : w === 'OVERDUE_PROBLEM'
              ? sql`s.has_overdue_problem`
              : sql`s.compliance_status = 'NON_COMPLIANT'`,
        )
      : warningSql(w, asOf);
  const lights = filter.light?.length
    ? sql.join(
        filter.light.map((l) => sql`${l}`),
        sql`, `,
      )
    : undefined;
  const search = filter.search?.trim();
  const pattern = search ? `%${escapeLike(search)}%` : undefined;
  return and(
    pattern
      ? or(
          sql`${projects.name} ILIKE ${pattern}`,
          sql`${projects.investor} ILIKE ${pattern}`,
          sql`${projects.code} ILIKE ${pattern}`,
          // A moved project is found by the code it had before (项目异地落户).
          sql`array_to_string(${projects.formerCodes}, ' ') ILIKE ${pattern}`,
        )
      : undefined,
    filter.stage?.length ? inArray(projects.stage, [...filter.stage]) : undefined,
    filter.tier?.length ? inArray(projects.tier, [...filter.tier]) : undefined,
    filter.industry?.length ? inArray(projects.industry, [...filter.industry]) : undefined,
    filter.leadUnitId ? eq(projects.leadUnitId, filter.leadUnitId) : undefined,
    inRegion(projects.regionId, filter.regionId, 'filter.regionId'),
    filter.platformId ? eq(projects.platformId, filter.platformId) : undefined,
    filter.responsibleLeaderId ? eq(projects.responsibleLeaderId, filter.responsibleLeaderId) : undefined,
    filter.isManufacturing !== null && filter.isManufacturing !== undefined
      ? eq(projects.isManufacturing, filter.isManufacturing)
      : undefined,
    ...(filter.warning ?? []).map(warning),
    lights
      ? summaries
        ? summarySql(sql`s.as_of = ${asOf}::date AND s.light IN (${lights})`)
        : sql`${lightSql(asOf)} IN (${lights})`
      : undefined,
  );
}

/** A page's row: the project with what each row of the list shows beside it, read in the same statement. */
export type ProjectListRow = ProjectRow & {
  light: Light;
  muGrade: string | null;
  leadUnit: typeof units.$inferSelect;
  region: typeof regions.$inferSelect;
};

/**
 * One page of projects, keyset-paged on (sort key, id) or at a numbered page's offset, with the total the
 * filter matches. Each row comes with its light as of the filter's day, its 亩均 grade, lead unit and
 * region, so a page is two statements (the rows and the count), not a round of loads after them.
 */
export async function listProjects(
  db: DatabaseOrTransaction,
  args: {
    filter?: ProjectFilter | null;
    first: number;
    after?: string | null;
    offset?: number;
    orderBy?: ProjectOrder | null;
    /** The Project fields the rows are read for (selectedFields); every column without. */
    fields?: ReadonlySet<string>;
  },
): Promise<{
  nodes: ProjectListRow[];
  asOf: string;
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}> {
  const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  const key = sortKeys[order.field];
  const desc = order.direction === 'DESC';
  const cursor = decodeCursor(args.after, isCursor);
  const judged = Boolean(args.filter?.light?.length || args.filter?.warning?.length);
  const asOf = args.filter?.asOf ?? today();
  const summaries = judged && (await summariesFreshFor(db, asOf));
  const where = projectWhere(args.filter, summaries);
  const after = cursor
    ? sql`(${key.expr}, ${projects.id}) ${sql.raw(desc ? '<' : '>')} (${cursor[0]}::${sql.raw(key.cast)}, ${cursor[1]}::uuid)`
    : undefined;
  const direction = sql.raw(desc ? 'DESC' : 'ASC');
  const [rows, [count]] = await Promise.all([
    db
      .select({
        ...(projectSelectionFor(args.fields) as ReturnType<typeof projectSelection>),
        light: summaryOrRule('light', asOf, lightSql(asOf)),
        muGrade: latestGradeSql,
        leadUnit: getTableColumns(units),
        region: getTableColumns(regions),
        sortKey: sql<string>`(${key.expr})::text`,
      })
      .from(projects)
      .innerJoin(units, eq(units.id, projects.leadUnitId))
      .innerJoin(regions, eq(regions.id, projects.regionId))
      .where(and(where, after))
      .orderBy(sql`${key.expr} ${direction}`, sql`${projects.id} ${direction}`)
      .limit(args.first + 1)
      .offset(args.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(projects).where(where),
  ]);
  const page = rows.slice(0, args.first);
  const last = page.at(-1);
  return {
    nodes: page.map(({ sortKey: _, ...row }) => row),
    asOf,
    totalCount: count?.n ?? 0,
    endCursor: last ? encodeCursor([last.sortKey, last.id]) : null,
    hasNextPage: rows.length > args.first,
  };
}

/** The 亩均 grade of each project, in one query. */
export async function gradesOf(db: DatabaseOrTransaction, ids: readonly string[]) {
  return await db
    .select({ projectId: projects.id, grade: latestGradeSql })
    .from(projects)
    .where(inArray(projects.id, [...ids]));
}

/** The light of each project as of a day, in one query. */
export async function lightsOf(db: DatabaseOrTransaction, ids: readonly string[], asOf: string) {
  return await db
    .select({ id: projects.id, light: summaryOrRule('light', asOf, lightSql(asOf)) })
    .from(projects)
    .where(inArray(projects.id, [...ids]));
}

const tierOrder: readonly Tier[] = tiers;

/** 挂图作战: projects at or above a tier, logged by the day and not terminated by it. */
/** Of the given projects, those with a red light on the day (SPEC 4.3), in the order given. */
export async function redOnly<T extends { id: string }>(db: DatabaseOrTransaction, rows: readonly T[], asOf: string) {
  if (rows.length === 0) return [];
  const lights = await lightsOf(
    db,
    rows.map((r) => r.id),
    asOf,
  );
  const red = new Set(lights.filter((l) => l.light === 'RED').map((l) => l.id));
  return rows.filter((r) => red.has(r.id));
}

export function onBattleMap(asOf: string, minTier: Tier): SQL | undefined {
  const tiers = tierOrder.slice(0, tierOrder.indexOf(minTier) + 1);
  return and(
    inArray(projects.tier, [...tiers]),
    sql`${projects.createdAt} < (${asOf}::date + 1)`,
    notTerminatedSql(asOf),
  );
}

/** A battle map's row: the project with what its pin and row show, judged on `judgedOn`, read in the same statement. */
export type BattleMapRow = ProjectRow & {
  light: Light;
  complianceStatus: ComplianceStatus;
  openProblemCount: number;
  worstOpenProblemRank: number | null;
  leadUnit: typeof units.$inferSelect;
  region: typeof regions.$inferSelect;
};

/**
 * The battle map's projects, largest first, at most `limit` of them, each with its light, compliance
 * status and open problems as of `judgedOn` (the request's today, what those fields answer), its lead
 * unit and region: one statement for what every pin shows.
 */
export async function battleMapProjects(
  db: DatabaseOrTransaction,
  asOf: string,
  minTier: Tier,
  limit: number,
  view: RegionView,
  judgedOn: string,
  /** The Project fields the rows are read for (selectedFields); every column without. */
  fields?: ReadonlySet<string>,
): Promise<BattleMapRow[]> {
  return await db
    .select({
      ...(projectSelectionFor(fields) as ReturnType<typeof projectSelection>),
      light: summaryOrRule('light', judgedOn, lightSql(judgedOn)),
      complianceStatus: summaryOrRule('compliance_status', judgedOn, complianceStatusSql(judgedOn)),
      openProblemCount: openProblemsOfProjectSql.count,
      worstOpenProblemRank: openProblemsOfProjectSql.worstRank,
      leadUnit: getTableColumns(units),
      region: getTableColumns(regions),
    })
    .from(projects)
    .innerJoin(units, eq(units.id, projects.leadUnitId))
    .innerJoin(regions, eq(regions.id, projects.regionId))
    .where(and(onBattleMap(asOf, minTier), inView(projects.regionId, view)))
    .orderBy(sql`${projects.totalInvestment} DESC`, projects.code)
    .limit(limit);
}

export async function battleMapCount(
  db: DatabaseOrTransaction,
  asOf: string,
  minTier: Tier,
  view: RegionView,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(projects)
    .where(and(onBattleMap(asOf, minTier), inView(projects.regionId, view)));
  return row?.n ?? 0;
}
