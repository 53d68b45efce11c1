import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns.ts';
import { units, users } from './org.ts';
import { projects } from './projects.ts';
import { regionId } from './regions.ts';

/** Bytes kept in the database, so every server instance serves the same file. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

export const meetingKinds = ['DISPATCH', 'COORDINATION'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const agendaSources = ['ESCALATED', 'OVERDUE', 'RED_MAJOR', 'MANUAL'] as const;
export type AgendaSource = (typeof agendaSources)[number];

/**
 * 项目调度会 (DISPATCH, monthly) and 专题协调会 (COORDINATION): when, who chairs, who attends, the
 * agenda and the minutes. Its 议定事项 are problems with `meeting_id` set, so they are tracked,
 * escalated and listed in 我的待办 by the rules of SPEC 4.4.
 */
export const meetings = pgTable(
  'meetings',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<MeetingKind>().notNull(),
    title: text().notNull(),
    heldOn: date().notNull(),
    chairId: uuid().references(() => users.id),
    minutes: text(),
    createdById: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: stamp(),
    updatedAt: stamp(),
  },
  (t) => [
    index('meetings_held_on_idx').on(t.heldOn),
    check('meetings_kind', sql`${t.kind} IN ('DISPATCH', 'COORDINATION')`),
    check('meetings_title_not_blank', sql`btrim(${t.title}) <> ''`),
  ],
);

/** The units attending a meeting. */
export const meetingUnits = pgTable(
  'meeting_units',
  {
    regionId: regionId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] })],
);

/**
 * A meeting's agenda, in order: drafted from the escalated and overdue problems and the red ≥50亿
 * projects when the meeting is created, then edited by ADMIN. The problem and project it is about
 * are kept as they were put on the agenda.
 */
export const meetingAgendaItems = pgTable(
  'meeting_agenda_items',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    source: text().$type<AgendaSource>().notNull(),
    projectId: uuid().references(() => projects.id),
    // No reference to problems here (problems.ts refers to meetings); checked by the service.
    problemId: uuid(),
  },
  (t) => [
    index('meeting_agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('meeting_agenda_items_problem_idx').on(t.problemId),
    check('meeting_agenda_items_source', sql`${t.source} IN ('ESCALATED', 'OVERDUE', 'RED_MAJOR', 'MANUAL')`),
    check('meeting_agenda_items_title_not_blank', sql`btrim(${t.title}) <> ''`),
  ],
);

export const bulletinKinds = ['MONTHLY', 'QUARTERLY'] as const;
export type BulletinKind = (typeof bulletinKinds)[number];

/**
 * 督查通报: a monthly or quarterly bulletin as issued, kept whole — the .docx as it was generated and
 * the figures it printed — so what was sent out can be read again however the data moves on.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    regionId: regionId(),
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<BulletinKind>().notNull(),
    /** "2026-10" for a month, "2026-Q3" for a quarter. */
    period: text().notNull(),
    /** The day the figures are as of: the period's last day. */
    asOf: date().notNull(),
    title: text().notNull(),
    bestCase: text(),
    figures: jsonb().notNull(),
    file: bytes().notNull(),
    issuedById: uuid().references(() => users.id),
    issuedAt: stamp(),
  },
  (t) => [
    index('bulletins_period_idx').on(t.kind, t.period),
    check('bulletins_kind', sql`${t.kind} IN ('MONTHLY', 'QUARTERLY')`),
  ],
);
