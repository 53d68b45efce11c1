import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { targetKindEnum } from './enums.ts';

/** 指标 of SPEC section 5; the counting rule is chosen by code, the figures are data. */
export const targets = pgTable(
  'targets',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    kind: targetKindEnum().notNull(),
    unit: text().notNull(),
    targetValue: decimal({ precision: 12, scale: 4 }).notNull(),
    baseline: decimal({ precision: 12, scale: 4 }),
    baselineYear: integer(),
    // Annual targets count within the year of asOf; the others within their period.
    annual: boolean().notNull().default(false),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    sortOrder: integer().notNull().default(0),
    version: integer().notNull().default(1),
    updatedAt: stamp(),
  },
  (t) => [check('targets_period_ordered', sql`${t.periodStart} <= ${t.periodEnd}`)],
);

/** Weights of the unit race (赛马) composite score, editable by ADMIN. */
export const scoreWeights = pgTable(
  'score_weights',
  {
    key: text().primaryKey(),
    weight: decimal({ precision: 8, scale: 4 }).notNull(),
    sortOrder: integer().notNull().default(0),
    updatedAt: stamp(),
  },
  (t) => [check('score_weights_non_negative', sql`${t.weight} >= 0`)],
);
