import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { projects, racePublications, raceRows, regionRaceRows, regions, targetPeriods, units } from '@zdyq/db/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError, badInput } from '../../errors.ts';
import { monthBefore, today } from '../../lib/dates.ts';
import { Dec, type Dec as DecType, display } from '../../lib/decimal.ts';
import { endOfDaySql, startOfDaySql } from '../../lib/sql.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { problemOverdueSql } from '../problem/problem.rules.ts';
import { nodeDueSql, nodeOnTimeSql } from '../project/milestone.rules.ts';
import { major50Sql, notTerminatedSql } from '../project/project.rules.ts';
import { andInView, ownRegion, type RegionRow, type RegionView, regionView } from '../region/region.service.ts';
import { needsReportSql } from '../report/report.rules.ts';
import { periodFor, rules, signedInSql, type Window, yearOf } from '../target/target.rules.ts';
import { listScoreWeights, type ScoreWeightRow, targetProgress } from '../target/target.service.ts';
import type { UnitRow } from '../unit/unit.service.ts';

/**
 * 赛马 (SPEC 5.2): each unit's figures as of a day — the state on that day, from stage and node
 * dates, monthly reports as filed by then and each problem's status replayed from its timeline —
 * scored by ADMIN's weights; a quarter published by ADMIN is frozen.
 */

/** A row of a race: a unit's (SPEC 5.2) or a district's (SPEC 2.1) figures, score and rank. */
export type RaceFigures = {
  newMajor10Signings: number;
  major50Signings: number;
  landingRate: number | null;
  nodesOnTimePercent: number | null;
  overdueProblems: number;
  /** Due dates of the unit's problems extended in the quarter so far; null where a quarter was published before they were counted. */
  problemExtensions: number | null;
  reportsOnTimePercent: number | null;
  score: number;
  rank: number;
};

export type UnitRaceRowModel = RaceFigures & { unit: UnitRow };
export type RegionRaceRowModel = RaceFigures & { region: RegionRow };

export type RaceResultModel = {
  quarter: string;
  asOf: string;
  published: boolean;
  publishedAt: Date | null;
  publishedById: string | null;
  rows: UnitRaceRowModel[];
  /** A city's districts' race (SPEC 2.1); none in a units' race. */
  regionRows: RegionRaceRowModel[];
};

type Exact = {
  new10: number;
  major50: number;
  landing: DecType | null;
  nodes: DecType | null;
  overdue: number;
  extensions: number;
  reports: DecType | null;
};

/** The counts a race's figures are made of, added up for a district from its projects. */
const countNames = [
  'new10',
  'major50',
  'signed',
  'landed',
  'needed',
  'filed',
  'due',
  'onTime',
  'overdue',
  'extensions',
] as const;
type Counts = Record<(typeof countNames)[number], number>;

const noCounts = (): Counts => Object.fromEntries(countNames.map((name) => [name, 0])) as Counts;

const percentOf = (part: number, whole: number) => (whole === 0 ? null : new Dec(part).dividedBy(whole).times(100));

/** What a race ranks: a district's units (each project's lead unit), or a city's districts (each project's district). */
type Ranked = 'unit' | 'region';

/**
 * The race's counts as of a day per lead unit or per region of a project, exactly; four grouped
 * statements whatever the number of units. Signings count in the plan period of `periodRegion`
 * (the district's own, or the city's for the districts' race) containing the day.
 */
