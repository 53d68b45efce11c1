import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { hashPassword, verifyPassword } from '@zdyq/db/password';
import { rowsOf } from '@zdyq/db/queries';
import { loginAttempts, users } from '@zdyq/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type UserRow, userColumns } from '../user/user.service.ts';
import { checkNewPassword, rememberPassword } from './password.ts';
import { getSecuritySettings } from './security-settings.ts';
import {
  createSession,
  endAllSessions,
  endSession,
  endUserSessions,
  isAdministrator,
  restrictionOf,
  type SessionPolicy,
  type SessionRestriction,
} from './session.ts';
import {
  type Attempt,
  LOGIN_LIMITS,
  lockDurationMs,
  lockoutOf,
  recordFailedAttempt,
  reserveAttempt,
  succeeded,
  throttled,
} from './throttle.ts';
import { verifySecondFactor } from './two-factor.ts';

const WRONG_CREDENTIALS = '用户名或密码错误';
const ACCOUNT_DISABLED = '账号已停用，请联系系统管理员';
// Verified against when the user does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

export async function login(args: {
  db: Database;
  username: string;
  password: string;
  /** The second factor's code (or a recovery code), when the account has one. */
  otp?: string | null;
  policy: SessionPolicy & { require2fa: boolean };
  /** PASSWORD_LOGIN: `admins` leaves passwords to the three administrator roles (the others use the provider). */
  passwordLogin?: 'all' | 'admins';
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string;
}): Promise<{ user: UserRow; token: string; expiresAt: Date; restriction: SessionRestriction | null }> {
  const username = args.username.trim().slice(0, 64);
  const ip = args.ip ?? '';
  const settings = await getSecuritySettings(args.db);
  const lockout = lockoutOf(settings);
  const event = { ip: args.ip, requestId: args.requestId, entityType: 'user' as const };
  let attempt: Attempt;
  try {
    attempt = await reserveAttempt(args.db, username, ip, lockout);
  } catch (error) {
    if (error instanceof AppError && error.code === 'TOO_MANY_ATTEMPTS') {
      await recordAudit(args.db, {
        ...event,
        actor: null,
        action: 'auth.login',
        entityId: username,
        result: 'DENIED',
        note: `账号锁定期间尝试登录：${username}`,
      });
    }
    throw error;
  }
  const [found] = await args.db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  dummyHash ??= hashPassword('not-a-real-password-0');
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), args.password.slice(0, 256));

  /** A failed attempt stays counted; the failure, and a lockout it starts, go into the audit log. */
  const refuse = async (reason: string, error: AppError): Promise<never> => {
    const who = {
      actor: found ?? null,
      entityId: found?.id ?? username,
      username,
      ip: args.ip,
      requestId: args.requestId,
    };
    await recordFailedAttempt(args.db, who, attempt, lockout, 'auth.login', reason);
    throw error;
  };
  if (!found || !ok || !found.active) {
    // With the right password the holder is told why (it reveals nothing to anyone without it).
    const disabled = found !== undefined && ok && !found.active;
    return refuse(
      found && !found.active ? '账号已停用' : '用户名或密码错误',
      new AppError('UNAUTHENTICATED', disabled ? ACCOUNT_DISABLED : WRONG_CREDENTIALS),
    );
  }
  if (args.passwordLogin === 'admins' && !isAdministrator(found.role)) {
    // The password was right, but business roles sign in through the identity provider here.
    return refuse(
      '密码登录仅限管理员',
      new AppError('UNAUTHENTICATED', '请使用政务账号登录，本系统的密码登录仅限管理员', {
        field: 'password',
      }),
    );
  }
  const { passwordHash: _, ...user } = found;
  // A second factor someone enrolled is asked for, demo account or not; demo accounts are only never made to enrol.
  if (user.totpEnabledAt) {
    if (!args.otp) {
      // The password was right: this is the first of two steps, not a failure.
      await args.db.delete(loginAttempts).where(eq(loginAttempts.id, attempt.id));
      throw new AppError('TWO_FACTOR_REQUIRED', '请输入动态验证码', { field: 'otp' });
    }
    if (!(await verifySecondFactor(args.db, user.id, args.otp))) {
      return refuse('动态验证码错误', new AppError('UNAUTHENTICATED', '动态验证码不正确或已使用', { field: 'otp' }));
    }
  }
  const passwordDue =
    user.mustChangePassword ||
    (settings.passwordMaxAgeDays !== null &&
      Date.now() - user.passwordChangedAt.getTime() > settings.passwordMaxAgeDays * 86_400_000);
  const restriction = restrictionOf(
    { role: user.role, demo: user.demo, twoFactor: user.totpEnabledAt !== null, passwordDue },
    args.policy,
  );
  return args.db.transaction(async (tx) => {
    await succeeded(tx, attempt);
    const session = await createSession(tx, { userId: user.id, policy: args.policy, ip, userAgent: args.userAgent });
    await recordAudit(tx, {
      ...event,
      actor: user,
      action: 'auth.login',
      entityId: user.id,
      note: `密码登录${restriction === 'PASSWORD_CHANGE' ? '，须修改密码' : restriction ? '，须绑定动态验证码' : ''}`,
    });
    return { user, token: session.token, expiresAt: session.expiresAt, restriction };
  });
}

