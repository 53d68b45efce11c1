import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['ADMIN', 'PROMOTER', 'LEADER', 'INSPECTOR', 'SECURITY_ADMIN', 'AUDITOR']);
/** The roles an account may be created with; the others are granted afterwards by SECURITY_ADMIN. */
export const businessRoles = ['PROMOTER', 'LEADER', 'INSPECTOR'] as const;
/** 三员: system, security and audit administrator; no account holds two. */
export const administratorRoles = ['ADMIN', 'SECURITY_ADMIN', 'AUDITOR'] as const;
export const unitKindEnum = pgEnum('unit_kind', ['DEPARTMENT', 'PLATFORM', 'TOWNSHIP']);
export const industryEnum = pgEnum('industry', [
  'NEW_MATERIALS',
  'MODERN_MEDICINE',
  'HIGH_END_EQUIPMENT',
  'ELECTRONIC_INFORMATION',
  'NEW_ENERGY',
  'ENERGY_SAVING_EQUIPMENT',
  'CHEMICAL',
  'OTHER',
]);
export const projectSourceEnum = pgEnum('project_source', ['NEW', 'EXPANSION', 'LISTED_COMPANY']);
export const stageEnum = pgEnum('stage', [
  'NEGOTIATING',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'ACCEPTED',
  'IN_PRODUCTION',
  'AT_CAPACITY',
  'TERMINATED',
]);
/** Derived from total investment by a generated column, so not a database enum. */
export const tiers = ['MAJOR_50', 'MAJOR_10', 'OVER_1', 'BELOW_1'] as const;
export const problemCategoryEnum = pgEnum('problem_category', [
  'LAND',
  'ENERGY',
  'APPROVAL',
  'FINANCING',
  'INFRASTRUCTURE',
  'TALENT',
  'OTHER',
]);
export const problemStatusEnum = pgEnum('problem_status', ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
export const escalationLevelEnum = pgEnum('escalation_level', ['UNIT', 'LEADER', 'MEETING']);
export const problemUpdateKindEnum = pgEnum('problem_update_kind', [
  'NOTE',
  'INSTRUCTION',
  'STATUS',
  'ESCALATION',
  'AUTO_ESCALATION',
  'EXTENSION',
  'HANDOVER',
]);
export const complianceActionEnum = pgEnum('compliance_action', [
  'NONE',
  'RECTIFICATION_NOTICE',
  'PENALTY',
  'INCENTIVE_WITHHELD',
  'LAND_RECLAMATION',
]);
export const complianceResultEnum = pgEnum('compliance_result', ['COMPLIANT', 'NON_COMPLIANT']);
export const targetKindEnum = pgEnum('target_kind', ['COUNT', 'RATE']);

export type Role = (typeof roleEnum.enumValues)[number];
export type UnitKind = (typeof unitKindEnum.enumValues)[number];
export type Industry = (typeof industryEnum.enumValues)[number];
export type ProjectSource = (typeof projectSourceEnum.enumValues)[number];
export type Stage = (typeof stageEnum.enumValues)[number];
export type Tier = (typeof tiers)[number];
