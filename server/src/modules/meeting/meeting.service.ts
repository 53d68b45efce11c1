import type { Database, DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import {
  type AgendaSource,
  agendaSources,
  meetingAgendaItems,
  meetingKinds,
  meetings,
  meetingUnits,
  type problemCategoryEnum,
  problems,
  projects,
  units,
  users,
} from '@zdyq/db/schema';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { MeetingDecisionInput, MeetingInput, MeetingUpdateInput } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { type Actor, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { escalatedSql, openStatuses, problemOverdueSql } from '../problem/problem.rules.ts';
import { insertProblem, type ProblemRow, problemInput } from '../problem/problem.service.ts';
import { isoDate } from '../project/project.input.ts';
import { onBattleMap, redOnly } from '../project/project.queries.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { parseInput, requiredText } from '../validation.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type AgendaItemRow = typeof meetingAgendaItems.$inferSelect;
export type AgendaDraft = Omit<AgendaItemRow, 'id' | 'meetingId' | 'position' | 'regionId'>;
/** An item as the API gives it: saved on a meeting, or drafted (no id). */
export type AgendaItemModel = AgendaDraft & { id?: string | null };

type Write = { db: Database; actor: Actor; requestId?: string };

/** At most this many items of each source go on a drafted agenda; a longer one is read by no one. */
export const AGENDA_LIMIT_PER_SOURCE = 50;
const AGENDA_MAX = 200;

const levelName = { LEADER: '已提级区领导', MEETING: '提交协调会' } as const;

/**
 * The agenda a meeting held now starts from (the plan's 联动协调): problems escalated to a leader or
 * to a meeting, MEETING first; other problems past due; the red ≥50亿 projects. Open problems of
 * projects not terminated, by the rules of problem.rules.ts and the light of SPEC 4.3.
 */
export async function draftAgenda(db: DatabaseOrTransaction, asOf: string = today()): Promise<AgendaDraft[]> {
  const open = and(inArray(problems.status, [...openStatuses]), notTerminatedSql(asOf));
  const escalated = await db
    .select({
      id: problems.id,
      title: problems.title,
      level: problems.level,
      projectId: projects.id,
      name: projects.name,
    })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .where(and(open, escalatedSql(problems.level)))
    .orderBy(desc(problems.level), asc(problems.dueOn), asc(problems.createdAt))
    .limit(AGENDA_LIMIT_PER_SOURCE);
  const overdue = await db
    .select({ id: problems.id, title: problems.title, projectId: projects.id, name: projects.name })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .where(and(open, eq(problems.level, 'UNIT'), sql`${problemOverdueSql(asOf, 'problems')}`))
    .orderBy(asc(problems.dueOn), asc(problems.createdAt))
    .limit(AGENDA_LIMIT_PER_SOURCE);
  const major = await db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(onBattleMap(asOf, 'MAJOR_50'))
    .orderBy(desc(projects.totalInvestment), asc(projects.code));
  const red = await redOnly(db, major, asOf);
  return [
    ...escalated.map((p) => ({
      title: `${p.name}：${p.title}（${levelName[p.level as keyof typeof levelName]}）`,
      source: 'ESCALATED' as const,
      projectId: p.projectId,
      problemId: p.id,
    })),
    ...overdue.map((p) => ({
      title: `${p.name}：${p.title}（逾期未办结）`,
      source: 'OVERDUE' as const,
      projectId: p.projectId,
      problemId: p.id,
    })),
    ...red
      .slice(0, AGENDA_LIMIT_PER_SOURCE)
      .map((p) => ({ title: `${p.name}：红灯项目`, source: 'RED_MAJOR' as const, projectId: p.id, problemId: null })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function listMeetings(db: DatabaseOrTransaction, first: number): Promise<MeetingRow[]> {
  return await db.select().from(meetings).orderBy(desc(meetings.heldOn), desc(meetings.createdAt)).limit(first);
}

export async function meetingsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<MeetingRow[]> {
  return await db
    .select()
    .from(meetings)
    .where(inArray(meetings.id, [...ids]));
}

export async function getMeeting(db: DatabaseOrTransaction, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
}

export async function agendaOf(db: DatabaseOrTransaction, meetingId: string): Promise<AgendaItemRow[]> {
  return await db
    .select()
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, meetingId))
    .orderBy(asc(meetingAgendaItems.position));
}

export async function attendingUnitIds(db: DatabaseOrTransaction, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ unitId: meetingUnits.unitId })
    .from(meetingUnits)
    .where(eq(meetingUnits.meetingId, meetingId));
  return rows.map((r) => r.unitId);
}

/** The meetings' 议定事项, in the order they were recorded (one statement for a list of meetings). */
export async function decisionsByMeetings(
  db: DatabaseOrTransaction,
  meetingIds: readonly string[],
): Promise<ProblemRow[]> {
  return await db
    .select()
    .from(problems)
    .where(inArray(problems.meetingId, [...meetingIds]))
    .orderBy(asc(problems.createdAt));
}

/** Meetings whose agenda held a problem, latest first: when it was discussed. */
export async function meetingsDiscussing(db: DatabaseOrTransaction, problemId: string): Promise<MeetingRow[]> {
  return await db
    .selectDistinct({ meeting: meetings })
    .from(meetings)
    .innerJoin(meetingAgendaItems, eq(meetingAgendaItems.meetingId, meetings.id))
    .where(eq(meetingAgendaItems.problemId, problemId))
    .orderBy(desc(meetings.heldOn))
    .then((rows) => rows.map((r) => r.meeting));
}

// ---------------------------------------------------------------------------------------------
// Writes

const agendaItemInput = z.object({
  title: requiredText('议题', 200),
  source: z.enum(agendaSources, '议题来源不正确').nullish(),
  projectId: z.uuid('议题所涉项目不正确').nullish(),
  problemId: z.uuid('议题所涉问题不正确').nullish(),
});

const meetingFields = {
  kind: z.enum(meetingKinds, '会议类型不正确'),
  title: requiredText('会议名称', 100),
  heldOn: isoDate('会议日期'),
  chairId: z.uuid('主持领导不正确').nullish(),
  attendingUnitIds: z.array(z.uuid('参会单位不正确')).max(100, '参会单位不能超过100个').nullish(),
};

const createInput = z.object(meetingFields);
const updateInput = z.object({
  ...meetingFields,
  kind: meetingFields.kind.optional(),
  title: meetingFields.title.optional(),
  heldOn: meetingFields.heldOn.optional(),
  minutes: z.string().trim().max(20_000, '会议纪要不能超过20000个字').nullish(),
  agenda: z.array(agendaItemInput).max(AGENDA_MAX, `议题不能超过${AGENDA_MAX}项`).nullish(),
});

/** The chair is an active LEADER account; the units exist. */
async function checkPeople(tx: Transaction, chairId: string | null | undefined, unitIds: readonly string[]) {
  if (chairId) {
    const [chair] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, chairId), eq(users.role, 'LEADER'), eq(users.active, true)));
    if (!chair) throw badInput('chairId', '主持领导应为在用的区领导账号');
  }
  if (unitIds.length) {
    const known = await tx
      .select({ id: units.id })
      .from(units)
      .where(inArray(units.id, [...unitIds]));
    if (known.length !== unitIds.length) throw badInput('attendingUnitIds', '参会单位不存在');
  }
}

