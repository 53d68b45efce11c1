import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './org.ts';
import { regions } from './regions.ts';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Whether what an audit row records was done, refused by a rule, or denied for want of rights. */
export type AuditResult = 'SUCCESS' | 'FAILURE' | 'DENIED';

/**
 * Who did what, when, from where, with what result. Append-only: a trigger in the migrations refuses
 * UPDATE, DELETE and TRUNCATE, so history cannot be rewritten even by a faulty query. Tamper-evident:
 * a trigger (migration 0006) numbers each row in `chainSeq` and stores the SHA-256 of the previous
 * row's hash and its own content, so an edit made around the triggers breaks the chain there.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    /** The region of the change (the request's, else the actor's or the project's); none for a sign-in attempt of no account. */
    regionId: integer()
      .default(sql`zdyq_region()`)
      .references(() => regions.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    projectId: uuid(),
    changes: jsonb().$type<FieldChanges>().notNull().default({}),
    note: text(),
    requestId: text(),
    ip: text(),
    result: text().$type<AuditResult>().notNull().default('SUCCESS'),
    chainSeq: bigint({ mode: 'number' }),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index('audit_log_chain_idx').on(t.chainSeq),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_project_idx').on(t.projectId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);

/** The end of the audit chain: the last row's number and hash, updated by the chain trigger. */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer().primaryKey().default(1),
    seq: bigint({ mode: 'number' }).notNull(),
    hash: text().notNull(),
  },
  (t) => [check('audit_chain_head_single_row', sql`${t.id} = 1`)],
);

/** Audit rows archived to a file by the auditor and then removed; the chain continues from `lastHash`. */
export const auditArchives = pgTable('audit_archives', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  upToSeq: bigint({ mode: 'number' }).notNull(),
  lastHash: text().notNull(),
  rows: integer().notNull(),
  fileName: text().notNull(),
  fileSha256: text().notNull(),
  archivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  archivedById: uuid().references(() => users.id),
});
