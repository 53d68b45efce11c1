import { projects } from '@zdyq/db/schema';
import { type SQL, sql } from 'drizzle-orm';

/**
 * The counting rules of SPEC section 5, in SQL over the `projects` table. Every rule takes a day
 * (`asOf`) and ignores anything dated after it. The worked example and the edges are the tests in
 * target.rules.test.ts and test/target.test.ts.
 */

export type TargetCode =
  | 'NEW_MFG_10YI'
  | 'FOREIGN_MFG_1E8USD'
  | 'CHAIN_1YI_YEAR'
  | 'MFG_SHARE_YEAR'
  | 'LANDING_RATE_YEAR';

/** The days a target counts within: its period, or for an annual target the calendar year of asOf. */
export type Window = { start: SQL | string; end: SQL | string };

const day = (value: SQL | string) => (typeof value === 'string' ? sql`${value}::date` : value);

/** periodStart ≤ signedOn ≤ min(periodEnd, asOf). */
export function signedInSql(window: Window, asOf: string): SQL<boolean> {
  return sql<boolean>`(${projects.signedOn} >= ${day(window.start)}
    AND ${projects.signedOn} <= LEAST(${day(window.end)}, ${asOf}::date))`;
}

/** Not terminated as of asOf: never, or only after that day. */
export function notTerminatedSql(asOf: string): SQL<boolean> {
  return sql<boolean>`(${projects.terminatedOn} IS NULL OR ${projects.terminatedOn} > ${asOf}::date)`;
}

const newMfg10 = sql`${projects.isManufacturing} AND ${projects.source} = 'NEW' AND ${projects.totalInvestment} >= 10`;

type Rule = {
  kind: 'COUNT' | 'RATE';
  annual: boolean;
  /** The projects behind the figure: counted ones, or for a rate its numerator. */
  counted(window: Window, asOf: string): SQL<boolean>;
  /** For a rate, the projects it is a share of. */
  base?(window: Window, asOf: string): SQL<boolean>;
  /** Projects in negotiation that would count once signed. */
  pipeline?(asOf: string): SQL<boolean>;
};

export const rules: Record<TargetCode, Rule> = {
  NEW_MFG_10YI: {
    kind: 'COUNT',
    annual: false,
    counted: (w, asOf) => sql`(${newMfg10} AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
    pipeline: (asOf) => sql`(${newMfg10}
      AND ${projects.createdAt} < (${asOf}::date + 1)
      AND (${projects.signedOn} IS NULL OR ${projects.signedOn} > ${asOf}::date)
      AND ${notTerminatedSql(asOf)})`,
  },
  FOREIGN_MFG_1E8USD: {
    kind: 'COUNT',
    annual: false,
    counted: (w, asOf) => sql`(${projects.isManufacturing} AND ${projects.isForeign}
      AND ${projects.foreignInvestmentUsd} >= 10000 AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
  },
  CHAIN_1YI_YEAR: {
    kind: 'COUNT',
    annual: true,
    counted: (w, asOf) => sql`(${projects.isChainProject} AND ${projects.source} = 'NEW'
      AND ${projects.totalInvestment} >= 1 AND ${signedInSql(w, asOf)} AND ${notTerminatedSql(asOf)})`,
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
};

export const isTargetCode = (code: string): code is TargetCode => code in rules;

/** The calendar year of a day, as a window. */
export function yearOf(asOf: string): { start: string; end: string } {
  const year = asOf.slice(0, 4);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * 时序进度: the share of the window's days elapsed by asOf, counting asOf itself
 * (2022-06-30 in 2021-01-01 … 2023-12-31 is 546 / 1095).
 */
export function elapsedShare(start: string, end: string, asOf: string): number {
  const total = daysBetween(start, end) + 1;
  const elapsed = daysBetween(start, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/** Whether the figure keeps pace: a count's share of target against time elapsed; a rate against its target. */
export function onTrack(kind: 'COUNT' | 'RATE', current: number, target: number, elapsed: number): boolean {
  if (kind === 'RATE') return current >= target;
  return target <= 0 || current / target >= elapsed;
}

/** Target NEW_MFG_10YI as of a day, with the period read from the targets table (for Project.countsTowardTarget). */
export function countsTowardNewMfg10Sql(asOf: string): SQL<boolean> {
  const period = (column: 'period_start' | 'period_end') =>
    sql`(SELECT t.${sql.raw(column)} FROM targets t WHERE t.code = 'NEW_MFG_10YI')`;
  return sql<boolean>`coalesce(${rules.NEW_MFG_10YI.counted({ start: period('period_start'), end: period('period_end') }, asOf)}, false)`;
}
