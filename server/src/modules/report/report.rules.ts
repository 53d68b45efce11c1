import { projects } from '@zdyq/db/schema';
import { sql } from 'drizzle-orm';
import { monthAfter, monthBefore, monthEnd } from '../../lib/dates.ts';
import { notTerminatedSql } from '../project/project.rules.ts';

/**
 * Which projects owe a monthly report (SPEC 4.5), in SQL over `projects`: the sheet, the to-do, the
 * month's close, the notifications and the race all ask these.
 */

/** A project needs a report for a month once it was under construction by the month's end and not terminated by then. */
export const needsReportSql = (month: string) =>
  sql<boolean>`(${projects.startedOn} <= ${monthEnd(month)}::date AND ${notTerminatedSql(monthEnd(month))})`;

/** A project that needs a report for the month and has none filed (the 月报未报 of the sheet, the to-do and the close). */
export const reportMissingSql = (month: string) =>
  sql<boolean>`(${needsReportSql(month)}
    AND NOT EXISTS (SELECT 1 FROM monthly_reports r WHERE r.project_id = ${projects.id} AND r.month = ${month}))`;

/** The due day when ADMIN has not set one (REPORT_DUE_DAY, SPEC 4.5). */
export const DEFAULT_REPORT_DUE_DAY = 5;

/** The day a month's report is due by: the due day of the following month. */
export function reportDueOn(month: string, dueDay: number): string {
  return `${monthAfter(month)}-${String(dueDay).padStart(2, '0')}`;
}

/** A report not filed is missing from the day after it was due; until then the month is to file. */
export function reportOverdue(month: string, asOf: string, dueDay: number): boolean {
  return asOf > reportDueOn(month, dueDay);
}

/** The months a to-do asks reports for as of a day: the month before (to file until its due day, missing after) and the day's own (to file). */
export function monthsToFile(asOf: string): string[] {
  const month = asOf.slice(0, 7);
  return [monthBefore(month), month];
}

/** The latest month whose due day has passed by a day: the month ADMIN's count of missing reports is of. */
export function lastDueMonth(asOf: string, dueDay: number): string {
  const previous = monthBefore(asOf.slice(0, 7));
  return reportOverdue(previous, asOf, dueDay) ? previous : monthBefore(previous);
}