/** Ends the caller's session; audited. */
export async function logout(args: {
  db: Database;
  actor: Actor | null;
  sessionId: string | null;
  ip?: string | null;
  requestId?: string;
}): Promise<void> {
  if (!args.sessionId || !args.actor) return;
  await args.db.transaction(async (tx) => {
    await endSession(tx, args.sessionId as string);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'auth.logout',
      entityType: 'user',
      entityId: (args.actor as Actor).id,
      ip: args.ip,
      requestId: args.requestId,
    });
  });
}

/** Ends every session of the caller, on every device; audited with the number ended. */
export async function logoutEverywhere(args: {
  db: Database;
  actor: Actor;
  ip?: string | null;
  requestId?: string;
}): Promise<number> {
  return args.db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, args.actor.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'auth.logoutEverywhere',
      entityType: 'user',
      entityId: args.actor.id,
      note: `结束${ended}个会话`,
      ip: args.ip,
      requestId: args.requestId,
    });
    return ended;
  });
}

/** Sign-in attempts are kept 30 days (the audit log keeps the record of sign-ins for longer). */
export async function purgeOldLoginAttempts(db: DatabaseOrTransaction): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.at} < now() - interval '30 days'`);
}

/** Whether an account is waiting out a throttle from some address now. */
export async function lockedUsernames(db: DatabaseOrTransaction, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await rowsOf<{ username: string; failures: number; last: Date | string }>(
    db,
    sql`
    SELECT lower(a.username) AS username, a.ip, count(*)::int AS failures, max(a.at) AS last
    FROM login_attempts a
    WHERE lower(a.username) IN (${sql.join(
      usernames.map((u) => sql`lower(${u})`),
      sql`, `,
    )})
      AND NOT a.succeeded AND a.at > now() - make_interval(secs => ${LOGIN_LIMITS.maxLockMs / 1000})
      AND a.at > coalesce((SELECT max(s.at) FROM login_attempts s
        WHERE lower(s.username) = lower(a.username) AND s.ip = a.ip AND s.succeeded), '-infinity'::timestamptz)
    GROUP BY lower(a.username), a.ip`,
  );
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
export async function unlockAccount(args: {
  db: Database;
  actor: Actor;
  userId: string;
  ip?: string | null;
  requestId?: string;
}) {
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
      ip: args.ip,
      requestId: args.requestId,
    });
    return true;
  });
}

/**
 * The user changes their own password: the current one, then a new one by the rules (SPEC 等保:
 * classes, not the username, none of the last five). Lifts a forced change; ends the user's other
 * sessions.
 */
export async function changePassword(args: {
  db: Database;
  actor: Actor;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  ip?: string | null;
  requestId?: string;
}): Promise<boolean> {
  const who = { actor: args.actor, username: args.actor.username, ip: args.ip, requestId: args.requestId };
  const check = { action: 'user.changePassword', field: 'currentPassword', reason: '当前密码错误' };
  // The current password is a guess a stolen session could make: throttled as sign-in is.
  await throttled(args.db, who, check, async () => {
    const [row] = await args.db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, args.actor.id));
    if (!row || !(await verifyPassword(row.passwordHash, args.currentPassword))) {
      throw new AppError('BAD_USER_INPUT', '当前密码不正确', { field: 'currentPassword' });
    }
  });
  if (args.currentPassword === args.newPassword) {
    throw new AppError('BAD_USER_INPUT', '新密码不能与当前密码相同', { field: 'newPassword' });
  }
  const passwordHash = await checkNewPassword(args.db, {
    userId: args.actor.id,
    username: args.actor.username,
    password: args.newPassword,
    field: 'newPassword',
  });
  await args.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, args.actor.id));
    await rememberPassword(tx, args.actor.id, passwordHash);
    await endUserSessions(tx, args.actor.id, args.sessionId);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.changePassword',
      entityType: 'user',
      entityId: args.actor.id,
      ip: args.ip,
      requestId: args.requestId,
    });
  });
  return true;
}
