import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../client.ts';
import { templateMilestones } from '../lifecycle.ts';
import { hashPassword } from '../password.ts';
import { kindTemplate, nextProjectCode } from '../queries.ts';
import { milestones, projects, type Role, stageEvents, units, users } from '../schema/index.ts';
import { foundingRegions } from '../scope.ts';

export type NewUser = {
  username: string;
  displayName?: string;
  role: Role;
  unitId?: string | null;
  password?: string;
  active?: boolean;
  /** A demo account: exempt from the password rules, the forced change and the second factor. */
  demo?: boolean;
  mustChangePassword?: boolean;
  /** The account's region: its unit's, else 上虞区. */
  regionId?: number;
};

export async function createUser(db: DatabaseOrTransaction, input: NewUser) {
  const regionId = input.regionId ?? (input.unitId ? await regionOfUnit(db, input.unitId) : foundingRegions.SY);
  const [row] = await db
    .insert(users)
    .values({
      regionId,
      username: input.username,
      displayName: input.displayName ?? input.username,
      role: input.role,
      unitId: input.unitId ?? null,
      passwordHash: await hashPassword(input.password ?? 'demo1234'),
      active: input.active ?? true,
      demo: input.demo ?? false,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  if (!row) throw new Error('user insert returned no row');
  return row;
}

/** A unit by its name in a region (上虞区 unless said): every district has its 发改局. */
export async function unitByName(db: DatabaseOrTransaction, name: string, regionId: number = foundingRegions.SY) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.name, name), eq(units.regionId, regionId)));
  if (!row) throw new Error(`no unit named ${name}; seed the reference data first`);
  return row;
}

async function regionOfUnit(db: DatabaseOrTransaction, unitId: string): Promise<number> {
  const [row] = await db.select({ regionId: units.regionId }).from(units).where(eq(units.id, unitId));
  if (!row) throw new Error(`no unit ${unitId}`);
  return row.regionId;
}

export type NewProject = Partial<typeof projects.$inferInsert> & { leadUnitId: string };

/**
 * A project row with sensible defaults, its stage events and, once signed, its standard nodes, for
 * the demo seed and for tests. It writes the row as given: lifecycle rules belong to the server.
 */
export async function createProject(db: DatabaseOrTransaction, input: NewProject) {
  const createdAt = input.createdAt ?? new Date();
  // A project is in its lead unit's district.
  const regionId = input.regionId ?? (await regionOfUnit(db, input.leadUnitId));
  const code = input.code ?? (await nextProjectCode(db, createdAt.getUTCFullYear(), regionId));
  const [row] = await db
    .insert(projects)
    .values({
      regionId,
      name: '测试制造业项目',
      investor: '测试投资有限公司',
      industry: 'NEW_MATERIALS',
      source: 'NEW',
      isManufacturing: true,
      totalInvestment: '12',
      stage: 'NEGOTIATING',
      ...input,
      code,
      createdAt,
      updatedAt: input.updatedAt ?? createdAt,
    })
    .returning();
  if (!row) throw new Error('project insert returned no row');
  const passed = [
    ['SIGNED', row.signedOn],
    ['UNDER_CONSTRUCTION', row.startedOn],
    ['ACCEPTED', row.acceptedOn],
    ['IN_PRODUCTION', row.productionOn],
    ['AT_CAPACITY', row.capacityOn],
    ['TERMINATED', row.terminatedOn],
  ] as const;
  let from: (typeof row)['stage'] | null = null;
  for (const [to, on] of passed) {
    if (!on) continue;
    await db.insert(stageEvents).values({
      projectId: row.id,
      fromStage: from,
      toStage: to,
      on,
      note: to === 'TERMINATED' ? row.terminationReason : null,
      actorId: row.createdById,
    });
    from = to;
  }
  if (row.signedOn) {
    const template = await kindTemplate(db, row.kind);
    await db
      .insert(milestones)
      .values(templateMilestones(template, row.signedOn, row).map((m) => ({ ...m, projectId: row.id })));
  }
  return row;
}
