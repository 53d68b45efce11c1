import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { hashPassword } from '@zdyq/db/password';
import { roleEnum, units, users } from '@zdyq/db/schema';
import { and, asc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { endUserSessions } from '../auth/session.ts';
import { parseInput } from '../validation.ts';

export type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'>;

// Every column but the password hash, which never leaves the user and auth services.
const { passwordHash: _, ...userColumns } = getTableColumns(users);

export { userColumns };

export const passwordRule = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码不能超过128位')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/[0-9]/, '密码须包含数字');

const userFields = {
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3–32位字母、数字、下划线、点或连字符'),
  displayName: z.string().trim().min(1, '姓名不能为空').max(40, '姓名不能超过40个字'),
  role: z.enum(roleEnum.enumValues, '角色不正确'),
  unitId: z.uuid('单位不正确').nullable(),
  active: z.boolean(),
};

export async function listUsers(db: DatabaseOrTransaction): Promise<UserRow[]> {
  return await db.select(userColumns).from(users).orderBy(asc(users.role), asc(users.username));
}

export async function usersByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<UserRow[]> {
  return await db
    .select(userColumns)
    .from(users)
    .where(inArray(users.id, [...ids]));
}

async function getUser(db: DatabaseOrTransaction, id: string): Promise<UserRow> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
  return row;
}

async function assertUnitExists(db: DatabaseOrTransaction, unitId: string | null) {
  if (unitId === null) return;
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!row) throw badInput('unitId', '单位不存在');
}

function assertPromoterHasUnit(role: string, unitId: string | null) {
  if (role === 'PROMOTER' && unitId === null) throw badInput('unitId', '招商人员必须属于一个责任单位');
}

export async function createUser(args: {
  db: Database;
  actor: Actor;
  input: { username: string; displayName: string; role: string; unitId?: string | null; password: string };
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'user.manage');
  const input = parseInput(
    z.object({
      username: userFields.username,
      displayName: userFields.displayName,
      role: userFields.role,
      unitId: userFields.unitId.optional().default(null),
      password: passwordRule,
    }),
    args.input,
  );
  assertPromoterHasUnit(input.role, input.unitId);
  const passwordHash = await hashPassword(input.password);
  return args.db.transaction(async (tx) => {
    await assertUnitExists(tx, input.unitId);
    const [clash] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`);
    if (clash) throw badInput('username', `用户名“${input.username}”已被使用`);
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        unitId: input.unitId,
        passwordHash,
      })
      .returning(userColumns);
    if (!row) throw new Error('user insert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      changes: diffFields(null, row, ['username', 'displayName', 'role', 'unitId', 'active']),
      requestId: args.requestId,
    });
    return row;
  });
}

/** Refuses a change that would leave no active administrator to run the system. */
async function assertAdminRemains(tx: DatabaseOrTransaction, userId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), eq(users.active, true), ne(users.id, userId)));
  if ((row?.n ?? 0) === 0) throw badInput('role', '不能停用或降级最后一个系统管理员');
}

export async function updateUser(args: {
  db: Database;
  actor: Actor;
  id: string;
  input: { displayName?: string | null; role?: string | null; unitId?: string | null; active?: boolean | null };
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'user.manage');
  const patch = parseInput(
    z.object({
      displayName: userFields.displayName.optional(),
      role: userFields.role.optional(),
      unitId: userFields.unitId.optional(),
      active: userFields.active.optional(),
    }),
    // GraphQL null means "not given" except for unitId, where null clears the unit.
    {
      displayName: args.input.displayName ?? undefined,
      role: args.input.role ?? undefined,
      unitId: args.input.unitId,
      active: args.input.active ?? undefined,
    },
  );
  return args.db.transaction(async (tx) => {
    const before = await getUser(tx, args.id);
    const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    assertPromoterHasUnit(next.role, next.unitId);
    await assertUnitExists(tx, next.unitId);
    if (before.role === 'ADMIN' && before.active && (next.role !== 'ADMIN' || !next.active)) {
      await assertAdminRemains(tx, before.id);
    }
    const [row] = await tx
      .update(users)
      .set({
        displayName: next.displayName,
        role: next.role,
        unitId: next.unitId,
        active: next.active,
        updatedAt: new Date(),
      })
      .where(eq(users.id, args.id))
      .returning(userColumns);
    if (!row) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
    // A deactivated user, or one whose role or unit changed, must sign in again to get the new rights.
    if (!row.active || row.role !== before.role || row.unitId !== before.unitId) await endUserSessions(tx, row.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: row.active === before.active ? 'user.update' : row.active ? 'user.activate' : 'user.deactivate',
      entityType: 'user',
      entityId: row.id,
      changes: diffFields(before, row, ['displayName', 'role', 'unitId', 'active']),
      requestId: args.requestId,
    });
    return row;
  });
}

export async function resetPassword(args: {
  db: Database;
  actor: Actor;
  id: string;
  newPassword: string;
  requestId?: string;
}): Promise<boolean> {
  authorize(args.actor, 'user.manage');
  const { newPassword } = parseInput(z.object({ newPassword: passwordRule }), { newPassword: args.newPassword });
  const passwordHash = await hashPassword(newPassword);
  return args.db.transaction(async (tx) => {
    await getUser(tx, args.id);
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, args.id));
    await endUserSessions(tx, args.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.resetPassword',
      entityType: 'user',
      entityId: args.id,
      note: '管理员重置密码',
      requestId: args.requestId,
    });
    return true;
  });
}
