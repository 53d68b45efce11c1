import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { type administratorRoles, creatableRoles, type Role, roleEnum, units, users } from '@zdyq/db/schema';
import { and, asc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput, violatesUnique } from '../../errors.ts';
import { type Actor, authorize, holdsRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { checkNewPassword, rememberPassword } from '../auth/password.ts';
import { endUserSessions, isAdministrator } from '../auth/session.ts';
import { parseInput, requiredText, singleLine } from '../validation.ts';

export type UserRow = Omit<typeof users.$inferSelect, 'passwordHash' | 'totpSecret'>;

// Every column but the secrets (password hash, TOTP secret), which never leave the auth services.
const { passwordHash: _, totpSecret: __, ...userColumns } = getTableColumns(users);

export { userColumns };

export const userFields = {
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3–32位字母、数字、下划线、点或连字符'),
  displayName: requiredText('姓名', 40),
  role: z.enum(roleEnum.enumValues, '角色不正确'),
  businessRole: z.enum(creatableRoles, '新账号的角色须为招商人员、领导或履约监管人员；管理员角色由安全管理员授予'),
  unitId: z.uuid('单位不正确').nullable(),
  active: z.boolean(),
};

export async function listUsers(db: DatabaseOrTransaction): Promise<UserRow[]> {
  return await db.select(userColumns).from(users).orderBy(asc(users.role), asc(users.username));
}

/** Active accounts of a role, optionally of one unit, by name: whom a 包联领导, chair or 首席服务员 is chosen from. */
export async function activeUsersOf(
  db: DatabaseOrTransaction,
  role: 'LEADER' | 'PROMOTER',
  unitId?: string,
): Promise<UserRow[]> {
  if (unitId !== undefined && !z.uuid().safeParse(unitId).success) throw badInput('unitId', '单位不正确');
  return await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.role, role), eq(users.active, true), unitId ? eq(users.unitId, unitId) : undefined))
    .orderBy(asc(users.displayName));
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
  ip?: string | null;
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'user.manage');
  const input = parseInput(
    z.object({
      username: userFields.username,
      displayName: userFields.displayName,
      role: userFields.businessRole,
      unitId: userFields.unitId.optional().default(null),
      password: z.string(),
    }),
    args.input,
  );
  assertPromoterHasUnit(input.role, input.unitId);
  const passwordHash = await checkNewPassword(args.db, {
    userId: null,
    username: input.username,
    password: input.password,
    field: 'password',
  });
  return args.db.transaction(async (tx) => {
    await assertUnitExists(tx, input.unitId);
    return insertAccount(tx, { ...input, passwordHash }, args);
  });
}

/**
 * A new account in the transaction's writing region, its password checked and hashed by the caller:
 * usernames unique in the deployment, the initial password to be replaced at first sign-in, audited.
 */
export async function insertAccount(
  tx: DatabaseOrTransaction,
  input: { username: string; displayName: string; role: Role; unitId: string | null; passwordHash: string },
  by: { actor: Actor; ip?: string | null; requestId?: string },
): Promise<UserRow> {
  const taken = () => badInput('username', `用户名“${input.username}”已被使用`);
  const [clash] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  if (clash) throw taken();
  // Usernames are unique in the deployment (SPEC 2.1): another district's is not seen above, but its index holds.
  const [row] = await tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      unitId: input.unitId,
      passwordHash: input.passwordHash,
      // An initial password is the administrator's: the user must replace it at first sign-in.
      mustChangePassword: true,
    })
    .returning(userColumns)
    .catch((error: unknown) => {
      throw violatesUnique(error, 'users_username_key') ? taken() : error;
    });
  if (!row) throw new Error('user insert returned no row');
  await rememberPassword(tx, row.id, input.passwordHash);
  await recordAudit(tx, {
    actor: by.actor,
    action: 'user.create',
    entityType: 'user',
    entityId: row.id,
    changes: diffFields(null, row, ['username', 'displayName', 'role', 'unitId', 'active']),
    ip: by.ip,
    requestId: by.requestId,
  });
  return row;
}

const administratorNames: Record<(typeof administratorRoles)[number], string> = {
  ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDITOR: '审计管理员',
};

/** Refuses a change that would leave one of the three administrator roles without an active holder. */
async function assertAdministratorRemains(tx: DatabaseOrTransaction, before: UserRow, after: UserRow, field: string) {
  const role = before.role;
  if (!isAdministrator(role) || !before.active || (after.role === role && after.active)) return;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, role), eq(users.active, true), ne(users.id, before.id)));
  if ((row?.n ?? 0) === 0) {
    throw badInput(field, `不能停用或改变最后一个${administratorNames[role as keyof typeof administratorNames]}`);
  }
}

/** The accounts of the security and audit administrators are kept by SECURITY_ADMIN, not ADMIN (三员分立). */
function assertKeptByAdmin(actor: Actor, user: UserRow) {
  if (actor.role === 'ADMIN' && (user.role === 'SECURITY_ADMIN' || user.role === 'AUDITOR')) {
    throw new AppError('FORBIDDEN', '安全管理员和审计管理员的账号由安全管理员管理', { permission: 'role.assign' });
  }
}

