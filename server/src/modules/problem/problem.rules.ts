import type { Role } from '@zdyq/db/schema';
import { escalationLevels, type ProblemStatus } from '@zdyq/db/values';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { today } from '../../lib/dates.ts';
import { endOfDaySql, OUTER_PROJECT_ID } from '../../lib/sql.ts';
import { terminatedSql } from '../project/project.rules.ts';

export type { ProblemStatus } from '@zdyq/db/values';
export type EscalationLevel = 'UNIT' | 'LEADER' | 'MEETING';
export type ProblemAction =
  | 'START'
  | 'RESOLVE'
  | 'REOPEN'
  | 'CLOSE'
  | 'ESCALATE'
  | 'NOTE'
  | 'INSTRUCT'
  | 'EXTEND'
  | 'HAND_OVER';

/**
 * The status machine of SPEC 4.4 as one table: from each status, the statuses it may move to, the
 * action that does it, and who may. "workers" are users of the lead unit or a co-unit; "raiser" is
 * whoever raised the problem. ADMIN may do everything.
 */
export const statusTransitions: ReadonlyArray<{
  from: ProblemStatus;
  to: ProblemStatus;
  action: ProblemAction;
  by: 'workers' | 'raiser';
}> = [
  { from: 'OPEN', to: 'IN_PROGRESS', action: 'START', by: 'workers' },
  { from: 'IN_PROGRESS', to: 'RESOLVED', action: 'RESOLVE', by: 'workers' },
  { from: 'RESOLVED', to: 'IN_PROGRESS', action: 'REOPEN', by: 'workers' },
  { from: 'RESOLVED', to: 'CLOSED', action: 'CLOSE', by: 'raiser' },
];

/** UNIT → LEADER (区领导) → MEETING (专题协调会); one level at a time. */
export const levels: readonly EscalationLevel[] = escalationLevels;

/** A level (a column or an expression) beyond the unit: escalated to leaders or a meeting. */
export const escalatedSql = (level: SQL | AnyColumn) => sql<boolean>`(${level} <> ${levels[0]})`;

export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return levels[levels.indexOf(level) + 1] ?? null;
}

/** A problem still being worked on. */
export const openStatuses = ['OPEN', 'IN_PROGRESS'] as const satisfies readonly ProblemStatus[];
export const isOpen = (status: ProblemStatus) => (openStatuses as readonly ProblemStatus[]).includes(status);
/** A status (a column or an expression of one, e.g. the status on a past day) that is open. */
export const openStatusSql = (status: SQL | AnyColumn) =>
  sql<boolean>`(${status} IN (${sql.join(
    openStatuses.map((s) => sql`${s}`),
    sql`, `,
  )}))`;

/** A level's rank among `levels`, 1 the unit's own: the worst of several is the highest. */
export const levelRankSql = (level: SQL | AnyColumn) =>
  sql<number>`array_position(${sql.raw(`ARRAY[${levels.map((l) => `'${l}'`).join(',')}]::text[]`)}, ${level}::text)`;
/** The level of a rank (levelRankSql), null for none. */
export const levelOfRank = (rank: number | null) => (rank ? (levels[rank - 1] ?? null) : null);

/**
 * The outer `projects` row's open problems: how many, and the rank of the worst level among them
 * (Project.openProblemCount and worstOpenProblemLevel).
 */
export const openProblemsOfProjectSql = {
  count: sql<number>`(SELECT count(*)::int FROM problems x WHERE x.project_id = ${OUTER_PROJECT_ID}
    AND ${openStatusSql(sql.raw('x.status'))})`,
  worstRank: sql<number | null>`(SELECT max(${levelRankSql(sql.raw('x.level'))}) FROM problems x
    WHERE x.project_id = ${OUTER_PROJECT_ID} AND ${openStatusSql(sql.raw('x.status'))})`,
};

/** Days past due after which the sweep raises a problem to LEADER, and then to MEETING. */
export const AUTO_ESCALATION_DAYS: Record<Exclude<EscalationLevel, 'UNIT'>, number> = { LEADER: 15, MEETING: 30 };

