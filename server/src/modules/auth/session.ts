import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { sessions, users } from '@zdyq/db/schema';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Actor } from '../access/policy.ts';

export const SESSION_COOKIE = 'zdyq_session';
// Sliding expiry is written at most this often, so reads do not turn into writes.
const TOUCH_INTERVAL_MS = 5 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: DatabaseOrTransaction,
  args: { userId: string; ttlMs: number; ip?: string | null; userAgent?: string | null },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const expiresAt = new Date(Date.now() + args.ttlMs);
  await db.insert(sessions).values({
    id: sessionId,
    userId: args.userId,
    expiresAt,
    ip: args.ip ?? null,
    userAgent: args.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId, expiresAt };
}

/** The actor behind a cookie token, or null when the token is unknown, expired or its user inactive. */
export async function resolveSession(
  db: DatabaseOrTransaction,
  token: string | undefined,
  ttlMs: number,
): Promise<{ sessionId: string; actor: Actor } | null> {
  if (!token || token.length > 200) return null;
  const sessionId = hashToken(token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)));
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + ttlMs) })
      .where(eq(sessions.id, sessionId));
  }
  const { lastSeenAt: _, ...actor } = row;
  return { sessionId, actor };
}

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
