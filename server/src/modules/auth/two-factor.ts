import { createHash, randomInt } from 'node:crypto';
import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { recoveryCodes, users } from '@zdyq/db/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { generateSecret, generateURI, NobleCryptoPlugin, ScureBase32Plugin, TOTP } from 'otplib';
import QRCode from 'qrcode';
import { AppError, badInput } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { secondFactorGiven } from './session.ts';
import { throttled } from './throttle.ts';

/**
 * The second factor: TOTP (RFC 6238, 30-second codes of 6 digits, as authenticator apps make them)
 * with ten one-time recovery codes. Enrolment is two steps: a secret is proposed (QR code), and
 * the factor is on only once a code from the app is confirmed.
 */

const ISSUER = '招大引强';
const RECOVERY_CODES = 10;
/** One step either side: a phone's clock a little off still works. */
const TOLERANCE_SECONDS = 30;

/** The TOTP of a secret, with otplib's audited default plugins. */
export const totpFor = (secret: string) =>
  new TOTP({ secret, crypto: new NobleCryptoPlugin(), base32: new ScureBase32Plugin() });

const hashCode = (code: string) => createHash('sha256').update(normalizeRecovery(code)).digest('hex');
const normalizeRecovery = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** A recovery code: 10 characters of an alphabet without look-alikes, shown as XXXXX-XXXXX. */
function newRecoveryCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export type Enrolment = { secret: string; uri: string; qrDataUrl: string };

/** Who is checking a code inside their session, for the throttle. */
const whoOf = (args: { actor: Actor; ip?: string | null; requestId?: string }) => ({
  actor: args.actor,
  username: args.actor.username,
  ip: args.ip,
  requestId: args.requestId,
});
/** A wrong code is refused naming `code`: that is the failed attempt the throttle counts. */
const codeCheck = (action: string) => ({ action, field: 'code', reason: '动态验证码错误' });

/** Proposes a new secret (replacing an unconfirmed one); the factor stays as it was until confirmed. */
export async function startEnrolment(db: Database, actor: Actor): Promise<Enrolment> {
  const [user] = await db.select({ enabled: users.totpEnabledAt }).from(users).where(eq(users.id, actor.id));
  if (user?.enabled) throw new AppError('CONFLICT', '已绑定动态验证码；如需更换，请先解除绑定');
  const secret = generateSecret();
  await db.update(users).set({ totpSecret: secret, totpLastStep: null }).where(eq(users.id, actor.id));
  const uri = generateURI({ issuer: ISSUER, label: actor.username, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Checks a code against the user's secret once: a code already used (or an earlier one) is refused. */
async function acceptCode(db: DatabaseOrTransaction, userId: string, code: string): Promise<boolean> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  const [user] = await db
    .select({ secret: users.totpSecret, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.secret) return false;
  const result = await totpFor(user.secret).verify(token, {
    epochTolerance: TOLERANCE_SECONDS,
    ...(user.lastStep !== null ? { afterTimeStep: user.lastStep } : {}),
  });
  if (!result.valid) return false;
  // Claimed atomically: of two requests with the same code, one wins.
  const claimed = await db
    .update(users)
    .set({ totpLastStep: result.timeStep })
    .where(and(eq(users.id, userId), sql`coalesce(${users.totpLastStep}, -1) < ${result.timeStep}`))
    .returning({ id: users.id });
  return claimed.length > 0;
}

/** Turns the factor on with a code from the app; returns the recovery codes, shown this once. */
export async function confirmEnrolment(args: {
  db: Database;
  actor: Actor;
  code: string;
  ip?: string | null;
  requestId?: string;
}): Promise<string[]> {
  return throttled(args.db, whoOf(args), codeCheck('auth.twoFactorEnable'), () =>
    args.db.transaction(async (tx) => {
      const [user] = await tx
        .select({ secret: users.totpSecret, enabled: users.totpEnabledAt })
        .from(users)
        .where(eq(users.id, args.actor.id))
        .for('update');
      if (user?.enabled) throw new AppError('CONFLICT', '已绑定动态验证码');
      if (!user?.secret) throw badInput('code', '请先生成绑定二维码');
      if (!(await acceptCode(tx, args.actor.id, args.code))) throw badInput('code', '验证码不正确或已过期');
      await tx.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, args.actor.id));
      const codes = await replaceRecoveryCodes(tx, args.actor.id);
      await recordAudit(tx, {
        actor: args.actor,
        action: 'auth.twoFactorEnable',
        entityType: 'user',
        entityId: args.actor.id,
        ip: args.ip,
        requestId: args.requestId,
      });
      return codes;
    }),
  );
}

async function replaceRecoveryCodes(tx: DatabaseOrTransaction, userId: string): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashCode(code) })));
  return codes;
}

