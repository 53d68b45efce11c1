/**
 * The values of every enum the product knows, once, in the order it shows them, and the lines the
 * tiers are drawn at. Plain constants without drizzle, so the database's enums (schema/enums.ts),
 * the names (labels.ts), the web's pickers and the server's checks all read the same list.
 */

export const roles = ['ADMIN', 'PROMOTER', 'LEADER', 'INSPECTOR', 'SECURITY_ADMIN', 'AUDITOR'] as const;
/** The roles that work with the projects: they read everything about them (SPEC 1). */
export const businessRoles = ['ADMIN', 'PROMOTER', 'LEADER', 'INSPECTOR'] as const;
/** The roles an account may be created with; the others are granted afterwards by SECURITY_ADMIN. */
export const creatableRoles = ['PROMOTER', 'LEADER', 'INSPECTOR'] as const;
/** 三员: system, security and audit administrator; no account holds two. */
export const administratorRoles = ['ADMIN', 'SECURITY_ADMIN', 'AUDITOR'] as const;

export const unitKinds = ['DEPARTMENT', 'PLATFORM', 'TOWNSHIP'] as const;
/** 省、市、县（区）: a deployment's tree of regions (SPEC 2.1). */
export const regionLevels = ['PROVINCE', 'CITY', 'DISTRICT'] as const;
export const industries = [
  'NEW_MATERIALS',
  'MODERN_MEDICINE',
  'HIGH_END_EQUIPMENT',
  'ELECTRONIC_INFORMATION',
  'NEW_ENERGY',
  'ENERGY_SAVING_EQUIPMENT',
  'CHEMICAL',
  'OTHER',
] as const;
export const projectSources = ['NEW', 'EXPANSION', 'LISTED_COMPANY'] as const;
/** The forward stages of SPEC 4.1, in order; TERMINATED stands outside them. */
export const forwardStages = [
  'NEGOTIATING',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'ACCEPTED',
  'IN_PRODUCTION',
  'AT_CAPACITY',
] as const;
export const stages = [...forwardStages, 'TERMINATED'] as const;
/** Largest first. Derived from total investment (a generated column), so not a database enum. */
export const tiers = ['MAJOR_50', 'MAJOR_10', 'OVER_1', 'BELOW_1'] as const;
/** Stages a project may be created at (SPEC 4.1). */
export const creationStages = ['NEGOTIATING', 'SIGNED'] as const;
export const lights = ['RED', 'YELLOW', 'GREEN'] as const;
export const problemCategories = [
  'LAND',
  'ENERGY',
  'APPROVAL',
  'FINANCING',
  'INFRASTRUCTURE',
  'TALENT',
  'OTHER',
] as const;
export const problemStatuses = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export const escalationLevels = ['UNIT', 'LEADER', 'MEETING'] as const;
export const problemUpdateKinds = [
  'NOTE',
  'INSTRUCTION',
  'STATUS',
  'ESCALATION',
  'AUTO_ESCALATION',
  'EXTENSION',
  'HANDOVER',
] as const;
export const complianceActions = [
  'NONE',
  'RECTIFICATION_NOTICE',
  'PENALTY',
  'INCENTIVE_WITHHELD',
  'LAND_RECLAMATION',
] as const;
export const complianceResults = ['COMPLIANT', 'NON_COMPLIANT'] as const;
export const complianceStatuses = ['NONE', 'COMPLIANT', 'NON_COMPLIANT', 'RECTIFYING'] as const;
export const targetKinds = ['COUNT', 'RATE'] as const;
export const reviewStatuses = ['SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export const channels = ['EMAIL', 'DINGTALK'] as const;
export const backupStatuses = ['RUNNING', 'DONE', 'FAILED'] as const;
export const signInMethods = ['PASSWORD', 'OIDC'] as const;
/** Where a lead (招商线索) came from (SPEC 3.1). */
export const leadSources = [
  'BUSINESS_REFERRAL',
  'EXHIBITION',
  'AGENCY',
  'RESIDENT_OFFICE',
  'FUND',
  'VISIT',
  'OTHER',
] as const;
/** NEW → FOLLOWING → CONVERTED | DROPPED; the first two are a lead still open. */
export const leadStatuses = ['NEW', 'FOLLOWING', 'CONVERTED', 'DROPPED'] as const;
export const openLeadStatuses = ['NEW', 'FOLLOWING'] as const;
export const likelihoods = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const interactionKinds = ['VISIT_OUT', 'VISIT_IN', 'TALKS', 'CALL', 'SIGNING_CEREMONY'] as const;
export const documentKinds = [
  'INTENT_LETTER',
  'FRAMEWORK_AGREEMENT',
  'INVESTMENT_AGREEMENT',
  'SUPPLEMENTARY_AGREEMENT',
  'OTHER',
] as const;
/** How far a lead went (the funnel's steps, SPEC 3.1). */
export const funnelSteps = ['LEAD', 'NEGOTIATING', 'SIGNED', 'STARTED'] as const;
/** What a 撞单 names on each side, and what a document or a talk hangs from. */
export const recordKinds = ['LEAD', 'PROJECT'] as const;

export type Role = (typeof roles)[number];
export type UnitKind = (typeof unitKinds)[number];
export type RegionLevel = (typeof regionLevels)[number];
export type Industry = (typeof industries)[number];
export type ProjectSource = (typeof projectSources)[number];
export type Stage = (typeof stages)[number];
export type Tier = (typeof tiers)[number];
export type Light = (typeof lights)[number];
export type ProblemCategory = (typeof problemCategories)[number];
export type ProblemStatus = (typeof problemStatuses)[number];
export type EscalationLevel = (typeof escalationLevels)[number];
export type ComplianceAction = (typeof complianceActions)[number];
export type ComplianceStatus = (typeof complianceStatuses)[number];
export type ReviewStatus = (typeof reviewStatuses)[number];
export type Channel = (typeof channels)[number];
export type BackupStatus = (typeof backupStatuses)[number];
export type SignInMethod = (typeof signInMethods)[number];
export type LeadSource = (typeof leadSources)[number];
export type LeadStatus = (typeof leadStatuses)[number];
export type Likelihood = (typeof likelihoods)[number];
export type InteractionKind = (typeof interactionKinds)[number];
export type DocumentKind = (typeof documentKinds)[number];
export type RecordKind = (typeof recordKinds)[number];
export type FunnelStep = (typeof funnelSteps)[number];

/**
 * The lines the tiers start at, in 亿元, inclusive (SPEC 3): exactly 10 is MAJOR_10, 9.9999 is not.
 * At MAJOR_50 a project needs its responsible leader and goes on the battle map.
 */
export const tierLines = { MAJOR_50: '50', MAJOR_10: '10', OVER_1: '1' } as const satisfies Record<
  Exclude<Tier, 'BELOW_1'>,
  string
>;

/** Whether a total investment (亿元, a decimal string) is at the 50亿 line, where a responsible leader is required. */
export const needsResponsibleLeader = (totalInvestment: string) => tierOf(totalInvestment) === 'MAJOR_50';

/**
 * The tier of a total investment given as a decimal string (≥ 0), by the same lines as the
 * database's generated column: the lines are whole numbers, so the whole part decides, exactly.
 */
export function tierOf(totalInvestment: string): Tier {
  const whole = Number(totalInvestment.trim().split('.')[0] || '0');
  for (const tier of ['MAJOR_50', 'MAJOR_10', 'OVER_1'] as const) if (whole >= Number(tierLines[tier])) return tier;
  return 'BELOW_1';
}