async function checkAgenda(tx: Transaction, agenda: ReadonlyArray<z.infer<typeof agendaItemInput>>) {
  const projectIds = [...new Set(agenda.flatMap((a) => (a.projectId ? [a.projectId] : [])))];
  const problemIds = [...new Set(agenda.flatMap((a) => (a.problemId ? [a.problemId] : [])))];
  const knownProjects = projectIds.length
    ? await tx.select({ id: projects.id }).from(projects).where(inArray(projects.id, projectIds))
    : [];
  if (knownProjects.length !== projectIds.length) throw badInput('agenda.projectId', '议题所涉项目不存在');
  const knownProblems = problemIds.length
    ? await tx
        .select({ id: problems.id, projectId: problems.projectId })
        .from(problems)
        .where(inArray(problems.id, problemIds))
    : [];
  if (knownProblems.length !== problemIds.length) throw badInput('agenda.problemId', '议题所涉问题不存在');
  const projectOf = new Map(knownProblems.map((p) => [p.id, p.projectId]));
  return agenda.map((a, position) => ({
    position,
    title: a.title,
    source: (a.source ?? 'MANUAL') as AgendaSource,
    problemId: a.problemId ?? null,
    // A problem's item is about the problem's project.
    projectId: (a.problemId ? projectOf.get(a.problemId) : a.projectId) ?? null,
  }));
}

async function setUnits(tx: Transaction, meetingId: string, unitIds: readonly string[]) {
  await tx.delete(meetingUnits).where(eq(meetingUnits.meetingId, meetingId));
  if (unitIds.length) await tx.insert(meetingUnits).values(unitIds.map((unitId) => ({ meetingId, unitId })));
}

/**
 * A new meeting, its agenda drafted from today's escalations, overdue problems and red ≥50亿 projects.
 * A leader who convenes one chairs it unless another leader is named.
 */
