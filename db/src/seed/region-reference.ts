import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../client.ts';
import { scoreWeights, targetPeriods } from '../schema/index.ts';
import { referenceScoreWeights, referenceTargets } from './reference.ts';

/** A target's value in a region's period: the plan's for a district. */
export type TargetValue = (target: (typeof referenceTargets)[number]) => string;

/**
 * What a region starts with (SPEC 2.1): the race's and the assessment's weights, and for a district each
 * target's first period at the value given (the plan's for a district), only for a target that has none there (ADMIN's periods
 * are never touched).
 */
export async function seedRegionReference(
  tx: DatabaseOrTransaction,
  regionId: number,
  options: { periods: TargetValue | null },
): Promise<void> {
  const valueFor = options.periods;
  if (valueFor) {
    for (const t of referenceTargets) {
      await tx.execute(sql`INSERT INTO target_periods (region_id, code, period_start, period_end, target_value, baseline, baseline_year)
        SELECT ${regionId}, ${t.code}, ${t.periodStart}::date, ${t.periodEnd}::date, ${valueFor(t)}::numeric, ${t.baseline}::numeric, ${t.baselineYear}::int
        WHERE NOT EXISTS (SELECT 1 FROM target_periods WHERE region_id = ${regionId} AND code = ${t.code})`);
    }
  }
  await tx
    .insert(scoreWeights)
    .values(referenceScoreWeights.map((w, i) => ({ ...w, sortOrder: i, regionId })))
    .onConflictDoNothing();
}

/** The first year of the three-year plan (2021–2023, 2024–2026 …) that contains a day. */
export const planStartOf = (today: Date) => 2021 + 3 * Math.floor((today.getUTCFullYear() - 2021) / 3);

/**
 * A region's plan period starting in `start` for every target of a plan period (not the annual ones), at
 * the value `valueFor` gives; one that exists is kept.
 */
export async function planPeriods(
  tx: DatabaseOrTransaction,
  regionId: number,
  start: number,
  valueFor: TargetValue = (t) => t.targetValue,
): Promise<void> {
  for (const target of referenceTargets.filter((t) => !t.annual)) {
    await tx
      .insert(targetPeriods)
      .values({
        regionId,
        code: target.code,
        periodStart: `${start}-01-01`,
        periodEnd: `${start + 2}-12-31`,
        targetValue: valueFor(target),
      })
      .onConflictDoNothing();
  }
}
