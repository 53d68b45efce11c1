import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { regions } from '@zdyq/db/schema';
import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../access/policy.ts';
import { scopeOf } from '../access/policy.ts';

export type RegionRow = typeof regions.$inferSelect;

/** Regions by id, for the loader. */
export async function regionsByIds(db: DatabaseOrTransaction, ids: readonly number[]): Promise<RegionRow[]> {
  return await db
    .select()
    .from(regions)
    .where(inArray(regions.id, [...ids]));
}

/** The account's region and those below it (SPEC 2.1), a city before its districts, by code. */
export async function visibleRegions(db: DatabaseOrTransaction, actor: Actor): Promise<RegionRow[]> {
  return await db
    .select()
    .from(regions)
    .where(inArray(regions.id, [...scopeOf(actor).regions]))
    .orderBy(asc(regions.level), asc(regions.code));
}
