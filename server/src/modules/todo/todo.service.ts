import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { interactions, investorConflicts, leads, projects, targetPeriods, targets, todoSeen } from '@zdyq/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { badInput } from '../../errors.ts';
import { addDays, monthBefore } from '../../lib/dates.ts';
import type { Actor } from '../access/policy.ts';
import { asksRectificationSql, checkInForceSql, inspectionDueSql } from '../compliance/compliance.rules.ts';
import { warnings } from '../dashboard/dashboard.service.ts';
import { followUpOwedSql } from '../lead/lead.rules.ts';
import { escalatedSql, openStatusSql, problemOverdueSql, problemStatusAsOfSql } from '../problem/problem.rules.ts';
import { DUE_SOON_DAYS, nodeDueSoonSql, nodeOverdueSql } from '../project/milestone.rules.ts';
import { onBattleMap, redOnly } from '../project/project.queries.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { type RegionView, regionView } from '../region/region.service.ts';
import { lastDueMonth, monthsToFile, reportDueOn, reportMissingSql, reportOverdue } from '../report/report.rules.ts';
import { reportDueDay } from '../report/report.settings.ts';

export type TodoKind =
  | 'NODE_DUE'
  | 'NODE_OVERDUE'
  | 'PROBLEM_DUE'
  | 'PROBLEM_OVERDUE'
  | 'DECISION_DUE'
  | 'DECISION_OVERDUE'
  | 'REPORT_MISSING'
  | 'REPORT_RETURNED'
  | 'REPORT_TO_REVIEW'
  | 'REPORT_NO_REVIEWER'
  | 'INSPECTION_DUE'
  | 'RECTIFY_DUE'
  | 'AWAITING_INSTRUCTION'
  | 'RED_PROJECT'
  | 'FOLLOW_UP_DUE'
  | 'LEAD_CONFLICT';

export type TodoItemModel = {
  /** Stable while the item stays what it is: "NODE_OVERDUE:<node id>", "RECTIFY_DUE:<check id>:late" … */
  key: string;
  seen: boolean;
  kind: TodoKind;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  projectId: string | null;
  problemId: string | null;
  leadId: string | null;
};

/** At most this many items of one kind: a to-do of thousands is read by no one, and the answer stays bounded. */
export const TODO_LIMIT_PER_KIND = 200;

type Row = {
  key: string;
  kind: TodoKind;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  projectId: string | null;
  problemId: string | null;
  /** What a lead's to-do is about; the statements of other kinds leave it out. */
  leadId?: string | null;
};

/** A row as a statement finds it: what the item is about (a project's, unit's or target's name) and its own words. */
type Found = Omit<Row, 'title'> & { subject: string; detail: string | null };

/**
 * What each to-do says, in Chinese, built from the data's names and values; the resolver says it in
 * the user's language through the message catalogue (i18n/en.ts), and the daily digest in Chinese.
 */
const TODO_TITLES = {
  // A node's name or a problem's title after its project's: the data's words, in no language of ours.
  about: (subject: string, detail: string | null) => `${subject}：${detail ?? ''}`,
  reportMissing: (project: string, month: string) => `${project}：${month} 月报未报`,
  reportToFile: (project: string, month: string) => `${project}：${month} 月报待填报`,
  reportReturned: (project: string, month: string, reason: string) => `${project}：${month} 月报被退回（${reason}）`,
  reportToReview: (project: string, month: string) => `${project}：${month} 月报待审核`,
  noReviewer: (unit: string, count: number) => `${unit}：${count} 份月报没有其他审核人，请审核或指定本单位审核人`,
  inspectionDue: (project: string) => `${project}：待履约检查`,
  rectifyBy: (project: string) => `${project}：整改期限`,
  red: (project: string) => `${project}：红灯`,
  followUp: (record: string, step: string | null) => (step ? `${record}：跟进（${step}）` : `${record}：跟进`),
  conflict: (first: string, second: string, matched: string) => `撞单：${first} 与 ${second}（${matched}）`,
  periodEnded: (target: string, end: string) => `指标“${target}”的考核期已于 ${end} 结束，请设置新的考核期`,
  districtNodes: (count: number) => `全区逾期节点 ${count} 个`,
  districtProblems: (count: number) => `全区逾期问题 ${count} 个`,
  districtReports: (month: string, count: number) => `${month} 月报未报 ${count} 个项目`,
};