async function countsAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
  by: Ranked,
): Promise<Map<string, Counts>> {
  const periodRegion = view.region.id;
  const periods = await db
    .select()
    .from(targetPeriods)
    .where(and(eq(targetPeriods.code, 'NEW_MFG_10YI'), eq(targetPeriods.regionId, periodRegion)))
    .orderBy(asc(targetPeriods.periodStart));
  const found = periodFor(periods, asOf);
  // Signings count in the plan period containing the day (none between periods).
  const period: Window | null =
    found && !found.ended ? { start: found.period.periodStart, end: found.period.periodEnd } : null;
  const year = yearOf(asOf);
  const month = monthBefore(asOf.slice(0, 7));
  const newMajor10 = rules.NEW_MFG_10YI;
  const landing = rules.LANDING_RATE_YEAR;
  if (!('counted' in newMajor10) || !('counted' in landing) || !landing.base) throw new Error('race rules changed');
  const logged = sql`${projects.createdAt} < ${endOfDaySql(asOf)}`;
  const quarterStart = quarterBounds(quarterOf(asOf)).start;
  const column = (unit: string, region: string) => sql.raw(by === 'unit' ? unit : region);
  // Each statement keeps to the view's projects (a city account asking for one district).
  const [byProjects, byNodes, byProblems, byExtensions] = await Promise.all([
    rowsOf<{
      key: string;
      new10: number;
      major50: number;
      signed: number;
      landed: number;
      needed: number;
      filed: number;
    }>(
      db,
      sql`SELECT ${column('"projects"."lead_unit_id"', '"projects"."region_id"')}::text AS key,
        ${period ? sql`count(*) FILTER (WHERE ${newMajor10.counted(period, asOf)})` : sql`0`}::int AS new10,
        ${period ? sql`count(*) FILTER (WHERE ${major50Sql} AND ${signedInSql(period, asOf)} AND ${notTerminatedSql(asOf)})` : sql`0`}::int AS major50,
        count(*) FILTER (WHERE ${landing.base(year, asOf)})::int AS signed,
        count(*) FILTER (WHERE ${landing.counted(year, asOf)})::int AS landed,
        count(*) FILTER (WHERE ${needsReportSql(month)})::int AS needed,
        count(*) FILTER (WHERE ${needsReportSql(month)} AND EXISTS (SELECT 1 FROM monthly_reports r
          WHERE r.project_id = "projects"."id" AND r.month = ${month} AND r.created_at < ${endOfDaySql(asOf)}))::int AS filed
      FROM projects WHERE ${logged} ${andInView(view, '"projects"')} GROUP BY 1`,
    ),
    rowsOf<{ key: string; due: number; on_time: number }>(
      db,
      sql`SELECT ${column('q.lead_unit_id', 'q.region_id')}::text AS key, count(*) FILTER (WHERE ${nodeDueSql(asOf)})::int AS due,
        count(*) FILTER (WHERE ${nodeOnTimeSql(asOf)})::int AS on_time
      FROM milestones m JOIN projects q ON q.id = m.project_id
      WHERE ${notTerminatedSql(asOf, 'q')} ${andInView(view, 'q')}
      GROUP BY 1`,
    ),
    rowsOf<{ key: string; overdue: number }>(
      db,
      sql`SELECT ${column('p.lead_unit_id', 'p.region_id')}::text AS key, count(*)::int AS overdue FROM problems p
      WHERE ${problemOverdueSql(asOf, 'p')} ${andInView(view, 'p')} GROUP BY 1`,
    ),
    rowsOf<{ key: string; n: number }>(
      db,
      sql`SELECT ${column('u.from_unit_id', 'u.region_id')}::text AS key, count(*)::int AS n FROM problem_updates u
      WHERE u.kind = 'EXTENSION' AND u.at >= ${startOfDaySql(quarterStart)}
        AND u.at < ${endOfDaySql(asOf)} ${andInView(view, 'u')}
      GROUP BY 1`,
    ),
  ]);
  const counts = new Map<string, Counts>();
  const of = (key: string) => {
    const found = counts.get(key) ?? noCounts();
    counts.set(key, found);
    return found;
  };
  // Only what has projects logged by the day is ranked.
  for (const { key, ...r } of byProjects) Object.assign(of(key), r);
  for (const r of byNodes) {
    const c = counts.get(r.key);
    if (c) Object.assign(c, { due: r.due, onTime: r.on_time });
  }
  for (const r of byProblems) {
    const c = counts.get(r.key);
    if (c) c.overdue = r.overdue;
  }
  for (const r of byExtensions) {
    const c = counts.get(r.key);
    if (c) c.extensions = r.n;
  }
  return counts;
}

const exactOf = (c: Counts): Exact => ({
  new10: c.new10,
  major50: c.major50,
  landing: percentOf(c.landed, c.signed),
  nodes: percentOf(c.onTime, c.due),
  overdue: c.overdue,
  extensions: c.extensions,
  reports: percentOf(c.filed, c.needed),
});

/** The units' race figures of a region's projects as of a day (a city's: its districts' units side by side). */
async function figuresAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
): Promise<Array<Exact & { subject: UnitRow }>> {
  const [counts, allUnits] = await Promise.all([countsAsOf(db, asOf, view, 'unit'), db.select().from(units)]);
  const unitById = new Map(allUnits.map((u) => [u.id, u]));
  return [...counts].flatMap(([id, c]) => {
    const subject = unitById.get(id);
    return subject ? [{ ...exactOf(c), subject }] : [];
  });
}

