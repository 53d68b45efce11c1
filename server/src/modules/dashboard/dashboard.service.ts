import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { industryEnum, projects, stageEnum, trimDecimal } from '@zdyq/db/schema';
import { type SQL, sql } from 'drizzle-orm';
import { problemOverdueSql } from '../problem/problem.rules.ts';
import { stageAsOfSql, warningSql } from '../project/light.ts';
import { nodeOverdueSql } from '../project/milestone.rules.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { summariesFreshFor } from '../project/summary.ts';
import { andInView, inView, type RegionView } from '../region/region.service.ts';

const money = sql<string>`coalesce(sum(${projects.totalInvestment}), 0)::text`;
const count = sql<number>`count(*)::int`;

/** Projects by the stage they stood at on the day (count and 亿元). */
export async function stageFunnel(db: DatabaseOrTransaction, asOf: string, view: RegionView) {
  const rows = await rowsOf<{ stage: string; count: number; investment: string }>(
    db,
    sql`SELECT s.stage, count(*)::int AS count, coalesce(sum(s.total), 0)::text AS investment
        FROM (SELECT ${stageAsOfSql(asOf)} AS stage, ${projects.totalInvestment} AS total FROM projects
          WHERE TRUE ${andInView(view, '"projects"')}) AS s
        WHERE s.stage IS NOT NULL GROUP BY s.stage`,
  );
  return stageEnum.enumValues.map((s) => {
    const row = rows.find((r) => r.stage === s);
    return { stage: s, count: row?.count ?? 0, investment: trimDecimal(row?.investment ?? '0') };
  });
}

/** Live projects (logged by the day, not terminated) by industry. */
export async function byIndustry(db: DatabaseOrTransaction, asOf: string, view: RegionView) {
  const rows = await db
    .select({ industry: projects.industry, count, investment: money })
    .from(projects)
    .where(
      sql`${projects.createdAt} < (${asOf}::date + 1) AND ${notTerminatedSql(asOf)} ${andInView(view, '"projects"')}`,
    )
    .groupBy(projects.industry);
  return industryEnum.enumValues.map((i) => {
    const row = rows.find((r) => r.industry === i);
    return { industry: i, count: row?.count ?? 0, investment: row?.investment ?? '0' };
  });
}

/** Signings in each of the 24 months up to the day's month (terminated ones included: they were signed). */
export function signingsByMonth(db: DatabaseOrTransaction, asOf: string, view: RegionView) {
  return rowsOf<{ month: string; count: number; investment: string }>(
    db,
    sql`SELECT to_char(m, 'YYYY-MM') AS month, count(projects.id)::int AS count,
          coalesce(sum(projects.total_investment), 0)::text AS investment
        FROM generate_series(date_trunc('month', ${asOf}::date) - interval '23 months',
                             date_trunc('month', ${asOf}::date), interval '1 month') AS m
        LEFT JOIN projects ON date_trunc('month', projects.signed_on) = m AND projects.signed_on <= ${asOf}::date
          ${andInView(view, '"projects"')}
        GROUP BY m ORDER BY m`,
  );
}

/** Overdue nodes of projects not terminated by the day (of one lead unit, given its id as SQL; of a view's regions). */
export const overdueNodeCountSql = (asOf: string, leadUnitId?: SQL, view?: RegionView) =>
  sql<number>`(SELECT count(*) FROM milestones m JOIN projects q ON q.id = m.project_id
    WHERE ${notTerminatedSql(asOf, 'q')} AND ${nodeOverdueSql(asOf)}
      ${leadUnitId ? sql`AND q.lead_unit_id = ${leadUnitId}` : sql``} ${view ? andInView(view, 'q') : sql``})::int`;

/** Problems overdue on the day (of one lead unit, given its id as SQL; of a view's regions). */
export const overdueProblemCountSql = (asOf: string, leadUnitId?: SQL, view?: RegionView) =>
  sql<number>`(SELECT count(*) FROM problems p WHERE ${problemOverdueSql(asOf, 'p')}
    ${leadUnitId ? sql`AND p.lead_unit_id = ${leadUnitId}` : sql``} ${view ? andInView(view, 'p') : sql``})::int`;

export type Warnings = {
  overdueNodes: number;
  projectsWithOverdueNodes: number;
  overdueProblems: number;
  projectsWithOverdueProblems: number;
  nonCompliantProjects: number;
};

/**
 * The warnings of the dashboard, each counted by the same rule as the list it links to:
 * `projects(filter: { warning })` and `problems(filter: { overdue: true })`.
 */
export async function warnings(db: DatabaseOrTransaction, asOf: string, view: RegionView): Promise<Warnings> {
  if (await summariesFreshFor(db, asOf)) {
    // Today, from the summaries: the same rules, judged when each project last changed.
    const [row] = await rowsOf<Warnings>(
      db,
      sql`SELECT
        ${overdueNodeCountSql(asOf, undefined, view)} AS "overdueNodes",
        count(*) FILTER (WHERE s.has_overdue_node)::int AS "projectsWithOverdueNodes",
        ${overdueProblemCountSql(asOf, undefined, view)} AS "overdueProblems",
        count(*) FILTER (WHERE s.has_overdue_problem)::int AS "projectsWithOverdueProblems",
        count(*) FILTER (WHERE s.compliance_status = 'NON_COMPLIANT')::int AS "nonCompliantProjects"
        FROM project_summaries s WHERE TRUE ${andInView(view, 's')}`,
    );
    if (row) return row;
  }
  const [row] = await db
    .select({
      overdueNodes: overdueNodeCountSql(asOf, undefined, view),
      projectsWithOverdueNodes: sql<number>`count(*) FILTER (WHERE ${warningSql('OVERDUE_NODE', asOf)})::int`,
      overdueProblems: overdueProblemCountSql(asOf, undefined, view),
      projectsWithOverdueProblems: sql<number>`count(*) FILTER (WHERE ${warningSql('OVERDUE_PROBLEM', asOf)})::int`,
      nonCompliantProjects: sql<number>`count(*) FILTER (WHERE ${warningSql('NON_COMPLIANT', asOf)})::int`,
    })
    .from(projects)
    .where(inView(projects.regionId, view));
  return (
    row ?? {
      overdueNodes: 0,
      projectsWithOverdueNodes: 0,
      overdueProblems: 0,
      projectsWithOverdueProblems: 0,
      nonCompliantProjects: 0,
    }
  );
}

export type DashboardModel = { asOf: string; view: RegionView };
