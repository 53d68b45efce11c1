import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { notificationDeliveries, notificationPreferences, notifications, problemCoUnits, users } from '@zdyq/db/schema';
import { type Channel, channels } from '@zdyq/db/values';
import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../access/policy.ts';
import { parseInput } from '../validation.ts';

/** What a notification is about; each person chooses channels per kind. */
export const notificationKinds = [
  'INSTRUCTION',
  'PROBLEM_ASSIGNED',
  'ESCALATION',
  'RECTIFY_SOON',
  'REPORTS_MISSING',
  'DIGEST',
  'BACKUP_FAILED',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export { type Channel, channels };

/**
 * The channels this process can send on (SMTP_URL, DINGTALK_WEBHOOK_URL), set once at start-up.
 * A delivery is written only for a channel that is on, so nothing waits for a channel that never comes.
 */
let enabledChannels: readonly Channel[] = [];
export function setEnabledChannels(next: readonly Channel[]): void {
  enabledChannels = next;
}

export type NotificationRow = typeof notifications.$inferSelect;

export type Notice = {
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string | null;
  /** One notification per key and person (the scheduler's digests and rectify-by reminders). */
  dedupeKey?: (userId: string) => string;
};

/**
 * Notifies people of an event, in the transaction that records the event (the outbox): the
 * notification for the app and a delivery per channel the person has and wants. Nobody is told of
 * their own act; inactive accounts are told nothing.
 */
export async function notify(
  tx: DatabaseOrTransaction,
  recipients: readonly string[],
  notice: Notice,
  actor: Actor | null = null,
): Promise<number> {
  const ids = [...new Set(recipients)].filter((id) => id !== actor?.id);
  if (ids.length === 0) return 0;
  const people = await tx
    .select({ id: users.id, email: users.email, mobile: users.mobile })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  if (people.length === 0) return 0;
  const written = await tx
    .insert(notifications)
    .values(
      people.map((p) => ({
        userId: p.id,
        kind: notice.kind,
        title: notice.title.slice(0, 200),
        body: notice.body.slice(0, 4000),
        link: notice.link ?? null,
        dedupeKey: notice.dedupeKey?.(p.id) ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id, userId: notifications.userId });
  if (written.length === 0 || enabledChannels.length === 0) return written.length;
  const off = await tx
    .select()
    .from(notificationPreferences)
    .where(
      and(
        inArray(
          notificationPreferences.userId,
          written.map((w) => w.userId),
        ),
        eq(notificationPreferences.kind, notice.kind),
        eq(notificationPreferences.enabled, false),
      ),
    );
  const refused = new Set(off.map((o) => `${o.userId}:${o.channel}`));
  const contact = new Map(people.map((p) => [p.id, p]));
  const deliveries = written.flatMap((w) =>
    enabledChannels
      .filter((channel) => !refused.has(`${w.userId}:${channel}`))
      .filter((channel) => (channel === 'EMAIL' ? Boolean(contact.get(w.userId)?.email) : true))
      .map((channel) => ({ notificationId: w.id, channel })),
  );
  if (deliveries.length > 0) await tx.insert(notificationDeliveries).values(deliveries);
  return written.length;
}

/** The active people of some units (those a problem is handed to), in a business role. */
export async function membersOf(tx: DatabaseOrTransaction, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.unitId, [...unitIds]),
        eq(users.active, true),
        inArray(users.role, ['PROMOTER', 'ADMIN', 'INSPECTOR']),
      ),
    );
  return rows.map((r) => r.id);
}

/** The active people of a role (the leaders, for an escalation to them; the inspectors). */
export async function holdersOf(
  tx: DatabaseOrTransaction,
  role: 'LEADER' | 'INSPECTOR',
  projectId: string,
): Promise<string[]> {
  // The project's own district's: a sweep runs over every district, and no one hears of another's project.
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, role),
        eq(users.active, true),
        sql`${users.regionId} = (SELECT p.region_id FROM projects p WHERE p.id = ${projectId})`,
      ),
    );
  return rows.map((r) => r.id);
}

/** A problem's lead unit and co-units. */
export async function problemUnits(
  tx: DatabaseOrTransaction,
  problem: { id: string; leadUnitId: string },
): Promise<string[]> {
  const co = await tx
    .select({ unitId: problemCoUnits.unitId })
    .from(problemCoUnits)
    .where(eq(problemCoUnits.problemId, problem.id));
  return [problem.leadUnitId, ...co.map((c) => c.unitId)];
}

/** My notifications, newest first, keyset-paged by time. */
export async function myNotifications(
  db: DatabaseOrTransaction,
  userId: string,
  opts: { first: number; before?: Date; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  return await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        opts.before ? lt(notifications.createdAt, opts.before) : undefined,
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.first + 1);
}

export async function unreadCount(db: DatabaseOrTransaction, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks my notifications read: the ones named, or all. */
export async function markRead(
  db: DatabaseOrTransaction,
  userId: string,
  ids: readonly string[] | null,
): Promise<number> {
  const { list } = parseInput(z.object({ list: z.array(z.uuid('通知不正确')).max(500).nullable() }), {
    list: ids,
  });
  const done = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        list ? inArray(notifications.id, list) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return done.length;
}

export type PreferenceRow = { kind: NotificationKind; channel: Channel; enabled: boolean };

/** Every kind and channel with the person's choice (on unless turned off). */
export async function preferencesOf(db: DatabaseOrTransaction, userId: string): Promise<PreferenceRow[]> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const off = new Map(rows.map((r) => [`${r.kind}:${r.channel}`, r.enabled]));
  return notificationKinds.flatMap((kind) =>
    channels.map((channel) => ({ kind, channel, enabled: off.get(`${kind}:${channel}`) ?? true })),
  );
}

const preferenceInput = z.array(
  z.object({
    kind: z.enum(notificationKinds, '通知类型不正确'),
    channel: z.enum(channels, '渠道不正确'),
    enabled: z.boolean(),
  }),
);

export async function setPreferences(
  db: DatabaseOrTransaction,
  userId: string,
  input: unknown,
): Promise<PreferenceRow[]> {
  const list = parseInput(preferenceInput.max(notificationKinds.length * channels.length), input);
  for (const p of list) {
    await db
      .insert(notificationPreferences)
      .values({ userId, ...p })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind, notificationPreferences.channel],
        set: { enabled: p.enabled },
      });
  }
  return preferencesOf(db, userId);
}

const contactInput = z.object({
  email: z.email('电子邮箱格式不正确').max(200).nullish(),
  mobile: z
    .string()
    .regex(/^1\d{10}$/, '手机号应为11位数字')
    .nullish(),
});

export async function contactOf(db: DatabaseOrTransaction, userId: string) {
  const [row] = await db.select({ email: users.email, mobile: users.mobile }).from(users).where(eq(users.id, userId));
  return row ?? { email: null, mobile: null };
}

/** One's own e-mail address and mobile number, where reminders reach them. */
export async function setMyContact(db: DatabaseOrTransaction, actor: Actor, input: unknown) {
  const contact = parseInput(contactInput, input);
  const [row] = await db
    .update(users)
    .set({ email: contact.email || null, mobile: contact.mobile || null, updatedAt: new Date() })
    .where(eq(users.id, actor.id))
    .returning({ email: users.email, mobile: users.mobile });
  return row ?? { email: null, mobile: null };
}
