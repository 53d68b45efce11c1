import { AppError } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { holdsRole, permissionsOf, requireActor, requireSignedIn } from '../access/policy.ts';
import { unlockAccount } from '../auth/auth.service.ts';
import {
  activeUsersOf,
  createUser,
  linkIdentity,
  listUsers,
  resetPassword,
  setUserRole,
  updateUser,
} from './user.service.ts';

export const userResolvers: Resolvers = {
  Query: {
    users: (_, __, ctx) => {
      const actor = requireSignedIn(ctx.actor);
      if (!holdsRole(actor, 'user.manage') && !holdsRole(actor, 'role.assign')) {
        throw new AppError('FORBIDDEN', '没有权限执行此操作', { permission: 'user.manage' });
      }
      return listUsers(ctx.db);
    },
    leaders: (_, __, ctx) => {
      requireActor(ctx.actor);
      return activeUsersOf(ctx.db, 'LEADER');
    },
    unitPromoters: (_, { unitId }, ctx) => {
      requireActor(ctx.actor);
      return activeUsersOf(ctx.db, 'PROMOTER', unitId);
    },
  },
  Mutation: {
    createUser: (_, { input }, ctx) =>
      createUser({ db: ctx.db, actor: requireSignedIn(ctx.actor), input, ip: ctx.ip, requestId: ctx.requestId }),
    updateUser: (_, { id, input }, ctx) =>
      updateUser({ db: ctx.db, actor: requireSignedIn(ctx.actor), id, input, ip: ctx.ip, requestId: ctx.requestId }),
    resetPassword: (_, { id, newPassword }, ctx) =>
      resetPassword({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        id,
        newPassword,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
    setUserRole: (_, { id, role }, ctx) =>
      setUserRole({ db: ctx.db, actor: requireSignedIn(ctx.actor), id, role, ip: ctx.ip, requestId: ctx.requestId }),
    linkIdentity: (_, { userId, subject }, ctx) =>
      linkIdentity({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        id: userId,
        subject,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
    unlinkIdentity: (_, { userId }, ctx) =>
      linkIdentity({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        id: userId,
        subject: null,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
    unlockAccount: (_, { id }, ctx) =>
      unlockAccount({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        userId: id,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
  },
  User: {
    unit: (user, _, ctx) => (user.unitId ? ctx.loaders.unit.load(user.unitId) : null),
    locked: (user, _, ctx) => ctx.loaders.locked.load(user.username.toLowerCase()),
    twoFactorEnabled: (user) => user.totpEnabledAt !== null,
    governmentIdentity: (user, _, ctx) =>
      ctx.actor && holdsRole(ctx.actor, 'identity.link') ? user.oidcSubject : null,
    permissions: (user) => permissionsOf(user.role),
  },
};
