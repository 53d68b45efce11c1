import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../lib/dates.ts';
import { OUTER_PROJECT_ID } from '../../lib/sql.ts';

export type MilestoneStatus = 'DONE' | 'OVERDUE' | 'DUE_SOON' | 'PENDING';

/** A node planned this many days ahead or fewer is due soon. */
export const DUE_SOON_DAYS = 15;

type Node = { plannedOn: string | null; actualOn: string | null };

/**
 * A node's status as of a day (SPEC 4.2). A node done after that day was not done yet then, so the
 * state of any past day can be shown.
 */
export function milestoneStatus(node: Node, asOf: string): MilestoneStatus {
  if (node.actualOn !== null && node.actualOn <= asOf) return 'DONE';
  if (node.plannedOn === null) return 'PENDING';
  if (node.plannedOn < asOf) return 'OVERDUE';
  if (node.plannedOn <= addDays(asOf, DUE_SOON_DAYS)) return 'DUE_SOON';
  return 'PENDING';
}

/** Done late: finished after its planned date. */
export const isLate = (node: Node) =>
  node.actualOn !== null && node.plannedOn !== null && node.actualOn > node.plannedOn;

/**
 * Late against the baseline, the first plan (SPEC 4.2): done after it, or still open past it. A
 * plan moved later hides no lateness this way.
 */
export function isLateAgainstBaseline(node: Node & { baselineOn: string | null }, asOf: string): boolean {
  if (node.baselineOn === null) return false;
  if (node.actualOn !== null && node.actualOn <= asOf) return node.actualOn > node.baselineOn;
  return node.baselineOn < asOf;
}

/** Days the plan has moved from the baseline; null without both. */
export function slipDays(node: { plannedOn: string | null; baselineOn: string | null }): number | null {
  if (node.plannedOn === null || node.baselineOn === null) return null;
  return Math.round((Date.parse(node.plannedOn) - Date.parse(node.baselineOn)) / 86_400_000);
}

// The same rule in SQL, for lists filtered or sorted by it; milestone.rules.test.ts keeps both in step.
const openAsOf = (asOf: string) => sql`(m.actual_on IS NULL OR m.actual_on > ${asOf}::date)`;

/** A `milestones m` row overdue as of the day: not done by then, planned before it. */
export function nodeOverdueSql(asOf: string): SQL<boolean> {
  return sql<boolean>`(${openAsOf(asOf)} AND m.planned_on < ${asOf}::date)`;
}

/** A `milestones m` row due by the day, and one of those done by its planned date (the race's 节点按期率). */
export const nodeDueSql = (asOf: string) => sql<boolean>`(m.planned_on <= ${asOf}::date)`;
export const nodeOnTimeSql = (asOf: string) =>
  sql<boolean>`(m.planned_on <= ${asOf}::date AND m.actual_on IS NOT NULL AND m.actual_on <= m.planned_on
    AND m.actual_on <= ${asOf}::date)`;

/** Whether the outer `projects` row has a node overdue as of the day. */
export function hasOverdueNodeSql(asOf: string): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = ${OUTER_PROJECT_ID}
    AND ${nodeOverdueSql(asOf)})`;
}

/** A `milestones m` row due within the next 15 days: not done, planned from the day on. */
export function nodeDueSoonSql(asOf: string): SQL<boolean> {
  return sql<boolean>`(${openAsOf(asOf)} AND m.planned_on BETWEEN ${asOf}::date AND ${addDays(asOf, DUE_SOON_DAYS)}::date)`;
}

/** Whether the outer `projects` row has a node due within the next 15 days. */
export function hasDueSoonNodeSql(asOf: string): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = ${OUTER_PROJECT_ID}
    AND ${nodeDueSoonSql(asOf)})`;
}

/** A node's status in SQL, over a `milestones m` row. */
export function milestoneStatusSql(asOf: string): SQL<MilestoneStatus> {
  return sql<MilestoneStatus>`CASE
    WHEN m.actual_on IS NOT NULL AND m.actual_on <= ${asOf}::date THEN 'DONE'
    WHEN m.planned_on IS NULL THEN 'PENDING'
    WHEN m.planned_on < ${asOf}::date THEN 'OVERDUE'
    WHEN m.planned_on <= ${addDays(asOf, DUE_SOON_DAYS)}::date THEN 'DUE_SOON'
    ELSE 'PENDING' END`;
}
