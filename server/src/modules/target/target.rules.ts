import { projects } from '@zdyq/db/schema';
import { type SQL, sql } from 'drizzle-orm';

/**
 * "Signed in period" (SPEC 5): periodStart ≤ signedOn ≤ min(periodEnd, asOf).
 * Not terminated as of asOf: no termination, or one dated after asOf.
 */
export function signedInPeriodSql(periodStart: SQL | string, periodEnd: SQL | string, asOf: string): SQL<boolean> {
  return sql<boolean>`(${projects.signedOn} >= ${periodStart}::date
    AND ${projects.signedOn} <= LEAST(${periodEnd}::date, ${asOf}::date))`;
}

export function notTerminatedSql(asOf: string): SQL<boolean> {
  return sql<boolean>`(${projects.terminatedOn} IS NULL OR ${projects.terminatedOn} > ${asOf}::date)`;
}

/**
 * Target NEW_MFG_10YI (新引进10亿元以上制造业项目): manufacturing, source NEW, total ≥ 10亿, signed in
 * the target's period, not terminated — all as of asOf. The period is read from the targets table.
 */
export function countsTowardNewMfg10Sql(asOf: string): SQL<boolean> {
  const period = (column: 'period_start' | 'period_end') =>
    sql`(SELECT t.${sql.raw(column)} FROM targets t WHERE t.code = 'NEW_MFG_10YI')`;
  return sql<boolean>`coalesce(${projects.isManufacturing} AND ${projects.source} = 'NEW'
    AND ${projects.totalInvestment} >= 10
    AND ${signedInPeriodSql(period('period_start'), period('period_end'), asOf)}
    AND ${notTerminatedSql(asOf)}, false)`;
}
