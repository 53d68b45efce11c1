import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { industryEnum, projects, stageEnum, targets, trimDecimal } from '@zdyq/db/schema';
import { eq, type SQL, sql } from 'drizzle-orm';
import { OUTER_PROJECT_ID } from '../../lib/sql.ts';
import { stageAsOfSql, warningSql } from '../project/light.ts';
import { notTerminatedSql, rules, signedInSql, yearOf } from '../target/target.rules.ts';
import { listScoreWeights } from '../target/target.service.ts';
import type { UnitRow } from '../unit/unit.service.ts';

/** Rows of a raw statement, the same on PGlite and node-postgres. */
async function rowsOf<T>(db: DatabaseOrTransaction, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const money = sql<string>`coalesce(sum(${projects.totalInvestment}), 0)::text`;
const count = sql<number>`count(*)::int`;

/** Projects by the stage they stood at on the day (count and 亿元). */
export async function stageFunnel(db: DatabaseOrTransaction, asOf: string) {
  const rows = await rowsOf<{ stage: string; count: number; investment: string }>(
    db,
    sql`SELECT s.stage, count(*)::int AS count, coalesce(sum(s.total), 0)::text AS investment
        FROM (SELECT ${stageAsOfSql(asOf)} AS stage, ${projects.totalInvestment} AS total FROM projects) AS s
        WHERE s.stage IS NOT NULL GROUP BY s.stage`,
  );
  return stageEnum.enumValues.map((s) => {
    const row = rows.find((r) => r.stage === s);
    return { stage: s, count: row?.count ?? 0, investment: trimDecimal(row?.investment ?? '0') };
  });
}

/** Live projects (logged by the day, not terminated) by industry. */
export async function byIndustry(db: DatabaseOrTransaction, asOf: string) {
  const rows = await db
    .select({ industry: projects.industry, count, investment: money })
    .from(projects)
    .where(sql`${projects.createdAt} < (${asOf}::date + 1) AND ${notTerminatedSql(asOf)}`)
    .groupBy(projects.industry);
  return industryEnum.enumValues.map((i) => {
    const row = rows.find((r) => r.industry === i);
    return { industry: i, count: row?.count ?? 0, investment: row?.investment ?? '0' };
  });
}

/** Signings in each of the 24 months up to the day's month (terminated ones included: they were signed). */
export function signingsByMonth(db: DatabaseOrTransaction, asOf: string) {
  return rowsOf<{ month: string; count: number; investment: string }>(
    db,
    sql`SELECT to_char(m, 'YYYY-MM') AS month, count(projects.id)::int AS count,
          coalesce(sum(projects.total_investment), 0)::text AS investment
        FROM generate_series(date_trunc('month', ${asOf}::date) - interval '23 months',
                             date_trunc('month', ${asOf}::date), interval '1 month') AS m
        LEFT JOIN projects ON date_trunc('month', projects.signed_on) = m AND projects.signed_on <= ${asOf}::date
        GROUP BY m ORDER BY m`,
  );
}

export type Warnings = {
  overdueNodes: number;
  projectsWithOverdueNodes: number;
  overdueProblems: number;
  projectsWithOverdueProblems: number;
  nonCompliantProjects: number;
};

export async function warnings(db: DatabaseOrTransaction, asOf: string): Promise<Warnings> {
  const [row] = await db
    .select({
      overdueNodes: sql<number>`(SELECT count(*) FROM milestones m JOIN projects q ON q.id = m.project_id
        WHERE q.stage <> 'TERMINATED' AND (m.actual_on IS NULL OR m.actual_on > ${asOf}::date)
          AND m.planned_on < ${asOf}::date)::int`,
      projectsWithOverdueNodes: sql<number>`count(*) FILTER (WHERE ${warningSql('OVERDUE_NODE', asOf)})::int`,
      overdueProblems: sql<number>`(SELECT count(*) FROM problems p
        WHERE p.status IN ('OPEN', 'IN_PROGRESS') AND p.due_on < ${asOf}::date)::int`,
      projectsWithOverdueProblems: sql<number>`count(*) FILTER (WHERE ${warningSql('OVERDUE_PROBLEM', asOf)})::int`,
      nonCompliantProjects: sql<number>`count(*) FILTER (WHERE ${warningSql('NON_COMPLIANT', asOf)})::int`,
    })
    .from(projects);
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

export type UnitRaceRowModel = {
  unit: UnitRow;
  newMajor10Signings: number;
  major50Signings: number;
  landingRate: number | null;
  nodesOnTimePercent: number | null;
  overdueProblems: number;
  reportsOnTimePercent: number | null;
  score: number;
  rank: number;
};

type RaceFigures = {
  id: string;
  name: string;
  kind: UnitRow['kind'];
  sort_order: number;
  new10: number;
  major50: number;
  signed_year: number;
  landed_year: number;
  nodes_due: number;
  nodes_on_time: number;
  overdue_problems: number;
  reports_needed: number;
  reports_in: number;
};

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The month before the day's month, "YYYY-MM", and its last day. */
function previousMonth(asOf: string): { month: string; lastDay: string } {
  const first = new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`);
  const last = new Date(first.getTime() - 86_400_000);
  return { month: last.toISOString().slice(0, 7), lastDay: last.toISOString().slice(0, 10) };
}

/**
 * 赛马: every unit that leads a project, with its figures counted in SQL and a composite score.
 * Counts are scored against the best unit (best = 100), percentages as they are, overdue problems
 * inverted against the worst; a missing percentage scores 0. The weights are data (ADMIN edits them).
 */
export async function unitRace(db: DatabaseOrTransaction, asOf: string): Promise<UnitRaceRowModel[]> {
  const [target] = await db.select().from(targets).where(eq(targets.code, 'NEW_MFG_10YI'));
  const period = { start: target?.periodStart ?? '2021-01-01', end: target?.periodEnd ?? '2023-12-31' };
  const year = yearOf(asOf);
  const { month, lastDay } = previousMonth(asOf);
  const figures = await rowsOf<RaceFigures>(
    db,
    sql`SELECT units.id, units.name, units.kind, units.sort_order,
      count(projects.id) FILTER (WHERE ${rules.NEW_MFG_10YI.counted(period, asOf)})::int AS new10,
      count(projects.id) FILTER (WHERE ${projects.totalInvestment} >= 50 AND ${signedInSql(period, asOf)}
        AND ${notTerminatedSql(asOf)})::int AS major50,
      count(projects.id) FILTER (WHERE ${signedInSql(year, asOf)})::int AS signed_year,
      count(projects.id) FILTER (WHERE ${signedInSql(year, asOf)} AND ${projects.startedOn} <= ${asOf}::date)::int AS landed_year,
      (SELECT count(*) FROM milestones m JOIN projects q ON q.id = m.project_id
        WHERE q.lead_unit_id = units.id AND q.stage <> 'TERMINATED' AND m.planned_on <= ${asOf}::date)::int AS nodes_due,
      (SELECT count(*) FROM milestones m JOIN projects q ON q.id = m.project_id
        WHERE q.lead_unit_id = units.id AND q.stage <> 'TERMINATED' AND m.planned_on <= ${asOf}::date
          AND m.actual_on IS NOT NULL AND m.actual_on <= m.planned_on AND m.actual_on <= ${asOf}::date)::int AS nodes_on_time,
      (SELECT count(*) FROM problems p JOIN projects q ON q.id = p.project_id
        WHERE q.lead_unit_id = units.id AND p.status IN ('OPEN', 'IN_PROGRESS') AND p.due_on < ${asOf}::date)::int
        AS overdue_problems,
      count(projects.id) FILTER (WHERE ${projects.startedOn} <= ${lastDay}::date
        AND (${projects.terminatedOn} IS NULL OR ${projects.terminatedOn} > ${lastDay}::date))::int AS reports_needed,
      count(projects.id) FILTER (WHERE ${projects.startedOn} <= ${lastDay}::date
        AND (${projects.terminatedOn} IS NULL OR ${projects.terminatedOn} > ${lastDay}::date)
        AND EXISTS (SELECT 1 FROM monthly_reports r WHERE r.project_id = ${OUTER_PROJECT_ID} AND r.month = ${month}
          AND r.created_at < (${asOf}::date + 1)))::int AS reports_in
    FROM units JOIN projects ON ${projects.leadUnitId} = units.id
    WHERE ${projects.createdAt} < (${asOf}::date + 1)
    GROUP BY units.id`,
  );
  const weights = new Map((await listScoreWeights(db)).map((w) => [w.key, w.weight]));
  const best = (f: (r: RaceFigures) => number) => Math.max(0, ...figures.map(f));
  const maxNew10 = best((r) => r.new10);
  const maxMajor50 = best((r) => r.major50);
  const maxOverdue = best((r) => r.overdue_problems);
  const scale = (value: number, max: number) => (max === 0 ? 0 : (value / max) * 100);
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;

  const scored = figures.map((r) => {
    const landingRate = percent(r.landed_year, r.signed_year);
    const nodesOnTimePercent = percent(r.nodes_on_time, r.nodes_due);
    const reportsOnTimePercent = percent(r.reports_in, r.reports_needed);
    const parts: Record<string, number> = {
      NEW_10YI_SIGNINGS: scale(r.new10, maxNew10),
      MAJOR_50_SIGNINGS: scale(r.major50, maxMajor50),
      LANDING_RATE: landingRate ?? 0,
      NODES_ON_TIME: nodesOnTimePercent ?? 0,
      OVERDUE_PROBLEMS: maxOverdue === 0 ? 100 : 100 - scale(r.overdue_problems, maxOverdue),
      REPORTS_ON_TIME: reportsOnTimePercent ?? 0,
    };
    const score =
      Object.entries(parts).reduce((sum, [key, value]) => sum + (weights.get(key) ?? 0) * value, 0) / totalWeight;
    return {
      unit: { id: r.id, name: r.name, kind: r.kind, sortOrder: r.sort_order } as UnitRow,
      newMajor10Signings: r.new10,
      major50Signings: r.major50,
      landingRate,
      nodesOnTimePercent,
      overdueProblems: r.overdue_problems,
      reportsOnTimePercent,
      score: Math.round(score * 10) / 10,
      rank: 0,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'zh'));
  // Equal scores share a rank.
  scored.forEach((row, i) => {
    row.rank = i > 0 && scored[i - 1]?.score === row.score ? (scored[i - 1]?.rank ?? i + 1) : i + 1;
  });
  return scored;
}

export type DashboardModel = { asOf: string };
