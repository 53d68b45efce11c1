import { type SQL, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SettlingStage } from '../lifecycle.ts';
import { tierLines } from '../values.ts';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { industryEnum, likelihoodEnum, projectSourceEnum, stageEnum, type Tier } from './enums.ts';
import { investors } from './investors.ts';
import { units, users } from './org.ts';
import { regionId, regions } from './regions.ts';

/** Money in 亿元 (or 万美元 where named), up to 4 decimal places, kept exact. */
const amount = () => decimal({ precision: 16, scale: 4 });

/** Per-district, per-year sequence behind the human-friendly project code (SY-2022-0007). */
export const projectCodeCounters = pgTable(
  'project_code_counters',
  {
    regionId: regionId(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.year] })],
);

/**
 * 项目类型 (新建, 技改, 增资扩产…) and its node template (SPEC 4.2): the nodes a project of this kind
 * gets when it is signed. ADMIN shapes them; a change applies to projects signed afterwards only,
 * because a signed project keeps its own copy of the nodes (milestones).
 */
export const nodeTemplates = pgTable(
  'node_templates',
  {
    kind: text().primaryKey(),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
    version: integer().notNull().default(1),
    updatedById: uuid().references(() => users.id),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('node_templates_name_key').on(t.name),
    check('node_templates_kind_code', sql`${t.kind} ~ '^[A-Z][A-Z0-9_]{1,31}$'`),
    check('node_templates_name_not_blank', sql`btrim(${t.name}) <> ''`),
  ],
);

/** One node of a template: planned months after signing, and the stage that completes it, if any. */
export const nodeTemplateNodes = pgTable(
  'node_template_nodes',
  {
    kind: text()
      .notNull()
      .references(() => nodeTemplates.kind, { onDelete: 'cascade' }),
    key: text().notNull(),
    name: text().notNull(),
    months: integer().notNull(),
    stage: stageEnum().$type<SettlingStage>(),
    sortOrder: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.key] }),
    uniqueIndex('node_template_nodes_stage_key').on(t.kind, t.stage).where(sql`${t.stage} IS NOT NULL`),
    check('node_template_nodes_months_range', sql`${t.months} BETWEEN 0 AND 120`),
    check('node_template_nodes_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('node_template_nodes_settling_stage', sql`${t.stage} NOT IN ('NEGOTIATING', 'TERMINATED')`),
  ],
);

