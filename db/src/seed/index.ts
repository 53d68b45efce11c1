import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { muGradeThresholds, targets, units, users } from '../schema/index.ts';
import { foundingRegions } from '../scope.ts';
import { createUser } from './factories.ts';
import { referenceMuGrades, referenceTargets, referenceUnits } from './reference.ts';
import { seedRegionReference } from './region-reference.ts';

export {
  DEMO_PASSWORD,
  type DemoUsername,
  demoAccounts,
  ensureDemoAccounts,
  seedDemo,
  seedDemoAccounts,
} from './demo.ts';
export { demoDistrict, type RegionDemoUsername, regionDemoAccounts, seedRegionDemo } from './demo-regions.ts';
export { createProject, createUser, type NewProject, type NewUser, unitByName } from './factories.ts';
export { referenceTargets, referenceUnits } from './reference.ts';
export { planPeriods, planStartOf, seedRegionReference } from './region-reference.ts';
export { seedSyntheticProjects } from './synthetic.ts';

/**
 * Units, targets, race weights and 亩均 grades every installation needs, with 上虞区's first periods and
 * the weights of 上虞区 and 绍兴市 (a city's periods and values are its own to add). Adds what is missing and never overwrites what an ADMIN has changed.
 */
export async function seedReference(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(units)
      .values(referenceUnits.map((u, i) => ({ ...u, sortOrder: i, regionId: foundingRegions.SY })))
      .onConflictDoNothing();
    await tx
      .insert(targets)
      .values(
        referenceTargets.map((t, i) => ({
          code: t.code,
          name: t.name,
          kind: t.kind,
          unit: t.unit,
          annual: t.annual,
          sortOrder: i,
        })),
      )
      .onConflictDoNothing();
    await seedRegionReference(tx, foundingRegions.SY, { periods: (t) => t.targetValue });
    await seedRegionReference(tx, foundingRegions.SX, { periods: null });
    await tx
      .insert(muGradeThresholds)
      .values([...referenceMuGrades])
      .onConflictDoNothing();
  });
}

/** The three administrator roles and the account each is first given to. */
export const firstAdministrators = {
  ADMIN: { username: 'admin', displayName: '系统管理员' },
  SECURITY_ADMIN: { username: 'security', displayName: '安全管理员' },
  AUDITOR: { username: 'auditor', displayName: '审计管理员' },
} as const;

export type AdministratorRole = keyof typeof firstAdministrators;

export async function hasActiveHolder(db: Database, role: AdministratorRole): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`${users.role} = ${role} AND ${users.active}`);
  return (row?.n ?? 0) > 0;
}

/**
 * In production the first holder of each administrator role comes from its environment password
 * (ADMIN_PASSWORD, SECURITY_ADMIN_PASSWORD, AUDITOR_PASSWORD), to be changed at the first sign-in;
 * does nothing once the role has a holder. Returns whether it created the account.
 */
export async function ensureAdministrator(db: Database, role: AdministratorRole, password: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`${users.role} = ${role}`);
    if ((row?.n ?? 0) > 0) return false;
    await createUser(tx, { ...firstAdministrators[role], role, password, mustChangePassword: true });
    return true;
  });
}
