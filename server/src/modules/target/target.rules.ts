import { projects } from '@zdyq/db/schema';
import { tierLines } from '@zdyq/db/values';
import { type SQL, sql } from 'drizzle-orm';
import { daysBetween } from '../../lib/dates.ts';
import { compareDecimal, Dec } from '../../lib/decimal.ts';
import { notTerminatedSql } from '../project/project.rules.ts';

/**
 * The counting rules of SPEC section 5, in SQL over the `projects` table, and how a figure is judged
 * against its target. Every rule takes a day (`asOf`) and ignores anything dated after it. The
 * worked example and the edges are the tests in target.rules.test.ts and test/target.test.ts.
 */

export type TargetCode =
  | 'NEW_MFG_10YI'
  | 'FOREIGN_MFG_1E8USD'
  | 'CHAIN_1YI_YEAR'
  | 'MFG_SHARE_YEAR'
  | 'LANDING_RATE_YEAR'
  | 'MFG_INVEST_GROWTH_YEAR';

/** The days a target counts within: its period, or for an annual target the calendar year of the day. */
export type Window = { start: SQL | string; end: SQL | string };

const day = (value: SQL | string) => (typeof value === 'string' ? sql`${value}::date` : value);

/** periodStart ≤ signedOn ≤ min(periodEnd, asOf). */
export function signedInSql(window: Window, asOf: string | SQL): SQL<boolean> {
  return sql<boolean>`(${projects.signedOn} >= ${day(window.start)}
    AND ${projects.signedOn} <= LEAST(${day(window.end)}, ${day(asOf)}))`;
}

const newMfg10 = sql`${projects.isManufacturing} AND ${projects.source} = 'NEW' AND ${projects.totalInvestment} >= ${sql.raw(tierLines.MAJOR_10)}`;

type ProjectRule = {
  kind: 'COUNT' | 'RATE';
  annual: boolean;
  /** The projects behind the figure: counted ones, or for a rate its numerator. */
  counted(window: Window, asOf: string | SQL): SQL<boolean>;
  /** For a rate, the projects it is a share of. */
  base?(window: Window, asOf: string): SQL<boolean>;
  /** Projects in negotiation that would count once signed. */
  pipeline?(asOf: string): SQL<boolean>;
};

/** A figure from the monthly reports rather than a count of projects (indicator 14). */
type ReportRule = { kind: 'RATE'; annual: true; reports: true };

