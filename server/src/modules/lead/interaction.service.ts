import type { DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import { interactionKindEnum, interactionParticipants, interactions, leads, projects, users } from '@zdyq/db/schema';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { InteractionInput } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isoDate } from '../project/project.input.ts';
import { parseInput, requiredText, singleLine } from '../validation.ts';
import { isOpenLead } from './lead.rules.ts';
import { markFollowing } from './lead.service.ts';

export type InteractionRow = typeof interactions.$inferSelect;

type Write = { db: DatabaseOrTransaction; actor: Actor; requestId?: string };

/** The talks of leads or projects, newest first; a converted lead's are its project's too. */
export async function interactionsOf(
  db: DatabaseOrTransaction,
  side: 'lead' | 'project',
  ids: readonly string[],
): Promise<InteractionRow[]> {
  const column = side === 'lead' ? interactions.leadId : interactions.projectId;
  return await db
    .select()
    .from(interactions)
    .where(inArray(column, [...ids]))
    .orderBy(desc(interactions.on), desc(interactions.createdAt));
}

export async function participantsOf(
  db: DatabaseOrTransaction,
  interactionIds: readonly string[],
): Promise<Array<{ interactionId: string; userId: string }>> {
  return await db
    .select({ interactionId: interactionParticipants.interactionId, userId: interactionParticipants.userId })
    .from(interactionParticipants)
    .innerJoin(users, eq(users.id, interactionParticipants.userId))
    .where(inArray(interactionParticipants.interactionId, [...interactionIds]))
    .orderBy(asc(users.displayName));
}

const interactionInput = z
  .object({
    leadId: z.uuid('线索不正确').nullish(),
    projectId: z.uuid('项目不正确').nullish(),
    on: isoDate('洽谈日期').refine((d) => d <= today(), '洽谈日期不能晚于今天'),
    kind: z.enum(interactionKindEnum.enumValues, '洽谈方式不正确'),
    summary: z.string().trim().min(1, '洽谈内容不能为空').max(2000, '洽谈内容不能超过2000个字'),
    nextStep: singleLine('下一步', 200).nullish(),
    followUpOn: isoDate('跟进日期').nullish(),
    ourParticipantIds: z.array(z.uuid('我方参与人不正确')).max(30, '我方参与人不能超过30人').nullish(),
    theirParticipants: singleLine('对方参与人', 200).nullish(),
  })
  .refine((v) => Boolean(v.leadId) !== Boolean(v.projectId), {
    message: '请选择线索或项目之一',
    path: ['leadId'],
  })
  .refine((v) => !v.followUpOn || v.followUpOn >= v.on, {
    message: '跟进日期不能早于洽谈日期',
    path: ['followUpOn'],
  });

/** The unit a talk is recorded for: the lead's (while open) or the project's lead unit. */
async function recordOf(tx: Transaction, input: { leadId?: string | null; projectId?: string | null }) {
  if (input.leadId) {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, input.leadId)).for('update');
    if (!lead) throw new AppError('NOT_FOUND', '线索不存在', { field: 'leadId' });
    if (!isOpenLead(lead.status))
      throw new AppError('INVALID_TRANSITION', '线索已结束，请在项目上记录洽谈', { field: 'leadId' });
    return { unitId: lead.unitId, permission: 'lead.write' as const, projectId: null, lead };
  }
  const [project] = await tx
    .select({ id: projects.id, leadUnitId: projects.leadUnitId })
    .from(projects)
    .where(eq(projects.id, input.projectId as string));
  if (!project) throw new AppError('NOT_FOUND', '项目不存在', { field: 'projectId' });
  return { unitId: project.leadUnitId, permission: 'project.write' as const, projectId: project.id, lead: null };
}

/**
 * 洽谈 / 走访记录 (SPEC 3.1) on a lead or a project, by a promoter of its unit or ADMIN. Our people are
 * active accounts; a follow-up date is the recorder's to-do (FOLLOW_UP_DUE) until a later talk.
 */
export async function recordInteraction(args: Write & { input: InteractionInput }): Promise<InteractionRow> {
  const input = parseInput(interactionInput, args.input);
  return args.db.transaction(async (tx) => {
    const record = await recordOf(tx, input);
    authorize(args.actor, record.permission, { unitId: record.unitId });
    const people = [...new Set(input.ourParticipantIds ?? [])];
    if (people.length) {
      const found = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, people), eq(users.active, true)));
      if (found.length !== people.length) throw badInput('ourParticipantIds', '我方参与人应为在用的账号');
    }
    const [row] = await tx
      .insert(interactions)
      .values({
        leadId: input.leadId ?? null,
        projectId: record.projectId,
        on: input.on,
        kind: input.kind,
        summary: input.summary,
        nextStep: input.nextStep || null,
        followUpOn: input.followUpOn ?? null,
        theirParticipants: input.theirParticipants || null,
        recordedById: args.actor.id,
      })
      .returning();
    if (!row) throw new Error('interaction insert returned no row');
    if (people.length)
      await tx.insert(interactionParticipants).values(people.map((userId) => ({ interactionId: row.id, userId })));
    if (record.lead) await markFollowing(tx, record.lead.id);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'interaction.record',
      entityType: record.lead ? 'lead' : 'project',
      entityId: record.lead?.id ?? (record.projectId as string),
      projectId: record.projectId,
      changes: {
        on: { from: null, to: row.on },
        kind: { from: null, to: row.kind },
        followUpOn: { from: null, to: row.followUpOn },
      },
      note: row.summary.slice(0, 100),
      requestId: args.requestId,
    });
    return row;
  });
}
