import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { milestones, projects } from '@zdyq/db/schema';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { AppError, badInput } from '../../errors.ts';
import { today } from '../../lib/dates.ts';
import { hasLineBreak } from '../../lib/text.ts';
import { type Actor, authorize, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { refreshSummaries } from './summary.ts';

export type MilestoneRow = typeof milestones.$inferSelect;

export async function milestonesByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return await db
    .select()
    .from(milestones)
    .where(inArray(milestones.projectId, [...projectIds]))
    .orderBy(asc(milestones.sortOrder), asc(milestones.plannedOn));
}

/** Each project's next open node (the earliest planned without an actual date), one row per project at most. */
export async function nextMilestonesOf(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return await db
    .selectDistinctOn([milestones.projectId])
    .from(milestones)
    .where(
      and(inArray(milestones.projectId, [...projectIds]), isNull(milestones.actualOn), isNotNull(milestones.plannedOn)),
    )
    .orderBy(milestones.projectId, asc(milestones.plannedOn), asc(milestones.sortOrder));
}

const NOTE_MAX = 500;
/** Nodes a project may have: its template's and plenty of its own, but not without end. */
const MAX_NODES = 100;

export async function updateMilestone(args: {
  db: Database;
  actor: Actor;
  id: string;
  /** Only the keys present change; actualOn: null marks the node not done. */
  patch: { plannedOn?: string | null; actualOn?: string | null; note?: string | null };
  requestId?: string;
}): Promise<MilestoneRow> {
  authorizeRole(args.actor, 'milestone.write');
  const { patch } = args;
  if (patch.note && patch.note.length > NOTE_MAX) throw badInput('note', `备注不能超过${NOTE_MAX}个字`);
  if (patch.actualOn && patch.actualOn > today()) throw badInput('actualOn', '完成日期不能晚于今天');
  return args.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ milestone: milestones, leadUnitId: projects.leadUnitId, stage: projects.stage })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(eq(milestones.id, args.id))
      .for('update');
    if (!found) throw new AppError('NOT_FOUND', '节点不存在', { field: 'id' });
    authorize(args.actor, 'milestone.write', { unitId: found.leadUnitId });
    const before = found.milestone;
    const set: Partial<MilestoneRow> = {};
    if (patch.plannedOn !== undefined) {
      if (patch.plannedOn === null) throw badInput('plannedOn', '计划日期不能为空');
      set.plannedOn = patch.plannedOn;
    }
    if (patch.actualOn !== undefined && patch.actualOn !== before.actualOn) {
      // A node a stage change completes is not dated by hand.
      if (before.settledByStage !== null) {
        throw badInput('actualOn', '该节点随项目阶段变更自动完成，请通过推进阶段办理');
      }
      set.actualOn = patch.actualOn;
      // A date a person sets, even on a node a stage settled, is theirs from now on.
      set.completedByStage = false;
    }
    if (patch.note !== undefined) set.note = patch.note?.trim() || null;
    const changes = diffFields(before, { ...before, ...set }, ['plannedOn', 'actualOn', 'note']);
    if (Object.keys(changes).length === 0) return before;
    const [after] = await tx
      .update(milestones)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(milestones.id, before.id))
      .returning();
    await recordAudit(tx, {
      actor: args.actor,
      action: 'milestone.update',
      entityType: 'milestone',
      entityId: before.id,
      projectId: before.projectId,
      changes,
      note: before.name,
      requestId: args.requestId,
    });
    await refreshSummaries(tx, [before.projectId]);
    return after as MilestoneRow;
  });
}

export async function addMilestone(args: {
  db: Database;
  actor: Actor;
  projectId: string;
  name: string;
  plannedOn: string;
  note?: string | null;
  requestId?: string;
}): Promise<MilestoneRow> {
  authorizeRole(args.actor, 'milestone.write');
  const name = args.name.trim();
  if (!name) throw badInput('name', '节点名称不能为空');
  if (name.length > 60) throw badInput('name', '节点名称不能超过60个字');
  if (hasLineBreak(name)) throw badInput('name', '节点名称不能换行');
  if (args.note && args.note.length > NOTE_MAX) throw badInput('note', `备注不能超过${NOTE_MAX}个字`);
  return args.db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, args.projectId)).for('update');
    if (!project) throw new AppError('NOT_FOUND', '项目不存在', { field: 'projectId' });
    authorize(args.actor, 'milestone.write', { unitId: project.leadUnitId });
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(milestones)
      .where(eq(milestones.projectId, project.id));
    if ((count?.n ?? 0) >= MAX_NODES) throw badInput('name', `一个项目最多${MAX_NODES}个节点`);
    const [row] = await tx
      .insert(milestones)
      .values({
        projectId: project.id,
        name,
        plannedOn: args.plannedOn,
        baselineOn: args.plannedOn,
        note: args.note?.trim() || null,
        sortOrder: sql`(SELECT coalesce(max(sort_order), 0) + 10 FROM milestones WHERE project_id = ${project.id})`,
      })
      .returning();
    if (!row) throw new Error('milestone insert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'milestone.create',
      entityType: 'milestone',
      entityId: row.id,
      projectId: project.id,
      changes: diffFields(null, row, ['name', 'plannedOn', 'note']),
      note: row.name,
      requestId: args.requestId,
    });
    await refreshSummaries(tx, [project.id]);
    return row;
  });
}