/** One record per project, from the first talks to contract compliance (SPEC section 3). */
export const projects = pgTable(
  'projects',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    investor: text().notNull(),
    /** The investor as 撞单 compares it (trimmed, full-width folded: `zdyq_name_key`, migration 0018). */
    investorKey: text().notNull().generatedAlwaysAs(sql`zdyq_name_key(investor)`),
    /** 客商: the investor record the text names (exactly one by name), or the lead's it came from. */
    investorId: uuid().references(() => investors.id),
    industry: industryEnum().notNull(),
    source: projectSourceEnum().notNull(),
    isManufacturing: boolean().notNull(),
    isForeign: boolean().notNull().default(false),
    // 投资总额 as registered by a foreign-invested enterprise, 万美元 (SPEC 3); the foreign target counts it.
    totalInvestmentUsd: amount(),
    foreignInvestmentUsd: amount(),
    isChainProject: boolean().notNull().default(false),
    /** 项目类型: whose node template the project gets at signing. */
    kind: text()
      .notNull()
      .default('NEW_BUILD')
      .references(() => nodeTemplates.kind),
    totalInvestment: amount().notNull(),
    fixedAssetInvestment: amount(),
    landArea: amount(),
    // Derived by the database from total_investment at the tiers' lines (values.ts), inclusive (SPEC section 3).
    tier: text()
      .$type<Tier>()
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`CASE
          WHEN total_investment >= ${sql.raw(tierLines.MAJOR_50)} THEN 'MAJOR_50'
          WHEN total_investment >= ${sql.raw(tierLines.MAJOR_10)} THEN 'MAJOR_10'
          WHEN total_investment >= ${sql.raw(tierLines.OVER_1)} THEN 'OVER_1'
          ELSE 'BELOW_1' END`,
      ),
    leadUnitId: uuid()
      .notNull()
      .references(() => units.id),
    platformId: uuid().references(() => units.id),
    ownerId: uuid().references(() => users.id),
    /** 包抓领导 as said (free text, kept as entered or as the linked account's name). */
    responsibleLeader: text(),
    /** 包联领导: the LEADER account, linked by name when the text names exactly one, or chosen. */
    responsibleLeaderId: uuid().references(() => users.id),
    /** 首席服务员: a promoter of the lead unit who serves the enterprise. */
    serviceOfficerId: uuid().references(() => users.id),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    address: text(),
    stage: stageEnum().notNull(),
    signedOn: date(),
    startedOn: date(),
    acceptedOn: date(),
    productionOn: date(),
    capacityOn: date(),
    terminatedOn: date(),
    terminationReason: text(),
    /** While negotiating (SPEC 3.1): how likely it is to sign, and the month it is expected to. */
    likelihood: likelihoodEnum(),
    expectedSigningMonth: text(),
    /** The codes it had in the districts it moved from (项目异地落户, SPEC 2.1), oldest first. */
    formerCodes: text().array().notNull().default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('projects_code_key').on(t.code),
    index('projects_lead_unit_idx').on(t.leadUnitId),
    index('projects_responsible_leader_idx').on(t.responsibleLeaderId),
    index('projects_platform_idx').on(t.platformId),
    index('projects_stage_idx').on(t.stage),
    index('projects_tier_idx').on(t.tier),
    index('projects_signed_on_idx').on(t.signedOn),
    index('projects_industry_idx').on(t.industry),
    index('projects_created_at_idx').on(t.createdAt, t.id),
    index('projects_investor_key_idx').on(t.regionId, t.investorKey),
    index('projects_investor_idx').on(t.investorId),
    check(
      'projects_expected_signing_month_format',
      sql`${t.expectedSigningMonth} IS NULL OR ${t.expectedSigningMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`,
    ),
    check('projects_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('projects_total_investment_positive', sql`${t.totalInvestment} > 0`),
    check(
      'projects_fixed_asset_within_total',
      sql`${t.fixedAssetInvestment} IS NULL OR (${t.fixedAssetInvestment} >= 0 AND ${t.fixedAssetInvestment} <= ${t.totalInvestment})`,
    ),
    check(
      'projects_foreign_usd_non_negative',
      sql`${t.foreignInvestmentUsd} IS NULL OR ${t.foreignInvestmentUsd} >= 0`,
    ),
    check(
      'projects_total_usd_covers_foreign_share',
      sql`${t.totalInvestmentUsd} IS NULL OR (${t.totalInvestmentUsd} > 0 AND ${t.totalInvestmentUsd} >= coalesce(${t.foreignInvestmentUsd}, 0))`,
    ),
    check('projects_land_area_non_negative', sql`${t.landArea} IS NULL OR ${t.landArea} >= 0`),
    check(
      'projects_major_has_leader',
      sql`${t.totalInvestment} < ${sql.raw(tierLines.MAJOR_50)} OR btrim(coalesce(${t.responsibleLeader}, '')) <> ''`,
    ),
    check('projects_latitude_range', sql`${t.latitude} IS NULL OR ${t.latitude} BETWEEN -90 AND 90`),
    check('projects_longitude_range', sql`${t.longitude} IS NULL OR ${t.longitude} BETWEEN -180 AND 180`),
    check(
      'projects_signed_has_date',
      sql`${t.stage} = 'NEGOTIATING' OR ${t.stage} = 'TERMINATED' OR ${t.signedOn} IS NOT NULL`,
    ),
    check(
      'projects_terminated_has_reason',
      sql`${t.stage} <> 'TERMINATED' OR (${t.terminatedOn} IS NOT NULL AND btrim(coalesce(${t.terminationReason}, '')) <> '')`,
    ),
    check(
      'projects_stage_dates_ordered',
      sql`(${t.startedOn} IS NULL OR ${t.startedOn} >= ${t.signedOn})
        AND (${t.acceptedOn} IS NULL OR ${t.acceptedOn} >= ${t.startedOn})
        AND (${t.productionOn} IS NULL OR ${t.productionOn} >= ${t.acceptedOn})
        AND (${t.capacityOn} IS NULL OR ${t.capacityOn} >= ${t.productionOn})`,
    ),
  ],
);

