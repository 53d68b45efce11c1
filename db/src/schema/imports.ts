import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { users } from './org.ts';
import { regionId } from './regions.ts';

export const importStatuses = ['RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * A 台账 import run in the background: its progress, shared by every server instance through the
 * table (any instance answers a status request, any can ask it to stop), and its result.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    dryRun: boolean().notNull(),
    status: text().$type<ImportStatus>().notNull().default('RUNNING'),
    phase: text().notNull().default('PARSING'),
    total: integer().notNull().default(0),
    processed: integer().notNull().default(0),
    cancelRequested: boolean().notNull().default(false),
    // { total, created, updated, unchanged, errors: [{ row, column, message }] }
    result: jsonb(),
    // Why a job failed as a whole: { code, message, field, … }, the shape of the API's errors.
    error: jsonb().$type<{ code: string; message: string } & Record<string, unknown>>(),
    createdAt: stamp(),
    // The running instance touches it after every slice; a job silent for long was interrupted.
    heartbeatAt: stamp(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('import_jobs_user_idx').on(t.userId, t.createdAt),
    check('import_jobs_status', sql`${t.status} IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')`),
  ],
);

/**
 * Rows an import has checked and written aside, slice by slice, for the short transaction that
 * applies them all at once; removed when the job ends.
 */
export const importStaging = pgTable(
  'import_staging',
  {
    regionId: regionId(),
    jobId: uuid()
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    target: text().notNull(),
    seq: integer().notNull(),
    data: jsonb().notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.target, t.seq] })],
);
