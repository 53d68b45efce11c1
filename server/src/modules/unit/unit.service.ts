import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { type UnitKind, units } from '@zdyq/db/schema';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { parseInput, requiredText } from '../validation.ts';

export type UnitRow = typeof units.$inferSelect;

const unitName = requiredText('单位名称', 60);

export async function listUnits(db: DatabaseOrTransaction): Promise<UnitRow[]> {
  return await db.select().from(units).orderBy(asc(units.sortOrder), asc(units.name));
}

export async function unitsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<UnitRow[]> {
  return await db
    .select()
    .from(units)
    .where(inArray(units.id, [...ids]));
}

export async function getUnit(db: DatabaseOrTransaction, id: string): Promise<UnitRow> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) throw new AppError('NOT_FOUND', '单位不存在', { field: 'id' });
  return row;
}

async function assertNameFree(db: DatabaseOrTransaction, name: string, exceptId?: string) {
  const [clash] = await db.select({ id: units.id }).from(units).where(eq(units.name, name));
  if (clash && clash.id !== exceptId)
    throw new AppError('BAD_USER_INPUT', `已有名为“${name}”的单位`, { field: 'name' });
}

export async function createUnit(args: {
  db: Database;
  actor: Actor;
  name: string;
  kind: UnitKind;
  requestId?: string;
}): Promise<UnitRow> {
  authorize(args.actor, 'unit.manage');
  const { name } = parseInput(z.object({ name: unitName }), { name: args.name });
  return args.db.transaction(async (tx) => {
    await assertNameFree(tx, name);
    const [row] = await tx
      .insert(units)
      .values({ name, kind: args.kind, sortOrder: sql`(SELECT coalesce(max(sort_order), 0) + 1 FROM units)` })
      .returning();
    if (!row) throw new Error('unit insert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'unit.create',
      entityType: 'unit',
      entityId: row.id,
      changes: diffFields(null, row, ['name', 'kind']),
      requestId: args.requestId,
    });
    return row;
  });
}

export async function renameUnit(args: {
  db: Database;
  actor: Actor;
  id: string;
  name: string;
  requestId?: string;
}): Promise<UnitRow> {
  authorize(args.actor, 'unit.manage');
  const { name } = parseInput(z.object({ name: unitName }), { name: args.name });
  return args.db.transaction(async (tx) => {
    const before = await getUnit(tx, args.id);
    await assertNameFree(tx, name, args.id);
    const [row] = await tx.update(units).set({ name, updatedAt: new Date() }).where(eq(units.id, args.id)).returning();
    if (!row) throw new AppError('NOT_FOUND', '单位不存在', { field: 'id' });
    await recordAudit(tx, {
      actor: args.actor,
      action: 'unit.rename',
      entityType: 'unit',
      entityId: row.id,
      changes: diffFields(before, row, ['name']),
      requestId: args.requestId,
    });
    return row;
  });
}
