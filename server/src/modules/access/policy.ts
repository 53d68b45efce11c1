import type { Role } from '@zdyq/db/schema';
import type { RegionScope } from '@zdyq/db/scope';
import { businessRoles as businessRoleList } from '@zdyq/db/values';
import { AppError } from '../../errors.ts';

/** Who is acting: the signed-in user as the server trusts it. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  /** The account's region (SPEC 2.1), where it writes. */
  regionId: number;
  /** That region and those below it, which it reads (the region alone when not given). */
  regionIds?: readonly number[];
};

/** What the database lets a request of this account see and change (row-level security, migration 0017). */
export const scopeOf = (actor: Actor): RegionScope => ({
  region: actor.regionId,
  regions: actor.regionIds ?? [actor.regionId],
});

/** The roles that work with the projects: they read everything and hold the permissions below. */
const businessRoles: ReadonlySet<Role> = new Set(businessRoleList);

/**
 * Every permission the product knows and the roles that hold it (SPEC section 1). ADMIN holds what
 * the business roles may, plus the running of the system; 等保 三员分立 keeps role changes, the
 * security policy and unlocking with SECURITY_ADMIN and the audit log with AUDITOR, who hold
 * nothing else.
 */
const grants = {
  'user.manage': ['ADMIN'],
  'unit.manage': ['ADMIN'],
  'target.manage': ['ADMIN'],
  // 项目类型 and their node templates (SPEC 4.2).
  'template.manage': ['ADMIN'],
  'stage.correct': ['ADMIN'],
  // 项目异地落户 (SPEC 2.1): the city's ADMIN only (project.move.ts checks the city).
  'project.move': ['ADMIN'],
  // A district added below a city (SPEC 2.1): the city's ADMIN only (region.admin.ts checks the city).
  'region.manage': ['ADMIN'],
  // Linking 包抓领导 text no account matched.
  'leader.link': ['ADMIN'],
  'report.close': ['ADMIN'],
  // REPORT_DUE_DAY (SPEC 4.5).
  'report.settings': ['ADMIN'],
  // 调度会 / 专题协调会, their agenda, minutes and 议定事项: convened by the leaders who chair them,
  // or by ADMIN for them. 督查通报 come from the office (ADMIN) alone.
  'meeting.manage': ['ADMIN', 'LEADER'],
  'bulletin.issue': ['ADMIN'],
  // Backups (SPEC 8.1): the list, "backup now", the download.
  'backup.manage': ['ADMIN'],
  'project.write': ['ADMIN', 'PROMOTER'],
  // 客商 (SPEC 3.1): any promoter of the region registers or corrects one; leads are their unit's.
  'investor.write': ['ADMIN', 'PROMOTER'],
  'lead.write': ['ADMIN', 'PROMOTER'],
  // Which unit leads in a 撞单 (首报负责制 unless decided otherwise).
  'conflict.decide': ['ADMIN'],
  'milestone.write': ['ADMIN', 'PROMOTER'],
  'report.write': ['ADMIN', 'PROMOTER'],
  // A PROMOTER only as their unit's reviewer (report.service.ts).
  'report.review': ['ADMIN', 'PROMOTER'],
  // Who works, closes, instructs and escalates a given problem: problem/problem.rules.ts.
  'problem.raise': ['ADMIN', 'PROMOTER'],
  'compliance.write': ['ADMIN', 'INSPECTOR'],
  'role.assign': ['SECURITY_ADMIN'],
  'account.unlock': ['SECURITY_ADMIN'],
  // Linking an account to a government identity (SPEC 1.1).
  'identity.link': ['SECURITY_ADMIN'],
  'security.manage': ['SECURITY_ADMIN'],
  'audit.read': ['AUDITOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

/** The permissions a role holds (for some unit, where a PROMOTER's are their unit's), in the order above. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(grants) as Permission[]).filter((p) => (grants[p] as readonly Role[]).includes(role));
}

/** Permissions a PROMOTER holds only for records of their own unit. */
const unitScopedForPromoter: ReadonlySet<Permission> = new Set([
  'project.write',
  'lead.write',
  'milestone.write',
  'report.write',
  'report.review',
  'problem.raise',
]);

const FORBIDDEN_MESSAGE = '没有权限执行此操作';

/** Anyone signed in, for what concerns their own account (who am I, password, second factor, sign-out). */
export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return actor;
}

/** A signed-in user of a business role: the projects and everything about them are theirs to read. */
export function requireActor(actor: Actor | null): Actor {
  const signedIn = requireSignedIn(actor);
  if (!businessRoles.has(signedIn.role)) throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE, { permission: 'read' });
  return signedIn;
}

export function can(actor: Actor, permission: Permission, scope: { unitId?: string | null } = {}): boolean {
  if (!holdsRole(actor, permission)) return false;
  if (actor.role === 'PROMOTER' && unitScopedForPromoter.has(permission)) {
    return actor.unitId !== null && scope.unitId !== undefined && scope.unitId === actor.unitId;
  }
  return true;
}

/** Whether the actor's role holds the permission for some unit at all (before the unit is known). */
export function holdsRole(actor: Actor, permission: Permission): boolean {
  return (grants[permission] as readonly Role[]).includes(actor.role);
}

/** Throws FORBIDDEN when no unit could make the permission the actor's (checked before input is read). */
export function authorizeRole(actor: Actor, permission: Permission): void {
  if (!holdsRole(actor, permission)) throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE, { permission });
}

/** Throws FORBIDDEN unless the actor holds the permission for the given unit. */
export function authorize(actor: Actor, permission: Permission, scope: { unitId?: string | null } = {}): void {
  if (!can(actor, permission, scope)) throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE, { permission });
}
