import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BackupStatus } from '../values.ts';
import { stamp } from './columns.ts';
import { users } from './org.ts';

/**
 * Backups the server wrote (SPEC 8.1): one archive each in BACKUP_DIR, with the database snapshot,
 * the uploaded files and a manifest. A scheduled backup names its day, so of several instances at
 * the backup time only one writes it.
 */
export const backups = pgTable(
  'backups',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileName: text().notNull(),
    /** The district day a scheduled backup is for; null for one ADMIN started. */
    scheduledFor: date(),
    status: text().$type<BackupStatus>().notNull().default('RUNNING'),
    startedAt: stamp(),
    finishedAt: timestamp({ withTimezone: true }),
    sizeBytes: bigint({ mode: 'number' }),
    sha256: text(),
    /** Why it failed, in words for ADMIN. */
    error: text(),
    startedById: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('backups_file_name_key').on(t.fileName),
    uniqueIndex('backups_scheduled_for_key').on(t.scheduledFor),
    index('backups_started_at_idx').on(t.startedAt),
    check('backups_status', sql`${t.status} IN ('RUNNING', 'DONE', 'FAILED')`),
  ],
);
