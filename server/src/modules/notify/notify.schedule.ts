import type { Database, Transaction } from '@zdyq/db/client';
import { regionAndBelow, rowsOf } from '@zdyq/db/queries';
import { notifications, projects, users } from '@zdyq/db/schema';
import { inScope } from '@zdyq/db/scope';
import { businessRoles } from '@zdyq/db/values';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { addDays, today } from '../../lib/dates.ts';
import { said } from '../../lib/text.ts';
import { type Actor, scopeOf } from '../access/policy.ts';
import { asksRectificationSql, checkInForceSql } from '../compliance/compliance.rules.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { myTodo } from '../todo/todo.service.ts';
import { holdersOf, membersOf, notify } from './notify.service.ts';

const districtClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Days before a rectify-by date that the inspectors and the project's unit are reminded. */
export const RECTIFY_REMINDER_DAYS = 3;

/**
 * The daily digest of 我的待办, once the district's clock has passed `digestTime`: one per person
 * and day (the key makes a second instance's write a no-op), only to those with something to do.
 */
export async function sendDigests(db: Database, digestTime: string, now = new Date()): Promise<number> {
  if (districtClock.format(now) < digestTime) return 0;
  const day = today(now);
  const done = await db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(like(notifications.dedupeKey, `DIGEST:${day}:%`));
  const skip = new Set(done.map((d) => d.userId));
  const people = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      regionId: users.regionId,
      regionIds: regionAndBelow(users.regionId),
    })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...businessRoles])));
  let sent = 0;
  for (const person of people.filter((p) => !skip.has(p.id))) {
    // Each person's to-do as their own requests see it: in their scope, under row-level security.
    sent += await inScope(db, scopeOf(person as Actor), (tx) => digestOf(tx, person as Actor, day));
  }
  return sent;
}

/** One person's digest of the day, if they have anything to do. */
async function digestOf(db: Transaction, person: Actor, day: string): Promise<number> {
  const items = await myTodo(db, person, day);
  if (items.length === 0) return 0;
  const overdue = items.filter((i) => i.overdue).length;
  const lines = items
    .slice(0, 10)
    .map((i) => said`- ${i.overdue ? '【逾期】' : ''}${i.title}${i.dueOn ? `（${i.dueOn}）` : ''}`);
  return await db.transaction((tx) =>
    notify(tx, [person.id], {
      kind: 'DIGEST',
      title: `今日待办 ${items.length} 项${overdue ? `，其中逾期 ${overdue} 项` : ''}`,
      body: `${lines.join('\n')}${items.length > 10 ? `\n…共 ${items.length} 项` : ''}`,
      link: '/todo',
      dedupeKey: (userId) => `DIGEST:${day}:${userId}`,
    }),
  );
}

/** A rectify-by date three days ahead: the inspectors and the people of the project's unit, once per check. */
export async function remindRectifications(db: Database, day = today()): Promise<number> {
  const due = await rowsOf<{ id: string; rectifyBy: string; projectId: string; name: string; unitId: string }>(
    db,
    sql`SELECT c.id, c.rectify_by::text AS "rectifyBy", ${projects.id} AS "projectId", ${projects.name}, ${projects.leadUnitId} AS "unitId"
      FROM ${projects} JOIN LATERAL ${checkInForceSql(day, projects.id)} c ON true
      WHERE ${asksRectificationSql('c')} AND c.rectify_by = ${addDays(day, RECTIFY_REMINDER_DAYS)}::date
        AND ${notTerminatedSql(day)}`,
  );
  let sent = 0;
  for (const check of due) {
    const recipients = [
      ...(await holdersOf(db, 'INSPECTOR', check.projectId)),
      ...(await membersOf(db, [check.unitId])),
    ];
    sent += await db.transaction((tx) =>
      notify(tx, recipients, {
        kind: 'RECTIFY_SOON',
        title: said`整改期限临近：${check.name}`,
        body: said`项目“${check.name}”的整改期限为 ${check.rectifyBy}，还有 ${RECTIFY_REMINDER_DAYS} 天。`,
        link: `/projects/${check.projectId}`,
        dedupeKey: (userId) => `RECTIFY_SOON:${check.id}:${userId}`,
      }),
    );
  }
  return sent;
}
