import type { Database, DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { problemCategoryEnum, problemCoUnits, problems, problemUpdates, projects, units } from '@zdyq/db/schema';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { ProblemInput as ProblemInputArgs } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { decodeCursor, encodeCursor } from '../../lib/paging.ts';
import { topPerGroup } from '../../lib/sql.ts';
import { type Actor, authorize, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { problemAssigned, problemEscalated, problemInstructed } from '../notify/notify.events.ts';
import { isoDate } from '../project/project.input.ts';
import { terminatedSql } from '../project/project.rules.ts';
import { refreshSummaries } from '../project/summary.ts';
import { inRegion } from '../region/region.rules.ts';
import { parseInput, requiredText as text } from '../validation.ts';
import {
  AUTO_ESCALATION_DAYS,
  allowedActions,
  type EscalationLevel,
  isOpen,
  levelOfRank,
  levelRankSql,
  nextLevel,
  openStatuses,
  type ProblemAction,
  type ProblemStatus,
  problemOverdueSql,
  statusTransitions,
} from './problem.rules.ts';

type ProblemCategory = (typeof problemCategoryEnum.enumValues)[number];

export type ProblemRow = typeof problems.$inferSelect;
export type ProblemUpdateRow = typeof problemUpdates.$inferSelect;

/** Whether each problem was overdue as of a day, by the one rule of problem.rules.ts. */
export async function overdueOf(db: DatabaseOrTransaction, ids: readonly string[], asOf: string) {
  return await db
    .select({ id: problems.id, overdue: problemOverdueSql(asOf, '"problems"') })
    .from(problems)
    .where(inArray(problems.id, [...ids]));
}

/** Each project's problems, newest first: the latest 200 (the problem board pages through all). */
/** Per project: how many problems are open and the highest level any of them has reached. */
export async function openProblemsOf(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  const rows = await db
    .select({
      projectId: problems.projectId,
      count: sql<number>`count(*)::int`,
      worst: sql<number | null>`max(${levelRankSql(problems.level)})`,
    })
    .from(problems)
    .where(and(inArray(problems.projectId, [...projectIds]), inArray(problems.status, [...openStatuses])))
    .groupBy(problems.projectId);
  return rows.map((r) => ({ projectId: r.projectId, count: r.count, worst: levelOfRank(r.worst) }));
}

export async function problemsByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return await db
    .select()
    .from(problems)
    .where(
      topPerGroup({
        table: problems,
        id: problems.id,
        partition: problems.projectId,
        where: inArray(problems.projectId, [...projectIds]),
        orderBy: sql`${problems.createdAt} DESC, ${problems.id}`,
        limit: 200,
      }),
    )
    .orderBy(desc(problems.createdAt), problems.id);
}

export async function coUnitsByProblems(db: DatabaseOrTransaction, problemIds: readonly string[]) {
  return await db
    .select()
    .from(problemCoUnits)
    .where(inArray(problemCoUnits.problemId, [...problemIds]));
}

/** Each problem's timeline, oldest first: the latest 500 entries. */
export async function updatesByProblems(db: DatabaseOrTransaction, problemIds: readonly string[]) {
  return await db
    .select()
    .from(problemUpdates)
    .where(
      topPerGroup({
        table: problemUpdates,
        id: problemUpdates.id,
        partition: problemUpdates.problemId,
        where: inArray(problemUpdates.problemId, [...problemIds]),
        orderBy: sql`${problemUpdates.at} DESC, ${problemUpdates.seq} DESC`,
        limit: 500,
      }),
    )
    // Entries of one transaction share `at`: the sequence keeps the order they were written in.
    .orderBy(asc(problemUpdates.at), asc(problemUpdates.seq));
}

export async function problemsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<ProblemRow[]> {
  return await db
    .select()
    .from(problems)
    .where(inArray(problems.id, [...ids]));
}

export async function getProblem(db: DatabaseOrTransaction, id: string): Promise<ProblemRow | null> {
  const [row] = await db.select().from(problems).where(eq(problems.id, id));
  return row ?? null;
}

export async function actionsFor(
  db: DatabaseOrTransaction,
  actor: Actor,
  problem: ProblemRow,
): Promise<ProblemAction[]> {
  const co = (await coUnitsByProblems(db, [problem.id])).map((c) => c.unitId);
  return allowedActions(actor, problem, co);
}

// ---------------------------------------------------------------------------------------------
// The list

export type ProblemFilter = {
  search?: string | null;
  status?: readonly ProblemStatus[] | null;
  level?: readonly EscalationLevel[] | null;
  category?: readonly ProblemCategory[] | null;
  unitId?: string | null;
  leadUnitId?: string | null;
  regionId?: string | null;
  projectId?: string | null;
  overdue?: boolean | null;
  asOf?: string | null;
};

const overdueSql = (asOf: string) => sql<boolean>`coalesce(${problemOverdueSql(asOf, '"problems"')}, false)`;

function problemWhere(filter: ProblemFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const asOf = filter.asOf ?? today();
  const search = filter.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    pattern
      ? or(
          sql`${problems.title} ILIKE ${pattern}`,
          sql`${problems.description} ILIKE ${pattern}`,
          sql`EXISTS (SELECT 1 FROM projects q WHERE q.id = ${problems.projectId} AND (q.name ILIKE ${pattern} OR q.code ILIKE ${pattern}))`,
        )
      : undefined,
    filter.status?.length ? inArray(problems.status, [...filter.status]) : undefined,
    filter.level?.length ? inArray(problems.level, [...filter.level]) : undefined,
    filter.category?.length ? inArray(problems.category, [...filter.category]) : undefined,
    filter.leadUnitId ? eq(problems.leadUnitId, filter.leadUnitId) : undefined,
    filter.projectId ? eq(problems.projectId, filter.projectId) : undefined,
    inRegion(problems.regionId, filter.regionId, 'filter.regionId'),
    filter.unitId
      ? or(
          eq(problems.leadUnitId, filter.unitId),
          sql`EXISTS (SELECT 1 FROM problem_co_units c WHERE c.problem_id = ${problems.id} AND c.unit_id = ${filter.unitId})`,
        )
      : undefined,
    filter.overdue === true ? overdueSql(asOf) : filter.overdue === false ? sql`NOT ${overdueSql(asOf)}` : undefined,
  );
}

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * Problems overdue first, then by due date. A problem list is short (hundreds), so the cursor is
 * an offset rather than a keyset.
 */
