import type { Resolvers } from '../../generated/graphql.ts';
import { authorize, requireActor } from '../access/policy.ts';
import { unlockAccount } from '../auth/auth.service.ts';
import { createUser, listUsers, resetPassword, updateUser } from './user.service.ts';

export const userResolvers: Resolvers = {
  Query: {
    users: (_, __, ctx) => {
      authorize(requireActor(ctx.actor), 'user.manage');
      return listUsers(ctx.db);
    },
  },
  Mutation: {
    createUser: (_, { input }, ctx) =>
      createUser({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    updateUser: (_, { id, input }, ctx) =>
      updateUser({ db: ctx.db, actor: requireActor(ctx.actor), id, input, requestId: ctx.requestId }),
    resetPassword: (_, { id, newPassword }, ctx) =>
      resetPassword({ db: ctx.db, actor: requireActor(ctx.actor), id, newPassword, requestId: ctx.requestId }),
    unlockAccount: (_, { id }, ctx) =>
      unlockAccount({ db: ctx.db, actor: requireActor(ctx.actor), userId: id, requestId: ctx.requestId }),
  },
  User: {
    unit: (user, _, ctx) => (user.unitId ? ctx.loaders.unit.load(user.unitId) : null),
    locked: (user, _, ctx) => ctx.loaders.locked.load(user.username.toLowerCase()),
  },
};
