import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { projects, summaryState } from '@zdyq/db/schema';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { today } from '../../lib/dates.ts';
import { complianceStatusSql } from '../compliance/compliance.rules.ts';
import { lightSql, warningSql } from './light.ts';

/**
 * Each project's light, warnings and compliance status as of today, kept in `project_summaries`
 * so that lists filter and count by them with an index instead of running the rules for every
 * project. The values come from the rules themselves (light.ts, compliance.rules.ts): written in
 * the transaction of every change that can move them, and for every project when the day turns
 * (what is overdue depends on the date). A summary is used only while `summary_state` says every
 * project's was computed for today; until then the lists run the rules as before.
 */

type Scope = 'all' | readonly string[] | SQL;

/** Recomputes the summaries of some projects (or all) as of a day, by the rules. */
export async function refreshSummaries(db: DatabaseOrTransaction, scope: Scope, asOf: string = today()): Promise<void> {
  if (Array.isArray(scope) && scope.length === 0) return;
  const where = scope === 'all' ? sql`true` : Array.isArray(scope) ? inArray(projects.id, [...scope]) : (scope as SQL);
  await db.execute(sql`INSERT INTO project_summaries
      (project_id, as_of, light, has_overdue_node, has_overdue_problem, compliance_status, updated_at)
    SELECT ${projects.id}, ${asOf}::date, ${lightSql(asOf)}, ${warningSql('OVERDUE_NODE', asOf)},
      ${warningSql('OVERDUE_PROBLEM', asOf)}, ${complianceStatusSql(asOf)}, now()
    FROM projects WHERE ${where}
    ON CONFLICT (project_id) DO UPDATE SET as_of = excluded.as_of, light = excluded.light,
      has_overdue_node = excluded.has_overdue_node, has_overdue_problem = excluded.has_overdue_problem,
      compliance_status = excluded.compliance_status, updated_at = excluded.updated_at`);
  if (scope === 'all') {
    await db
      .insert(summaryState)
      .values({ id: 1, freshOn: asOf, refreshedAt: new Date() })
      .onConflictDoUpdate({ target: summaryState.id, set: { freshOn: asOf, refreshedAt: new Date() } });
  }
}

/** Whether every project's summary was computed for this day (so lists may use them). */
export async function summariesFreshFor(db: DatabaseOrTransaction, asOf: string): Promise<boolean> {
  if (asOf !== today()) return false;
  const [state] = await db.select({ freshOn: summaryState.freshOn }).from(summaryState);
  return state?.freshOn === asOf;
}

// Any fixed number: one instance recomputes all summaries when the day turns.
const REFRESH_LOCK = 727_100_005;

/** When the day has turned (or never yet), recomputes every summary; one instance does it, the others skip. */
export async function refreshSummariesWhenStale(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [lock] = await rowsOf<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS locked`,
    );
    if (!lock?.locked) return false;
    if (await summariesFreshFor(tx, today())) return false;
    await refreshSummaries(tx, 'all');
    return true;
  });
}

/** The condition "the outer project's summary says …", for lists while summaries are fresh. */
export function summarySql(condition: SQL): SQL<boolean> {
  return sql<boolean>`${projects.id} IN (SELECT s.project_id FROM project_summaries s WHERE ${condition})`;
}

/**
 * A project's judged value as of a day: its summary's when the summary was computed for that day,
 * else the rule's. A summary row for the day is as good as the rule (it is rewritten with every
 * change), so per-row reads need not wait for every summary to be fresh.
 */
export function summaryOrRule<T extends string>(
  column: 'light' | 'compliance_status',
  asOf: string,
  rule: SQL<T>,
): SQL<T> {
  return sql<T>`coalesce((SELECT s.${sql.raw(column)} FROM project_summaries s
    WHERE s.project_id = ${projects.id} AND s.as_of = ${asOf}::date), ${rule})`;
}
