import type { DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import { industryEnum, investorConflicts, investorContacts, investors, leads, projects, units } from '@zdyq/db/schema';
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { InvestorInput } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { escapeLike } from '../../lib/sql.ts';
import { type Actor, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { openLeadStatusSql } from '../lead/lead.rules.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { parseInput, requiredText, singleLine } from '../validation.ts';
import { isCreditCode } from './credit-code.ts';

export type InvestorRow = typeof investors.$inferSelect;
export type ContactRow = typeof investorContacts.$inferSelect;
export type ConflictRow = typeof investorConflicts.$inferSelect;
/** One side of a 撞单: its unit, and its lead, its project or both (a converted lead). */
export type ConflictSideModel = { unitId: string; leadId: string | null; projectId: string | null };

type Write = { db: DatabaseOrTransaction; actor: Actor; requestId?: string };

// ---------------------------------------------------------------------------------------------
// Reads

export async function investorsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<InvestorRow[]> {
  return await db
    .select()
    .from(investors)
    .where(inArray(investors.id, [...ids]));
}

/** Investors whose name (folded as 撞单 compares it) contains the words, or whose credit code is them. */
export async function searchInvestors(
  db: DatabaseOrTransaction,
  search: string | null | undefined,
  first: number,
): Promise<InvestorRow[]> {
  const words = search?.trim();
  const where = words
    ? or(
        sql`${investors.nameKey} LIKE '%' || zdyq_name_key(${escapeLike(words)}) || '%'`,
        eq(investors.creditCode, words.toUpperCase()),
      )
    : undefined;
  return await db.select().from(investors).where(where).orderBy(asc(investors.nameKey), asc(investors.id)).limit(first);
}

export async function contactsByInvestors(
  db: DatabaseOrTransaction,
  investorIds: readonly string[],
): Promise<ContactRow[]> {
  return await db
    .select()
    .from(investorContacts)
    .where(inArray(investorContacts.investorId, [...investorIds]))
    .orderBy(asc(investorContacts.position));
}

// ---------------------------------------------------------------------------------------------
// Writes

const contactInput = z.object({
  name: requiredText('联系人姓名', 50),
  title: singleLine('职务', 50).nullish(),
  phone: singleLine('电话', 30)
    .regex(/^[0-9+\-() ]*$/, '电话只能包含数字、+、-、括号和空格')
    .nullish(),
  email: z.union([z.literal(''), z.email('邮箱格式不正确').max(100, '邮箱不能超过100个字')]).nullish(),
});

const investorInput = z.object({
  id: z.uuid('客商不正确').nullish(),
  version: z.number().int('版本不正确').nullish(),
  name: requiredText('客商名称', 100),
  creditCode: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .refine(
      (v) => v === null || isCreditCode(v),
      '统一社会信用代码应为18位大写字母或数字（不含I、O、S、V、Z），且校验位正确',
    ),
  country: singleLine('国家或地区', 50).nullish(),
  industry: z.enum(industryEnum.enumValues, '产业类别不正确').nullish(),
  contacts: z.array(contactInput).max(50, '联系人不能超过50个').nullish(),
});

const auditedFields = ['name', 'creditCode', 'country', 'industry'] as const;

/** The investor of the region with this credit code, other than `exceptId`. */
async function holderOfCode(tx: Transaction, creditCode: string, exceptId: string | null) {
  const [found] = await tx
    .select({ id: investors.id, name: investors.name })
    .from(investors)
    .where(
      and(
        eq(investors.creditCode, creditCode),
        sql`${investors.regionId} = zdyq_region()`,
        exceptId ? sql`${investors.id} <> ${exceptId}` : undefined,
      ),
    );
  return found;
}

/**
 * A new investor, or an edit of one (id and version); contacts, when given, replace the list. One
 * investor per credit code in a region: a second is refused naming the first. The records pointing at
 * it are checked for 撞单 again, as a code or name may now match another unit's.
 */
export async function saveInvestor(args: Write & { input: InvestorInput }): Promise<InvestorRow> {
  authorizeRole(args.actor, 'investor.write');
  const input = parseInput(investorInput, args.input);
  return args.db.transaction(async (tx) => {
    if (input.creditCode) {
      const holder = await holderOfCode(tx, input.creditCode, input.id ?? null);
      if (holder) throw badInput('creditCode', `该统一社会信用代码已登记为客商“${holder.name}”`);
    }
    const values = {
      name: input.name,
      creditCode: input.creditCode,
      country: input.country || null,
      industry: input.industry ?? null,
    };
    let row: InvestorRow | undefined;
    let before: InvestorRow | null = null;
    if (input.id) {
      const [found] = await tx.select().from(investors).where(eq(investors.id, input.id)).for('update');
      if (!found) throw new AppError('NOT_FOUND', '客商不存在', { field: 'id' });
      before = found;
      if (input.version == null) throw badInput('version', '修改客商须给出版本');
      if (before.version !== input.version)
        throw new AppError('CONFLICT', '客商已被他人修改，请刷新后再改', { field: 'version' });
      [row] = await tx
        .update(investors)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(investors.id, before.id))
        .returning();
    } else {
      [row] = await tx
        .insert(investors)
        .values({ ...values, createdById: args.actor.id })
        .returning();
    }
    if (!row) throw new Error('investor save returned no row');
    if (input.contacts) {
      await tx.delete(investorContacts).where(eq(investorContacts.investorId, row.id));
      if (input.contacts.length)
        await tx.insert(investorContacts).values(
          input.contacts.map((c, position) => ({
            investorId: row.id,
            position,
            name: c.name,
            title: c.title || null,
            phone: c.phone || null,
            email: c.email || null,
          })),
        );
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: before ? 'investor.update' : 'investor.create',
      entityType: 'investor',
      entityId: row.id,
      changes: diffFields(before, row, auditedFields),
      note: row.name,
      requestId: args.requestId,
    });
    if (before) {
      const [leadIds, projectIds] = await Promise.all([
        tx.select({ id: leads.id }).from(leads).where(eq(leads.investorId, row.id)),
        tx.select({ id: projects.id }).from(projects).where(eq(projects.investorId, row.id)),
      ]);
      await findConflicts(tx, { leadIds: leadIds.map((l) => l.id), projectIds: projectIds.map((p) => p.id) });
    }
    return row;
  });
}

