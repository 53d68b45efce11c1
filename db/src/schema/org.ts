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
import type { SignInMethod } from '../values.ts';
import { stamp } from './columns.ts';
import { roleEnum, unitKindEnum } from './enums.ts';
import { regionId } from './regions.ts';

/** 责任单位: departments, development platforms, townships (SPEC section 2). */
export const units = pgTable(
  'units',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: unitKindEnum().notNull(),
    sortOrder: integer().notNull().default(0),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('units_name_key').on(t.regionId, t.name),
    check('units_name_not_blank', sql`btrim(${t.name}) <> ''`),
  ],
);

export const users = pgTable(
  'users',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    unitId: uuid().references(() => units.id),
    active: boolean().notNull().default(true),
    /** Set for an initial or reset password: nothing but changing it is allowed until it is changed. */
    mustChangePassword: boolean().notNull().default(false),
    passwordChangedAt: stamp(),
    /** TOTP (RFC 6238) secret, base32; the second factor is on once `totpEnabledAt` is set. */
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last time step a code was accepted for: a code is good once (RFC 6238 §5.2). */
    totpLastStep: bigint({ mode: 'number' }),
    /** A demo account (demo mode only): exempt from the password rules, the forced change and the second factor. */
    demo: boolean().notNull().default(false),
    /** Where reminders reach the person: e-mail, and the mobile number 钉钉 / 浙政钉 @-mentions. */
    email: text(),
    mobile: text(),
    /** A PROMOTER who reviews the monthly reports of their unit. */
    reportReviewer: boolean().notNull().default(false),
    /** The government identity (OpenID Connect `sub`) SECURITY_ADMIN linked the account to (SPEC 1.1). */
    oidcSubject: text(),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
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
    /** How the holder signed in: PASSWORD, or OIDC through the government's identity provider. */
    method: text().$type<SignInMethod>().notNull().default('PASSWORD'),
    /** The provider's ID token, sent back as the hint when signing out there. */
    idToken: text(),
    /** Signed in through the provider, the account's own second factor still to be given. */
    secondFactorPending: boolean().notNull().default(false),
    /** The provider's own second factor was used (`amr` with `mfa`) and is trusted (OIDC_MFA_TRUSTED). */
    providerMfa: boolean().notNull().default(false),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
    check('sessions_method', sql`${t.method} IN ('PASSWORD', 'OIDC')`),
  ],
);

/**
 * A sign-in gone to the identity provider and not yet back (SPEC 1.1): its state, nonce and PKCE
 * verifier, and the hash of the secret the browser that left holds in a cookie. Taken once on the
 * way back; any instance may finish it.
 */
export const oidcFlows = pgTable(
  'oidc_flows',
  {
    state: text().primaryKey(),
    nonce: text().notNull(),
    codeVerifier: text().notNull(),
    bindingHash: text().notNull(),
    createdAt: stamp(),
  },
  (t) => [index('oidc_flows_created_idx').on(t.createdAt)],
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

/** The hashes of a user's last passwords, so a new one cannot repeat them. */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passwordHash: text().notNull(),
    createdAt: stamp(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.createdAt)],
);

/** One-time recovery codes for the second factor, stored as hashes; used ones are kept with the time. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: stamp(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** The security administrator's policy, in one row. */
export const securitySettings = pgTable(
  'security_settings',
  {
    id: integer().primaryKey().default(1),
    /** Days a password may be used before it must be changed; null for no limit. */
    passwordMaxAgeDays: integer(),
    /** Failed sign-ins from one address before an account waits, and the first wait. */
    lockoutFailures: integer().notNull().default(5),
    lockoutMinutes: integer().notNull().default(15),
    updatedAt: stamp(),
    updatedById: uuid().references(() => users.id),
  },
  (t) => [
    check('security_settings_single_row', sql`${t.id} = 1`),
    check(
      'security_settings_max_age',
      sql`${t.passwordMaxAgeDays} IS NULL OR ${t.passwordMaxAgeDays} BETWEEN 1 AND 3650`,
    ),
    check(
      'security_settings_lockout',
      sql`${t.lockoutFailures} BETWEEN 3 AND 20 AND ${t.lockoutMinutes} BETWEEN 1 AND 1440`,
    ),
  ],
);