/** The districts' race figures of a city (SPEC 2.1): each region below as a whole, its regions below added in. */
async function regionFiguresAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
): Promise<Array<Exact & { subject: RegionRow }>> {
  const counts = await countsAsOf(db, asOf, view, 'region');
  return view.children.map((child) => {
    const sum = noCounts();
    for (const [region, c] of counts) {
      if (view.childOf.get(Number(region)) !== child.id) continue;
      for (const name of countNames) sum[name] += c[name];
    }
    return { ...exactOf(sum), subject: child };
  });
}

/**
 * The composite score, exactly: counts against the best (best = 100), percentages as they are, overdue
 * problems inverted against the worst; a missing percentage scores 0. Equal scores share a rank.
 */
function scoreRows<T extends { name: string }>(
  figures: ReadonlyArray<Exact & { subject: T }>,
  weights: readonly ScoreWeightRow[],
): Array<RaceFigures & { subject: T }> {
  const w = new Map(weights.map((x) => [x.key, new Dec(x.weight)]));
  const total = [...w.values()].reduce((a, b) => a.plus(b), new Dec(0));
  const best = (f: (r: Exact) => number) => Math.max(0, ...figures.map(f));
  const maxNew10 = best((r) => r.new10);
  const maxMajor50 = best((r) => r.major50);
  const maxOverdue = best((r) => r.overdue);
  const maxExtensions = best((r) => r.extensions);
  // Fewer is better: the one with none scores 100, the one with most 0.
  const fewer = (value: number, max: number) => (max === 0 ? new Dec(100) : new Dec(100).minus(scale(value, max)));
  const scale = (value: number, max: number) => (max === 0 ? new Dec(0) : new Dec(value).dividedBy(max).times(100));
  const scored = figures.map((r) => {
    const parts: Record<string, DecType> = {
      NEW_10YI_SIGNINGS: scale(r.new10, maxNew10),
      MAJOR_50_SIGNINGS: scale(r.major50, maxMajor50),
      LANDING_RATE: r.landing ?? new Dec(0),
      NODES_ON_TIME: r.nodes ?? new Dec(0),
      OVERDUE_PROBLEMS: fewer(r.overdue, maxOverdue),
      PROBLEM_EXTENSIONS: fewer(r.extensions, maxExtensions),
      REPORTS_ON_TIME: r.reports ?? new Dec(0),
    };
    const sum = Object.entries(parts).reduce(
      (acc, [key, value]) => acc.plus((w.get(key) ?? new Dec(0)).times(value)),
      new Dec(0),
    );
    return { r, score: total.isZero() ? new Dec(0) : sum.dividedBy(total) };
  });
  scored.sort((a, b) => b.score.comparedTo(a.score) || a.r.subject.name.localeCompare(b.r.subject.name, 'zh'));
  const shown = (d: DecType | null) => (d === null ? null : Number(display(d, 1)));
  const ranked: Array<RaceFigures & { subject: T }> = [];
  scored.forEach(({ r, score }, i) => {
    const previous = scored[i - 1];
    const rank = previous?.score.equals(score) ? (ranked[i - 1]?.rank ?? i + 1) : i + 1;
    ranked.push({
      subject: r.subject,
      newMajor10Signings: r.new10,
      major50Signings: r.major50,
      landingRate: shown(r.landing),
      nodesOnTimePercent: shown(r.nodes),
      overdueProblems: r.overdue,
      problemExtensions: r.extensions,
      reportsOnTimePercent: shown(r.reports),
      score: Number(display(score, 1)),
      rank,
    });
  });
  return ranked;
}

const asUnitRows = (rows: ReadonlyArray<RaceFigures & { subject: UnitRow }>): UnitRaceRowModel[] =>
  rows.map(({ subject, ...row }) => ({ ...row, unit: subject }));

/** A district's units' race as of a day, provisional: computed now from the state on that day (with the weights given, or ADMIN's). */
export async function raceAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
  weights?: Promise<ScoreWeightRow[]>,
): Promise<UnitRaceRowModel[]> {
  const [figures, w] = await Promise.all([
    figuresAsOf(db, asOf, view),
    weights ?? listScoreWeights(db, view.region.id, 'RACE'),
  ]);
  return asUnitRows(scoreRows(figures, w));
}

