import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { complianceAgreements, complianceChecks, projects } from '@zdyq/db/schema';
import { desc, inArray } from 'drizzle-orm';
import { complianceStatusSql } from './compliance.rules.ts';

export type AgreementRow = typeof complianceAgreements.$inferSelect;
export type ComplianceCheckRow = typeof complianceChecks.$inferSelect;

export function agreementsByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return db
    .select()
    .from(complianceAgreements)
    .where(inArray(complianceAgreements.projectId, [...projectIds]));
}

/** Checks newest first, corrections included (a check is never edited). */
export function checksByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return db
    .select()
    .from(complianceChecks)
    .where(inArray(complianceChecks.projectId, [...projectIds]))
    .orderBy(desc(complianceChecks.checkedOn), desc(complianceChecks.createdAt));
}

export function complianceStatusesOf(db: DatabaseOrTransaction, projectIds: readonly string[], asOf: string) {
  return db
    .select({ id: projects.id, status: complianceStatusSql(asOf) })
    .from(projects)
    .where(inArray(projects.id, [...projectIds]));
}
