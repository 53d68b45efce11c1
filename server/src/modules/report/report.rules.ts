import { projects } from '@zdyq/db/schema';
import { sql } from 'drizzle-orm';
import { monthEnd } from '../../lib/dates.ts';
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
