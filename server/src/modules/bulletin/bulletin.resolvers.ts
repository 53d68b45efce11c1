import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import { issueBulletin, listBulletins } from './bulletin.service.ts';

export const bulletinResolvers: Resolvers = {
  Query: {
    bulletins: (_, { first }, ctx) => {
      requireActor(ctx.actor);
      return listBulletins(ctx.db, pageSize(first));
    },
  },
  Mutation: {
    issueBulletin: (_, { input }, ctx) =>
      issueBulletin({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
  },
  Bulletin: {
    issuedBy: (b, _, ctx) => (b.issuedById ? ctx.loaders.user.load(b.issuedById) : null),
    downloadUrl: (b) => `/api/bulletins/${b.id}.docx`,
  },
};