/**
 * Points each project at the investor its text names — the rule of 包联领导: the one investor of its
 * region with that name as 撞单 compares names; none when it names none or several.
 */
export async function linkInvestors(tx: DatabaseOrTransaction, projectIds: readonly string[]): Promise<void> {
  if (!projectIds.length) return;
  await tx.execute(sql`
    UPDATE ${projects} p SET investor_id = (
      SELECT CASE WHEN count(*) = 1 THEN min(i.id::text)::uuid END FROM ${investors} i
      WHERE i.region_id = p.region_id AND i.name_key = p.investor_key
    )
    WHERE p.id IN (${sql.join(
      projectIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
}

/**
 * An investor record for every project without one, one per folded name in its region (the first
 * spelling seen), and each project pointed at it: what migration 0018 did for the released projects.
 */
export async function investorsForProjects(tx: DatabaseOrTransaction): Promise<void> {
  await tx.execute(sql`
    INSERT INTO ${investors} (region_id, name, industry, created_at, updated_at)
    SELECT DISTINCT ON (p.region_id, p.investor_key) p.region_id, btrim(p.investor), p.industry, p.created_at, p.created_at
    FROM ${projects} p
    WHERE p.investor_id IS NULL AND NOT EXISTS (
      SELECT 1 FROM ${investors} i WHERE i.region_id = p.region_id AND i.name_key = p.investor_key)
    ORDER BY p.region_id, p.investor_key, p.created_at, p.id`);
  const unlinked = await tx.select({ id: projects.id }).from(projects).where(isNull(projects.investorId));
  await linkInvestors(
    tx,
    unlinked.map((p) => p.id),
  );
}

// ---------------------------------------------------------------------------------------------
// 撞单

/**
 * Open leads and live (not terminated) projects as 撞单 compares them — unit, registration, the
 * investor's credit code and folded name — narrowed by a condition on each branch (`l` the lead and
 * its investor `i`, `p` the project and its investor `i`).
 */
const chased = (onLead: SQL, onProject: SQL) => sql`(
  SELECT l.region_id, l.id AS lead_id, l.project_id, l.unit_id, l.created_at, i.credit_code, i.name_key
  FROM ${leads} l JOIN ${investors} i ON i.id = l.investor_id
  WHERE ${openLeadStatusSql('l.status')} AND ${onLead}
  UNION ALL
  SELECT p.region_id, NULL::uuid, p.id, p.lead_unit_id, p.created_at, i.credit_code, p.investor_key
  FROM ${projects} p LEFT JOIN ${investors} i ON i.id = p.investor_id
  WHERE ${notTerminatedSql(today(), 'p')} AND ${onProject}
)`;

/**
 * 撞单 (SPEC 3.1): records just saved whose investor — same credit code, or the same folded name — is
 * already another unit's open lead or live project in the same district. Each pair is recorded once,
 * the earlier registration first; a pair already recorded (under the lead or the project it became)
 * is not recorded again. Nothing is merged or hidden.
 */
export async function findConflicts(
  tx: DatabaseOrTransaction,
  saved: { leadIds?: readonly string[]; projectIds?: readonly string[] },
): Promise<void> {
  const ids = [...(saved.leadIds ?? []), ...(saved.projectIds ?? [])];
  if (!ids.length) return;
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  // The earlier registration's column (first) or the later's.
  const side = (column: string, first: boolean) =>
    sql.raw(`CASE WHEN f.mine_first = ${first} THEN m.${column} ELSE o.${column} END`);
  await tx.execute(sql`
    WITH mine AS ${chased(sql`l.id IN (${list})`, sql`p.id IN (${list})`)},
    -- Only the records of the same district and name or code, each found through its index.
    records AS (
      SELECT l.region_id, l.id AS lead_id, l.project_id, l.unit_id, l.created_at, i.credit_code, i.name_key
      FROM (SELECT DISTINCT region_id, name_key, credit_code FROM mine) k
      JOIN ${investors} i ON i.region_id = k.region_id
        AND (i.name_key = k.name_key OR i.credit_code = k.credit_code)
      JOIN ${leads} l ON l.investor_id = i.id
      WHERE ${openLeadStatusSql('l.status')}
      UNION
      SELECT p.region_id, NULL::uuid, p.id, p.lead_unit_id, p.created_at, i.credit_code, p.investor_key
      FROM (SELECT DISTINCT region_id, name_key FROM mine) k
      JOIN ${projects} p ON p.region_id = k.region_id AND p.investor_key = k.name_key
      LEFT JOIN ${investors} i ON i.id = p.investor_id
      WHERE ${notTerminatedSql(today(), 'p')}
      UNION
      SELECT p.region_id, NULL::uuid, p.id, p.lead_unit_id, p.created_at, i.credit_code, p.investor_key
      FROM (SELECT DISTINCT region_id, credit_code FROM mine WHERE credit_code IS NOT NULL) k
      JOIN ${investors} i ON i.region_id = k.region_id AND i.credit_code = k.credit_code
      JOIN ${projects} p ON p.investor_id = i.id
      WHERE ${notTerminatedSql(today(), 'p')}
    ),
    pairs AS (
      SELECT DISTINCT m.region_id,
        ${side('lead_id', true)} AS a_lead, ${side('project_id', true)} AS a_project, ${side('unit_id', true)} AS a_unit,
        ${side('lead_id', false)} AS b_lead, ${side('project_id', false)} AS b_project, ${side('unit_id', false)} AS b_unit,
        CASE WHEN m.credit_code IS NOT NULL AND m.credit_code = o.credit_code
          THEN '信用代码 ' || m.credit_code ELSE '名称 ' || m.name_key END AS matched_on
      FROM mine m JOIN records o
        ON o.region_id = m.region_id AND o.unit_id <> m.unit_id
       AND ((m.credit_code IS NOT NULL AND m.credit_code = o.credit_code) OR m.name_key = o.name_key)
      CROSS JOIN LATERAL (SELECT (m.created_at, coalesce(m.lead_id, m.project_id))
        <= (o.created_at, coalesce(o.lead_id, o.project_id)) AS mine_first) f
    )
    INSERT INTO ${investorConflicts}
      (region_id, matched_on, first_lead_id, first_project_id, first_unit_id, second_lead_id, second_project_id, second_unit_id)
    SELECT region_id, matched_on, a_lead, a_project, a_unit, b_lead, b_project, b_unit
    FROM pairs p
    WHERE NOT EXISTS (
      SELECT 1 FROM ${investorConflicts} c
      WHERE (p.a_lead IN (c.first_lead_id, c.second_lead_id) OR p.a_project IN (c.first_project_id, c.second_project_id))
        AND (p.b_lead IN (c.first_lead_id, c.second_lead_id) OR p.b_project IN (c.first_project_id, c.second_project_id))
    )
    ON CONFLICT DO NOTHING`);
}

/** The 撞单 a converted lead is part of are its project's too. */
export async function carryConflicts(tx: Transaction, leadId: string, projectId: string): Promise<void> {
  await tx
    .update(investorConflicts)
    .set({ firstProjectId: projectId })
    .where(eq(investorConflicts.firstLeadId, leadId));
  await tx
    .update(investorConflicts)
    .set({ secondProjectId: projectId })
    .where(eq(investorConflicts.secondLeadId, leadId));
}

/** The 撞单 each lead or project is part of, in the order found. */
export async function conflictsOf(
  db: DatabaseOrTransaction,
  side: 'lead' | 'project',
  ids: readonly string[],
): Promise<ConflictRow[]> {
  const [first, second] =
    side === 'lead'
      ? [investorConflicts.firstLeadId, investorConflicts.secondLeadId]
      : [investorConflicts.firstProjectId, investorConflicts.secondProjectId];
  return await db
    .select()
    .from(investorConflicts)
    .where(or(inArray(first, [...ids]), inArray(second, [...ids])))
    .orderBy(asc(investorConflicts.foundAt), asc(investorConflicts.id));
}

/** A record is in 撞单 while one of its conflicts is undecided. */
export const undecided = (c: ConflictRow) => c.decidedAt === null;

/** Leads (or projects) in an undecided 撞单, for a list's filter. */
export function inOpenConflict(side: 'lead' | 'project', id: SQL | SQL.Aliased | typeof leads.id): SQL {
  const [first, second] =
    side === 'lead' ? ['first_lead_id', 'second_lead_id'] : ['first_project_id', 'second_project_id'];
  return sql`EXISTS (SELECT 1 FROM ${investorConflicts} c WHERE c.decided_at IS NULL
    AND (c.${sql.raw(first)} = ${id} OR c.${sql.raw(second)} = ${id}))`;
}

export async function openConflicts(db: DatabaseOrTransaction, limit: number): Promise<ConflictRow[]> {
  return await db
    .select()
    .from(investorConflicts)
    .where(isNull(investorConflicts.decidedAt))
    .orderBy(asc(investorConflicts.foundAt))
    .limit(limit);
}

/** ADMIN decides which unit leads; the other's record says so. Decided once. */
export async function decideConflict(
  args: Write & { id: string; leadingUnitId: string; note?: string | null },
): Promise<ConflictRow> {
  authorizeRole(args.actor, 'conflict.decide');
  const note = parseInput(singleLine('裁定说明', 200).nullish(), args.note) || null;
  return args.db.transaction(async (tx) => {
    const [before] = await tx.select().from(investorConflicts).where(eq(investorConflicts.id, args.id)).for('update');
    if (!before) throw new AppError('NOT_FOUND', '撞单记录不存在', { field: 'id' });
    if (before.decidedAt) throw new AppError('CONFLICT', '该撞单已裁定', { field: 'id' });
    if (args.leadingUnitId !== before.firstUnitId && args.leadingUnitId !== before.secondUnitId)
      throw badInput('leadingUnitId', '牵头单位应为撞单双方之一');
    const [after] = await tx
      .update(investorConflicts)
      .set({ leadingUnitId: args.leadingUnitId, decidedById: args.actor.id, decidedAt: new Date(), decisionNote: note })
      .where(eq(investorConflicts.id, before.id))
      .returning();
    if (!after) throw new Error('conflict update returned no row');
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, args.leadingUnitId));
    await recordAudit(tx, {
      actor: args.actor,
      action: 'conflict.decide',
      entityType: 'conflict',
      entityId: before.id,
      projectId: before.firstProjectId ?? before.secondProjectId,
      changes: diffFields(before, after, ['leadingUnitId', 'decisionNote']),
      note: `${before.matchedOn}：由${unit?.name ?? ''}牵头`,
      requestId: args.requestId,
    });
    return after;
  });
}
