import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { decimal } from './decimal.ts';
import { targetKindEnum } from './enums.ts';
import { units, users } from './org.ts';
import { regionId, regions } from './regions.ts';

/** 指标 of SPEC section 5; the counting rule is chosen by code, the figures are data by period. */
export const targets = pgTable('targets', {
  code: text().primaryKey(),
  name: text().notNull(),
  kind: targetKindEnum().notNull(),
  unit: text().notNull(),
  // Annual targets count within the year of asOf; the others within their period.
  annual: boolean().notNull().default(false),
  sortOrder: integer().notNull().default(0),
  updatedAt: stamp(),
});

/**
 * A plan period of a target (SPEC 5.1): 2021–2023, then 2024–2026 …, each with its own value and
 * baseline, of one region (SPEC 2.1: a city has its own periods and values, counted over its districts).
 * Periods of one target in a region do not overlap (the service checks under a lock).
 */
export const targetPeriods = pgTable(
  'target_periods',
  {
    regionId: regionId(),
    code: text()
      .notNull()
      .references(() => targets.code),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    targetValue: decimal({ precision: 12, scale: 4 }).notNull(),
    baseline: decimal({ precision: 12, scale: 4 }),
    baselineYear: integer(),
    version: integer().notNull().default(1),
    updatedAt: stamp(),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.code, t.periodStart] }),
    check('target_periods_ordered', sql`${t.periodStart} <= ${t.periodEnd}`),
    check('target_periods_value_positive', sql`${t.targetValue} > 0`),
  ],
);

/** 指标分解: a period's value divided among units (e.g. 杭州湾经开区 10 of the 30). */
export const targetQuotas = pgTable(
  'target_quotas',
  {
    regionId: regionId(),
    code: text().notNull(),
    periodStart: date().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    value: decimal({ precision: 12, scale: 4 }).notNull(),
    updatedAt: stamp(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.periodStart, t.unitId] }),
    // The unit's region is the period's: a district's units divide the district's period.
    foreignKey({
      columns: [t.regionId, t.code, t.periodStart],
      foreignColumns: [targetPeriods.regionId, targetPeriods.code, targetPeriods.periodStart],
      name: 'target_quotas_period_fk',
    })
      .onUpdate('cascade')
      .onDelete('cascade'),
    check('target_quotas_value_non_negative', sql`${t.value} >= 0`),
  ],
);

/** A city's period divided among the regions below it (SPEC 2.1: 各区县分解), in the city's region. */
export const targetRegionQuotas = pgTable(
  'target_region_quotas',
  {
    regionId: regionId(),
    code: text().notNull(),
    periodStart: date().notNull(),
    /** The region below that takes this part. */
    quotaRegionId: integer()
      .notNull()
      .references(() => regions.id),
    value: decimal({ precision: 12, scale: 4 }).notNull(),
    updatedAt: stamp(),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.code, t.periodStart, t.quotaRegionId] }),
    foreignKey({
      columns: [t.regionId, t.code, t.periodStart],
      foreignColumns: [targetPeriods.regionId, targetPeriods.code, targetPeriods.periodStart],
      name: 'target_region_quotas_period_fk',
    })
      .onUpdate('cascade')
      .onDelete('cascade'),
    check('target_region_quotas_value_non_negative', sql`${t.value} >= 0`),
    check('target_region_quotas_below', sql`${t.quotaRegionId} <> ${t.regionId}`),
  ],
);

/**
 * A quarter's race, published by a region's ADMIN: frozen from then on (SPEC 5.2). A district's is its
 * units' race (`race_rows`); a city's, its districts' race (`region_race_rows`, SPEC 2.1).
 */
export const racePublications = pgTable(
  'race_publications',
  {
    regionId: regionId(),
    quarter: text().notNull(),
    asOf: date().notNull(),
    // The weights the scores were computed with, as they stood.
    weights: jsonb().$type<Record<string, string>>().notNull(),
    publishedAt: stamp(),
    publishedById: uuid().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.quarter] })],
);

/** The published rows; append-only like the audit log. */
export const raceRows = pgTable(
  'race_rows',
  {
    regionId: regionId(),
    quarter: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    newMajor10Signings: integer().notNull(),
    major50Signings: integer().notNull(),
    landingRate: decimal({ precision: 8, scale: 4 }),
    nodesOnTimePercent: decimal({ precision: 8, scale: 4 }),
    overdueProblems: integer().notNull(),
    /** Due dates of the unit's problems extended in the quarter; null in quarters published before it was counted. */
    problemExtensions: integer(),
    reportsOnTimePercent: decimal({ precision: 8, scale: 4 }),
    score: decimal({ precision: 8, scale: 4 }).notNull(),
    rank: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.quarter, t.unitId] }),
    foreignKey({
      columns: [t.regionId, t.quarter],
      foreignColumns: [racePublications.regionId, racePublications.quarter],
      name: 'race_rows_publication_fk',
    }),
  ],
);

/** A city's published districts' race: each district's figures as a whole, frozen like `race_rows`. */
export const regionRaceRows = pgTable(
  'region_race_rows',
  {
    regionId: regionId(),
    quarter: text().notNull(),
    /** The district ranked. */
    rankedRegionId: integer()
      .notNull()
      .references(() => regions.id),
    newMajor10Signings: integer().notNull(),
    major50Signings: integer().notNull(),
    landingRate: decimal({ precision: 8, scale: 4 }),
    nodesOnTimePercent: decimal({ precision: 8, scale: 4 }),
    overdueProblems: integer().notNull(),
    problemExtensions: integer().notNull(),
    reportsOnTimePercent: decimal({ precision: 8, scale: 4 }),
    score: decimal({ precision: 8, scale: 4 }).notNull(),
    rank: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.quarter, t.rankedRegionId] }),
    foreignKey({
      columns: [t.regionId, t.quarter],
      foreignColumns: [racePublications.regionId, racePublications.quarter],
      name: 'region_race_rows_publication_fk',
    }),
  ],
);

/**
 * Weights a region's ADMIN sets: of the race (赛马) composite score (scope RACE: a district's units', a
 * city's districts'), and of the year's assessment (年考核, scope ANNUAL: the quarters' scores against
 * the targets' results).
 */
export const scoreWeights = pgTable(
  'score_weights',
  {
    regionId: regionId(),
    key: text().notNull(),
    scope: text().$type<'RACE' | 'ANNUAL'>().notNull().default('RACE'),
    weight: decimal({ precision: 8, scale: 4 }).notNull(),
    sortOrder: integer().notNull().default(0),
    updatedAt: stamp(),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.key] }),
    check('score_weights_non_negative', sql`${t.weight} >= 0`),
    check('score_weights_scope', sql`${t.scope} IN ('RACE', 'ANNUAL')`),
  ],
);
