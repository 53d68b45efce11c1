import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { documentKindEnum, industryEnum, interactionKindEnum, leadSourceEnum, leadStatusEnum } from './enums.ts';
import { investors } from './investors.ts';
import { units, users } from './org.ts';
import { projects } from './projects.ts';
import { regionId } from './regions.ts';

/** 招商线索 (SPEC 3.1): the work before a project, from the first word of an investor to 在谈. */
export const leads = pgTable(
  'leads',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    investorId: uuid()
      .notNull()
      .references(() => investors.id),
    industry: industryEnum().notNull(),
    /** 意向投资 in 亿元, the project's total when converted. */
    intendedInvestment: decimal({ precision: 16, scale: 4 }),
    source: leadSourceEnum().notNull(),
    status: leadStatusEnum().notNull().default('NEW'),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    ownerId: uuid().references(() => users.id),
    receivedOn: date().notNull(),
    droppedOn: date(),
    dropReason: text(),
    /** The NEGOTIATING project it became (convertLead). */
    projectId: uuid().references(() => projects.id),
    convertedOn: date(),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    index('leads_unit_idx').on(t.unitId),
    index('leads_investor_idx').on(t.investorId),
    index('leads_received_on_idx').on(t.regionId, t.receivedOn),
    uniqueIndex('leads_project_key').on(t.projectId).where(sql`${t.projectId} IS NOT NULL`),
    check('leads_title_not_blank', sql`btrim(${t.title}) <> ''`),
    check('leads_intended_investment_positive', sql`${t.intendedInvestment} IS NULL OR ${t.intendedInvestment} > 0`),
    check(
      'leads_dropped_has_reason',
      sql`${t.status} <> 'DROPPED' OR (${t.droppedOn} IS NOT NULL AND btrim(coalesce(${t.dropReason}, '')) <> '')`,
    ),
    check(
      'leads_converted_has_project',
      sql`${t.status} <> 'CONVERTED' OR (${t.projectId} IS NOT NULL AND ${t.convertedOn} IS NOT NULL)`,
    ),
  ],
);

/**
 * 洽谈 / 走访记录 on a lead or a project; a converted lead's talks are the project's too (both ids set).
 * A follow-up date is a to-do of the recording promoter until a later talk on the same record.
 */
export const interactions = pgTable(
  'interactions',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    leadId: uuid().references(() => leads.id),
    projectId: uuid().references(() => projects.id),
    on: date().notNull(),
    kind: interactionKindEnum().notNull(),
    summary: text().notNull(),
    nextStep: text(),
    followUpOn: date(),
    theirParticipants: text(),
    recordedById: uuid().references(() => users.id),
    createdAt: stamp(),
  },
  (t) => [
    index('interactions_lead_idx').on(t.leadId, t.on),
    index('interactions_project_idx').on(t.projectId, t.on),
    index('interactions_follow_up_idx').on(t.recordedById, t.followUpOn).where(sql`${t.followUpOn} IS NOT NULL`),
    check('interactions_on_a_record', sql`${t.leadId} IS NOT NULL OR ${t.projectId} IS NOT NULL`),
    check('interactions_summary_not_blank', sql`btrim(${t.summary}) <> ''`),
    check('interactions_follow_up_after', sql`${t.followUpOn} IS NULL OR ${t.followUpOn} >= ${t.on}`),
  ],
);

/** Our people at a talk: accounts, leaders among them. */
export const interactionParticipants = pgTable(
  'interaction_participants',
  {
    regionId: regionId(),
    interactionId: uuid()
      .notNull()
      .references(() => interactions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.interactionId, t.userId] })],
);

/** 意向书, 框架协议, 投资协议…: a document of a lead or project, its file kept as versions never edited. */
export const projectDocuments = pgTable(
  'project_documents',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    leadId: uuid().references(() => leads.id),
    projectId: uuid().references(() => projects.id),
    kind: documentKindEnum().notNull(),
    title: text().notNull(),
    signedOn: date(),
    createdById: uuid().references(() => users.id),
    createdAt: stamp(),
  },
  (t) => [
    index('project_documents_lead_idx').on(t.leadId),
    index('project_documents_project_idx').on(t.projectId),
    check('project_documents_on_a_record', sql`${t.leadId} IS NOT NULL OR ${t.projectId} IS NOT NULL`),
    check('project_documents_title_not_blank', sql`btrim(${t.title}) <> ''`),
  ],
);

/** One uploaded file of a document: the latest supersedes, the earlier stay downloadable. Append-only. */
export const documentVersions = pgTable(
  'document_versions',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => projectDocuments.id),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storagePath: text().notNull(),
    uploadedById: uuid().references(() => users.id),
    uploadedAt: stamp(),
  },
  (t) => [index('document_versions_document_idx').on(t.documentId, t.uploadedAt)],
);

/**
 * 撞单 (SPEC 3.1): two units' records of one investor. `first` is the earlier registration, which
 * leads unless ADMIN decides otherwise (首报负责制). A side names its lead, its project, or both once
 * the lead is converted; nothing is merged or hidden.
 */
export const investorConflicts = pgTable(
  'investor_conflicts',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    /** What matched: the credit code, or the folded name. */
    matchedOn: text().notNull(),
    firstLeadId: uuid().references(() => leads.id),
    firstProjectId: uuid().references(() => projects.id),
    firstUnitId: uuid()
      .notNull()
      .references(() => units.id),
    secondLeadId: uuid().references(() => leads.id),
    secondProjectId: uuid().references(() => projects.id),
    secondUnitId: uuid()
      .notNull()
      .references(() => units.id),
    foundAt: stamp(),
    leadingUnitId: uuid().references(() => units.id),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    uniqueIndex('investor_conflicts_pair_key').on(
      sql`coalesce(${t.firstLeadId}, ${t.firstProjectId})`,
      sql`coalesce(${t.secondLeadId}, ${t.secondProjectId})`,
    ),
    index('investor_conflicts_open_idx').on(t.regionId).where(sql`${t.decidedAt} IS NULL`),
    check('investor_conflicts_first_named', sql`${t.firstLeadId} IS NOT NULL OR ${t.firstProjectId} IS NOT NULL`),
    check('investor_conflicts_second_named', sql`${t.secondLeadId} IS NOT NULL OR ${t.secondProjectId} IS NOT NULL`),
    check('investor_conflicts_two_units', sql`${t.firstUnitId} <> ${t.secondUnitId}`),
    check(
      'investor_conflicts_decided_whole',
      sql`(${t.decidedAt} IS NULL) = (${t.leadingUnitId} IS NULL) AND (${t.leadingUnitId} IS NULL OR ${t.leadingUnitId} IN (${t.firstUnitId}, ${t.secondUnitId}))`,
    ),
  ],
);