/** A city's districts' race as of a day, provisional, with the city's weights (SPEC 2.1). */
async function regionRaceAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
): Promise<RegionRaceRowModel[]> {
  const [figures, w] = await Promise.all([
    regionFiguresAsOf(db, asOf, view),
    listScoreWeights(db, view.region.id, 'RACE'),
  ]);
  return scoreRows(figures, w).map(({ subject, ...row }) => ({ ...row, region: subject }));
}

/** "2026-Q3" → its first and last days; BAD_USER_INPUT on `quarter` otherwise. */
export function quarterBounds(quarter: string): { start: string; end: string } {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw badInput('quarter', '季度格式应为 YYYY-Qn，如 2026-Q3');
  const year = Number(m[1]);
  const q = Number(m[2]);
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { start, end };
}

export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

const frozenNumber = (v: string | null) => (v === null ? null : Number(display(new Dec(v), 1)));

/** A region's published race of a quarter (its units' for a district, its districts' for a city), or null. */
async function published(
  db: DatabaseOrTransaction,
  regionId: number,
  quarter: string,
): Promise<RaceResultModel | null> {
  const [publication] = await db
    .select()
    .from(racePublications)
    .where(and(eq(racePublications.regionId, regionId), eq(racePublications.quarter, quarter)));
  if (!publication) return null;
  const [rows, regionRows] = await Promise.all([
    db
      .select({ row: raceRows, unit: units })
      .from(raceRows)
      .innerJoin(units, eq(units.id, raceRows.unitId))
      .where(and(eq(raceRows.regionId, regionId), eq(raceRows.quarter, quarter)))
      .orderBy(asc(raceRows.rank), asc(units.name)),
    db
      .select({ row: regionRaceRows, region: regions })
      .from(regionRaceRows)
      .innerJoin(regions, eq(regions.id, regionRaceRows.rankedRegionId))
      .where(and(eq(regionRaceRows.regionId, regionId), eq(regionRaceRows.quarter, quarter)))
      .orderBy(asc(regionRaceRows.rank), asc(regions.code)),
  ]);
  const figures = (row: typeof raceRows.$inferSelect | typeof regionRaceRows.$inferSelect): RaceFigures => ({
    newMajor10Signings: row.newMajor10Signings,
    major50Signings: row.major50Signings,
    landingRate: frozenNumber(row.landingRate),
    nodesOnTimePercent: frozenNumber(row.nodesOnTimePercent),
    overdueProblems: row.overdueProblems,
    problemExtensions: row.problemExtensions,
    reportsOnTimePercent: frozenNumber(row.reportsOnTimePercent),
    score: Number(display(new Dec(row.score), 1)),
    rank: row.rank,
  });
  return {
    quarter,
    asOf: publication.asOf,
    published: true,
    publishedAt: publication.publishedAt,
    publishedById: publication.publishedById,
    rows: rows.map(({ row, unit }) => ({ ...figures(row), unit })),
    regionRows: regionRows.map(({ row, region }) => ({ ...figures(row), region })),
  };
}

/** The day a quarter is counted as of (its last day, or today within it); a future quarter is refused. */
function raceDay(quarter: string): string {
  const { start, end } = quarterBounds(quarter);
  const now = today();
  if (start > now) throw badInput('quarter', '该季度尚未开始');
  // Dates as text: the earlier of the quarter's end and today.
  return [end, now].sort()[0] ?? now;
}

/** A district's units' race of a quarter: as published, else provisional as of its last day (today within it). */
export async function unitRace(
  db: DatabaseOrTransaction,
  quarter: string,
  view: RegionView,
  /** The provisional race on a day; a request passes its memo so one answer computes each day once. */
  raceOn: (asOf: string) => Promise<UnitRaceRowModel[]> = (day) => raceAsOf(db, day, view),
): Promise<RaceResultModel> {
  return (
    (await published(db, view.region.id, quarter)) ??
    provisional(quarter, async (asOf) => ({ rows: await raceOn(asOf), regionRows: [] }))
  );
}

/** 区县赛马 (SPEC 2.1): a city's districts ranked as wholes, as published, else provisional like the units' race. */
export async function regionRace(
  db: DatabaseOrTransaction,
  quarter: string,
  view: RegionView,
): Promise<RaceResultModel> {
  if (view.children.length === 0) throw badInput('regionId', '该地区没有下级地区，请查看单位赛马');
  return (
    (await published(db, view.region.id, quarter)) ??
    provisional(quarter, async (asOf) => ({ rows: [], regionRows: await regionRaceAsOf(db, asOf, view) }))
  );
}