export async function listProblems(
  db: DatabaseOrTransaction,
  args: { filter?: ProblemFilter | null; first: number; after?: string | null },
) {
  const asOf = args.filter?.asOf ?? today();
  const offset = decodeCursor(args.after, isOffset) ?? 0;
  const where = problemWhere(args.filter);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(problems)
      .where(where)
      .orderBy(
        sql`${overdueSql(asOf)} DESC`,
        sql`${problems.dueOn} ASC NULLS LAST`,
        desc(problems.createdAt),
        asc(problems.id),
      )
      .limit(args.first + 1)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(problems).where(where),
  ]);
  const nodes = rows.slice(0, args.first);
  return {
    nodes,
    totalCount: count?.n ?? 0,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: nodes.length ? encodeCursor(offset + nodes.length) : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

export const problemInput = z.object({
  projectId: z.uuid('项目不正确'),
  title: text('问题标题', 100),
  description: z.string().trim().max(2000, '问题描述不能超过2000个字').nullish(),
  category: z.enum(problemCategoryEnum.enumValues, '问题类别不正确'),
  leadUnitId: z.uuid('牵头单位不正确'),
  coUnitIds: z.array(z.uuid('配合单位不正确')).max(20, '配合单位不能超过20个').nullish(),
  dueOn: isoDate('办结期限').nullish(),
});

type Write = { db: Database; actor: Actor; requestId?: string };

async function timeline(
  tx: Transaction,
  problem: ProblemRow,
  entry: Omit<typeof problemUpdates.$inferInsert, 'problemId'>,
  audit: {
    actor: Actor | null;
    action: string;
    changes?: Record<string, { from: unknown; to: unknown }>;
    requestId?: string;
  },
) {
  await tx.insert(problemUpdates).values({ ...entry, problemId: problem.id });
  await recordAudit(tx, {
    actor: audit.actor,
    action: audit.action,
    entityType: 'problem',
    entityId: problem.id,
    projectId: problem.projectId,
    changes: audit.changes,
    note: entry.body ?? problem.title,
    requestId: audit.requestId,
  });
}

export async function raiseProblem(args: Write & { input: ProblemInputArgs }): Promise<ProblemRow> {
  authorizeRole(args.actor, 'problem.raise');
  const input = parseInput(problemInput, args.input);
  return args.db.transaction((tx) =>
    insertProblem(tx, args, input, {
      action: 'problem.raise',
      allow: (project) => authorize(args.actor, 'problem.raise', { unitId: project.leadUnitId }),
    }),
  );
}

/** A problem's input once checked. */
export type ProblemInput = z.infer<typeof problemInput>;

/**
 * A new problem in the caller's transaction: the project open, the units known, the timeline's
 * start, the audit row, the lead unit told. A 议定事项 comes this way too, with its meeting.
 */
export async function insertProblem(
  tx: Transaction,
  args: { actor: Actor; requestId?: string },
  input: ProblemInput,
  how: {
    action: string;
    allow: (project: typeof projects.$inferSelect) => void;
    meetingId?: string;
    parentProblemId?: string | null;
  },
): Promise<ProblemRow> {
  const coUnitIds = [...new Set(input.coUnitIds ?? [])].filter((id) => id !== input.leadUnitId);
  const [project] = await tx.select().from(projects).where(eq(projects.id, input.projectId));
  if (!project) throw badInput('projectId', '项目不存在');
  how.allow(project);
  if (project.stage === 'TERMINATED') throw badInput('projectId', '项目已终止，不能再提出问题');
  const known = await tx
    .select({ id: units.id })
    .from(units)
    .where(inArray(units.id, [input.leadUnitId, ...coUnitIds]));
  if (!known.some((u) => u.id === input.leadUnitId)) throw badInput('leadUnitId', '牵头单位不存在');
  if (known.length !== coUnitIds.length + 1) throw badInput('coUnitIds', '配合单位不存在');
  const [row] = await tx
    .insert(problems)
    .values({
      projectId: project.id,
      title: input.title,
      description: input.description || null,
      category: input.category,
      leadUnitId: input.leadUnitId,
      dueOn: input.dueOn ?? null,
      raisedById: args.actor.id,
      meetingId: how.meetingId ?? null,
      parentProblemId: how.parentProblemId ?? null,
    })
    .returning();
  if (!row) throw new Error('problem insert returned no row');
  if (coUnitIds.length)
    await tx.insert(problemCoUnits).values(coUnitIds.map((unitId) => ({ problemId: row.id, unitId })));
  await recordAudit(tx, {
    actor: args.actor,
    action: how.action,
    entityType: 'problem',
    entityId: row.id,
    projectId: project.id,
    changes: diffFields(null, { ...row, coUnitIds }, [
      'title',
      'category',
      'leadUnitId',
      'dueOn',
      'coUnitIds',
      'meetingId',
    ]),
    note: row.title,
    requestId: args.requestId,
  });
  await problemAssigned(tx, row, args.actor);
  await refreshSummaries(tx, [project.id]);
  return row;
}

/** The problem locked for this transaction, and what the actor may do with it. */
async function lockProblem(tx: Transaction, id: string, actor: Actor) {
  const [problem] = await tx.select().from(problems).where(eq(problems.id, id)).for('update');
  if (!problem) throw new AppError('NOT_FOUND', '问题不存在', { field: 'id' });
  return { problem, actions: await actionsFor(tx, actor, problem) };
}

function requireAction(actions: readonly ProblemAction[], action: ProblemAction, problem: ProblemRow) {
  if (actions.includes(action)) return;
  // Not a right the actor could ever have here is FORBIDDEN; a right in the wrong state is INVALID_TRANSITION.
  throw new AppError('FORBIDDEN', '没有权限对该问题执行此操作', { action, status: problem.status });
}

const noteText = (note: string | null | undefined, field: string) => {
  const body = note?.trim() || null;
  if (body && body.length > 2000) throw badInput(field, '内容不能超过2000个字');
  return body;
};

export async function setProblemStatus(args: Write & { id: string; status: ProblemStatus; note?: string | null }) {
  const body = noteText(args.note, 'note');
  return args.db.transaction(async (tx) => {
    const { problem, actions } = await lockProblem(tx, args.id, args.actor);
    const transition = statusTransitions.find((t) => t.from === problem.status && t.to === args.status);
    if (!transition) {
      if (actions.length === 0) throw new AppError('FORBIDDEN', '没有权限对该问题执行此操作');
      throw new AppError('INVALID_TRANSITION', '问题不能从当前状态变为该状态', {
        field: 'status',
        from: problem.status,
        to: args.status,
      });
    }
    requireAction(actions, transition.action, problem);
    const [after] = await tx
      .update(problems)
      .set({ status: args.status, version: sql`${problems.version} + 1`, updatedAt: new Date() })
      .where(eq(problems.id, problem.id))
      .returning();
    await timeline(
      tx,
      problem,
      { kind: 'STATUS', fromStatus: problem.status, toStatus: args.status, body, authorId: args.actor.id },
      {
        actor: args.actor,
        action: 'problem.status',
        changes: { status: { from: problem.status, to: args.status } },
        requestId: args.requestId,
      },
    );
    await refreshSummaries(tx, [(after as ProblemRow).projectId]);
    return after as ProblemRow;
  });
}

export async function escalateProblem(args: Write & { id: string; note?: string | null }) {
  const body = noteText(args.note, 'note');
  return args.db.transaction(async (tx) => {
    const { problem, actions } = await lockProblem(tx, args.id, args.actor);
    const to = nextLevel(problem.level);
    if (!(args.actor.role === 'LEADER' || args.actor.role === 'ADMIN')) {
      throw new AppError('FORBIDDEN', '只有领导可以提级督办');
    }
    if (!isOpen(problem.status) || !to) {
      throw new AppError('INVALID_TRANSITION', to ? '已解决或关闭的问题不能提级' : '问题已提交专题协调会，不能再提级', {
        field: 'id',
        level: problem.level,
      });
    }
    requireAction(actions, 'ESCALATE', problem);
    const [after] = await tx
      .update(problems)
      .set({ level: to, version: sql`${problems.version} + 1`, updatedAt: new Date() })
      .where(eq(problems.id, problem.id))
      .returning();
    await timeline(
      tx,
      problem,
      { kind: 'ESCALATION', fromLevel: problem.level, toLevel: to, body, authorId: args.actor.id },
      {
        actor: args.actor,
        action: 'problem.escalate',
        changes: { level: { from: problem.level, to } },
        requestId: args.requestId,
      },
    );
    await problemEscalated(tx, problem, to, args.actor, body);
    await refreshSummaries(tx, [(after as ProblemRow).projectId]);
    return after as ProblemRow;
  });
}

export async function addProblemNote(args: Write & { id: string; body: string }) {
  const body = noteText(args.body, 'body');
  if (!body) throw badInput('body', '内容不能为空');
  return args.db.transaction(async (tx) => {
    const { problem, actions } = await lockProblem(tx, args.id, args.actor);
    const kind = actions.includes('INSTRUCT') ? 'INSTRUCTION' : 'NOTE';
    if (!actions.includes('INSTRUCT') && !actions.includes('NOTE')) {
      if (problem.status === 'CLOSED') throw new AppError('INVALID_TRANSITION', '问题已关闭', { field: 'id' });
      throw new AppError('FORBIDDEN', '没有权限对该问题发表意见');
    }
    const [after] = await tx
      .update(problems)
      .set({ updatedAt: new Date() })
      .where(eq(problems.id, problem.id))
      .returning();
    await timeline(
      tx,
      problem,
      { kind, body, authorId: args.actor.id },
      {
        actor: args.actor,
        action: kind === 'INSTRUCTION' ? 'problem.instruct' : 'problem.note',
        requestId: args.requestId,
      },
    );
    if (kind === 'INSTRUCTION') await problemInstructed(tx, problem, body, args.actor);
    await refreshSummaries(tx, [(after as ProblemRow).projectId]);
    return after as ProblemRow;
  });
}

/** The reason an extension or a hand-over is recorded with: required. */
function reasonText(reason: string) {
  const body = noteText(reason, 'reason');
  if (!body) throw badInput('reason', '请说明原因');
  return body;
}

/**
 * A later due date for an open problem, with the reason, on its timeline: the lead unit asks and it
 * is recorded (counted in the unit's race as an extension), or ADMIN or whoever assigned it grants it.
 */
export async function extendProblemDue(args: Write & { id: string; dueOn: string; reason: string }) {
  const body = reasonText(args.reason);
  const dueOn = parseInput(z.object({ dueOn: isoDate('办结期限') }), { dueOn: args.dueOn }).dueOn;
  return args.db.transaction(async (tx) => {
    const { problem, actions } = await lockProblem(tx, args.id, args.actor);
    if (!isOpen(problem.status)) {
      throw new AppError('INVALID_TRANSITION', '已解决或关闭的问题不能延期', { field: 'id', status: problem.status });
    }
    requireAction(actions, 'EXTEND', problem);
    if (dueOn < today()) throw badInput('dueOn', '新的办结期限不能早于今天');
    if (problem.dueOn && dueOn <= problem.dueOn)
      throw badInput('dueOn', `新的办结期限应晚于原期限（${problem.dueOn}）`);
    const [after] = await tx
      .update(problems)
      .set({ dueOn, version: sql`${problems.version} + 1`, updatedAt: new Date() })
      .where(eq(problems.id, problem.id))
      .returning();
    await timeline(
      tx,
      problem,
      {
        kind: 'EXTENSION',
        fromDueOn: problem.dueOn,
        toDueOn: dueOn,
        fromUnitId: problem.leadUnitId,
        body,
        authorId: args.actor.id,
      },
      {
        actor: args.actor,
        action: 'problem.extend',
        changes: { dueOn: { from: problem.dueOn, to: dueOn } },
        requestId: args.requestId,
      },
    );
    await refreshSummaries(tx, [problem.projectId]);
    return after as ProblemRow;
  });
}

/** Hands an open problem to another lead unit, with the reason; the new unit is told, and a co-unit that leads now is one no more. */
export async function handOverProblem(args: Write & { id: string; leadUnitId: string; reason: string }) {
  const body = reasonText(args.reason);
  const { leadUnitId } = parseInput(z.object({ leadUnitId: z.uuid('牵头单位不正确') }), {
    leadUnitId: args.leadUnitId,
  });
  return args.db.transaction(async (tx) => {
    const { problem, actions } = await lockProblem(tx, args.id, args.actor);
    if (!isOpen(problem.status)) {
      throw new AppError('INVALID_TRANSITION', '已解决或关闭的问题不能移交', { field: 'id', status: problem.status });
    }
    requireAction(actions, 'HAND_OVER', problem);
    if (leadUnitId === problem.leadUnitId) throw badInput('leadUnitId', '已由该单位牵头');
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, leadUnitId));
    if (!unit) throw badInput('leadUnitId', '牵头单位不存在');
    const [after] = await tx
      .update(problems)
      .set({ leadUnitId, version: sql`${problems.version} + 1`, updatedAt: new Date() })
      .where(eq(problems.id, problem.id))
      .returning();
    await tx
      .delete(problemCoUnits)
      .where(and(eq(problemCoUnits.problemId, problem.id), eq(problemCoUnits.unitId, leadUnitId)));
    await timeline(
      tx,
      problem,
      { kind: 'HANDOVER', fromUnitId: problem.leadUnitId, toUnitId: leadUnitId, body, authorId: args.actor.id },
      {
        actor: args.actor,
        action: 'problem.handOver',
        changes: { leadUnitId: { from: problem.leadUnitId, to: leadUnitId } },
        requestId: args.requestId,
      },
    );
    await problemAssigned(tx, after as ProblemRow, args.actor);
    await refreshSummaries(tx, [problem.projectId]);
    return after as ProblemRow;
  });
}

