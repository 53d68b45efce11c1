import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { monthlyReports, projects, reportMonthClosures, users } from '@zdyq/db/schema';
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { AppError, badInput } from '../../errors.ts';
import { isMonth, monthEnd, today } from '../../lib/dates.ts';
import { compareDecimal, normalizeDecimal, toUnits } from '../../lib/decimal.ts';
import { type Actor, authorize, authorizeRole, can } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { reportsMissingAtClose } from '../notify/notify.events.ts';
import { type ProjectRow, projectSelection } from '../project/project.service.ts';
import { needsReportSql, reportDueOn } from './report.rules.ts';
import { reportDueDay } from './report.settings.ts';

export type MonthlyReportRow = typeof monthlyReports.$inferSelect & {
  cumulativeInvestment: string;
  sameAsPrevious: boolean;
  exceedsTotal: boolean;
};

export type ReportSheetRowModel = {
  project: ProjectRow;
  report: MonthlyReportRow | null;
  previousCumulative: string;
  viewerCanSubmit: boolean;
  viewerCanReview: boolean;
};

function checkMonth(month: string, field = 'month'): string {
  if (!isMonth(month)) throw badInput(field, '月份格式应为 YYYY-MM');
  if (month > today().slice(0, 7)) throw badInput(field, '不能填报未来月份');
  return month;
}

/**
 * Reports with what SPEC 4.5 derives, in SQL: the cumulative investment; "identical", against the
 * previous calendar month's report only (after a gap of a month nothing is identical); and a
 * cumulative figure above the project's total investment.
 */
export async function reportsByProjects(
  db: DatabaseOrTransaction,
  projectIds: readonly string[],
): Promise<MonthlyReportRow[]> {
  const byProject = sql`PARTITION BY ${monthlyReports.projectId} ORDER BY ${monthlyReports.month}`;
  const cumulative = sql`sum(${monthlyReports.investment}) OVER (${byProject})`;
  return await db
    .select({
      ...getTableColumns(monthlyReports),
      cumulativeInvestment: sql<string>`(${cumulative})::text`,
      sameAsPrevious: sql<boolean>`coalesce(
        lag(${monthlyReports.month}) OVER (${byProject})
          = to_char(to_date(${monthlyReports.month} || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
        AND lag(${monthlyReports.investment}) OVER (${byProject}) = ${monthlyReports.investment}
        AND lag(${monthlyReports.note}) OVER (${byProject}) IS NOT DISTINCT FROM ${monthlyReports.note}, false)`,
      exceedsTotal: sql<boolean>`coalesce(${cumulative} > ${projects.totalInvestment}, false)`,
    })
    .from(monthlyReports)
    .innerJoin(projects, eq(projects.id, monthlyReports.projectId))
    .where(inArray(monthlyReports.projectId, [...projectIds]))
    .orderBy(asc(monthlyReports.month));
}

async function isClosed(db: DatabaseOrTransaction, month: string): Promise<boolean> {
  const [row] = await db.select().from(reportMonthClosures).where(eq(reportMonthClosures.month, month));
  return Boolean(row);
}

