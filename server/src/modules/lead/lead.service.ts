import type { DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import {
  industryEnum,
  interactions,
  investors,
  leadSourceEnum,
  leadStatusEnum,
  leads,
  projectDocuments,
  units,
  users,
} from '@zdyq/db/schema';
import { writingIn } from '@zdyq/db/scope';
import { and, count, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { LeadFilter, LeadInput, LeadPatch } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { normalizeDecimal } from '../../lib/decimal.ts';
import { decodeCursor, encodeCursor } from '../../lib/paging.ts';
import { escapeLike } from '../../lib/sql.ts';
import { type Actor, authorize, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { carryConflicts, findConflicts, inOpenConflict } from '../investor/investor.service.ts';
import { decimal, isoDate } from '../project/project.input.ts';
import { getProject, insertNewProject, type ProjectRow, prepareNewProject } from '../project/project.service.ts';
import { inRegion } from '../region/region.rules.ts';
import { parseInput, requiredText } from '../validation.ts';
import { isOpenLead } from './lead.rules.ts';

export type LeadRow = typeof leads.$inferSelect;

type Write = { db: DatabaseOrTransaction; actor: Actor; requestId?: string };

// ---------------------------------------------------------------------------------------------
// Reads

export async function leadsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<LeadRow[]> {
  return await db
    .select()
    .from(leads)
    .where(inArray(leads.id, [...ids]));
}

export async function leadsByInvestors(db: DatabaseOrTransaction, investorIds: readonly string[]): Promise<LeadRow[]> {
  return await db
    .select()
    .from(leads)
    .where(inArray(leads.investorId, [...investorIds]))
    .orderBy(desc(leads.receivedOn));
}

export async function leadsByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]): Promise<LeadRow[]> {
  return await db
    .select()
    .from(leads)
    .where(inArray(leads.projectId, [...projectIds]));
}

const filterInput = z.object({
  search: z.string().trim().max(100, '搜索词不能超过100个字').nullish(),
  status: z.array(z.enum(leadStatusEnum.enumValues, '线索状态不正确')).nullish(),
  source: z.array(z.enum(leadSourceEnum.enumValues, '线索来源不正确')).nullish(),
  unitId: z.uuid('单位不正确').nullish(),
  conflict: z.boolean().nullish(),
});

type Cursor = [string, string];
const isCursor = (v: unknown): v is Cursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** 招商线索, newest received first, paged by keyset on (received, id). */
export async function listLeads(
  db: DatabaseOrTransaction,
  raw: LeadFilter | null | undefined,
  first: number,
  after: string | null | undefined,
) {
  const f = parseInput(filterInput, raw ?? {});
  const conditions: Array<SQL | undefined> = [
    f.status?.length ? inArray(leads.status, f.status) : undefined,
    f.source?.length ? inArray(leads.source, f.source) : undefined,
    f.unitId ? eq(leads.unitId, f.unitId) : undefined,
    inRegion(leads.regionId, raw?.regionId, 'filter.regionId'),
    f.conflict === true ? inOpenConflict('lead', leads.id) : undefined,
    f.conflict === false ? sql`NOT ${inOpenConflict('lead', leads.id)}` : undefined,
    f.search
      ? or(
          sql`${leads.title} ILIKE '%' || ${escapeLike(f.search)} || '%'`,
          sql`${investors.nameKey} LIKE '%' || zdyq_name_key(${escapeLike(f.search)}) || '%'`,
          eq(investors.creditCode, f.search.toUpperCase()),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const cursor = decodeCursor(after, isCursor);
  const page = await db
    .select({ lead: leads })
    .from(leads)
    .innerJoin(investors, eq(investors.id, leads.investorId))
    .where(
      and(
        where,
        cursor
          ? or(lt(leads.receivedOn, cursor[0]), and(eq(leads.receivedOn, cursor[0]), lt(leads.id, cursor[1])))
          : undefined,
      ),
    )
    .orderBy(desc(leads.receivedOn), desc(leads.id))
    .limit(first + 1);
  const [total] = await db
    .select({ n: count() })
    .from(leads)
    .innerJoin(investors, eq(investors.id, leads.investorId))
    .where(where);
  const nodes = page.slice(0, first).map((r) => r.lead);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount: total?.n ?? 0,
    pageInfo: {
      hasNextPage: page.length > first,
      endCursor: last ? encodeCursor([last.receivedOn, last.id]) : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

const leadFields = {
  title: requiredText('线索名称', 100),
  investorId: z.uuid('客商不正确'),
  industry: z.enum(industryEnum.enumValues, '产业类别不正确'),
  intendedInvestment: decimal('意向投资', { positive: true, max: 100_000 }).nullish(),
  source: z.enum(leadSourceEnum.enumValues, '线索来源不正确'),
  receivedOn: isoDate('收到日期').refine((d) => d <= today(), '收到日期不能晚于今天'),
  unitId: z.uuid('跟进单位不正确').nullish(),
  ownerId: z.uuid('跟进人不正确').nullish(),
};
const createInput = z.object(leadFields);
const patchInput = z.object(leadFields).partial();

const auditedFields = [
  'title',
  'investorId',
  'industry',
  'intendedInvestment',
  'source',
  'receivedOn',
  'unitId',
  'ownerId',
  'status',
  'dropReason',
  'projectId',
] as const;

/**
 * The following unit is of the writer's own region (a city writes city-level leads and hands them
 * down); the investor is the region's; the owner, when named, an active promoter of the following unit.
 */
async function checkLeadReferences(
  tx: Transaction,
  refs: { investorId?: string | undefined; ownerId?: string | null | undefined },
  unitId: string,
) {
  const [unit] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), sql`${units.regionId} = zdyq_region()`));
  if (!unit) throw badInput('unitId', '跟进单位应为本级的单位');
  if (refs.investorId) {
    const [found] = await tx
      .select({ id: investors.id })
      .from(investors)
      .where(and(eq(investors.id, refs.investorId), sql`${investors.regionId} = zdyq_region()`));
    if (!found) throw badInput('investorId', '客商不存在');
  }
  if (refs.ownerId) {
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.id, refs.ownerId), eq(users.role, 'PROMOTER'), eq(users.unitId, unitId), eq(users.active, true)),
      );
    if (!owner) throw badInput('ownerId', '跟进人应为跟进单位在用的招商人员');
  }
}

