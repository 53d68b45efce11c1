import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { hashPassword, verifyPassword } from '@zdyq/db/password';
import { loginAttempts, users } from '@zdyq/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { passwordRule, type UserRow, userColumns } from '../user/user.service.ts';
import { parseInput } from '../validation.ts';
import { createSession, endUserSessions } from './session.ts';

/**
 * Sign-in throttling. Failures count per account *and* address, so a stranger guessing from
 * elsewhere cannot lock a user out: after 5 failures a pair waits 15 minutes, then each further
 * failure doubles the wait (up to a day) until a success or an unlock. An address with 30 failures
 * in 15 minutes, whatever the accounts, waits too.
 */
export const LOGIN_LIMITS = {
  perAccountAndAddress: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
  maxLockMs: 24 * 3_600_000,
} as const;

const WRONG_CREDENTIALS = '用户名或密码错误';
// Verified against when the user does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;
// Advisory lock namespaces (any fixed numbers) for the two throttle keys.
const ACCOUNT_LOCK = 727_100_002;
const ADDRESS_LOCK = 727_100_003;

/** How long a pair with this many failures since its last success must wait after the last one. */
export function lockDurationMs(failures: number): number {
  if (failures < LOGIN_LIMITS.perAccountAndAddress) return 0;
  const doublings = failures - LOGIN_LIMITS.perAccountAndAddress;
  return Math.min(LOGIN_LIMITS.maxLockMs, LOGIN_LIMITS.windowMs * 2 ** Math.min(doublings, 20));
}

type ThrottleRow = {
  pair_failures: number;
  pair_last: Date | string | null;
  address_failures: number;
  address_oldest: Date | string | null;
};

/**
 * Checks the throttle and, in the same transaction under advisory locks on the account and the
 * address, records the attempt as a failure before the password is verified: concurrent guesses
 * each take a place, so no more than the limit ever reach the password check.
 */
async function reserveAttempt(db: Database, username: string, ip: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}, hashtext(lower(${username})))`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${ip}))`);
    const result = await tx.execute(sql`
      WITH pair AS (
        SELECT at, succeeded FROM login_attempts
        WHERE lower(username) = lower(${username}) AND ip = ${ip} AND at > now() - make_interval(secs => ${LOGIN_LIMITS.maxLockMs / 1000})
      ), since AS (SELECT coalesce(max(at) FILTER (WHERE succeeded), '-infinity'::timestamptz) AS at FROM pair)
      SELECT
        (SELECT count(*) FROM pair, since WHERE NOT pair.succeeded AND pair.at > since.at)::int AS pair_failures,
        (SELECT max(pair.at) FROM pair, since WHERE NOT pair.succeeded AND pair.at > since.at) AS pair_last,
        (SELECT count(*) FROM login_attempts a WHERE a.ip = ${ip} AND NOT a.succeeded
          AND a.at > now() - make_interval(secs => ${LOGIN_LIMITS.windowMs / 1000}))::int AS address_failures,
        (SELECT min(a.at) FROM login_attempts a WHERE a.ip = ${ip} AND NOT a.succeeded
          AND a.at > now() - make_interval(secs => ${LOGIN_LIMITS.windowMs / 1000})) AS address_oldest`);
    const row = (result as unknown as { rows: ThrottleRow[] }).rows[0];
    const now = Date.now();
    const pairUntil = row?.pair_last ? new Date(row.pair_last).getTime() + lockDurationMs(row.pair_failures) : 0;
    const addressUntil =
      row && row.address_failures >= LOGIN_LIMITS.perAddress && row.address_oldest
        ? new Date(row.address_oldest).getTime() + LOGIN_LIMITS.windowMs
        : 0;
    const until = Math.max(row && row.pair_failures >= LOGIN_LIMITS.perAccountAndAddress ? pairUntil : 0, addressUntil);
    if (until > now) {
      const minutes = Math.ceil((until - now) / 60_000);
      throw new AppError('TOO_MANY_ATTEMPTS', `登录失败次数过多，请${minutes}分钟后再试，或请管理员解锁`, {
        retryAfterSeconds: Math.ceil((until - now) / 1000),
      });
    }
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ username, ip, succeeded: false })
      .returning({ id: loginAttempts.id });
    if (!attempt) throw new Error('login attempt insert returned no row');
    return attempt.id;
  });
}

