import { users } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { addDays } from '../../lib/dates.ts';
import { authorize, requireSignedIn } from '../access/policy.ts';
import { changePassword, login, logout, logoutEverywhere } from './auth.service.ts';
import { PASSWORD_HISTORY } from './password.ts';
import { getSecuritySettings, setSecuritySettings } from './security-settings.ts';
import { isAdministrator, sessionPolicyOf } from './session.ts';
import {
  confirmEnrolment,
  disableTwoFactor,
  recoveryCodesLeft,
  regenerateRecoveryCodes,
  startEnrolment,
  verifySignInCode,
} from './two-factor.ts';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => (ctx.actor ? ctx.loaders.user.load(ctx.actor.id) : null),
    appConfig: (_, __, ctx) => {
      requireSignedIn(ctx.actor);
      return { mapTileUrl: ctx.config.mapTileUrl, mapTileAttribution: ctx.config.mapTileAttribution, today: ctx.today };
    },
    signInOptions: (_, __, ctx) => ({
      providerLabel: ctx.config.oidc?.label ?? null,
      passwordLogin: ctx.config.passwordLogin === 'admins' ? 'ADMINS' : 'ALL',
    }),
    myAccount: async (_, __, ctx) => {
      const actor = requireSignedIn(ctx.actor);
      const [user] = await ctx.db
        .select({ changedAt: users.passwordChangedAt, enabled: users.totpEnabledAt, demo: users.demo })
        .from(users)
        .where(eq(users.id, actor.id));
      const settings = await getSecuritySettings(ctx.db);
      const changedAt = user?.changedAt ?? new Date();
      return {
        restriction: ctx.restriction,
        signInMethod: ctx.signInMethod ?? 'PASSWORD',
        twoFactorEnabled: Boolean(user?.enabled),
        twoFactorRequired: ctx.config.require2fa && isAdministrator(actor.role) && !user?.demo,
        recoveryCodesLeft: user?.enabled ? await recoveryCodesLeft(ctx.db, actor.id) : 0,
        passwordChangedAt: changedAt,
        passwordExpiresOn:
          settings.passwordMaxAgeDays === null ? null : addDays(dayOf(changedAt), settings.passwordMaxAgeDays),
      };
    },
    securitySettings: async (_, __, ctx) => {
      authorize(requireSignedIn(ctx.actor), 'security.manage');
      return getSecuritySettings(ctx.db);
    },
  },
  Mutation: {
    login: async (_, { username, password, otp }, ctx) => {
      const result = await login({
        db: ctx.db,
        username,
        password,
        otp,
        policy: sessionPolicyOf(ctx.config),
        passwordLogin: ctx.config.passwordLogin,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        requestId: ctx.requestId,
      });
      ctx.setSessionCookie(result.token);
      return result.user;
    },
    logout: async (_, __, ctx) => {
      await logout({ db: ctx.db, actor: ctx.actor, sessionId: ctx.sessionId, ip: ctx.ip, requestId: ctx.requestId });
      ctx.clearSessionCookie();
      return true;
    },
    logoutEverywhere: async (_, __, ctx) => {
      const ended = await logoutEverywhere({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
      ctx.clearSessionCookie();
      return ended;
    },
    changePassword: (_, { currentPassword, newPassword }, ctx) =>
      changePassword({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        sessionId: ctx.sessionId ?? '',
        currentPassword,
        newPassword,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
    verifySignInCode: (_, { code }, ctx) => {
      const actor = requireSignedIn(ctx.actor);
      // Nothing to give: a session that is not waiting for its second factor is not a place to guess codes.
      if (ctx.restriction !== 'TWO_FACTOR_CODE') throw new AppError('CONFLICT', '本会话无需输入动态验证码');
      return verifySignInCode({
        db: ctx.db,
        actor,
        sessionId: ctx.sessionId ?? '',
        code,
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
    },
    startTwoFactorEnrolment: (_, __, ctx) => startEnrolment(ctx.db, requireSignedIn(ctx.actor)),
    confirmTwoFactor: (_, { code }, ctx) =>
      confirmEnrolment({ db: ctx.db, actor: requireSignedIn(ctx.actor), code, ip: ctx.ip, requestId: ctx.requestId }),
    regenerateRecoveryCodes: (_, { code }, ctx) =>
      regenerateRecoveryCodes({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        code,
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
    disableTwoFactor: (_, { userId, code }, ctx) => {
      const actor = requireSignedIn(ctx.actor);
      return disableTwoFactor({
        db: ctx.db,
        actor,
        userId: userId ?? actor.id,
        code,
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
    },
    setSecuritySettings: (_, { input }, ctx) =>
      setSecuritySettings({
        db: ctx.db,
        actor: requireSignedIn(ctx.actor),
        input: { ...input, passwordMaxAgeDays: input.passwordMaxAgeDays ?? null },
        ip: ctx.ip,
        requestId: ctx.requestId,
      }),
  },
  SecuritySettings: {
    passwordMinLength: () => 8,
    passwordHistory: () => PASSWORD_HISTORY,
    sessionIdleMinutes: (_, __, ctx) => ctx.config.sessionIdleMs / 60_000,
    sessionMaxHours: (_, __, ctx) => ctx.config.sessionTtlMs / 3_600_000,
    twoFactorRequired: (_, __, ctx) => ctx.config.require2fa,
    auditRetentionDays: (_, __, ctx) => ctx.config.auditRetentionDays,
  },
};
