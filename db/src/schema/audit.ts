import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './org.ts';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * Who changed what, when. Append-only: a trigger in the migrations refuses UPDATE, DELETE and
 * TRUNCATE, so history cannot be rewritten even by a faulty query.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    projectId: uuid(),
    changes: jsonb().$type<FieldChanges>().notNull().default({}),
    note: text(),
    requestId: text(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_project_idx').on(t.projectId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);
