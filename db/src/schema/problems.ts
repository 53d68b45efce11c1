import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { escalationLevelEnum, problemCategoryEnum, problemStatusEnum, problemUpdateKindEnum } from './enums.ts';
import { meetings } from './leadership.ts';
import { units, users } from './org.ts';
import { projects } from './projects.ts';
import { regionId } from './regions.ts';

/** 问题督办 (SPEC 4.4). */
export const problems = pgTable(
  'problems',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    title: text().notNull(),
    description: text(),
    category: problemCategoryEnum().notNull(),
    leadUnitId: uuid()
      .notNull()
      .references(() => units.id),
    status: problemStatusEnum().notNull().default('OPEN'),
    level: escalationLevelEnum().notNull().default('UNIT'),
    dueOn: date(),
    raisedById: uuid().references(() => users.id),
    /** Set for a 议定事项: the meeting that decided it. */
    meetingId: uuid().references(() => meetings.id),
    /** The problem a 议定事项 was decided on, when it was one on the agenda. */
    parentProblemId: uuid().references((): AnyPgColumn => problems.id),
    version: integer().notNull().default(1),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    index('problems_project_idx').on(t.projectId),
    index('problems_lead_unit_idx').on(t.leadUnitId),
    index('problems_meeting_idx').on(t.meetingId),
    index('problems_open_due_idx').on(t.dueOn).where(sql`${t.status} IN ('OPEN', 'IN_PROGRESS')`),
    check('problems_title_not_blank', sql`btrim(${t.title}) <> ''`),
  ],
);

/** 配合单位 of a problem. */
export const problemCoUnits = pgTable(
  'problem_co_units',
  {
    regionId: regionId(),
    problemId: uuid()
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.unitId] }), index('problem_co_units_unit_idx').on(t.unitId)],
);

/** A problem's timeline: progress notes, 批示, and every status or level change. */
export const problemUpdates = pgTable(
  'problem_updates',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    problemId: uuid()
      .notNull()
      .references(() => problems.id),
    kind: problemUpdateKindEnum().notNull(),
    body: text(),
    fromStatus: problemStatusEnum(),
    toStatus: problemStatusEnum(),
    fromLevel: escalationLevelEnum(),
    toLevel: escalationLevelEnum(),
    /** EXTENSION: the due date before and after. */
    fromDueOn: date(),
    toDueOn: date(),
    /** HANDOVER: the lead unit before and after; EXTENSION: the lead unit granted it (counted in its race). */
    fromUnitId: uuid().references(() => units.id),
    toUnitId: uuid().references(() => units.id),
    // Null for the scheduled sweep's automatic escalations.
    authorId: uuid().references(() => users.id),
    at: stamp(),
    // Order of writing: the entries of one transaction (an escalation two levels at once) share `at`.
    seq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    index('problem_updates_problem_idx').on(t.problemId, t.at),
    // Extensions in a quarter, for the race.
    index('problem_updates_kind_at_idx').on(t.kind, t.at),
  ],
);
