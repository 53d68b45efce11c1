import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { requireActor } from '../access/policy.ts';
import { changePassword, login } from './auth.service.ts';
import { endSession } from './session.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => (ctx.actor ? ctx.loaders.user.load(ctx.actor.id) : null),
    appConfig: (_, __, ctx) => {
      requireActor(ctx.actor);
      return { mapTileUrl: ctx.config.mapTileUrl, mapTileAttribution: ctx.config.mapTileAttribution, today: today() };
    },
  },
  Mutation: {
    login: async (_, { username, password }, ctx) => {
      const result = await login({
        db: ctx.db,
        username,
        password,
        ttlMs: ctx.config.sessionTtlMs,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        requestId: ctx.requestId,
      });
      ctx.setSessionCookie(result.token);
      return result.user;
    },
    logout: async (_, __, ctx) => {
      if (ctx.sessionId) await endSession(ctx.db, ctx.sessionId);
      ctx.clearSessionCookie();
      return true;
    },
    changePassword: (_, { currentPassword, newPassword }, ctx) =>
      changePassword({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        sessionId: ctx.sessionId ?? '',
        currentPassword,
        newPassword,
        requestId: ctx.requestId,
      }),
  },
};