/** A quarter's race computed now as of its last day (today within it). */
async function provisional(
  quarter: string,
  rank: (asOf: string) => Promise<Pick<RaceResultModel, 'rows' | 'regionRows'>>,
): Promise<RaceResultModel> {
  const asOf = raceDay(quarter);
  return { quarter, asOf, published: false, publishedAt: null, publishedById: null, ...(await rank(asOf)) };
}

/**
 * ADMIN: freezes an ended quarter's race of the account's region as it stood on its last day: a
 * district's units' race, or (`ranked` 'region') a city's districts' race.
 */
async function publish(args: {
  db: Database;
  actor: Actor;
  quarter: string;
  ranked: Ranked;
  requestId?: string;
}): Promise<void> {
  authorize(args.actor, 'target.manage');
  const { end } = quarterBounds(args.quarter);
  if (end >= today()) {
    throw new AppError('INVALID_TRANSITION', '季度结束后才能发布赛马结果', { field: 'quarter' });
  }
  const regionId = args.actor.regionId;
  const view = await regionView(args.db, args.actor, regionId);
  if (args.ranked === 'region' && view.children.length === 0) {
    throw badInput('regionId', '该地区没有下级地区，请发布单位赛马');
  }
  if (args.ranked === 'unit' && view.children.length > 0) {
    throw badInput('quarter', '市级请发布区县赛马');
  }
  await args.db.transaction(async (tx) => {
    // One publisher at a time: the second finds the first's row and is refused.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727100004, hashtext(${`${regionId}:${args.quarter}`}))`);
    if (await published(tx, regionId, args.quarter)) {
      throw new AppError('CONFLICT', `${args.quarter}赛马结果已发布，不能再改`, { field: 'quarter' });
    }
    const weights = await listScoreWeights(tx, regionId, 'RACE');
    await tx.insert(racePublications).values({
      regionId,
      quarter: args.quarter,
      asOf: end,
      weights: Object.fromEntries(weights.map((w) => [w.key, w.weight])),
      publishedById: args.actor.id,
    });
    const stored = (d: DecType | null | undefined) => (d === null || d === undefined ? null : display(d, 4));
    const frozen = <T extends { name: string }>(
      figures: ReadonlyArray<Exact & { subject: T }>,
      key: (t: T) => string,
    ) => {
      const exact = new Map(figures.map((f) => [key(f.subject), f]));
      return scoreRows(figures, weights).map((r) => {
        const e = exact.get(key(r.subject));
        return {
          subject: r.subject,
          quarter: args.quarter,
          newMajor10Signings: r.newMajor10Signings,
          major50Signings: r.major50Signings,
          landingRate: stored(e?.landing),
          nodesOnTimePercent: stored(e?.nodes),
          overdueProblems: r.overdueProblems,
          problemExtensions: r.problemExtensions,
          reportsOnTimePercent: stored(e?.reports),
          score: String(r.score),
          rank: r.rank,
        };
      });
    };
    if (args.ranked === 'unit') {
      const rows = frozen(await figuresAsOf(tx, end, view), (u) => u.id);
      if (rows.length)
        await tx.insert(raceRows).values(rows.map(({ subject, ...r }) => ({ ...r, unitId: subject.id })));
    } else {
      const rows = frozen(await regionFiguresAsOf(tx, end, view), (r) => String(r.id));
      if (rows.length) {
        await tx.insert(regionRaceRows).values(
          rows.map(({ subject, ...r }) => ({
            ...r,
            problemExtensions: r.problemExtensions ?? 0,
            regionId,
            rankedRegionId: subject.id,
          })),
        );
      }
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: args.ranked === 'unit' ? 'race.publish' : 'race.publishRegions',
      entityType: 'race',
      entityId: args.quarter,
      note: `${args.quarter}${args.ranked === 'unit' ? '' : '区县'}赛马结果发布（统计至${end}）`,
      requestId: args.requestId,
    });
  });
}

/** ADMIN of a district: freezes an ended quarter's units' race. */
export async function publishRace(args: {
  db: Database;
  actor: Actor;
  quarter: string;
  requestId?: string;
}): Promise<RaceResultModel> {
  await publish({ ...args, ranked: 'unit' });
  return unitRace(args.db, args.quarter, await regionView(args.db, args.actor, null));
}

