import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { muGradeThresholds, scoreWeights, targets, units, users } from '../schema/index.ts';
import { createUser } from './factories.ts';
import { referenceMuGrades, referenceScoreWeights, referenceTargets, referenceUnits } from './reference.ts';

export { DEMO_PASSWORD, type DemoUsername, demoAccounts, seedDemo, seedDemoAccounts } from './demo.ts';
export { createProject, createUser, type NewProject, type NewUser, unitByName } from './factories.ts';
export { referenceTargets, referenceUnits } from './reference.ts';
export { seedSyntheticProjects } from './synthetic.ts';

/**
 * Units, targets, race weights and 亩均 grades every installation needs. Adds what is missing and
 * never overwrites what an ADMIN has changed.
 */
export async function seedReference(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(units)
      .values(referenceUnits.map((u, i) => ({ ...u, sortOrder: i })))
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
    // A target's first period, only for a target that has none: ADMIN's periods are never touched.
    for (const t of referenceTargets) {
      await tx.execute(sql`INSERT INTO target_periods (code, period_start, period_end, target_value, baseline, baseline_year)
        SELECT ${t.code}, ${t.periodStart}::date, ${t.periodEnd}::date, ${t.targetValue}::numeric, ${t.baseline}::numeric, ${t.baselineYear}::int
        WHERE NOT EXISTS (SELECT 1 FROM target_periods WHERE code = ${t.code})`);
    }
    await tx
      .insert(scoreWeights)
      .values(referenceScoreWeights.map((w, i) => ({ ...w, sortOrder: i })))
      .onConflictDoNothing();
    await tx
      .insert(muGradeThresholds)
      .values([...referenceMuGrades])
      .onConflictDoNothing();
  });
}

export async function hasActiveAdmin(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`${users.role} = 'ADMIN' AND ${users.active}`);
  return (row?.n ?? 0) > 0;
}

/** In production the first administrator comes from ADMIN_PASSWORD; does nothing once an ADMIN exists. */
export async function ensureAdmin(db: Database, password: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`${users.role} = 'ADMIN'`);
    if ((row?.n ?? 0) > 0) return false;
    await createUser(tx, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', password });
    return true;
  });
}
