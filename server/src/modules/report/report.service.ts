import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { monthlyReports } from '@zdyq/db/schema';
import { asc, getTableColumns, inArray, sql } from 'drizzle-orm';

export type MonthlyReportRow = typeof monthlyReports.$inferSelect & {
  cumulativeInvestment: string;
  sameAsPrevious: boolean;
};

/** Reports with the cumulative investment and the same-as-last-month flag derived in SQL (SPEC 4.5). */
export function reportsByProjects(
  db: DatabaseOrTransaction,
  projectIds: readonly string[],
): Promise<MonthlyReportRow[]> {
  const byProject = sql`PARTITION BY ${monthlyReports.projectId} ORDER BY ${monthlyReports.month}`;
  return db
    .select({
      ...getTableColumns(monthlyReports),
      cumulativeInvestment: sql<string>`(sum(${monthlyReports.investment}) OVER (${byProject}))::text`,
      sameAsPrevious: sql<boolean>`coalesce(
        lag(${monthlyReports.investment}) OVER (${byProject}) = ${monthlyReports.investment}
        AND lag(${monthlyReports.note}) OVER (${byProject}) IS NOT DISTINCT FROM ${monthlyReports.note}, false)`,
    })
    .from(monthlyReports)
    .where(inArray(monthlyReports.projectId, [...projectIds]))
    .orderBy(asc(monthlyReports.month));
}