/** Rows found, each titled by its words. */
async function titled(found: Promise<Found[]>, title: (row: Found) => string): Promise<Row[]> {
  return (await found).map(({ subject, detail, ...row }) => ({ ...row, title: title({ ...row, subject, detail }) }));
}

/**
 * 我的待办 (SPEC 7.1): what the signed-in user has to do as of a day, computed from the data in one
 * request by the rules the lists and lights use (nodes 4.2, problems 4.4, reports 4.5, inspections 6),
 * overdue first, then by due date.
 *
 * - PROMOTER: their unit's nodes overdue or due within 15 days, open problems and 议定事项 their unit
 *   leads or co-operates on, the month's missing reports, its reports returned by the reviewer
 *   (and, for the unit's reviewer, the reports of this month and last to review).
 * - INSPECTOR: projects due for inspection; rectify-by dates passed or within 15 days.
 * - LEADER: problems escalated to leaders or a meeting with no instruction since; the red ≥50亿
 *   projects they are 包联领导 of (every red ≥50亿 project when they are of none).
 * - ADMIN: the district's overdue nodes and problems and missing reports, as counts; units whose
 *   filed reports have no reviewer of their own but the one who filed them.
 * - SECURITY_ADMIN and AUDITOR have no project work: an empty list.
 */
export async function myTodo(db: DatabaseOrTransaction, actor: Actor, asOf: string): Promise<TodoItemModel[]> {
  const parts: Array<Promise<Row[]>> = [];
  switch (actor.role) {
    case 'PROMOTER':
      parts.push(followUps(db, asOf, actor));
      if (actor.unitId) {
        parts.push(
          nodes(db, asOf, actor.unitId),
          problems(db, asOf, actor.unitId),
          missingReports(db, asOf, actor.unitId),
          reportReviews(db, asOf, actor),
        );
      }
      break;
    case 'INSPECTOR':
      parts.push(inspections(db, asOf), rectifications(db, asOf));
      break;
    case 'LEADER':
      parts.push(awaitingInstruction(db, asOf), redProjects(db, asOf, actor));
      break;
    case 'ADMIN':
      parts.push(
        regionView(db, actor, null).then((view) => districtCounts(db, asOf, view)),
        reportsWithoutReviewer(db, asOf),
        periodsEnded(db, asOf, actor.regionId),
        followUps(db, asOf, actor),
        conflicts(db),
      );
      break;
    default:
      break;
  }
  const items = (await Promise.all(parts)).flat();
  const seen = await seenKeys(
    db,
    actor.id,
    items.map((i) => i.key),
  );
  return items
    .map((i) => ({ ...i, seen: seen.has(i.key) }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
        a.title.localeCompare(b.title, 'zh'),
    )
    .map((i) => ({ ...i, leadId: i.leadId ?? null }));
}

async function seenKeys(db: DatabaseOrTransaction, userId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: todoSeen.itemKey })
    .from(todoSeen)
    .where(and(eq(todoSeen.userId, userId), inArray(todoSeen.itemKey, [...keys])));
  return new Set(rows.map((r) => r.key));
}

/** The most keys marked seen in one call: a page of items, never an unbounded list. */
export const MAX_SEEN_KEYS = 2_000;

/** Marks items of the user's to-do as seen (opening 我的待办 does it); the number newly marked. */
export async function markTodoSeen(
  db: DatabaseOrTransaction,
  userId: string,
  keys: readonly string[],
): Promise<number> {
  const unique = [...new Set(keys)].filter((k) => k.length > 0 && k.length <= 200);
  if (unique.length === 0) return 0;
  if (unique.length > MAX_SEEN_KEYS) throw badInput('ids', `一次最多标记${MAX_SEEN_KEYS}项`);
  const inserted = await db
    .insert(todoSeen)
    .values(unique.map((itemKey) => ({ userId, itemKey })))
    .onConflictDoNothing()
    .returning({ key: todoSeen.itemKey });
  return inserted.length;
}

/** Seen marks of items long gone: the upkeep forgets them after 90 days. */
export async function purgeOldTodoSeen(db: DatabaseOrTransaction): Promise<number> {
  const gone = await db
    .delete(todoSeen)
    .where(sql`${todoSeen.seenAt} < now() - interval '90 days'`)
    .returning({ key: todoSeen.itemKey });
  return gone.length;
}

