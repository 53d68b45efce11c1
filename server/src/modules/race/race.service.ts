import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { projects, racePublications, raceRows, targetPeriods, units } from '@zdyq/db/schema';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError, badInput } from '../../errors.ts';
import { monthBefore, today } from '../../lib/dates.ts';
import { Dec, type Dec as DecType, display } from '../../lib/decimal.ts';
import { endOfDaySql, startOfDaySql } from '../../lib/sql.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { problemOverdueSql } from '../problem/problem.rules.ts';
import { nodeDueSql, nodeOnTimeSql } from '../project/milestone.rules.ts';
import { major50Sql, notTerminatedSql } from '../project/project.rules.ts';
import { needsReportSql } from '../report/report.rules.ts';
import { periodFor, rules, signedInSql, type Window, yearOf } from '../target/target.rules.ts';
import { listScoreWeights, type ScoreWeightRow, targetProgress } from '../target/target.service.ts';
import type { UnitRow } from '../unit/unit.service.ts';

/**
 * 赛马 (SPEC 5.2): each unit's figures as of a day — the state on that day, from stage and node
 * dates, monthly reports as filed by then and each problem's status replayed from its timeline —
 * scored by ADMIN's weights; a quarter published by ADMIN is frozen.
 */

export type UnitRaceRowModel = {
  unit: UnitRow;
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

export type RaceResultModel = {
  quarter: string;
  asOf: string;
  published: boolean;
  publishedAt: Date | null;
  publishedById: string | null;
  rows: UnitRaceRowModel[];
};

type Exact = {
  unit: UnitRow;
  new10: number;
  major50: number;
  landing: DecType | null;
  nodes: DecType | null;
  overdue: number;
  extensions: number;
  reports: DecType | null;
};

const percentOf = (part: number, whole: number) => (whole === 0 ? null : new Dec(part).dividedBy(whole).times(100));

/** The race's figures per unit as of a day, exactly; three grouped statements whatever the number of units. */
async function figuresAsOf(db: DatabaseOrTransaction, asOf: string): Promise<Exact[]> {
  const periods = await db
    .select()
    .from(targetPeriods)
    .where(eq(targetPeriods.code, 'NEW_MFG_10YI'))
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
  const [byProjects, byNodes, byProblems, byExtensions, allUnits] = await Promise.all([
    rowsOf<{
      unit: string;
      new10: number;
      major50: number;
      signed: number;
      landed: number;
      needed: number;
      filed: number;
    }>(
      db,
      sql`SELECT ${projects.leadUnitId} AS unit,
        ${period ? sql`count(*) FILTER (WHERE ${newMajor10.counted(period, asOf)})` : sql`0`}::int AS new10,
        ${period ? sql`count(*) FILTER (WHERE ${major50Sql} AND ${signedInSql(period, asOf)} AND ${notTerminatedSql(asOf)})` : sql`0`}::int AS major50,
        count(*) FILTER (WHERE ${landing.base(year, asOf)})::int AS signed,
        count(*) FILTER (WHERE ${landing.counted(year, asOf)})::int AS landed,
        count(*) FILTER (WHERE ${needsReportSql(month)})::int AS needed,
        count(*) FILTER (WHERE ${needsReportSql(month)} AND EXISTS (SELECT 1 FROM monthly_reports r
          WHERE r.project_id = "projects"."id" AND r.month = ${month} AND r.created_at < ${endOfDaySql(asOf)}))::int AS filed
      FROM projects WHERE ${logged} GROUP BY ${projects.leadUnitId}`,
    ),
    rowsOf<{ unit: string; due: number; on_time: number }>(
      db,
      sql`SELECT q.lead_unit_id AS unit, count(*) FILTER (WHERE ${nodeDueSql(asOf)})::int AS due,
        count(*) FILTER (WHERE ${nodeOnTimeSql(asOf)})::int AS on_time
      FROM milestones m JOIN projects q ON q.id = m.project_id
      WHERE ${notTerminatedSql(asOf, 'q')}
      GROUP BY q.lead_unit_id`,
    ),
    rowsOf<{ unit: string; overdue: number }>(
      db,
      sql`SELECT p.lead_unit_id AS unit, count(*)::int AS overdue FROM problems p
      WHERE ${problemOverdueSql(asOf, 'p')} GROUP BY p.lead_unit_id`,
    ),
    rowsOf<{ unit: string; n: number }>(
      db,
      sql`SELECT u.from_unit_id AS unit, count(*)::int AS n FROM problem_updates u
      WHERE u.kind = 'EXTENSION' AND u.at >= ${startOfDaySql(quarterStart)}
        AND u.at < ${endOfDaySql(asOf)}
      GROUP BY u.from_unit_id`,
    ),
    db.select().from(units),
  ]);
  const nodes = new Map(byNodes.map((r) => [r.unit, r]));
  const overdue = new Map(byProblems.map((r) => [r.unit, r.overdue]));
  const extensions = new Map(byExtensions.map((r) => [r.unit, r.n]));
  const unitById = new Map(allUnits.map((u) => [u.id, u]));
  return byProjects.flatMap((r) => {
    const unit = unitById.get(r.unit);
    if (!unit) return [];
    return [
      {
        unit,
        new10: r.new10,
        major50: r.major50,
        landing: percentOf(r.landed, r.signed),
        nodes: percentOf(nodes.get(r.unit)?.on_time ?? 0, nodes.get(r.unit)?.due ?? 0),
        overdue: overdue.get(r.unit) ?? 0,
        extensions: extensions.get(r.unit) ?? 0,
        reports: percentOf(r.filed, r.needed),
      },
    ];
  });
}

/**
 * The composite score, exactly: counts against the best unit (best = 100), percentages as they are,
 * overdue problems inverted against the worst; a missing percentage scores 0. Equal scores share a rank.
 */
function scoreRows(figures: readonly Exact[], weights: readonly ScoreWeightRow[]): UnitRaceRowModel[] {
  const w = new Map(weights.map((x) => [x.key, new Dec(x.weight)]));
  const total = [...w.values()].reduce((a, b) => a.plus(b), new Dec(0));
  const best = (f: (r: Exact) => number) => Math.max(0, ...figures.map(f));
  const maxNew10 = best((r) => r.new10);
  const maxMajor50 = best((r) => r.major50);
  const maxOverdue = best((r) => r.overdue);
  const maxExtensions = best((r) => r.extensions);
  // Fewer is better: the unit with none scores 100, the one with most 0.
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
  scored.sort((a, b) => b.score.comparedTo(a.score) || a.r.unit.name.localeCompare(b.r.unit.name, 'zh'));
  const shown = (d: DecType | null) => (d === null ? null : Number(display(d, 1)));
  const ranked: UnitRaceRowModel[] = [];
  scored.forEach(({ r, score }, i) => {
    const previous = scored[i - 1];
    const rank = previous?.score.equals(score) ? (ranked[i - 1]?.rank ?? i + 1) : i + 1;
    ranked.push({
      unit: r.unit,
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

/** The race as of a day, provisional: computed now from the state on that day (with the weights given, or ADMIN's). */
export async function raceAsOf(
  db: DatabaseOrTransaction,
  asOf: string,
  weights?: Promise<ScoreWeightRow[]>,
): Promise<UnitRaceRowModel[]> {
  const [figures, w] = await Promise.all([figuresAsOf(db, asOf), weights ?? listScoreWeights(db, 'RACE')]);
  return scoreRows(figures, w);
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

async function published(db: DatabaseOrTransaction, quarter: string): Promise<RaceResultModel | null> {
  const [publication] = await db.select().from(racePublications).where(eq(racePublications.quarter, quarter));
  if (!publication) return null;
  const rows = await db
    .select({ row: raceRows, unit: units })
    .from(raceRows)
    .innerJoin(units, eq(units.id, raceRows.unitId))
    .where(eq(raceRows.quarter, quarter))
    .orderBy(asc(raceRows.rank), asc(units.name));
  const n = (v: string | null) => (v === null ? null : Number(display(new Dec(v), 1)));
  return {
    quarter,
    asOf: publication.asOf,
    published: true,
    publishedAt: publication.publishedAt,
    publishedById: publication.publishedById,
    rows: rows.map(({ row, unit }) => ({
      unit,
      newMajor10Signings: row.newMajor10Signings,
      major50Signings: row.major50Signings,
      landingRate: n(row.landingRate),
      nodesOnTimePercent: n(row.nodesOnTimePercent),
      overdueProblems: row.overdueProblems,
      problemExtensions: row.problemExtensions,
      reportsOnTimePercent: n(row.reportsOnTimePercent),
      score: Number(display(new Dec(row.score), 1)),
      rank: row.rank,
    })),
  };
}

/** A quarter's race: as published, else provisional as of its last day (today within it). A future quarter is refused. */
export async function unitRace(
  db: DatabaseOrTransaction,
  quarter: string,
  /** The provisional race on a day; a request passes its memo so one answer computes each day once. */
  raceOn: (asOf: string) => Promise<UnitRaceRowModel[]> = (day) => raceAsOf(db, day),
): Promise<RaceResultModel> {
  const { start, end } = quarterBounds(quarter);
  const now = today();
  if (start > now) throw badInput('quarter', '该季度尚未开始');
  const frozen = await published(db, quarter);
  if (frozen) return frozen;
  // Dates as text: the earlier of the quarter's end and today.
  const asOf = [end, now].sort()[0] ?? now;
  return {
    quarter,
    asOf,
    published: false,
    publishedAt: null,
    publishedById: null,
    rows: await raceOn(asOf),
  };
}

/** ADMIN: freezes an ended quarter's race as it stood on its last day. */
export async function publishRace(args: {
  db: Database;
  actor: Actor;
  quarter: string;
  requestId?: string;
}): Promise<RaceResultModel> {
  authorize(args.actor, 'target.manage');
  const { end } = quarterBounds(args.quarter);
  if (end >= today()) {
    throw new AppError('INVALID_TRANSITION', '季度结束后才能发布赛马结果', { field: 'quarter' });
  }
  await args.db.transaction(async (tx) => {
    // One publisher at a time: the second finds the first's row and is refused.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727100004, hashtext(${args.quarter}))`);
    if (await published(tx, args.quarter)) {
      throw new AppError('CONFLICT', `${args.quarter}赛马结果已发布，不能再改`, { field: 'quarter' });
    }
    const [figures, weights] = await Promise.all([figuresAsOf(tx, end), listScoreWeights(tx, 'RACE')]);
    const rows = scoreRows(figures, weights);
    const exact = new Map(figures.map((f) => [f.unit.id, f]));
    await tx.insert(racePublications).values({
      quarter: args.quarter,
      asOf: end,
      weights: Object.fromEntries(weights.map((w) => [w.key, w.weight])),
      publishedById: args.actor.id,
    });
    const stored = (d: DecType | null | undefined) => (d === null || d === undefined ? null : display(d, 4));
    if (rows.length) {
      await tx.insert(raceRows).values(
        rows.map((r) => ({
          quarter: args.quarter,
          unitId: r.unit.id,
          newMajor10Signings: r.newMajor10Signings,
          major50Signings: r.major50Signings,
          landingRate: stored(exact.get(r.unit.id)?.landing),
          nodesOnTimePercent: stored(exact.get(r.unit.id)?.nodes),
          overdueProblems: r.overdueProblems,
          problemExtensions: r.problemExtensions,
          reportsOnTimePercent: stored(exact.get(r.unit.id)?.reports),
          score: String(r.score),
          rank: r.rank,
        })),
      );
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: 'race.publish',
      entityType: 'race',
      entityId: args.quarter,
      note: `${args.quarter}赛马结果发布（统计至${end}）`,
      requestId: args.requestId,
    });
  });
  return unitRace(args.db, args.quarter);
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
export async function annualAssessment(db: DatabaseOrTransaction, year: number) {
  const now = today();
  if (!Number.isInteger(year) || year < 2000 || `${year}-01-01` > now) throw badInput('year', '该年度尚未开始');
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const races = await Promise.all(
    quarters.map((q) => (quarterBounds(q).start > now ? Promise.resolve(null) : unitRace(db, q))),
  );
  const yearEnd = `${year}-12-31`;
  const [progress, weights] = await Promise.all([
    targetProgress(db, yearEnd < now ? yearEnd : now),
    listScoreWeights(db, 'ANNUAL'),
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
