import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { loginAttempts } from '@zdyq/db/schema';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getSecuritySettings } from './security-settings.ts';

/**
 * Throttling of every check of a secret: the password at sign-in and inside a session, the second
 * factor's code and the recovery codes. Failures count per account *and* address, so a stranger
 * guessing from elsewhere cannot lock a user out: after 5 failures a pair waits 15 minutes, then each
 * further failure doubles the wait (up to a day) until a success or an unlock. An address with 30
 * failures in 15 minutes, whatever the accounts, waits too. The first two figures are
 * SECURITY_ADMIN's lockout policy (security_settings); these are its defaults.
 */
export const LOGIN_LIMITS = {
  perAccountAndAddress: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
  maxLockMs: 24 * 3_600_000,
} as const;

// Advisory lock namespaces (any fixed numbers) for the two throttle keys.
const ACCOUNT_LOCK = 727_100_002;
const ADDRESS_LOCK = 727_100_003;

/** The lockout policy in force: failures before a wait, and the first wait. */
export type Lockout = { failures: number; firstWaitMs: number };

export const lockoutOf = (settings: { lockoutFailures: number; lockoutMinutes: number }): Lockout => ({
  failures: settings.lockoutFailures,
  firstWaitMs: settings.lockoutMinutes * 60_000,
});

const defaultLockout: Lockout = { failures: LOGIN_LIMITS.perAccountAndAddress, firstWaitMs: LOGIN_LIMITS.windowMs };

/** How long a pair with this many failures since its last success must wait after the last one. */
export function lockDurationMs(failures: number, lockout: Lockout = defaultLockout): number {
  if (failures < lockout.failures) return 0;
  const doublings = failures - lockout.failures;
  return Math.min(LOGIN_LIMITS.maxLockMs, lockout.firstWaitMs * 2 ** Math.min(doublings, 20));
}

type ThrottleRow = {
  pair_failures: number;
  pair_last: Date | string | null;
  address_failures: number;
  address_oldest: Date | string | null;
};

/** An attempt counted as a failure until `succeeded` says otherwise. */
export type Attempt = { id: number; failuresBefore: number };

/**
 * Checks the throttle and, in the same transaction under advisory locks on the account and the
 * address, records the attempt as a failure before the secret is verified: concurrent guesses each
 * take a place, so no more than the limit ever reach the check.
 */
export async function reserveAttempt(db: Database, username: string, ip: string, lockout: Lockout): Promise<Attempt> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}, hashtext(lower(${username})))`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${ip}))`);
    const [row] = await rowsOf<ThrottleRow>(
      tx,
      sql`
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
          AND a.at > now() - make_interval(secs => ${LOGIN_LIMITS.windowMs / 1000})) AS address_oldest`,
    );
    const now = Date.now();
    const pairUntil = row?.pair_last
      ? new Date(row.pair_last).getTime() + lockDurationMs(row.pair_failures, lockout)
      : 0;
    const addressUntil =
      row && row.address_failures >= LOGIN_LIMITS.perAddress && row.address_oldest
        ? new Date(row.address_oldest).getTime() + LOGIN_LIMITS.windowMs
        : 0;
    const until = Math.max(row && row.pair_failures >= lockout.failures ? pairUntil : 0, addressUntil);
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
    return { id: attempt.id, failuresBefore: row?.pair_failures ?? 0 };
  });
}

/** The secret was right: the attempt is a success, and the pair's failures before it no longer count. */
export async function succeeded(db: DatabaseOrTransaction, attempt: Attempt): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id));
}

type Who = {
  actor: Actor | null;
  /** The account's id, or the name given when no account has it. */
  entityId: string;
  username: string;
  ip?: string | null | undefined;
  requestId?: string | undefined;
};

/** A failed check into the audit log, and the lockout it starts when it is the one that reaches the limit. */
export async function recordFailedAttempt(
  db: Database,
  who: Who,
  attempt: Attempt,
  lockout: Lockout,
  action: string,
  reason: string,
): Promise<void> {
  const failures = attempt.failuresBefore + 1;
  const what = action === 'auth.login' ? '登录' : '验证';
  const event = { ip: who.ip, requestId: who.requestId, entityType: 'user' as const, entityId: who.entityId };
  await db.transaction(async (tx) => {
    await recordAudit(tx, {
      ...event,
      actor: who.actor,
      action,
      result: 'FAILURE',
      note: `${reason}：${who.username}`,
    });
    if (failures === lockout.failures) {
      await recordAudit(tx, {
        ...event,
        actor: who.actor,
        action: 'auth.lockout',
        result: 'DENIED',
        note: `连续${failures}次${what}失败，锁定${Math.round(lockDurationMs(failures, lockout) / 60_000)}分钟：${who.username}`,
      });
    }
  });
}

/**
 * A secret checked inside a session (the second factor's code, a recovery code, the current
 * password): throttled and locked out exactly as sign-in is, for the account and the address, so a
 * stolen session cannot guess its way past it. `work` runs the check and the change; a refusal
 * naming `field` is a failed attempt, recorded with the reason; anything else leaves the attempt
 * uncounted.
 */
export async function throttled<T>(
  db: Database,
  who: Omit<Who, 'entityId'> & { actor: NonNullable<Who['actor']> },
  check: { action: string; field: string; reason: string },
  work: () => Promise<T>,
): Promise<T> {
  const lockout = lockoutOf(await getSecuritySettings(db));
  const full = { ...who, entityId: who.actor.id };
  let attempt: Attempt;
  try {
    attempt = await reserveAttempt(db, who.username, who.ip ?? '', lockout);
  } catch (error) {
    if (error instanceof AppError && error.code === 'TOO_MANY_ATTEMPTS') {
      await recordAudit(db, {
        actor: who.actor,
        action: check.action,
        entityType: 'user',
        entityId: who.actor.id,
        ip: who.ip,
        requestId: who.requestId,
        result: 'DENIED',
        note: `锁定期间尝试验证：${who.username}`,
      });
    }
    throw error;
  }
  try {
    const result = await work();
    await succeeded(db, attempt);
    return result;
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT' && error.details.field === check.field) {
      await recordFailedAttempt(db, full, attempt, lockout, check.action, check.reason);
    } else {
      // Refused for another reason: the secret was not what failed.
      await db.delete(loginAttempts).where(eq(loginAttempts.id, attempt.id));
    }
    throw error;
  }
}
