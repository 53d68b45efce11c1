import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { users } from './org.ts';
import { projects } from './projects.ts';
import { regionId } from './regions.ts';

/** 月监测: one report per project per month (SPEC 4.5). */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    month: text().notNull(),
    investment: decimal({ precision: 16, scale: 4 }).notNull(),
    note: text(),
    submittedById: uuid().references(() => users.id),
    /** SUBMITTED until the unit's reviewer accepts it or returns it with a reason; filing again submits it anew. */
    reviewStatus: text().$type<'SUBMITTED' | 'ACCEPTED' | 'RETURNED'>().notNull().default('SUBMITTED'),
    reviewedById: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    returnReason: text(),
    version: integer().notNull().default(1),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('monthly_reports_project_month_key').on(t.projectId, t.month),
    index('monthly_reports_month_idx').on(t.month),
    check('monthly_reports_month_format', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('monthly_reports_investment_non_negative', sql`${t.investment} >= 0`),
    check('monthly_reports_review_status', sql`${t.reviewStatus} IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')`),
    check(
      'monthly_reports_returned_has_reason',
      sql`${t.reviewStatus} <> 'RETURNED' OR btrim(coalesce(${t.returnReason}, '')) <> ''`,
    ),
  ],
);

/** Months closed by ADMIN: their reports can no longer be changed. */
export const reportMonthClosures = pgTable('report_month_closures', {
  month: text().primaryKey(),
  closedById: uuid().references(() => users.id),
  closedAt: stamp(),
});

/** ADMIN's settings of 月监测, in one row: the day of the following month a month's report is due by. */
export const monitoringSettings = pgTable(
  'monitoring_settings',
  {
    id: integer().primaryKey().default(1),
    reportDueDay: integer().notNull().default(5),
    updatedAt: stamp(),
    updatedById: uuid().references(() => users.id),
  },
  (t) => [
    check('monitoring_settings_single_row', sql`${t.id} = 1`),
    check('monitoring_settings_due_day', sql`${t.reportDueDay} BETWEEN 1 AND 28`),
  ],
);
