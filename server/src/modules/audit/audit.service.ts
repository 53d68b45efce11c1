import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { type AuditResult, auditLog, type FieldChanges, users } from '@zdyq/db/schema';
import { and, desc, eq, ilike, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { endOfDaySql, escapeLike, startOfDaySql } from '../../lib/sql.ts';
import type { Actor } from '../access/policy.ts';
import { isoDate } from '../project/project.input.ts';

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

export type AuditListFilter = {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  /** An action, or the family before its dot ("auth" for auth.login, auth.logout …). */
  action?: string | null;
  result?: AuditResult | null;
  search?: string | null;
  /** Days in the district's time, inclusive. */
  from?: string | null;
  to?: string | null;
};

/** The auditor's filter as it arrives (page or export), each field checked and named when wrong. */
export const auditFilterInput = z.object({
  actorId: z.uuid('操作人不正确').nullish(),
  action: z.string().max(60, '操作类型不正确').nullish(),
  result: z.enum(['SUCCESS', 'FAILURE', 'DENIED'], '结果不正确').nullish(),
  search: z.string().max(100, '搜索内容不能超过100个字').nullish(),
  from: isoDate('起始日期').nullish(),
  to: isoDate('截止日期').nullish(),
});

/** The filter in SQL, shared by the page and the export. */
export function auditWhere(filter: AuditListFilter): SQL | undefined {
  const search = filter.search?.trim();
  return and(
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action
      ? filter.action.includes('.')
        ? eq(auditLog.action, filter.action)
        : like(auditLog.action, `${escapeLike(filter.action)}.%`)
      : undefined,
    filter.result ? eq(auditLog.result, filter.result) : undefined,
    filter.from ? sql`${auditLog.at} >= ${startOfDaySql(filter.from)}` : undefined,
    filter.to ? sql`${auditLog.at} < ${endOfDaySql(filter.to)}` : undefined,
    search
      ? or(
          ilike(auditLog.entityId, `%${escapeLike(search)}%`),
          ilike(auditLog.note, `%${escapeLike(search)}%`),
          ilike(auditLog.ip, `%${escapeLike(search)}%`),
          sql`${auditLog.actorId} IN (SELECT ${users.id} FROM ${users}
            WHERE ${users.username} ILIKE ${`%${escapeLike(search)}%`} OR ${users.displayName} ILIKE ${`%${escapeLike(search)}%`})`,
        )
      : undefined,
  );
}

/** Newest first, keyset-paged by id. */
export async function listAudit(
  db: DatabaseOrTransaction,
  opts: AuditListFilter & { first: number; beforeId?: number },
) {
  return await db
    .select()
    .from(auditLog)
    .where(and(auditWhere(opts), opts.beforeId !== undefined ? lt(auditLog.id, opts.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(opts.first + 1);
}
