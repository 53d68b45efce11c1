import type { Database } from '@zdyq/db/client';
import { hashPassword, verifyPassword } from '@zdyq/db/password';
import { loginAttempts, users } from '@zdyq/db/schema';
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { passwordRule, type UserRow, userColumns } from '../user/user.service.ts';
import { parseInput } from '../validation.ts';
import { createSession, endUserSessions } from './session.ts';

/** Failed sign-ins allowed per account, and per address, within the window. */
export const LOGIN_LIMITS = { perUsername: 5, perIp: 30, windowMs: 15 * 60_000 } as const;

const WRONG_CREDENTIALS = '用户名或密码错误';
// Verified against when the user does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

async function assertNotThrottled(db: Database, username: string, ip: string | null) {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMs);
  const [row] = await db
    .select({
      byName: sql<number>`count(*) FILTER (WHERE lower(${loginAttempts.username}) = lower(${username}))::int`,
      byIp: sql<number>`count(*) FILTER (WHERE ${loginAttempts.ip} = ${ip ?? ''})::int`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  if ((row?.byName ?? 0) >= LOGIN_LIMITS.perUsername || (row?.byIp ?? 0) >= LOGIN_LIMITS.perIp) {
    throw new AppError('TOO_MANY_ATTEMPTS', '登录失败次数过多，请15分钟后再试');
  }
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
  const ip = args.ip ?? null;
  await assertNotThrottled(args.db, username, ip);
  const [found] = await args.db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  dummyHash ??= hashPassword('not-a-real-password-0');
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), args.password);
  if (!found || !ok || !found.active) {
    await args.db.insert(loginAttempts).values({ username, ip, succeeded: false });
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  const { passwordHash: _, ...user } = found;
  return args.db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip, succeeded: true });
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