export async function login(args: {
  db: Database;
  username: string;
  password: string;
  ttlMs: number;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string;
}): Promise<{ user: UserRow; token: string; expiresAt: Date }> {
  const username = args.username.trim().slice(0, 64);
  const ip = args.ip ?? '';
  const attemptId = await reserveAttempt(args.db, username, ip);
  const [found] = await args.db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  dummyHash ??= hashPassword('not-a-real-password-0');
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), args.password.slice(0, 256));
  if (!found || !ok || !found.active) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  const { passwordHash: _, ...user } = found;
  return args.db.transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
    const session = await createSession(tx, { userId: user.id, ttlMs: args.ttlMs, ip, userAgent: args.userAgent });
    await recordAudit(tx, {
      actor: user,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      requestId: args.requestId,
    });
    return { user, token: session.token, expiresAt: session.expiresAt };
  });
}

/** Sign-in attempts are kept 30 days (the audit log keeps the record of sign-ins for longer). */
export async function purgeOldLoginAttempts(db: DatabaseOrTransaction): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.at} < now() - interval '30 days'`);
}

/** Whether an account is waiting out a throttle from some address now. */
export async function lockedUsernames(db: DatabaseOrTransaction, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const result = await db.execute(sql`
    SELECT lower(a.username) AS username, a.ip, count(*)::int AS failures, max(a.at) AS last
    FROM login_attempts a
    WHERE lower(a.username) IN (${sql.join(
      usernames.map((u) => sql`lower(${u})`),
      sql`, `,
    )})
      AND NOT a.succeeded AND a.at > now() - make_interval(secs => ${LOGIN_LIMITS.maxLockMs / 1000})
      AND a.at > coalesce((SELECT max(s.at) FROM login_attempts s
        WHERE lower(s.username) = lower(a.username) AND s.ip = a.ip AND s.succeeded), '-infinity'::timestamptz)
    GROUP BY lower(a.username), a.ip`);
  const rows = (result as unknown as { rows: Array<{ username: string; failures: number; last: Date | string }> }).rows;
  const now = Date.now();
  return new Set(
    rows
      .filter(
        (r) =>
          new Date(r.last).getTime() + lockDurationMs(r.failures) > now &&
          r.failures >= LOGIN_LIMITS.perAccountAndAddress,
      )
      .map((r) => r.username),
  );
}

/** Lifts every throttle on an account (the failures are forgotten); audited. */
export async function unlockAccount(args: { db: Database; actor: Actor; userId: string; requestId?: string }) {
  authorize(args.actor, 'account.unlock');
  return args.db.transaction(async (tx) => {
    const [user] = await tx.select({ username: users.username }).from(users).where(eq(users.id, args.userId));
    if (!user) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
    await tx
      .delete(loginAttempts)
      .where(and(sql`lower(${loginAttempts.username}) = lower(${user.username})`, eq(loginAttempts.succeeded, false)));
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.unlock',
      entityType: 'user',
      entityId: args.userId,
      requestId: args.requestId,
    });
    return true;
  });
}

export async function changePassword(args: {
  db: Database;
  actor: Actor;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  requestId?: string;
}): Promise<boolean> {
  const { newPassword } = parseInput(z.object({ newPassword: passwordRule }), { newPassword: args.newPassword });
  const [row] = await args.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, args.actor.id));
  if (!row || !(await verifyPassword(row.passwordHash, args.currentPassword))) {
    throw new AppError('BAD_USER_INPUT', '当前密码不正确', { field: 'currentPassword' });
  }
  if (args.currentPassword === newPassword) {
    throw new AppError('BAD_USER_INPUT', '新密码不能与当前密码相同', { field: 'newPassword' });
  }
  const passwordHash = await hashPassword(newPassword);
  await args.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, args.actor.id));
    await endUserSessions(tx, args.actor.id, args.sessionId);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.changePassword',
      entityType: 'user',
      entityId: args.actor.id,
      requestId: args.requestId,
    });
  });
  return true;
}
