import type { Database } from '@zdyq/db/client';
import { projects, regions, units } from '@zdyq/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput, sqlStateOf } from '../../errors.ts';
import { today } from '../../lib/dates.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { regionView } from '../region/region.service.ts';
import { parseInput, requiredText } from '../validation.ts';
import { isoDate } from './project.input.ts';
import { getProject, type ProjectRow } from './project.service.ts';

const moveInput = z.object({
  toRegionId: z.string().regex(/^\d{1,9}$/, '地区不正确'),
  on: isoDate('迁移日期'),
  reason: requiredText('迁移原因', 500),
  leadUnitId: z.uuid('责任单位不正确').nullish(),
});

/** What the database's move refuses with (migration 0019 `zdyq_move_project`). */
const refusals: Record<string, () => AppError> = {
  ZD404: () => new AppError('NOT_FOUND', '项目不存在', { field: 'id' }),
  ZD409: () => new AppError('CONFLICT', '项目已被他人修改，请刷新后再改', { field: 'version' }),
};

const refusalOf = (error: unknown) => refusals[sqlStateOf(error) ?? '']?.();

/**
 * 项目异地落户 (SPEC 2.1): the city's ADMIN moves a project to another of its districts, with a reason.
 * It keeps its history (every row hanging from it moves with it), takes the next code of the new district
 * (the old one kept in `formerCodes`) and is led by `leadUnitId`, by default the new district's unit of
 * the same name as its lead unit. Counted for the new district from then on.
 */
export async function moveProject(args: {
  db: Database;
  actor: Actor;
  id: string;
  version: number;
  toRegionId: string;
  on: string;
  reason: string;
  leadUnitId?: string | null;
  requestId?: string;
}): Promise<ProjectRow> {
  authorize(args.actor, 'project.move');
  const input = parseInput(moveInput, {
    toRegionId: args.toRegionId,
    on: args.on,
    reason: args.reason,
    leadUnitId: args.leadUnitId,
  });
  const view = await regionView(args.db, args.actor, null);
  if (view.children.length === 0) throw new AppError('FORBIDDEN', '只有市级系统管理员可以迁移项目');
  if (!z.uuid().safeParse(args.id).success) throw new AppError('NOT_FOUND', '项目不存在', { field: 'id' });
  const before = await getProject(args.db, args.id);
  if (!before) throw new AppError('NOT_FOUND', '项目不存在', { field: 'id' });
  const toRegion = Number(input.toRegionId);
  const [target] = await args.db.select().from(regions).where(eq(regions.id, toRegion));
  if (!target || !view.covered.includes(toRegion)) {
    throw new AppError('NOT_FOUND', '地区不存在', { field: 'toRegionId' });
  }
  if (target.level !== 'DISTRICT') throw badInput('toRegionId', '项目只能迁往区县');
  if (target.id === before.regionId) throw badInput('toRegionId', '项目已在该区县');
  if (input.on > today()) throw badInput('on', '迁移日期不能晚于今天');
  if (input.on < today(before.createdAt)) throw badInput('on', '迁移日期不能早于项目录入日期');
  const [lead] = await args.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      input.leadUnitId
        ? and(eq(units.id, input.leadUnitId), eq(units.regionId, toRegion))
        : and(
            eq(units.regionId, toRegion),
            sql`${units.name} = (SELECT o.name FROM units o WHERE o.id = ${before.leadUnitId})`,
          ),
    );
  if (!lead) {
    throw badInput(
      'leadUnitId',
      input.leadUnitId ? '责任单位应为迁入区县的单位' : `${target.name}没有同名的责任单位，请选择责任单位`,
    );
  }
  await args.db
    .transaction(async (tx) => {
      await tx.execute(
        sql`SELECT zdyq_move_project(${before.id}::uuid, ${args.version}::int, ${toRegion}::int, ${lead.id}::uuid,
          ${input.on}::date, ${input.reason}, ${args.actor.id}::uuid)`,
      );
      const [after] = await tx.select().from(projects).where(eq(projects.id, before.id));
      if (!after) throw new Error('a moved project vanished');
      await recordAudit(tx, {
        actor: args.actor,
        action: 'project.move',
        entityType: 'project',
        entityId: before.id,
        projectId: before.id,
        changes: {
          regionId: { from: before.regionId, to: after.regionId },
          code: { from: before.code, to: after.code },
          leadUnitId: { from: before.leadUnitId, to: after.leadUnitId },
        },
        note: `${input.on} ${input.reason}`,
        requestId: args.requestId,
      });
    })
    .catch((error: unknown) => {
      throw refusalOf(error) ?? error;
    });
  const moved = await getProject(args.db, before.id);
  if (!moved) throw new Error('a moved project is not readable by the city');
  return moved;
}
