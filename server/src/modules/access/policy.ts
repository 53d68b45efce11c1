import type { Role } from '@zdyq/db/schema';
import { AppError } from '../../errors.ts';

/** Who is acting: the signed-in user as the server trusts it. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
};

/**
 * Every write the product knows, and the roles that may do it (SPEC section 1). Reading is open to
 * every signed-in user. ADMIN may do everything.
 */
const grants = {
  'user.manage': [],
  'account.unlock': [],
  'unit.manage': [],
  'target.manage': [],
  'audit.read': [],
  'stage.correct': [],
  'report.close': [],
  'project.write': ['PROMOTER'],
  'milestone.write': ['PROMOTER'],
  'report.write': ['PROMOTER'],
  // Who works, closes, instructs and escalates a given problem: problem/problem.rules.ts.
  'problem.raise': ['PROMOTER'],
  'compliance.write': ['INSPECTOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

/** Permissions a PROMOTER holds only for records of their own unit. */
const unitScopedForPromoter: ReadonlySet<Permission> = new Set([
  'project.write',
  'milestone.write',
  'report.write',
  'problem.raise',
]);

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return actor;
}

export function can(actor: Actor, permission: Permission, scope: { unitId?: string | null } = {}): boolean {
  if (actor.role === 'ADMIN') return true;
  const roles: readonly Role[] = grants[permission];
  if (!roles.includes(actor.role)) return false;
  if (actor.role === 'PROMOTER' && unitScopedForPromoter.has(permission)) {
    return actor.unitId !== null && scope.unitId !== undefined && scope.unitId === actor.unitId;
  }
  return true;
}

/** Whether the actor's role holds the permission for some unit at all (before the unit is known). */
export function holdsRole(actor: Actor, permission: Permission): boolean {
  return actor.role === 'ADMIN' || (grants[permission] as readonly Role[]).includes(actor.role);
}

/** Throws FORBIDDEN when no unit could make the permission the actor's (checked before input is read). */
export function authorizeRole(actor: Actor, permission: Permission): void {
  if (!holdsRole(actor, permission)) throw new AppError('FORBIDDEN', '没有权限执行此操作', { permission });
}

/** Throws FORBIDDEN unless the actor holds the permission for the given unit. */
export function authorize(actor: Actor, permission: Permission, scope: { unitId?: string | null } = {}): void {
  if (!can(actor, permission, scope)) {
    throw new AppError('FORBIDDEN', '没有权限执行此操作', { permission });
  }
}
