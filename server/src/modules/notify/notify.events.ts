import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { projects } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';
import { said } from '../../lib/text.ts';
import type { Actor } from '../access/policy.ts';
import { reportMissingSql } from '../report/report.rules.ts';
import { holdersOf, membersOf, notify, problemUnits } from './notify.service.ts';

/**
 * Who is told of what (issue: reminders that reach people), written in the event's transaction.
 * The words are the product's: a problem handed to a unit, a leader's 批示, an escalation, reports
 * missing when a month closes.
 */

type ProblemRef = { id: string; title: string; projectId: string; leadUnitId: string; meetingId?: string | null };

const levelName = { UNIT: '责任单位', LEADER: '区领导', MEETING: '专题协调会' } as const;

async function projectName(tx: DatabaseOrTransaction, id: string): Promise<string> {
  const [row] = await tx.select({ name: projects.name }).from(projects).where(eq(projects.id, id));
  return row?.name ?? '';
}

/** A problem handed to units: their people hear of it. */
export async function problemAssigned(tx: DatabaseOrTransaction, problem: ProblemRef, actor: Actor): Promise<void> {
  const name = await projectName(tx, problem.projectId);
  await notify(
    tx,
    await membersOf(tx, await problemUnits(tx, problem)),
    {
      kind: 'PROBLEM_ASSIGNED',
      ...(problem.meetingId
        ? {
            title: said`新议定事项：${problem.title}`,
            body: said`会议就项目“${name}”议定“${problem.title}”，交由贵单位办理。`,
          }
        : {
            title: said`新交办问题：${problem.title}`,
            body: said`${actor.displayName}就项目“${name}”提出问题“${problem.title}”，交由贵单位办理。`,
          }),
      link: `/problems/${problem.id}`,
    },
    actor,
  );
}

/** A leader's 批示 on a problem: the units handling it hear of it. */
export async function problemInstructed(
  tx: DatabaseOrTransaction,
  problem: ProblemRef,
  body: string,
  actor: Actor,
): Promise<void> {
  const name = await projectName(tx, problem.projectId);
  await notify(
    tx,
    await membersOf(tx, await problemUnits(tx, problem)),
    {
      kind: 'INSTRUCTION',
      title: said`领导批示：${problem.title}`,
      body: said`${actor.displayName}对项目“${name}”的问题“${problem.title}”批示：${body}`,
      link: `/problems/${problem.id}`,
    },
    actor,
  );
}

/** An escalation, by a leader or by the sweep: the units, and the leaders once it reaches them. */
export async function problemEscalated(
  tx: DatabaseOrTransaction,
  problem: ProblemRef,
  to: keyof typeof levelName,
  actor: Actor | null,
  reason: string | null,
): Promise<void> {
  const name = await projectName(tx, problem.projectId);
  const recipients = [
    ...(await membersOf(tx, await problemUnits(tx, problem))),
    ...(await holdersOf(tx, 'LEADER', problem.projectId)),
  ];
  await notify(
    tx,
    recipients,
    {
      kind: 'ESCALATION',
      title: said`问题提级至${levelName[to]}：${problem.title}`,
      body: said`项目“${name}”的问题“${problem.title}”已提级至${levelName[to]}督办。${reason ?? ''}`,
      link: `/problems/${problem.id}`,
    },
    actor,
  );
}

/** A month closed with reports missing: each unit's people, with their projects named. */
export async function reportsMissingAtClose(tx: DatabaseOrTransaction, month: string, actor: Actor): Promise<void> {
  const missing = await tx
    .select({ unitId: projects.leadUnitId, name: projects.name })
    .from(projects)
    .where(reportMissingSql(month));
  const byUnit = new Map<string, typeof missing>();
  for (const m of missing) byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), m]);
  for (const [unitId, rows] of byUnit) {
    const names = rows.map((r) => r.name);
    await notify(
      tx,
      await membersOf(tx, [unitId]),
      {
        kind: 'REPORTS_MISSING',
        title: said`${month} 月报已关闭，${rows.length} 个项目未报`,
        body: said`${month} 月报已关闭，以下项目未报：${names.slice(0, 20).join('、')}${names.length > 20 ? ' 等' : ''}。`,
        link: '/reports',
      },
      actor,
    );
  }
}
