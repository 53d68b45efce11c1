import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './org.ts';
import { regionId } from './regions.ts';

/**
 * 我的待办 items a user has seen (the bell counts the others). The items themselves are computed
 * from the data each time; only their keys are kept here ("NODE_OVERDUE:<node id>" …), so an item
 * that changes kind — due, then overdue — counts as new again.
 */
export const todoSeen = pgTable(
  'todo_seen',
  {
    regionId: regionId(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemKey: text().notNull(),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemKey] }), index('todo_seen_seen_at_idx').on(t.seenAt)],
);

/**
 * A message to one person about something that happened or is due (批示, a problem handed to their
 * unit, an escalation, a rectify-by date near, reports missing at a month's close, the daily digest).
 * Written in the transaction of the event; always shown in the app.
 */
export const notifications = pgTable(
  'notifications',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Where in the app it is dealt with. */
    link: text(),
    /** For what the scheduler writes (digest, rectify-by): one per key, however many instances run. */
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
  ],
);

/**
 * The outbox: each notification's sending by e-mail or 钉钉 webhook, written with it, claimed by one
 * worker at a time (`locked_until`), retried with backoff, and kept as FAILED for ADMIN to see.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: text().$type<'EMAIL' | 'DINGTALK'>().notNull(),
    status: text().$type<'PENDING' | 'SENT' | 'FAILED'>().notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notification_deliveries_due_idx').on(t.status, t.nextAttemptAt)],
);

/** A person's choice of a channel for a kind of notification; no row means on. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    channel: text().$type<'EMAIL' | 'DINGTALK'>().notNull(),
    enabled: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);
