import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { industryEnum } from './enums.ts';
import { users } from './org.ts';
import { regionId } from './regions.ts';

/**
 * The characters of a 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, S, V, Z.
 * The check character is the server's to judge (modules/investor/credit-code.ts); the database
 * keeps the shape.
 */
export const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NP-RTUWXY]{18}$';

/**
 * 客商 (SPEC 3.1): a company the district courts. One per credit code in a region; `name_key` is the
 * name as 撞单 compares it (trimmed, full-width folded: `zdyq_name_key`, migration 0018).
 */
export const investors = pgTable(
  'investors',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    nameKey: text().notNull().generatedAlwaysAs(sql`zdyq_name_key(name)`),
    creditCode: text(),
    country: text(),
    industry: industryEnum(),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('investors_credit_code_key').on(t.regionId, t.creditCode).where(sql`${t.creditCode} IS NOT NULL`),
    index('investors_name_key_idx').on(t.regionId, t.nameKey),
    check('investors_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check(
      'investors_credit_code_shape',
      sql`${t.creditCode} IS NULL OR ${t.creditCode} ~ ${sql.raw(`'${CREDIT_CODE_PATTERN}'`)}`,
    ),
  ],
);

/** The people of an investor the promoters talk to, in the order given. */
export const investorContacts = pgTable(
  'investor_contacts',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    investorId: uuid()
      .notNull()
      .references(() => investors.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    name: text().notNull(),
    title: text(),
    phone: text(),
    email: text(),
  },
  (t) => [
    index('investor_contacts_investor_idx').on(t.investorId, t.position),
    check('investor_contacts_name_not_blank', sql`btrim(${t.name}) <> ''`),
  ],
);
