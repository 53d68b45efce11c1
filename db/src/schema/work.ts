import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './org.ts';

/**
 * 我的待办 items a user has seen (the bell counts the others). The items themselves are computed
 * from the data each time; only their keys are kept here ("NODE_OVERDUE:<node id>" …), so an item
 * that changes kind — due, then overdue — counts as new again.
 */
export const todoSeen = pgTable(
  'todo_seen',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemKey: text().notNull(),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemKey] }), index('todo_seen_seen_at_idx').on(t.seenAt)],
);