export async function submitMonthlyReport(args: {
  db: Database;
  actor: Actor;
  projectId: string;
  month: string;
  investment: string;
  note?: string | null;
  requestId?: string;
}): Promise<MonthlyReportRow> {
  authorizeRole(args.actor, 'report.write');
  const month = checkMonth(args.month);
  const units = toUnits(args.investment);
  if (units === undefined || units < 0n) throw badInput('investment', '当月完成投资应为不小于0的数字，最多4位小数');
  const investment = normalizeDecimal(args.investment);
  const note = args.note?.trim() || null;
  if (note && note.length > 1000) throw badInput('note', '进展说明不能超过1000个字');
  return args.db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, args.projectId));
    if (!project) throw new AppError('NOT_FOUND', '项目不存在', { field: 'projectId' });
    authorize(args.actor, 'report.write', { unitId: project.leadUnitId });
    if (!project.startedOn || project.startedOn > monthEnd(month)) {
      throw badInput('month', '项目当月尚未开工，无需填报月报');
    }
    if (compareDecimal(investment, project.totalInvestment) > 0) {
      throw badInput('investment', `当月完成投资不能超过项目总投资（${project.totalInvestment}亿元）`);
    }
    if (await isClosed(tx, month))
      throw new AppError('INVALID_TRANSITION', `${month}月报已关闭，不能再修改`, { field: 'month' });
    const [before] = await tx
      .select()
      .from(monthlyReports)
      .where(and(eq(monthlyReports.projectId, project.id), eq(monthlyReports.month, month)))
      .for('update');
    const [row] = before
      ? await tx
          .update(monthlyReports)
          .set({
            investment,
            note,
            submittedById: args.actor.id,
            // Filed again: to be reviewed again.
            reviewStatus: 'SUBMITTED',
            reviewedById: null,
            reviewedAt: null,
            version: sql`${monthlyReports.version} + 1`,
            updatedAt: new Date(),
          })
          .where(eq(monthlyReports.id, before.id))
          .returning()
      : await tx
          .insert(monthlyReports)
          .values({ projectId: project.id, month, investment, note, submittedById: args.actor.id })
          .returning();
    if (!row) throw new Error('monthly report write returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: before ? 'report.update' : 'report.submit',
      entityType: 'monthlyReport',
      entityId: row.id,
      projectId: project.id,
      changes: diffFields(before ?? null, row, ['investment', 'note']),
      note: month,
      requestId: args.requestId,
    });
    const [derived] = (await reportsByProjects(tx, [project.id])).filter((r) => r.id === row.id);
    if (!derived) throw new Error('monthly report vanished inside its transaction');
    return derived;
  });
}

/**
 * 月报审核: the unit's reviewer (a PROMOTER marked so by ADMIN) or ADMIN accepts a submitted
 * report, or returns it with the reason, which puts it back in the unit's 我的待办. Nobody reviews
 * a report they filed themselves, ADMIN included (a unit with no other reviewer is in ADMIN's
 * to-do); a closed month is final.
 */
export async function reviewMonthlyReport(args: {
  db: Database;
  actor: Actor;
  id: string;
  version: number;
  accept: boolean;
  reason?: string | null;
  requestId?: string;
}): Promise<MonthlyReportRow> {
  authorizeRole(args.actor, 'report.review');
  const reason = args.reason?.trim() || null;
  if (!args.accept && !reason) throw badInput('reason', '退回须说明原因');
  if (reason && reason.length > 1000) throw badInput('reason', '退回原因不能超过1000个字');
  return args.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ report: monthlyReports, leadUnitId: projects.leadUnitId })
      .from(monthlyReports)
      .innerJoin(projects, eq(projects.id, monthlyReports.projectId))
      .where(eq(monthlyReports.id, args.id))
      .for('update', { of: monthlyReports });
    if (!found) throw new AppError('NOT_FOUND', '月报不存在', { field: 'id' });
    const { report: before } = found;
    authorize(args.actor, 'report.review', { unitId: found.leadUnitId });
    if (args.actor.role !== 'ADMIN') {
      const [me] = await tx.select({ reviewer: users.reportReviewer }).from(users).where(eq(users.id, args.actor.id));
      if (!me?.reviewer)
        throw new AppError('FORBIDDEN', '只有本单位月报审核人可以审核', { permission: 'report.review' });
    }
    // Separation of duties: nobody, ADMIN included, reviews figures they filed.
    if (before.submittedById === args.actor.id)
      throw new AppError('FORBIDDEN', '不能审核本人填报的月报', { permission: 'report.review' });
    if (before.version !== args.version)
      throw new AppError('CONFLICT', '月报已被修改，请刷新后再审核', { field: 'version' });
    if (await isClosed(tx, before.month))
      throw new AppError('INVALID_TRANSITION', `${before.month}月报已关闭`, { field: 'id' });
    if (before.reviewStatus !== 'SUBMITTED')
      throw new AppError('INVALID_TRANSITION', '该月报已审核，重新填报后再审核', { field: 'id' });
    const [row] = await tx
      .update(monthlyReports)
      .set({
        reviewStatus: args.accept ? 'ACCEPTED' : 'RETURNED',
        reviewedById: args.actor.id,
        reviewedAt: new Date(),
        returnReason: args.accept ? null : reason,
        version: sql`${monthlyReports.version} + 1`,
      })
      .where(eq(monthlyReports.id, before.id))
      .returning();
    if (!row) throw new Error('monthly report review returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: args.accept ? 'report.accept' : 'report.return',
      entityType: 'monthlyReport',
      entityId: row.id,
      projectId: row.projectId,
      changes: diffFields(before, row, ['reviewStatus', 'returnReason']),
      note: reason ?? before.month,
      requestId: args.requestId,
    });
    const [derived] = (await reportsByProjects(tx, [row.projectId])).filter((r) => r.id === row.id);
    if (!derived) throw new Error('monthly report vanished inside its transaction');
    return derived;
  });
}

