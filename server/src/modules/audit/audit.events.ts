import type { DatabaseOrTransaction } from '@zdyq/db/client';
import type { Actor } from '../access/policy.ts';
import { recordAudit } from './audit.service.ts';

/**
 * A refusal for lack of rights (等保: 越权访问). Written on its own, outside any transaction of the
 * request, and never in the way of the answer: a database that cannot take the row is logged and
 * the caller still gets FORBIDDEN.
 */
export async function recordDenial(
  db: DatabaseOrTransaction,
  args: {
    actor: Actor | null;
    what: string;
    permission?: unknown;
    ip?: string | null;
    requestId?: string | null;
    log?: { warn(object: unknown, message: string): void };
  },
): Promise<void> {
  try {
    await recordAudit(db, {
      actor: args.actor,
      action: 'access.denied',
      entityType: 'operation',
      entityId: args.what.slice(0, 200),
      note: typeof args.permission === 'string' ? `缺少权限 ${args.permission}` : null,
      ip: args.ip,
      requestId: args.requestId,
      result: 'DENIED',
    });
  } catch (error) {
    args.log?.warn({ err: error }, 'could not record an access denial');
  }
}
