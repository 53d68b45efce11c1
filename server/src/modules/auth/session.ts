import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { regionAndBelow } from '@zdyq/db/queries';
import { administratorRoles, type Role, securitySettings, sessions, users } from '@zdyq/db/schema';
import type { SignInMethod } from '@zdyq/db/values';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/policy.ts';

export const SESSION_COOKIE = 'zdyq_session';

/** How long a session lives: `ttlMs` from sign-in at most, and `idleMs` after the last request. */
export type SessionPolicy = { ttlMs: number; idleMs: number };

/** The sessions' limits and the second-factor requirement, from the configuration. */
export const sessionPolicyOf = (config: Config): SessionPolicy & { require2fa: boolean } => ({
  ttlMs: config.sessionTtlMs,
  idleMs: config.sessionIdleMs,
  require2fa: config.require2fa,
});

/**
 * What a session must do before anything else: change an initial, reset or expired password,
 * (an administrator where the second factor is required) enrol one, or (signed in through the
 * identity provider) give the account's own second factor's code.
 */
export type SessionRestriction = 'PASSWORD_CHANGE' | 'TWO_FACTOR_ENROLMENT' | 'TWO_FACTOR_CODE';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sliding expiry is written at most this often, so reads do not all turn into writes. */
const touchIntervalMs = (policy: SessionPolicy) => Math.min(60_000, policy.idleMs / 10);

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: DatabaseOrTransaction,
  args: {
    userId: string;
    policy: SessionPolicy;
    ip?: string | null;
    userAgent?: string | null;
    method?: SignInMethod;
    /** The provider's ID token, for signing out there. */
    idToken?: string | null;
    secondFactorPending?: boolean;
    /** The provider's own second factor stands in for the product's. */
    providerMfa?: boolean;
  },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const expiresAt = new Date(Date.now() + Math.min(args.policy.idleMs, args.policy.ttlMs));
  await db.insert(sessions).values({
    id: sessionId,
    userId: args.userId,
    expiresAt,
    ip: args.ip ?? null,
    userAgent: args.userAgent?.slice(0, 300) ?? null,
    method: args.method ?? 'PASSWORD',
    idToken: args.idToken ?? null,
    secondFactorPending: args.secondFactorPending ?? false,
    providerMfa: args.providerMfa ?? false,
  });
  return { token, sessionId, expiresAt };
}

export type ResolvedSession = {
  sessionId: string;
  actor: Actor;
  restriction: SessionRestriction | null;
  method: SignInMethod;
};

/**
 * The session and its account behind a token's hash: asked on every request, so the statement is built
 * once per database and prepared (each connection parses and plans it once).
 */
const lookups = new WeakMap<DatabaseOrTransaction, ReturnType<typeof prepareLookup>>();
const sessionLookup = (db: DatabaseOrTransaction) => {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  return lookup;
};

function prepareLookup(db: DatabaseOrTransaction) {
  return db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      regionId: users.regionId,
      regionIds: regionAndBelow(users.regionId),
      demo: users.demo,
      method: sessions.method,
      secondFactorPending: sessions.secondFactorPending,
      twoFactor: sql<boolean>`${users.totpEnabledAt} IS NOT NULL OR ${sessions.providerMfa}`,
      passwordDue: sql<boolean>`${users.mustChangePassword} OR coalesce(${users.passwordChangedAt}
        < now() - make_interval(days => ${securitySettings.passwordMaxAgeDays}), false)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(securitySettings, eq(securitySettings.id, 1))
    .where(
      and(
        eq(sessions.id, sql.placeholder('sessionId')),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.createdAt, sql`now() - make_interval(secs => ${sql.placeholder('ttlSeconds')}::float8)`),
        eq(users.active, true),
      ),
    )
    .prepare('zdyq_session_lookup');
}

/**
 * The actor behind a cookie token, or null when the token is unknown, idle too long, past its
 * absolute limit, or its user inactive; with what the session must do first, if anything.
 */
export async function resolveSession(
  db: DatabaseOrTransaction,
  token: string | undefined,
  policy: SessionPolicy & { require2fa: boolean },
): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const sessionId = hashToken(token);
  const [row] = await sessionLookup(db).execute({ sessionId, ttlSeconds: policy.ttlMs / 1000 });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > touchIntervalMs(policy)) {
    const expiresAt = new Date(Math.min(row.createdAt.getTime() + policy.ttlMs, Date.now() + policy.idleMs));
    await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.id, sessionId));
  }
  const { lastSeenAt: _, createdAt: __, demo, twoFactor, passwordDue, method, secondFactorPending, ...actor } = row;
  const restriction = secondFactorPending
    ? 'TWO_FACTOR_CODE'
    : restrictionOf({ role: actor.role, demo, twoFactor, passwordDue }, policy);
  return { sessionId, actor, restriction, method };
}

/** The demo accounts are exempt (SPEC 8); everyone else changes a due password, then enrols if required. */
export function restrictionOf(
  user: { role: Role; demo: boolean; twoFactor: boolean; passwordDue: boolean },
  policy: { require2fa: boolean },
): SessionRestriction | null {
  if (user.demo) return null;
  if (user.passwordDue) return 'PASSWORD_CHANGE';
  if (policy.require2fa && isAdministrator(user.role) && !user.twoFactor) return 'TWO_FACTOR_ENROLMENT';
  return null;
}

/** The error every operation but the allowed few answers while a session is restricted. */
export function restrictionError(restriction: SessionRestriction): AppError {
  if (restriction === 'PASSWORD_CHANGE') {
    return new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改密码（初始密码、重置后的密码或已过期的密码）');
  }
  return restriction === 'TWO_FACTOR_CODE'
    ? new AppError('TWO_FACTOR_REQUIRED', '请输入动态验证码', { field: 'otp' })
    : new AppError('TWO_FACTOR_REQUIRED', '管理员账号须先绑定动态验证码（双因素认证）', { enrol: true });
}

/** The second factor was given: the session signed in through the provider is free. */
export async function secondFactorGiven(db: DatabaseOrTransaction, sessionId: string): Promise<void> {
  await db.update(sessions).set({ secondFactorPending: false }).where(eq(sessions.id, sessionId));
}

/** How a session signed in, and the provider's ID token for signing out there. */
export async function sessionSignIn(db: DatabaseOrTransaction, sessionId: string) {
  const [row] = await db
    .select({ method: sessions.method, idToken: sessions.idToken })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

export const isAdministrator = (role: Role) => (administratorRoles as readonly Role[]).includes(role);

export async function endSession(db: DatabaseOrTransaction, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, but the one given (the user's own, when they change password). */
export async function endUserSessions(db: DatabaseOrTransaction, userId: string, exceptSessionId?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined));
}

export async function purgeExpiredSessions(db: DatabaseOrTransaction): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}

/** Ends every session of a user (sign out everywhere), the current one included. */
export async function endAllSessions(db: DatabaseOrTransaction, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}
