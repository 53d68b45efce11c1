import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { hashPassword, verifyPassword } from '@zdyq/db/password';
import { passwordHistory } from '@zdyq/db/schema';
import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { badInput } from '../../errors.ts';
import { parseInput } from '../validation.ts';

/** A new password may not be any of this many last ones. */
export const PASSWORD_HISTORY = 5;

const characterClasses = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** 等保 三级: at least 8 characters of at least 3 of the 4 classes (lower, upper, digit, symbol). */
export const passwordRule = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码不能超过128位')
  .refine(
    (p) => characterClasses.filter((c) => c.test(p)).length >= 3,
    '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  );

/**
 * Checks a password being set against the rules, the account's username and, for an existing
 * account, its last five passwords; returns its hash. BAD_USER_INPUT names `field` otherwise.
 */
export async function checkNewPassword(
  db: DatabaseOrTransaction,
  args: { userId: string | null; username: string; password: string; field: string },
): Promise<string> {
  const parsed = parseInput(z.object({ [args.field]: passwordRule }), { [args.field]: args.password });
  const password = String(parsed[args.field]);
  const name = args.username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    throw badInput(args.field, '密码不能包含用户名');
  }
  if (args.userId) {
    const recent = await db
      .select({ hash: passwordHistory.passwordHash })
      .from(passwordHistory)
      .where(eq(passwordHistory.userId, args.userId))
      .orderBy(desc(passwordHistory.id))
      .limit(PASSWORD_HISTORY);
    for (const { hash } of recent) {
      if (await verifyPassword(hash, password))
        throw badInput(args.field, `新密码不能与最近${PASSWORD_HISTORY}次使用的密码相同`);
    }
  }
  return hashPassword(password);
}

/** Remembers a password just set, keeping only the last five. */
export async function rememberPassword(db: DatabaseOrTransaction, userId: string, hash: string): Promise<void> {
  await db.insert(passwordHistory).values({ userId, passwordHash: hash });
  const older = await db
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .offset(PASSWORD_HISTORY);
  if (older.length > 0) {
    await db.delete(passwordHistory).where(
      inArray(
        passwordHistory.id,
        older.map((r) => r.id),
      ),
    );
  }
}