export const rules: Record<TargetCode, ProjectRule | ReportRule> = {
  NEW_MFG_10YI: {
    kind: 'COUNT',
    annual: false,
    counted: (w, asOf) => sql`(${newMfg10} AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
    pipeline: (asOf) => sql`(${newMfg10}
      AND ${projects.createdAt} < (${asOf}::date + 1)
      AND (${projects.signedOn} IS NULL OR ${projects.signedOn} > ${asOf}::date)
      AND ${notTerminatedSql(asOf)})`,
  },
  // 总投资1亿美元以上: the enterprise's 投资总额 in 万美元, not the foreign party's share.
  FOREIGN_MFG_1E8USD: {
    kind: 'COUNT',
    annual: false,
    counted: (w, asOf) => sql`(${projects.isManufacturing} AND ${projects.isForeign}
      AND ${projects.totalInvestmentUsd} >= 10000 AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
  },
  CHAIN_1YI_YEAR: {
    kind: 'COUNT',
    annual: true,
    counted: (w, asOf) => sql`(${projects.isChainProject} AND ${projects.source} = 'NEW'
      AND ${projects.totalInvestment} >= ${sql.raw(tierLines.OVER_1)} AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
  },
  MFG_SHARE_YEAR: {
    kind: 'RATE',
    annual: true,
    // Terminated projects stay in both numerator and denominator.
    counted: (w, asOf) => sql`(${projects.isManufacturing} AND ${signedInSql(w, asOf)})`,
    base: (w, asOf) => signedInSql(w, asOf),
  },
  LANDING_RATE_YEAR: {
    kind: 'RATE',
    annual: true,
    counted: (w, asOf) => sql`(${signedInSql(w, asOf)} AND ${projects.startedOn} <= ${asOf}::date)`,
    base: (w, asOf) => signedInSql(w, asOf),
  },
  MFG_INVEST_GROWTH_YEAR: { kind: 'RATE', annual: true, reports: true },
};

export const isTargetCode = (code: string): code is TargetCode => code in rules;
export const isProjectRule = (rule: ProjectRule | ReportRule): rule is ProjectRule => !('reports' in rule);

/**
 * 制造业投资增长率: investment reported for manufacturing projects in the year of asOf up to its
 * month, against the same months of the year before. The sums of both, per lead unit and in all.
 */
export function growthSumsSql(asOf: string): { thisYear: SQL<string>; lastYear: SQL<string> } {
  const year = Number(asOf.slice(0, 4));
  const month = asOf.slice(5, 7);
  const between = (y: number) => sql`r.month BETWEEN ${`${y}-01`} AND ${`${y}-${month}`}`;
  return {
    thisYear: sql<string>`coalesce(sum(r.investment) FILTER (WHERE ${between(year)}), 0)::text`,
    lastYear: sql<string>`coalesce(sum(r.investment) FILTER (WHERE ${between(year - 1)}), 0)::text`,
  };
}

/** The calendar year of a day, as a window. */
export function yearOf(asOf: string): { start: string; end: string } {
  const year = asOf.slice(0, 4);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Days of the window, and of them elapsed by asOf counting asOf itself (546 of 1095 on 2022-06-30). */
export function elapsedDays(start: string, end: string, asOf: string): { elapsed: number; total: number } {
  const total = daysBetween(start, end) + 1;
  return { elapsed: Math.min(total, Math.max(0, daysBetween(start, asOf) + 1)), total };
}

/** 时序进度 as a share, for display. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  const { elapsed, total } = elapsedDays(start, end, asOf);
  return elapsed / total;
}

/** A period of a target as stored. */
export type Period = { periodStart: string; periodEnd: string; targetValue: string };

/**
 * The period a target is judged in as of a day (SPEC 5.1): the one containing the day; when none
 * does, the latest that ended before it (ended); null when every period is still to come.
 */
export function periodFor<P extends Period>(periods: readonly P[], asOf: string): { period: P; ended: boolean } | null {
  const containing = periods.find((p) => p.periodStart <= asOf && asOf <= p.periodEnd);
  if (containing) return { period: containing, ended: false };
  const ended = periods.filter((p) => p.periodEnd < asOf).sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
  return ended ? { period: ended, ended: true } : null;
}

/**
 * A figure as an exact quotient with its target: counts are n / 1, rates numerator ÷ base × 100,
 * growth (this year ÷ last year − 1) × 100. null when it does not exist (a rate of nothing, growth
 * without a year before).
 */
export type Figure = { value: InstanceType<typeof Dec> } | null;

/**
 * Whether a figure keeps pace (SPEC 5): a count's share of its target against the share of time
 * elapsed, judged exactly (current × days ≥ target × days elapsed); a rate against its value.
 */
export function onTrack(
  kind: 'COUNT' | 'RATE',
  current: Figure,
  target: string,
  time: { elapsed: number; total: number },
): boolean {
  if (current === null) return false;
  if (kind === 'RATE') return current.value.greaterThanOrEqualTo(target);
  return current.value.times(time.total).greaterThanOrEqualTo(new Dec(target).times(time.elapsed));
}

/** An ended period's final result: the figure reached its target. */
export function achieved(current: Figure, target: string): boolean {
  return current !== null && compareDecimal(current.value, target) >= 0;
}

/**
 * Whether the outer project counts toward NEW_MFG_10YI as of a day (Project.countsTowardTarget), in
 * its district's period judged then (SPEC 5.1): the one containing the day, else the latest ended, as
 * it stood on its last day. A region's periods do not overlap, so that is its latest to start by the day.
 */
export function countsTowardNewMfg10Sql(asOf: string): SQL<boolean> {
  const rule = rules.NEW_MFG_10YI as ProjectRule;
  const counted = rule.counted(
    { start: sql`tp.period_start`, end: sql`tp.period_end` },
    sql`LEAST(tp.period_end, ${asOf}::date)`,
  );
  return sql<boolean>`coalesce((SELECT ${counted} FROM target_periods tp WHERE tp.code = 'NEW_MFG_10YI'
    AND tp.region_id = ${projects.regionId} AND tp.period_start <= ${asOf}::date
    ORDER BY tp.period_start DESC LIMIT 1), false)`;
}
