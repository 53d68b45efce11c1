import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { listBackups, startBackup } from './backup.service.ts';

export const backupResolvers: Resolvers = {
  Query: {
    backups: (_, __, ctx) => listBackups(ctx.db, requireActor(ctx.actor)),
  },
  Mutation: {
    startBackup: async (_, __, ctx) => {
      const actor = requireActor(ctx.actor);
      const started = await startBackup(
        { handle: ctx.handle, config: ctx.config, log: ctx.log },
        { actor, requestId: ctx.requestId },
      );
      // A manual backup is never another's: startBackup answers one or refuses.
      if (!started) throw new Error('a manual backup was not claimed');
      return started.row;
    },
  },
  Backup: {
    size: (b) => b.sizeBytes,
    startedBy: (b, _, ctx) => (b.startedById ? ctx.loaders.user.load(b.startedById) : null),
    downloadUrl: (b) => (b.status === 'DONE' ? `/api/backups/${b.id}` : null),
  },
};