/** New recovery codes for a user with the factor on (the old ones stop working); needs a current code. */
export async function regenerateRecoveryCodes(args: {
  db: Database;
  actor: Actor;
  code: string;
  ip?: string | null;
  requestId?: string;
}): Promise<string[]> {
  return throttled(args.db, whoOf(args), codeCheck('auth.recoveryCodes'), () =>
    args.db.transaction(async (tx) => {
      const [user] = await tx.select({ enabled: users.totpEnabledAt }).from(users).where(eq(users.id, args.actor.id));
      if (!user?.enabled) throw new AppError('CONFLICT', '尚未绑定动态验证码');
      if (!(await acceptCode(tx, args.actor.id, args.code))) throw badInput('code', '验证码不正确或已过期');
      const codes = await replaceRecoveryCodes(tx, args.actor.id);
      await recordAudit(tx, {
        actor: args.actor,
        action: 'auth.recoveryCodes',
        entityType: 'user',
        entityId: args.actor.id,
        ip: args.ip,
        requestId: args.requestId,
      });
      return codes;
    }),
  );
}

/**
 * The second step of signing in: a current code from the app, or an unused recovery code (then
 * spent). Returns how the user proved it, or null.
 */
export async function verifySecondFactor(
  db: DatabaseOrTransaction,
  userId: string,
  code: string,
): Promise<'TOTP' | 'RECOVERY_CODE' | null> {
  if (await acceptCode(db, userId, code)) return 'TOTP';
  if (normalizeRecovery(code).length !== 10) return null;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashCode(code)), isNull(recoveryCodes.usedAt)),
    )
    .returning({ id: recoveryCodes.id });
  return spent.length > 0 ? 'RECOVERY_CODE' : null;
}

/**
 * Turns the factor off: by the user with a current code, or by SECURITY_ADMIN for someone who lost
 * the phone and the codes (they then enrol again, if required, at their next sign-in).
 */
export async function disableTwoFactor(args: {
  db: Database;
  actor: Actor;
  userId: string;
  code?: string | null;
  ip?: string | null;
  requestId?: string;
}): Promise<boolean> {
  const own = args.userId === args.actor.id;
  const work = () =>
    args.db.transaction(async (tx) => {
      if (!own) authorize(args.actor, 'security.manage');
      if (own && !(await verifySecondFactor(tx, args.userId, args.code ?? ''))) {
        throw badInput('code', '验证码不正确或已过期');
      }
      const changed = await tx
        .update(users)
        .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
        .where(eq(users.id, args.userId))
        .returning({ id: users.id });
      if (changed.length === 0) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, args.userId));
      await recordAudit(tx, {
        actor: args.actor,
        action: 'auth.twoFactorDisable',
        entityType: 'user',
        entityId: args.userId,
        ip: args.ip,
        requestId: args.requestId,
      });
      return true;
    });
  // The user's own code is a guess a stolen session could make; SECURITY_ADMIN gives none.
  return own ? throttled(args.db, whoOf(args), codeCheck('auth.twoFactorDisable'), work) : work();
}

/**
 * The second step of a sign-in through the identity provider, for an account with a second factor
 * of its own: a code (or a recovery code) frees the session. Throttled as sign-in is.
 */
export async function verifySignInCode(args: {
  db: Database;
  actor: Actor;
  sessionId: string;
  code: string;
  ip?: string | null;
  requestId?: string;
}): Promise<boolean> {
  return throttled(args.db, whoOf(args), codeCheck('auth.secondFactor'), async () => {
    if (!(await verifySecondFactor(args.db, args.actor.id, args.code))) throw badInput('code', '验证码不正确或已过期');
    await secondFactorGiven(args.db, args.sessionId);
    await recordAudit(args.db, {
      actor: args.actor,
      action: 'auth.secondFactor',
      entityType: 'user',
      entityId: args.actor.id,
      note: '政务账号登录后输入动态验证码',
      ip: args.ip,
      requestId: args.requestId,
    });
    return true;
  });
}

/** How many unused recovery codes a user has left. */
export async function recoveryCodesLeft(db: DatabaseOrTransaction, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}
