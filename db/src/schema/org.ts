import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { roleEnum, unitKindEnum } from './enums.ts';

/** 责任单位: departments, development platforms, townships (SPEC section 2). */
export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: unitKindEnum().notNull(),
    sortOrder: integer().notNull().default(0),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [uniqueIndex('units_name_key').on(t.name), check('units_name_not_blank', sql`btrim(${t.name}) <> ''`)],
);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    unitId: uuid().references(() => units.id),
    active: boolean().notNull().default(true),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_unit_idx').on(t.unitId),
    // A promoter acts for a unit; without one the unit rules of SPEC section 1 cannot apply.
    check('users_promoter_has_unit', sql`${t.role} <> 'PROMOTER' OR ${t.unitId} IS NOT NULL`),
  ],
);

/** Server-side sessions: the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: stamp(),
    lastSeenAt: stamp(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Sign-in attempts, shared by every server instance, for throttling guessing. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull(),
    ip: text(),
    succeeded: boolean().notNull(),
    at: stamp(),
  },
  (t) => [
    index('login_attempts_username_at_idx').on(sql`lower(${t.username})`, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
  ],
);