/** A new lead of the promoter's unit (ADMIN names the unit); its promoter follows it unless another is named. */
export async function createLead(args: Write & { input: LeadInput }): Promise<LeadRow> {
  authorizeRole(args.actor, 'lead.write');
  const input = parseInput(createInput, args.input);
  const unitId = input.unitId ?? args.actor.unitId;
  if (!unitId) throw badInput('unitId', '请选择跟进单位');
  authorize(args.actor, 'lead.write', { unitId });
  const ownerId = input.ownerId ?? (args.actor.role === 'PROMOTER' ? args.actor.id : null);
  return args.db.transaction(async (tx) => {
    await checkLeadReferences(tx, { investorId: input.investorId, ownerId }, unitId);
    const [row] = await tx
      .insert(leads)
      .values({
        title: input.title,
        investorId: input.investorId,
        industry: input.industry,
        intendedInvestment: input.intendedInvestment ? normalizeDecimal(input.intendedInvestment) : null,
        source: input.source,
        receivedOn: input.receivedOn,
        unitId,
        ownerId,
        createdById: args.actor.id,
      })
      .returning();
    if (!row) throw new Error('lead insert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'lead.create',
      entityType: 'lead',
      entityId: row.id,
      changes: diffFields(null, row, auditedFields),
      note: row.title,
      requestId: args.requestId,
    });
    await findConflicts(tx, { leadIds: [row.id] });
    return row;
  });
}

/** The lead, locked, after the rights, version and open checks. */
async function lockLead(tx: Transaction, id: string, version: number, actor: Actor): Promise<LeadRow> {
  authorizeRole(actor, 'lead.write');
  const [row] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', '线索不存在', { field: 'id' });
  authorize(actor, 'lead.write', { unitId: row.unitId });
  if (row.version !== version) throw new AppError('CONFLICT', '线索已被他人修改，请刷新后再改', { field: 'version' });
  if (!isOpenLead(row.status)) {
    throw new AppError('INVALID_TRANSITION', row.status === 'CONVERTED' ? '线索已转为项目' : '线索已放弃', {
      field: 'id',
    });
  }
  return row;
}

async function saveLead(
  tx: Transaction,
  before: LeadRow,
  set: Partial<typeof leads.$inferInsert>,
  audit: { actor: Actor; action: string; requestId?: string | undefined; note?: string },
): Promise<LeadRow> {
  const [after] = await tx
    .update(leads)
    .set({ ...set, version: before.version + 1, updatedAt: new Date() })
    .where(eq(leads.id, before.id))
    .returning();
  if (!after) throw new Error('lead update returned no row');
  await recordAudit(tx, {
    actor: audit.actor,
    action: audit.action,
    entityType: 'lead',
    entityId: before.id,
    projectId: after.projectId,
    changes: diffFields(before, after, auditedFields),
    note: audit.note ?? after.title,
    requestId: audit.requestId,
  });
  return after;
}

export async function updateLead(args: Write & { id: string; version: number; input: LeadPatch }): Promise<LeadRow> {
  const given = Object.fromEntries(
    Object.entries(args.input).filter(([k, v]) => v !== null || k === 'intendedInvestment' || k === 'ownerId'),
  );
  const patch = parseInput(patchInput, given);
  return args.db.transaction(async (tx) => {
    const before = await lockLead(tx, args.id, args.version, args.actor);
    const unitId = patch.unitId ?? before.unitId;
    if (unitId !== before.unitId) authorize(args.actor, 'lead.write', { unitId });
    // Handed to another unit, the lead is that unit's to give a promoter.
    const ownerId = patch.ownerId !== undefined ? patch.ownerId : unitId !== before.unitId ? null : before.ownerId;
    await checkLeadReferences(tx, { investorId: patch.investorId, ownerId }, unitId);
    const after = await saveLead(
      tx,
      before,
      {
        ...patch,
        intendedInvestment:
          patch.intendedInvestment === undefined
            ? before.intendedInvestment
            : patch.intendedInvestment && normalizeDecimal(patch.intendedInvestment),
        unitId,
        ownerId,
      },
      { actor: args.actor, action: 'lead.update', requestId: args.requestId },
    );
    await findConflicts(tx, { leadIds: [after.id] });
    return after;
  });
}

