import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { complianceActionEnum, complianceResultEnum } from './enums.ts';
import { users } from './org.ts';
import { projects } from './projects.ts';
import { regionId } from './regions.ts';

const amount = () => decimal({ precision: 18, scale: 4 });

/** 工业投资项目履约监管协议: at most one per project (SPEC section 6). */
export const complianceAgreements = pgTable(
  'compliance_agreements',
  {
    regionId: regionId(),
    projectId: uuid()
      .primaryKey()
      .references(() => projects.id),
    agreedInvestment: amount(),
    investmentIntensity: amount(),
    landArea: amount(),
    plotRatio: amount(),
    startDeadline: date(),
    completionDeadline: date(),
    productionDeadline: date(),
    capacityDeadline: date(),
    annualOutput: amount(),
    taxPerMu: amount(),
    version: integer().notNull().default(1),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [check('compliance_agreements_land_area_positive', sql`${t.landArea} IS NULL OR ${t.landArea} > 0`)],
);

export type ClauseVerdictRow = {
  clause: string;
  verdict: 'MET' | 'NOT_MET' | 'NOT_DUE';
  expected: string | null;
  actual: string | null;
};

/** An inspector's check; append-only, a correction is a new row that supersedes. */
export const complianceChecks = pgTable(
  'compliance_checks',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    checkedOn: date().notNull(),
    period: text().notNull(),
    actualInvestment: amount(),
    annualOutput: amount(),
    annualTax: amount(),
    plotRatio: amount(),
    findings: text(),
    action: complianceActionEnum().notNull().default('NONE'),
    rectifyBy: date(),
    result: complianceResultEnum().notNull(),
    clauses: jsonb().$type<ClauseVerdictRow[]>().notNull(),
    taxPerMu: amount(),
    investmentIntensity: amount(),
    grade: text(),
    supersedesId: uuid(),
    inspectorId: uuid().references(() => users.id),
    createdAt: stamp(),
  },
  (t) => [
    index('compliance_checks_project_idx').on(t.projectId, t.checkedOn, t.createdAt),
    // "Not superseded" is asked of every check whenever a compliance status is judged.
    index('compliance_checks_supersedes_idx').on(t.supersedesId),
    check('compliance_checks_grade', sql`${t.grade} IS NULL OR ${t.grade} IN ('A', 'B', 'C', 'D')`),
  ],
);

/** Photos and files attached to a check, stored on disk under the data folder. */
export const checkAttachments = pgTable(
  'check_attachments',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    checkId: uuid().references(() => complianceChecks.id),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    storagePath: text().notNull(),
    uploadedById: uuid().references(() => users.id),
    createdAt: stamp(),
  },
  (t) => [index('check_attachments_check_idx').on(t.checkId)],
);

/** 亩均 grade thresholds in 万元/亩/年, editable by ADMIN. */
export const muGradeThresholds = pgTable('mu_grade_thresholds', {
  grade: text().primaryKey(),
  minTaxPerMu: amount().notNull(),
  updatedAt: stamp(),
});
