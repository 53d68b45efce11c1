import type { Resolvers } from '../../generated/graphql.ts';
import { decodeCursor, encodeCursor, pageSize } from '../../lib/paging.ts';
import { authorize, requireSignedIn } from '../access/policy.ts';
import { parseInput } from '../validation.ts';
import { archiveAudit, listArchives, verifyAuditChain } from './audit.chain.ts';
import { actionLabel, actionLabels, fieldLabel } from './audit.labels.ts';
import { auditFilterInput, listAudit } from './audit.service.ts';
import { inWords, isUuid, type NameOf } from './audit.words.ts';

const isId = (v: unknown): v is number => Number.isSafeInteger(v);

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, args, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'audit.read');
      const first = pageSize(args.first);
      const rows = await listAudit(ctx.db, {
        ...parseInput(auditFilterInput, args.filter ?? {}),
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
    auditChainCheck: (_, __, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'audit.read');
      return verifyAuditChain(ctx.db);
    },
    auditArchives: (_, __, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'audit.read');
      return listArchives(ctx.db);
    },
    auditActions: (_, __, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'audit.read');
      return Object.entries(actionLabels).map(([action, label]) => ({ action, label }));
    },
  },
  Mutation: {
    archiveAuditLog: (_, __, ctx) =>
      archiveAudit({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        retentionDays: ctx.config.auditRetentionDays,
        folder: ctx.config.auditArchiveDir,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
    actor: (entry, _, ctx) => (entry.actorId ? ctx.loaders.user.load(entry.actorId) : null),
    actionLabel: (entry) => actionLabel(entry.action),
    objectLabel: async (entry, _, ctx) => {
      if (entry.entityType === 'user' && isUuid(entry.entityId)) {
        const user = await ctx.loaders.user.load(entry.entityId);
        if (user) return `${user.displayName}（${user.username}）`;
      }
      if (entry.entityType === 'unit' && isUuid(entry.entityId)) {
        const unit = await ctx.loaders.unit.load(entry.entityId);
        if (unit) return unit.name;
      }
      if (entry.projectId) {
        const project = await ctx.loaders.project.load(entry.projectId);
        if (project) return `${project.code} ${project.name}`;
      }
      return entry.entityId;
    },
    changes: (entry, _, ctx) => {
      const nameOf: NameOf = async (id) => {
        const unit = await ctx.loaders.unit.load(id);
        if (unit) return unit.name;
        const user = await ctx.loaders.user.load(id);
        if (user) return user.displayName;
        const project = await ctx.loaders.project.load(id);
        return project ? `${project.code} ${project.name}` : null;
      };
      return Promise.all(
        Object.entries(entry.changes).map(async ([field, { from, to }]) => ({
          field,
          label: fieldLabel(field),
          from: await inWords(from, nameOf),
          to: await inWords(to, nameOf),
        })),
      );
    },
  },
  AuditArchive: {
    id: (archive) => String(archive.id),
    archivedBy: (archive, _, ctx) => (archive.archivedById ? ctx.loaders.user.load(archive.archivedById) : null),
    url: (archive) => `/api/audit/archives/${archive.id}`,
  },
  AuditChainCheck: {
    firstBrokenId: (check) => (check.firstBrokenId === null ? null : String(check.firstBrokenId)),
  },
};