/** ADMIN of a city: freezes an ended quarter's districts' race (SPEC 2.1); `regionId` is the city's own. */
export async function publishRegionRace(args: {
  db: Database;
  actor: Actor;
  regionId: string;
  quarter: string;
  requestId?: string;
}): Promise<RaceResultModel> {
  authorize(args.actor, 'target.manage');
  ownRegion(args.actor, args.regionId);
  await publish({ ...args, ranked: 'region' });
  return regionRace(args.db, args.quarter, await regionView(args.db, args.actor, args.actor.regionId));
}

export type AnnualRowModel = {
  unit: UnitRow;
  quarterScores: Array<number | null>;
  quarterPublished: boolean[];
  targetScore: number | null;
  score: number;
  rank: number;
};

/**
 * 年考核: each unit's four quarter scores (published where published, provisional otherwise; a
 * quarter to come has none) and its quotas met (each target's current ÷ quota, capped at 100%,
 * averaged), combined by the ANNUAL weights. Exact until shown.
 */
export async function annualAssessment(db: DatabaseOrTransaction, year: number, view: RegionView) {
  const regionId = view.region.id;
  const now = today();
  if (!Number.isInteger(year) || year < 2000 || `${year}-01-01` > now) throw badInput('year', '该年度尚未开始');
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const races = await Promise.all(
    quarters.map((q) => (quarterBounds(q).start > now ? Promise.resolve(null) : unitRace(db, q, view))),
  );
  const yearEnd = `${year}-12-31`;
  const [progress, weights] = await Promise.all([
    targetProgress(db, yearEnd < now ? yearEnd : now, view),
    listScoreWeights(db, regionId, 'ANNUAL'),
  ]);
  const weight = (key: string) => new Dec(weights.find((w) => w.key === key)?.weight ?? '0');
  const listed = new Map<string, UnitRow>();
  for (const race of races) for (const row of race?.rows ?? []) listed.set(row.unit.id, row.unit);
  const quotaShares = new Map<string, DecType[]>();
  for (const t of progress) {
    for (const u of t.byUnit) {
      if (u.quota === null || u.quota === 0) continue;
      const share = Dec.min(new Dec(u.current).dividedBy(u.quota).times(100), 100);
      quotaShares.set(u.unitId, [...(quotaShares.get(u.unitId) ?? []), share]);
    }
  }
  // A unit with quotas but no project yet is assessed too.
  const missingUnits = [...quotaShares.keys()].filter((id) => !listed.has(id));
  if (missingUnits.length) {
    for (const u of await db.select().from(units).where(inArray(units.id, missingUnits))) listed.set(u.id, u);
  }
  const mean = (values: readonly DecType[]) =>
    values.length === 0 ? null : values.reduce((a, b) => a.plus(b), new Dec(0)).dividedBy(values.length);
  const scored = [...listed.values()].map((unit) => {
    const quarterRows = races.map((race) => race?.rows.find((r) => r.unit.id === unit.id) ?? null);
    const quarterScores = quarterRows.map((r) => (r ? new Dec(r.score) : null));
    const quarterAvg = mean(quarterScores.filter((s): s is DecType => s !== null)) ?? new Dec(0);
    const targetScore = mean(quotaShares.get(unit.id) ?? []);
    const wq = weight('QUARTER_SCORES');
    const wt = targetScore === null ? new Dec(0) : weight('TARGET_QUOTAS');
    const totalWeight = wq.plus(wt);
    const score = totalWeight.isZero()
      ? new Dec(0)
      : wq
          .times(quarterAvg)
          .plus(wt.times(targetScore ?? 0))
          .dividedBy(totalWeight);
    return {
      unit,
      quarterScores: quarterScores.map((s) => (s === null ? null : Number(display(s, 1)))),
      quarterPublished: races.map((race) => race?.published ?? false),
      targetScore: targetScore === null ? null : Number(display(targetScore, 1)),
      exact: score,
    };
  });
  scored.sort((a, b) => b.exact.comparedTo(a.exact) || a.unit.name.localeCompare(b.unit.name, 'zh'));
  const rows: AnnualRowModel[] = [];
  scored.forEach((s, i) => {
    const previous = scored[i - 1];
    const rank = previous?.exact.equals(s.exact) ? (rows[i - 1]?.rank ?? i + 1) : i + 1;
    const { exact, ...rest } = s;
    rows.push({ ...rest, score: Number(display(exact, 1)), rank });
  });
  return { year, weights, rows };
}