export async function updateUser(args: {
  db: Database;
  actor: Actor;
  id: string;
  input: {
    displayName?: string | null;
    role?: string | null;
    unitId?: string | null;
    active?: boolean | null;
    reportReviewer?: boolean | null;
  };
  ip?: string | null;
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'user.manage');
  const patch = parseInput(
    z.object({
      displayName: userFields.displayName.optional(),
      role: userFields.role.optional(),
      unitId: userFields.unitId.optional(),
      active: userFields.active.optional(),
      reportReviewer: z.boolean().optional(),
    }),
    // GraphQL null means "not given" except for unitId, where null clears the unit.
    {
      displayName: args.input.displayName ?? undefined,
      role: args.input.role ?? undefined,
      unitId: args.input.unitId,
      active: args.input.active ?? undefined,
      reportReviewer: args.input.reportReviewer ?? undefined,
    },
  );
  return args.db.transaction(async (tx) => {
    const before = await getUser(tx, args.id);
    assertKeptByAdmin(args.actor, before);
    if (patch.role !== undefined && patch.role !== before.role) {
      throw new AppError('FORBIDDEN', '角色变更由安全管理员办理', { permission: 'role.assign' });
    }
    const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    assertPromoterHasUnit(next.role, next.unitId);
    if (next.reportReviewer && next.role !== 'PROMOTER') {
      throw badInput('reportReviewer', '只有招商人员可以担任本单位月报审核人');
    }
    await assertUnitExists(tx, next.unitId);
    await assertAdministratorRemains(tx, before, next, 'active');
    const [row] = await tx
      .update(users)
      .set({
        displayName: next.displayName,
        role: next.role,
        unitId: next.unitId,
        active: next.active,
        reportReviewer: next.reportReviewer,
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
      changes: diffFields(before, row, ['displayName', 'role', 'unitId', 'active', 'reportReviewer']),
      ip: args.ip,
      requestId: args.requestId,
    });
    return row;
  });
}

/**
 * Sets a new initial password for someone who forgot theirs (ADMIN for the business roles and
 * ADMIN, SECURITY_ADMIN for the security and audit administrators); the user must change it at the
 * next sign-in, and every session of theirs ends.
 */
export async function resetPassword(args: {
  db: Database;
  actor: Actor;
  id: string;
  newPassword: string;
  ip?: string | null;
  requestId?: string;
}): Promise<boolean> {
  if (!holdsRole(args.actor, 'user.manage') && !holdsRole(args.actor, 'role.assign')) {
    throw new AppError('FORBIDDEN', '没有权限执行此操作', { permission: 'user.manage' });
  }
  const user = await getUser(args.db, args.id);
  const kept = user.role === 'SECURITY_ADMIN' || user.role === 'AUDITOR' ? 'role.assign' : 'user.manage';
  authorize(args.actor, kept);
  const passwordHash = await checkNewPassword(args.db, {
    userId: user.id,
    username: user.username,
    password: args.newPassword,
    field: 'newPassword',
  });
  return args.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, args.id));
    await rememberPassword(tx, args.id, passwordHash);
    await endUserSessions(tx, args.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.resetPassword',
      entityType: 'user',
      entityId: args.id,
      note: '重置密码（须在下次登录时修改）',
      ip: args.ip,
      requestId: args.requestId,
    });
    return true;
  });
}

/**
 * SECURITY_ADMIN changes an account's role; only they grant the three administrator roles. Not
 * their own, never leaving a role of the three without a holder; the user signs in again.
 */
/**
 * SECURITY_ADMIN links an account to a government identity (the provider's `sub`, SPEC 1.1), or
 * with `subject` null removes the link. One identity, one account; the account's sessions end.
 */
export async function linkIdentity(args: {
  db: Database;
  actor: Actor;
  id: string;
  subject: string | null;
  ip?: string | null;
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'identity.link');
  const subject =
    args.subject === null
      ? null
      : parseInput(z.object({ subject: singleLine('政务账号标识', 255).min(1, '请填写政务账号标识') }), {
          subject: args.subject,
        }).subject;
  return args.db.transaction(async (tx) => {
    const before = await getUser(tx, args.id);
    if (subject) {
      const [taken] = await tx
        .select({ id: users.id, username: users.username })
        .from(users)
        .where(eq(users.oidcSubject, subject));
      if (taken && taken.id !== before.id) {
        throw badInput('subject', `该政务账号已关联账号“${taken.username}”`);
      }
    }
    const [row] = await tx
      .update(users)
      .set({ oidcSubject: subject, updatedAt: new Date() })
      .where(eq(users.id, args.id))
      .returning(userColumns);
    if (!row) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
    await endUserSessions(tx, row.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: subject ? 'user.linkIdentity' : 'user.unlinkIdentity',
      entityType: 'user',
      entityId: row.id,
      changes: diffFields(before, row, ['oidcSubject']),
      ip: args.ip,
      requestId: args.requestId,
    });
    return row;
  });
}

export async function setUserRole(args: {
  db: Database;
  actor: Actor;
  id: string;
  role: string;
  ip?: string | null;
  requestId?: string;
}): Promise<UserRow> {
  authorize(args.actor, 'role.assign');
  const { role } = parseInput(z.object({ role: userFields.role }), { role: args.role });
  if (args.id === args.actor.id) throw badInput('id', '不能改变自己的角色');
  return args.db.transaction(async (tx) => {
    const before = await getUser(tx, args.id);
    const next = { ...before, role };
    assertPromoterHasUnit(next.role, next.unitId);
    await assertAdministratorRemains(tx, before, next, 'role');
    const [row] = await tx
      .update(users)
      .set({ role, updatedAt: new Date() })
      .where(eq(users.id, args.id))
      .returning(userColumns);
    if (!row) throw new AppError('NOT_FOUND', '用户不存在', { field: 'id' });
    if (row.role !== before.role) await endUserSessions(tx, row.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'user.role',
      entityType: 'user',
      entityId: row.id,
      changes: diffFields(before, row, ['role']),
      ip: args.ip,
      requestId: args.requestId,
    });
    return row;
  });
}