/** Every stage change, including an ADMIN's correction backwards (SPEC 4.1). */
export const stageEvents = pgTable(
  'stage_events',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    fromStage: stageEnum(),
    toStage: stageEnum().notNull(),
    on: date().notNull(),
    note: text(),
    isCorrection: boolean().notNull().default(false),
    actorId: uuid().references(() => users.id),
    at: stamp(),
    // Order of writing: events of one transaction share `at`.
    seq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [index('stage_events_project_idx').on(t.projectId, t.at)],
);

/** 节点: standard nodes from the template (key set) and project-specific ones (key null). */
export const milestones = pgTable(
  'milestones',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    key: text(),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
    plannedOn: date(),
    baselineOn: date(),
    actualOn: date(),
    /** The stage whose date completes this node, copied from the template at signing (null: by hand). */
    settledByStage: stageEnum().$type<SettlingStage>(),
    // Done because the project reached a later stage, on that stage's date (SPEC 4.2), not by hand.
    completedByStage: boolean().notNull().default(false),
    note: text(),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    index('milestones_project_idx').on(t.projectId, t.sortOrder),
    uniqueIndex('milestones_project_key_key').on(t.projectId, t.key).where(sql`${t.key} IS NOT NULL`),
    index('milestones_open_planned_idx').on(t.plannedOn).where(sql`${t.actualOn} IS NULL`),
  ],
);

/**
 * What the lists filter and count by, per project, judged as of `asOf` (today): the light, the
 * warnings, the compliance status and the open problems. Written in the transaction of every change
 * to a project, its nodes, problems or checks, and refreshed for every project when the day turns
 * (the rules themselves live in the server; this is their answer kept, so a filter by light is an
 * index lookup rather than the rules run for every project).
 */
export const projectSummaries = pgTable(
  'project_summaries',
  {
    regionId: regionId(),
    projectId: uuid()
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    asOf: date().notNull(),
    light: text().$type<'GREEN' | 'YELLOW' | 'RED'>().notNull(),
    hasOverdueNode: boolean().notNull(),
    hasOverdueProblem: boolean().notNull(),
    complianceStatus: text().notNull(),
    updatedAt: stamp(),
  },
  (t) => [index('project_summaries_light_idx').on(t.asOf, t.light)],
);

/** The day every project's summary was last computed for, in one row. */
export const summaryState = pgTable(
  'summary_state',
  {
    id: integer().primaryKey().default(1),
    freshOn: date(),
    refreshedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('summary_state_single_row', sql`${t.id} = 1`)],
);

/**
 * One row whose `version` changes when a transaction that wrote anything the figures are computed
 * from commits (triggers in migration 0005): the server remembers computed figures under it.
 */
export const figuresVersion = pgTable(
  'figures_version',
  {
    id: integer().primaryKey().default(1),
    version: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
  },
  (t) => [check('figures_version_single_row', sql`${t.id} = 1`)],
);

/**
 * 项目异地落户 (SPEC 2.1): a project moved to another district by the city's ADMIN, in the new district's
 * region; the project keeps its history and takes a new code there.
 */
export const projectMoves = pgTable(
  'project_moves',
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: regionId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    fromRegionId: integer()
      .notNull()
      .references(() => regions.id),
    fromCode: text().notNull(),
    toCode: text().notNull(),
    movedOn: date().notNull(),
    reason: text().notNull(),
    movedById: uuid().references(() => users.id),
    movedAt: stamp(),
  },
  (t) => [
    index('project_moves_project_idx').on(t.projectId),
    check('project_moves_reason_not_blank', sql`btrim(${t.reason}) <> ''`),
    check('project_moves_elsewhere', sql`${t.fromRegionId} <> ${t.regionId}`),
  ],
);
