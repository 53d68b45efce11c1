import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { regionLevelEnum } from './enums.ts';

/**
 * 省、市、县（区）(SPEC 2.1): the tree a deployment serves. Every region-owned row names its region, and
 * row-level security (migration 0017) shows a request only the rows of its account's region and those below.
 */
export const regions = pgTable(
  'regions',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    /** The code a district's project codes start with: SY-2022-0007. */
    code: text().notNull(),
    name: text().notNull(),
    level: regionLevelEnum().notNull(),
    parentId: integer().references((): AnyPgColumn => regions.id),
    createdAt: stamp(),
  },
  (t) => [
    uniqueIndex('regions_code_key').on(t.code),
    check('regions_code_format', sql`${t.code} ~ '^[A-Z]{2,4}$'`),
    check('regions_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('regions_root_is_not_a_district', sql`${t.parentId} IS NOT NULL OR ${t.level} <> 'DISTRICT'`),
  ],
);

/**
 * The region a row belongs to: the writing request's own (`zdyq.region`, set with the request's scope),
 * or, on tables that hang from another row, that row's (the triggers of migration 0017 fill it in).
 */
export const regionId = () =>
  integer()
    .notNull()
    .default(sql`zdyq_region()`)
    .references(() => regions.id);