type Viewer = { id: string; role: Role; unitId: string | null };
type Subject = { status: ProblemStatus; level: EscalationLevel; leadUnitId: string; raisedById: string | null };

/** What a user may do with a problem now: the one answer the API enforces and the web shows. */
export function allowedActions(viewer: Viewer, problem: Subject, coUnitIds: readonly string[]): ProblemAction[] {
  const admin = viewer.role === 'ADMIN';
  const worker = viewer.unitId !== null && (viewer.unitId === problem.leadUnitId || coUnitIds.includes(viewer.unitId));
  const raiser = problem.raisedById !== null && problem.raisedById === viewer.id;
  const actions: ProblemAction[] = [];
  for (const t of statusTransitions) {
    if (t.from !== problem.status) continue;
    if (admin || (t.by === 'workers' ? worker : raiser)) actions.push(t.action);
  }
  const leader = viewer.role === 'LEADER';
  const lead = viewer.unitId !== null && viewer.unitId === problem.leadUnitId;
  if ((leader || admin) && isOpen(problem.status) && nextLevel(problem.level)) actions.push('ESCALATE');
  // A later due date: asked for by the lead unit or granted by whoever assigned it; recorded with its reason.
  if (isOpen(problem.status) && (admin || lead || raiser)) actions.push('EXTEND');
  // Another lead unit: decided by ADMIN or a leader, never by a unit itself.
  if (isOpen(problem.status) && (admin || leader)) actions.push('HAND_OVER');
  if (problem.status !== 'CLOSED') {
    if (leader) actions.push('INSTRUCT');
    else if (admin || worker || raiser) actions.push('NOTE');
  }
  return actions;
}

/**
 * The same rules in SQL, over a `problems` row named by `alias`, so lists, lights, warnings and the
 * race count one way. A problem's status on a past day is replayed from its timeline (SPEC 5.2):
 * the last status change written by the end of that day, else OPEN.
 */
export function problemStatusAsOfSql(asOf: string, alias = 'p'): SQL<ProblemStatus> {
  const p = sql.raw(alias);
  if (asOf >= today()) return sql<ProblemStatus>`${p}.status`;
  return sql<ProblemStatus>`coalesce((SELECT u.to_status FROM problem_updates u
    WHERE u.problem_id = ${p}.id AND u.to_status IS NOT NULL AND u.at < ${endOfDaySql(asOf)}
    ORDER BY u.at DESC, u.seq DESC LIMIT 1), 'OPEN')`;
}

/**
 * A problem's due date on a past day, replayed from its extensions: the last one granted by the end
 * of that day, else the date before the first one, else the date it has.
 */
export function problemDueAsOfSql(asOf: string, alias = 'p'): SQL<string | null> {
  const p = sql.raw(alias);
  if (asOf >= today()) return sql`${p}.due_on`;
  return sql`coalesce(
    (SELECT u.to_due_on FROM problem_updates u WHERE u.problem_id = ${p}.id AND u.kind = 'EXTENSION'
      AND u.at < ${endOfDaySql(asOf)} ORDER BY u.at DESC, u.seq DESC LIMIT 1),
    (SELECT u.from_due_on FROM problem_updates u WHERE u.problem_id = ${p}.id AND u.kind = 'EXTENSION'
      ORDER BY u.at, u.seq LIMIT 1),
    ${p}.due_on)`;
}

/**
 * Overdue as of a day (SPEC 4.4): raised by then, open or in progress then, due before it (the due
 * date of that day, extensions replayed), and its project not terminated by then (a terminated
 * project's problems are chased no more).
 */
export function problemOverdueSql(asOf: string, alias = 'p'): SQL<boolean> {
  const p = sql.raw(alias);
  return sql<boolean>`(${p}.created_at < ${endOfDaySql(asOf)}
    AND ${openStatusSql(problemStatusAsOfSql(asOf, alias))}
    AND ${problemDueAsOfSql(asOf, alias)} < ${asOf}::date
    AND NOT EXISTS (SELECT 1 FROM projects tp WHERE tp.id = ${p}.project_id AND ${terminatedSql(asOf, 'tp')}))`;
}