const projectLabel = sql`coalesce(${projects.name}, '')`;

function nodes(db: DatabaseOrTransaction, asOf: string, unitId: string) {
  const found = rowsOf<Found>(
    db,
    sql`SELECT CASE WHEN ${nodeOverdueSql(asOf)} THEN 'NODE_OVERDUE' ELSE 'NODE_DUE' END AS kind,
        CASE WHEN ${nodeOverdueSql(asOf)} THEN 'NODE_OVERDUE:' ELSE 'NODE_DUE:' END || m.id AS key,
        ${projectLabel} AS subject, m.name AS detail, m.planned_on::text AS "dueOn",
        ${nodeOverdueSql(asOf)} AS overdue, ${projects.id} AS "projectId", NULL AS "problemId"
      FROM milestones m JOIN ${projects} ON ${projects.id} = m.project_id
      WHERE ${projects.leadUnitId} = ${unitId} AND ${notTerminatedSql(asOf)}
        AND (${nodeOverdueSql(asOf)} OR ${nodeDueSoonSql(asOf)})
      ORDER BY m.planned_on LIMIT ${TODO_LIMIT_PER_KIND * 2}`,
  );
  return titled(found, (r) => TODO_TITLES.about(r.subject, r.detail));
}

/** Open problems and 议定事项 (problems decided at a meeting) my unit leads or co-operates on. */
function problems(db: DatabaseOrTransaction, asOf: string, unitId: string) {
  const kind = sql`(CASE WHEN p.meeting_id IS NULL THEN 'PROBLEM_' ELSE 'DECISION_' END
    || CASE WHEN ${problemOverdueSql(asOf)} THEN 'OVERDUE' ELSE 'DUE' END)`;
  const found = rowsOf<Found>(
    db,
    sql`SELECT ${kind} AS kind, ${kind} || ':' || p.id AS key,
        ${projectLabel} AS subject, p.title AS detail, p.due_on::text AS "dueOn",
        coalesce(${problemOverdueSql(asOf)}, false) AS overdue, p.project_id AS "projectId", p.id AS "problemId"
      FROM problems p JOIN ${projects} ON ${projects.id} = p.project_id
      WHERE (p.lead_unit_id = ${unitId} OR EXISTS (SELECT 1 FROM problem_co_units c WHERE c.problem_id = p.id AND c.unit_id = ${unitId}))
        AND p.created_at < (${asOf}::date + 1)
        AND ${openStatusSql(problemStatusAsOfSql(asOf))} AND ${notTerminatedSql(asOf)}
      ORDER BY p.due_on NULLS LAST LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return titled(found, (r) => TODO_TITLES.about(r.subject, r.detail));
}

/**
 * Reports of the unit's projects not filed for the month before and the day's month (SPEC 4.5): to file
 * until the due day, with it as the due date; missing, and overdue, from the day after.
 */
async function missingReports(db: DatabaseOrTransaction, asOf: string, unitId: string) {
  const dueDay = await reportDueDay(db);
  const perMonth = monthsToFile(asOf).map((month) => {
    const dueOn = reportDueOn(month, dueDay);
    const late = reportOverdue(month, asOf, dueDay);
    const found = rowsOf<Found>(
      db,
      sql`SELECT 'REPORT_MISSING' AS kind, 'REPORT_MISSING:' || ${projects.id} || ':' || ${month} || ${late ? ':late' : ''} AS key,
          ${projectLabel} AS subject, NULL AS detail,
          ${dueOn}::text AS "dueOn", ${late}::boolean AS overdue, ${projects.id} AS "projectId", NULL AS "problemId"
        FROM ${projects}
        WHERE ${projects.leadUnitId} = ${unitId} AND ${reportMissingSql(month)}
        ORDER BY ${projects.code} LIMIT ${TODO_LIMIT_PER_KIND}`,
    );
    return titled(found, (r) =>
      late ? TODO_TITLES.reportMissing(r.subject, month) : TODO_TITLES.reportToFile(r.subject, month),
    );
  });
  return (await Promise.all(perMonth)).flat();
}

/**
 * Reports of the unit in months not closed: returned ones, to be filed again; and for the unit's
 * reviewer, those filed this month or last by someone else and not yet reviewed.
 */
function reportReviews(db: DatabaseOrTransaction, asOf: string, actor: Actor) {
  const since = monthBefore(asOf.slice(0, 7));
  const found = rowsOf<Found & { month: string }>(
    db,
    sql`SELECT CASE WHEN r.review_status = 'RETURNED' THEN 'REPORT_RETURNED' ELSE 'REPORT_TO_REVIEW' END AS kind,
        CASE WHEN r.review_status = 'RETURNED' THEN 'REPORT_RETURNED:' ELSE 'REPORT_TO_REVIEW:' END || r.id || ':' || r.version AS key,
        ${projectLabel} AS subject, r.month, coalesce(r.return_reason, '') AS detail,
        NULL AS "dueOn", false AS overdue, ${projects.id} AS "projectId", NULL AS "problemId"
      FROM monthly_reports r JOIN ${projects} ON ${projects.id} = r.project_id
      WHERE ${projects.leadUnitId} = ${actor.unitId}
        AND NOT EXISTS (SELECT 1 FROM report_month_closures c WHERE c.month = r.month)
        AND (r.review_status = 'RETURNED'
          OR (r.review_status = 'SUBMITTED' AND r.month >= ${since}
            AND r.submitted_by_id IS DISTINCT FROM ${actor.id}
            AND EXISTS (SELECT 1 FROM users u WHERE u.id = ${actor.id} AND u.report_reviewer)))
      ORDER BY r.month, ${projects.code} LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return found.then((rows) =>
    rows.map(({ subject, detail, month, ...row }) => ({
      ...row,
      title:
        row.kind === 'REPORT_RETURNED'
          ? TODO_TITLES.reportReturned(subject, month, detail ?? '')
          : TODO_TITLES.reportToReview(subject, month),
    })),
  );
}

/**
 * Reports filed this month or last, not yet reviewed, whose unit has no active reviewer but the one
 * who filed them: nobody reviews their own figures, so ADMIN reviews them or names a reviewer.
 */
function reportsWithoutReviewer(db: DatabaseOrTransaction, asOf: string) {
  const since = monthBefore(asOf.slice(0, 7));
  const found = rowsOf<Found & { count: number }>(
    db,
    sql`SELECT 'REPORT_NO_REVIEWER' AS kind, 'REPORT_NO_REVIEWER:' || u.id || ':' || count(*) AS key,
        u.name AS subject, NULL AS detail, count(*)::int AS count,
        NULL AS "dueOn", false AS overdue, NULL AS "projectId", NULL AS "problemId"
      FROM monthly_reports r JOIN ${projects} ON ${projects.id} = r.project_id JOIN units u ON u.id = ${projects.leadUnitId}
      WHERE r.review_status = 'SUBMITTED' AND r.month >= ${since}
        AND NOT EXISTS (SELECT 1 FROM report_month_closures c WHERE c.month = r.month)
        AND NOT EXISTS (SELECT 1 FROM users v WHERE v.active AND v.role = 'PROMOTER' AND v.report_reviewer
          AND v.unit_id = ${projects.leadUnitId} AND v.id IS DISTINCT FROM r.submitted_by_id)
      GROUP BY u.id, u.name, u.sort_order
      ORDER BY u.sort_order LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return found.then((rows) =>
    rows.map(({ subject, detail: _, count, ...row }) => ({ ...row, title: TODO_TITLES.noReviewer(subject, count) })),
  );
}

function inspections(db: DatabaseOrTransaction, asOf: string) {
  const found = rowsOf<Found>(
    db,
    sql`SELECT 'INSPECTION_DUE' AS kind, 'INSPECTION_DUE:' || ${projects.id} AS key, ${projectLabel} AS subject, NULL AS detail, NULL AS "dueOn",
        false AS overdue, ${projects.id} AS "projectId", NULL AS "problemId"
      FROM ${projects} WHERE ${inspectionDueSql(asOf)}
      ORDER BY ${projects.code} LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return titled(found, (r) => TODO_TITLES.inspectionDue(r.subject));
}

/**
 * The follow-up dates of the talks I recorded (SPEC 3.1), within DUE_SOON_DAYS or past — overdue the
 * day after — until a later talk on the same lead or project; not of a terminated project.
 */
function followUps(db: DatabaseOrTransaction, asOf: string, actor: Actor) {
  const late = sql`(i.follow_up_on < ${asOf}::date)`;
  const found = rowsOf<Found>(
    db,
    sql`SELECT 'FOLLOW_UP_DUE' AS kind,
        'FOLLOW_UP_DUE:' || i.id || CASE WHEN ${late} THEN ':late' ELSE '' END AS key,
        coalesce(${projects.name}, l.title) AS subject, i.next_step AS detail, i.follow_up_on::text AS "dueOn",
        ${late} AS overdue, ${projects.id} AS "projectId", NULL AS "problemId", i.lead_id AS "leadId"
      FROM ${interactions} i LEFT JOIN ${leads} l ON l.id = i.lead_id LEFT JOIN ${projects} ON ${projects.id} = i.project_id
      WHERE i.recorded_by_id = ${actor.id} AND ${followUpOwedSql('i')}
        AND i.follow_up_on <= ${addDays(asOf, DUE_SOON_DAYS)}::date
        AND (${projects.id} IS NULL OR ${notTerminatedSql(asOf)})
      ORDER BY i.follow_up_on LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return titled(found, (r) => TODO_TITLES.followUp(r.subject, r.detail));
}

/** ADMIN: each 撞单 not yet decided, named by its two units. */
function conflicts(db: DatabaseOrTransaction) {
  const found = rowsOf<Found & { second: string }>(
    db,
    sql`SELECT 'LEAD_CONFLICT' AS kind, 'LEAD_CONFLICT:' || c.id AS key, a.name AS subject, b.name AS second,
        c.matched_on AS detail, NULL AS "dueOn", false AS overdue,
        coalesce(c.first_project_id, c.second_project_id) AS "projectId", NULL AS "problemId",
        coalesce(c.first_lead_id, c.second_lead_id) AS "leadId"
      FROM ${investorConflicts} c JOIN units a ON a.id = c.first_unit_id JOIN units b ON b.id = c.second_unit_id
      WHERE c.decided_at IS NULL
      ORDER BY c.found_at LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return found.then((rows) =>
    rows.map(({ subject, second, detail, ...row }) => ({
      ...row,
      title: TODO_TITLES.conflict(subject, second, detail ?? ''),
    })),
  );
}

/** The project's current check (the latest not superseded) asks for rectification by a day that is passed or near. */
function rectifications(db: DatabaseOrTransaction, asOf: string) {
  const found = rowsOf<Found>(
    db,
    sql`SELECT 'RECTIFY_DUE' AS kind,
        'RECTIFY_DUE:' || c.id || CASE WHEN c.rectify_by < ${asOf}::date THEN ':late' ELSE '' END AS key, ${projectLabel} AS subject, NULL AS detail, c.rectify_by::text AS "dueOn",
        (c.rectify_by < ${asOf}::date) AS overdue, ${projects.id} AS "projectId", NULL AS "problemId"
      FROM ${projects} JOIN LATERAL ${checkInForceSql(asOf, projects.id)} c ON true
      WHERE ${notTerminatedSql(asOf)} AND ${asksRectificationSql('c')}
        AND c.rectify_by <= ${addDays(asOf, DUE_SOON_DAYS)}::date
      ORDER BY c.rectify_by LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return titled(found, (r) => TODO_TITLES.rectifyBy(r.subject));
}

/** Escalated to leaders or a meeting, open, and no instruction (批示) since it got there. */
function awaitingInstruction(db: DatabaseOrTransaction, asOf: string) {
  const found = rowsOf<Found>(
    db,
    sql`SELECT 'AWAITING_INSTRUCTION' AS kind, 'AWAITING_INSTRUCTION:' || p.id || ':' || p.level AS key, ${projectLabel} AS subject, p.title AS detail, p.due_on::text AS "dueOn",
        coalesce(${problemOverdueSql(asOf)}, false) AS overdue, p.project_id AS "projectId", p.id AS "problemId"
      FROM problems p JOIN ${projects} ON ${projects.id} = p.project_id
      WHERE ${escalatedSql(sql.raw('p.level'))} AND p.created_at < (${asOf}::date + 1)
        AND ${openStatusSql(problemStatusAsOfSql(asOf))} AND ${notTerminatedSql(asOf)}
        AND NOT EXISTS (SELECT 1 FROM problem_updates i WHERE i.problem_id = p.id AND i.kind = 'INSTRUCTION'
          AND i.at >= coalesce((SELECT max(e.at) FROM problem_updates e WHERE e.problem_id = p.id
            AND e.kind IN ('ESCALATION', 'AUTO_ESCALATION')), p.created_at))
      ORDER BY p.due_on NULLS LAST LIMIT ${TODO_LIMIT_PER_KIND}`,
  );
  return titled(found, (r) => TODO_TITLES.about(r.subject, r.detail));
}

async function redProjects(db: DatabaseOrTransaction, asOf: string, leader: Actor): Promise<Row[]> {
  const major = await db
    .select({
      id: projects.id,
      name: projects.name,
      leaderId: projects.responsibleLeaderId,
      leader: projects.responsibleLeader,
    })
    .from(projects)
    .where(and(onBattleMap(asOf, 'MAJOR_50')));
  // 我包联的: linked to the account, or (text not yet linked) naming the leader.
  const named = major.filter(
    (p) => p.leaderId === leader.id || (p.leaderId === null && p.leader?.includes(leader.displayName)),
  );
  const mine = named.length > 0 ? named : major;
  return (await redOnly(db, mine, asOf)).slice(0, TODO_LIMIT_PER_KIND).map((p) => ({
    key: `RED_PROJECT:${p.id}`,
    kind: 'RED_PROJECT',
    title: TODO_TITLES.red(p.name),
    dueOn: null,
    overdue: true,
    projectId: p.id,
    problemId: null,
  }));
}

/**
 * ADMIN: a plan target whose last period has ended with none after it (SPEC 5.1): the dashboard can
 * only show the final result until ADMIN adds the next period.
 */
function periodsEnded(db: DatabaseOrTransaction, asOf: string, regionId: number) {
  const found = rowsOf<Found>(
    db,
    sql`SELECT 'TARGET_PERIOD_ENDED' AS kind, 'TARGET_PERIOD_ENDED:' || t.code || ':' || max(p.period_end)::text AS key,
        t.name AS subject, NULL AS detail,
        max(p.period_end)::text AS "dueOn", true AS overdue, NULL AS "projectId", NULL AS "problemId"
      FROM ${targets} t JOIN ${targetPeriods} p ON p.code = t.code
      WHERE NOT t.annual AND p.region_id = ${regionId}
      GROUP BY t.code, t.name, t.sort_order
      HAVING max(p.period_end) < ${asOf}::date
      ORDER BY t.sort_order`,
  );
  return titled(found, (r) => TODO_TITLES.periodEnded(r.subject, r.dueOn ?? ''));
}

/**
 * ADMIN oversees the district: the dashboard's warnings (overdue nodes and problems, counted by the
 * same rules) and the missing reports of the last month past its due day.
 */
async function districtCounts(db: DatabaseOrTransaction, asOf: string, view: RegionView): Promise<Row[]> {
  const month = lastDueMonth(asOf, await reportDueDay(db));
  const [{ overdueNodes, overdueProblems }, [missing]] = await Promise.all([
    warnings(db, asOf, view),
    db.select({ n: sql<number>`count(*)::int` }).from(projects).where(reportMissingSql(month)),
  ]);
  const counts = { nodes: overdueNodes, problems: overdueProblems, reports: missing?.n ?? 0 };
  // The count is in the key: the bell rings again when it changes.
  const item = (kind: TodoKind, count: number, title: string, overdue: boolean): Row => ({
    key: `${kind}:district:${count}`,
    kind,
    title,
    dueOn: null,
    overdue,
    projectId: null,
    problemId: null,
  });
  const rows: Row[] = [];
  if (counts.nodes) rows.push(item('NODE_OVERDUE', counts.nodes, TODO_TITLES.districtNodes(counts.nodes), true));
  if (counts.problems)
    rows.push(item('PROBLEM_OVERDUE', counts.problems, TODO_TITLES.districtProblems(counts.problems), true));
  if (counts.reports) {
    rows.push(item('REPORT_MISSING', counts.reports, TODO_TITLES.districtReports(month, counts.reports), true));
  }
  return rows;
}
