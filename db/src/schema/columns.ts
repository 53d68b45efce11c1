import { timestamp } from 'drizzle-orm/pg-core';

/** A timestamp set when the row is written (creation, or last change when the service updates it). */
export const stamp = () => timestamp({ withTimezone: true }).notNull().defaultNow();