// ---------------------------------------------------------------------------------------------
// The scheduled sweep

const SWEEP_LOCK = 727_100_002;

/**
 * Raises open problems 15 days past due to LEADER and 30 days past due to MEETING, writing the
 * reason on each timeline. Each UPDATE only matches problems still below the level, and row locks
 * make a concurrent sweep re-check that, so a problem is escalated exactly once however many
 * server instances sweep; the advisory lock only spares them the wait.
 */
export async function sweepEscalations(db: Database, asOf: string = today()): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = await rowsOf<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS locked`,
    );
    if (!lock?.locked) return 0;
    let escalated = 0;
    for (const [to, days] of Object.entries(AUTO_ESCALATION_DAYS) as Array<['LEADER' | 'MEETING', number]>) {
      const below: EscalationLevel[] = to === 'LEADER' ? ['UNIT'] : ['UNIT', 'LEADER'];
      // FOR UPDATE waits for a concurrent sweep and then re-checks the level, so nothing is raised twice.
      const due = await tx
        .select({
          id: problems.id,
          title: problems.title,
          leadUnitId: problems.leadUnitId,
          level: problems.level,
          projectId: problems.projectId,
          dueOn: problems.dueOn,
        })
        .from(problems)
        .where(
          and(
            inArray(problems.status, [...openStatuses]),
            inArray(problems.level, below),
            sql`${problems.dueOn} + ${days}::int <= ${asOf}::date`,
            // A terminated project's problems are escalated no more (SPEC 4.4).
            sql`NOT EXISTS (SELECT 1 FROM projects tp WHERE tp.id = "problems"."project_id" AND ${terminatedSql(asOf, 'tp')})`,
          ),
        )
        .for('update');
      if (due.length === 0) continue;
      await tx
        .update(problems)
        .set({ level: to, version: sql`${problems.version} + 1`, updatedAt: new Date() })
        .where(
          inArray(
            problems.id,
            due.map((p) => p.id),
          ),
        );
      for (const row of due) {
        const body = `逾期${days}天未办结，系统自动提级至${to === 'LEADER' ? '区领导' : '专题协调会'}（办结期限 ${row.dueOn}）`;
        await tx
          .insert(problemUpdates)
          .values({ problemId: row.id, kind: 'AUTO_ESCALATION', fromLevel: row.level, toLevel: to, body });
        await recordAudit(tx, {
          actor: null,
          action: 'problem.autoEscalate',
          entityType: 'problem',
          entityId: row.id,
          projectId: row.projectId,
          changes: { level: { from: row.level, to } },
          note: body,
        });
        await problemEscalated(tx, row, to, null, body);
      }
      escalated += due.length;
      await refreshSummaries(
        tx,
        due.map((p) => p.projectId),
      );
    }
    return escalated;
  });
}

/**
 * Terminating a project closes its open problems, with the termination as the note (SPEC 4.4),
 * in the termination's transaction.
 */
export async function closeProblemsOfTerminated(
  tx: Transaction,
  args: { projectId: string; reason: string; actor: Actor; requestId?: string | undefined },
): Promise<number> {
  const open = await tx
    .select()
    .from(problems)
    .where(and(eq(problems.projectId, args.projectId), inArray(problems.status, [...openStatuses])))
    .for('update');
  const body = `项目已终止：${args.reason}`;
  for (const problem of open) {
    await tx
      .update(problems)
      .set({ status: 'CLOSED', version: sql`${problems.version} + 1`, updatedAt: new Date() })
      .where(eq(problems.id, problem.id));
    await tx.insert(problemUpdates).values({
      problemId: problem.id,
      kind: 'STATUS',
      body,
      fromStatus: problem.status,
      toStatus: 'CLOSED',
      authorId: args.actor.id,
    });
    await recordAudit(tx, {
      actor: args.actor,
      action: 'problem.close',
      entityType: 'problem',
      entityId: problem.id,
      projectId: problem.projectId,
      changes: { status: { from: problem.status, to: 'CLOSED' } },
      note: body,
      requestId: args.requestId,
    });
  }
  return open.length;
}
