import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { type AuditResult, auditLog, type FieldChanges } from '@zdyq/db/schema';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Actor } from '../access/policy.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export type AuditInput = {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  changes?: FieldChanges;
  note?: string | null;
  requestId?: string | null;
  /** The client's address, for security events. */
  ip?: string | null;
  result?: AuditResult;
};

export type AuditValues = typeof auditLog.$inferInsert;

/** The row an audit entry is stored as. */
export function auditValues(input: AuditInput): AuditValues {
  return {
    actorId: input.actor?.id ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    projectId: input.projectId ?? null,
    changes: input.changes ?? {},
    note: input.note ?? null,
    requestId: input.requestId ?? null,
    ip: input.ip ?? null,
    result: input.result ?? 'SUCCESS',
  };
}

/** Appends one audit entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: DatabaseOrTransaction, input: AuditInput): Promise<void> {
  await db.insert(auditLog).values(auditValues(input));
}

/** The fields whose values differ between two versions of a record, as before/after pairs. */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: ReadonlyArray<keyof T & string>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = before?.[field] ?? null;
    const to = after[field] ?? null;
    if (!Object.is(from, to) && JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** Newest first, keyset-paged by id. */
export async function listAudit(
  db: DatabaseOrTransaction,
  opts: { entityType?: string | null; entityId?: string | null; first: number; beforeId?: number },
) {
  const where = and(
    opts.entityType ? eq(auditLog.entityType, opts.entityType) : undefined,
    opts.entityId ? eq(auditLog.entityId, opts.entityId) : undefined,
    opts.beforeId !== undefined ? lt(auditLog.id, opts.beforeId) : undefined,
  );
  return await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(opts.first + 1);
}