export async function dropLead(args: Write & { id: string; version: number; reason: string }): Promise<LeadRow> {
  const reason = parseInput(requiredText('放弃原因', 200), args.reason);
  return args.db.transaction(async (tx) => {
    const before = await lockLead(tx, args.id, args.version, args.actor);
    return saveLead(
      tx,
      before,
      { status: 'DROPPED', droppedOn: today(), dropReason: reason },
      { actor: args.actor, action: 'lead.drop', requestId: args.requestId, note: reason },
    );
  });
}

/**
 * 线索分派 (SPEC 3.1): an open lead of a city's unit handed to a unit of a district below, by a promoter
 * of the lead's unit or the city's ADMIN. The district owns it from then on, with its talks and
 * documents, under its investor record of the same code or name; 撞单 are looked for there.
 */
export async function handOverLead(args: Write & { id: string; version: number; unitId: string }): Promise<LeadRow> {
  if (!z.uuid().safeParse(args.unitId).success) throw badInput('unitId', '接收单位不正确');
  return args.db.transaction(async (tx) => {
    const before = await lockLead(tx, args.id, args.version, args.actor);
    const [unit] = await tx
      .select({ regionId: units.regionId, name: units.name })
      .from(units)
      .where(and(eq(units.id, args.unitId), sql`${units.regionId} <> zdyq_region()`));
    if (!unit) throw badInput('unitId', '接收单位应为下级区县的单位');
    await tx.execute(sql`SELECT zdyq_hand_over_lead(${before.id}::uuid, ${args.unitId}::uuid)`);
    const [after] = await tx.select().from(leads).where(eq(leads.id, before.id));
    if (!after) throw new Error('a handed lead vanished');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'lead.handOver',
      entityType: 'lead',
      entityId: before.id,
      changes: diffFields(before, after, ['unitId', 'ownerId', 'investorId']),
      note: `${after.title} → ${unit.name}`,
      requestId: args.requestId,
    });
    await writingIn(tx, unit.regionId, () => findConflicts(tx, { leadIds: [after.id] }));
    return after;
  });
}

/** A lead's first talk puts it under way (NEW → FOLLOWING), in the talk's transaction. */
export async function markFollowing(tx: Transaction, leadId: string): Promise<void> {
  await tx
    .update(leads)
    .set({ status: 'FOLLOWING', version: sql`${leads.version} + 1`, updatedAt: new Date() })
    .where(and(eq(leads.id, leadId), eq(leads.status, 'NEW')));
}

/**
 * convertLead (SPEC 3.1): a NEGOTIATING project of the lead's investor, industry, unit and owner, its
 * intended investment the total; the lead's talks and documents and its 撞单 are the project's too,
 * and the lead is CONVERTED. A ≥50亿 lead names its 包联领导 here, as any ≥50亿 project must.
 */
export async function convertLead(
  args: Write & { id: string; version: number; responsibleLeaderId?: string | null },
): Promise<ProjectRow> {
  authorizeRole(args.actor, 'project.write');
  return args.db.transaction(async (tx) => {
    const lead = await lockLead(tx, args.id, args.version, args.actor);
    if (!lead.intendedInvestment) throw badInput('intendedInvestment', '转为项目前请填写意向投资额');
    const [investor] = await tx.select().from(investors).where(eq(investors.id, lead.investorId));
    if (!investor) throw new Error('a lead without its investor');
    const input = prepareNewProject(args.actor, {
      name: lead.title,
      investor: investor.name,
      industry: lead.industry,
      source: 'NEW',
      // Every industry but 其他 is a manufacturing one; the promoter corrects it on the project.
      isManufacturing: lead.industry !== 'OTHER',
      totalInvestment: lead.intendedInvestment,
      leadUnitId: lead.unitId,
      ownerId: lead.ownerId,
      responsibleLeaderId: args.responsibleLeaderId ?? null,
      stage: 'NEGOTIATING',
    });
    const projectId = await insertNewProject(tx, input, {
      actor: args.actor,
      requestId: args.requestId,
      investorId: lead.investorId,
    });
    await tx.update(interactions).set({ projectId }).where(eq(interactions.leadId, lead.id));
    await tx.update(projectDocuments).set({ projectId }).where(eq(projectDocuments.leadId, lead.id));
    await carryConflicts(tx, lead.id, projectId);
    await saveLead(
      tx,
      lead,
      { status: 'CONVERTED', projectId, convertedOn: today() },
      { actor: args.actor, action: 'lead.convert', requestId: args.requestId },
    );
    await findConflicts(tx, { projectIds: [projectId] });
    return (await getProject(tx, projectId)) as ProjectRow;
  });
}