/** Whether the actor may review a report of a unit's project (the sheet's buttons): never one they filed. */
export function mayReview(
  actor: Actor & { reportReviewer?: boolean },
  unitId: string,
  report: { submittedById: string | null } | null,
): boolean {
  if (report?.submittedById === actor.id) return false;
  if (actor.role === 'ADMIN') return true;
  return actor.role === 'PROMOTER' && actor.unitId === unitId && Boolean(actor.reportReviewer);
}

export async function closeReportMonth(args: { db: Database; actor: Actor; month: string; requestId?: string }) {
  authorize(args.actor, 'report.close');
  const month = checkMonth(args.month);
  await args.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(reportMonthClosures)
      .values({ month, closedById: args.actor.id })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) {
      await recordAudit(tx, {
        actor: args.actor,
        action: 'report.closeMonth',
        entityType: 'reportMonth',
        entityId: month,
        requestId: args.requestId,
      });
      await reportsMissingAtClose(tx, month, args.actor);
    }
  });
  return { month, closed: true };
}

/** 月监测 for a month: every project that needs a report, with it if filed, and how many are missing. */
export async function reportSheet(db: DatabaseOrTransaction, actor: Actor, month: string, unitId?: string | null) {
  checkMonth(month);
  const rows = await db
    .select(projectSelection())
    .from(projects)
    .where(and(needsReportSql(month), unitId ? eq(projects.leadUnitId, unitId) : undefined))
    .orderBy(asc(projects.code));
  const reports = rows.length
    ? await reportsByProjects(
        db,
        rows.map((r) => r.id),
      )
    : [];
  const closed = await isClosed(db, month);
  const dueOn = reportDueOn(month, await reportDueDay(db));
  const overdue = today() > dueOn;
  const [me] =
    actor.role === 'PROMOTER'
      ? await db.select({ reportReviewer: users.reportReviewer }).from(users).where(eq(users.id, actor.id))
      : [];
  const reviewer = { ...actor, reportReviewer: me?.reportReviewer ?? false };
  const sheet: ReportSheetRowModel[] = rows.map((project) => {
    const own = reports.filter((r) => r.projectId === project.id);
    const previous = own.filter((r) => r.month < month).at(-1);
    const report = own.find((r) => r.month === month) ?? null;
    return {
      project,
      report,
      previousCumulative: previous?.cumulativeInvestment ?? '0',
      viewerCanSubmit: !closed && can(actor, 'report.write', { unitId: project.leadUnitId }),
      viewerCanReview: !closed && mayReview(reviewer, project.leadUnitId, report),
    };
  });
  const filed = sheet.flatMap((r) => (r.report ? [r.report] : []));
  const count = (status: string) => filed.filter((r) => r.reviewStatus === status).length;
  return {
    month,
    closed,
    rows: sheet,
    dueOn,
    overdue,
    missing: overdue ? sheet.length - filed.length : 0,
    toFile: overdue ? 0 : sheet.length - filed.length,
    submitted: count('SUBMITTED'),
    accepted: count('ACCEPTED'),
    returned: count('RETURNED'),
  };
}
