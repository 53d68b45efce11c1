import type { Resolvers } from '../../generated/graphql.ts';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/paging.ts';
import { authorize, requireSignedIn } from '../access/policy.ts';
import { listAudit } from './audit.service.ts';

const isId = (v: unknown): v is number => Number.isSafeInteger(v);

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, args, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'audit.read');
      const first = pageSize(args.first);
      const rows = await listAudit(ctx.db, {
        entityType: args.entityType,
        entityId: args.entityId,
        first,
        beforeId: decodeCursor(args.after, isId),
      });
      const nodes = rows.slice(0, first);
      const last = nodes.at(-1);
      return {
        nodes,
        pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.id) : null },
      };
    },
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
    actor: (entry, _, ctx) => (entry.actorId ? ctx.loaders.user.load(entry.actorId) : null),
    changes: (entry) =>
      Object.entries(entry.changes).map(([field, { from, to }]) => ({ field, from: display(from), to: display(to) })),
  },
};
