import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badInput } from '../../errors.ts';

/**
 * A list's `regionId` filter (SPEC 2.1: a city account narrows to one district) as a condition on the
 * row's region column; absent, no condition. A region the account does not read matches nothing, as
 * row-level security keeps its rows out; an id that is not one is refused naming the field.
 */
export function inRegion(column: PgColumn, regionId: string | null | undefined, field: string): SQL | undefined {
  if (regionId === null || regionId === undefined) return undefined;
  if (!/^\d{1,9}$/.test(regionId)) throw badInput(field, '地区不正确');
  return eq(column, Number(regionId));
}