export async function createMeeting(args: Write & { input: MeetingInput }): Promise<MeetingRow> {
  authorizeRole(args.actor, 'meeting.manage');
  const input = parseInput(createInput, args.input);
  const unitIds = [...new Set(input.attendingUnitIds ?? [])];
  const chairId = input.chairId ?? (args.actor.role === 'LEADER' ? args.actor.id : null);
  return args.db.transaction(async (tx) => {
    await checkPeople(tx, chairId, unitIds);
    const [row] = await tx
      .insert(meetings)
      .values({
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        chairId,
        createdById: args.actor.id,
      })
      .returning();
    if (!row) throw new Error('meeting insert returned no row');
    await setUnits(tx, row.id, unitIds);
    const agenda = await draftAgenda(tx);
    if (agenda.length)
      await tx.insert(meetingAgendaItems).values(agenda.map((a, position) => ({ ...a, position, meetingId: row.id })));
    await recordAudit(tx, {
      actor: args.actor,
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: row.id,
      changes: diffFields(null, { ...row, attendingUnitIds: unitIds, agenda: agenda.length }, [
        'kind',
        'title',
        'heldOn',
        'chairId',
        'attendingUnitIds',
        'agenda',
      ]),
      note: row.title,
      requestId: args.requestId,
    });
    return row;
  });
}

/** Edits a meeting: its particulars, the attending units, the agenda (replaced whole) and the minutes. */
export async function updateMeeting(
  args: Write & { id: string; version: number; input: MeetingUpdateInput },
): Promise<MeetingRow> {
  authorizeRole(args.actor, 'meeting.manage');
  const input = parseInput(updateInput, args.input);
  return args.db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetings).where(eq(meetings.id, args.id)).for('update');
    if (!before) throw new AppError('NOT_FOUND', '会议不存在', { field: 'id' });
    if (before.version !== args.version)
      throw new AppError('CONFLICT', '会议已被他人修改，请刷新后再改', { field: 'version' });
    const unitIds = input.attendingUnitIds ? [...new Set(input.attendingUnitIds)] : null;
    await checkPeople(tx, input.chairId, unitIds ?? []);
    const agenda = input.agenda ? await checkAgenda(tx, input.agenda) : null;
    const [after] = await tx
      .update(meetings)
      .set({
        kind: input.kind ?? before.kind,
        title: input.title ?? before.title,
        heldOn: input.heldOn ?? before.heldOn,
        chairId: input.chairId === undefined ? before.chairId : input.chairId,
        minutes: input.minutes === undefined ? before.minutes : input.minutes || null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(meetings.id, before.id))
      .returning();
    if (!after) throw new Error('meeting update returned no row');
    const changes = diffFields(before, after, ['kind', 'title', 'heldOn', 'chairId', 'minutes']);
    if (unitIds) {
      const was = await attendingUnitIds(tx, before.id);
      await setUnits(tx, before.id, unitIds);
      Object.assign(
        changes,
        diffFields({ attendingUnitIds: was.sort() }, { attendingUnitIds: [...unitIds].sort() }, ['attendingUnitIds']),
      );
    }
    if (agenda) {
      const was = await agendaOf(tx, before.id);
      await tx.delete(meetingAgendaItems).where(eq(meetingAgendaItems.meetingId, before.id));
      if (agenda.length)
        await tx.insert(meetingAgendaItems).values(agenda.map((a) => ({ ...a, meetingId: before.id })));
      Object.assign(
        changes,
        diffFields({ agenda: was.map((a) => a.title) }, { agenda: agenda.map((a) => a.title) }, ['agenda']),
      );
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: before.id,
      changes,
      note: after.title,
      requestId: args.requestId,
    });
    return after;
  });
}

const decisionInput = problemInput.extend({
  category: problemInput.shape.category.nullish(),
  dueOn: z.string('议定事项须有办结期限').pipe(isoDate('办结期限')),
  parentProblemId: z.uuid('所议问题不正确').nullish(),
});

/**
 * Records a 议定事项 of a meeting: a problem with the meeting, lead unit, co-units and due date,
 * worked, escalated and listed in 我的待办 like any other; decided on an agenda problem, it keeps
 * that problem's project and category unless told otherwise.
 */
export async function addMeetingDecision(
  args: Write & { meetingId: string; input: MeetingDecisionInput },
): Promise<ProblemRow> {
  authorizeRole(args.actor, 'meeting.manage');
  const input = parseInput(decisionInput, args.input);
  return args.db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, args.meetingId)).for('update');
    if (!meeting) throw new AppError('NOT_FOUND', '会议不存在', { field: 'meetingId' });
    let category = input.category ?? 'OTHER';
    if (input.parentProblemId) {
      const [parent] = await tx.select().from(problems).where(eq(problems.id, input.parentProblemId));
      if (!parent) throw badInput('parentProblemId', '所议问题不存在');
      if (parent.projectId !== input.projectId) throw badInput('parentProblemId', '所议问题不属于该项目');
      category = input.category ?? parent.category;
    }
    return insertProblem(
      tx,
      args,
      { ...input, category: category as (typeof problemCategoryEnum.enumValues)[number] },
      { action: 'meeting.decide', allow: () => {}, meetingId: meeting.id, parentProblemId: input.parentProblemId },
    );
  });
}
