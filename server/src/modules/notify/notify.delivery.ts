import { createHmac } from 'node:crypto';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { notificationDeliveries, notifications, users } from '@zdyq/db/schema';
import { desc, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { markdownInert, oneLine } from '../../lib/text.ts';
import { type Actor, authorize } from '../access/policy.ts';
import type { Channel } from './notify.service.ts';

/** A message as a channel sends it. */
export type Outgoing = {
  deliveryId: number;
  title: string;
  body: string;
  link: string | null;
  email: string | null;
  mobile: string | null;
  displayName: string;
};

/** Sends one message; throws when the other side did not take it. */
export type Transport = (message: Outgoing) => Promise<void>;
export type Transports = Partial<Record<Channel, Transport>>;

/** After this many tries a delivery is FAILED and waits for ADMIN. */
export const MAX_ATTEMPTS = 6;
/** 30 s, 1 min, 2 min, 4 min, 8 min between tries. */
export const backoffSeconds = (attempts: number) => 30 * 2 ** Math.max(0, attempts - 1);
/** A claimed delivery not finished in this time (its instance died) is claimed again. */
const CLAIM_SECONDS = 120;

/** E-mail over SMTP (nodemailer); the delivery's number is in the Message-ID, so a repeat after a crash is recognisable. */
export function emailTransport(smtpUrl: string, from: string): Transport {
  const mailer = nodemailer.createTransport(smtpUrl);
  return async (m) => {
    if (!m.email) throw new Error('no e-mail address');
    await mailer.sendMail({
      from,
      to: m.email,
      subject: oneLine(m.title),
      text: m.link ? `${m.body}\n\n${m.link}` : m.body,
      messageId: `<delivery-${m.deliveryId}@zdyq>`,
    });
  };
}

/**
 * A 钉钉 / 浙政钉 group robot: a markdown message @-mentioning the person by mobile number, signed
 * with the robot's secret when it has one (timestamp and HMAC-SHA256, as the robot API asks).
 */
export function dingtalkTransport(webhookUrl: string, secret: string | null): Transport {
  return async (m) => {
    const url = new URL(webhookUrl);
    if (secret) {
      const timestamp = String(Date.now());
      const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
      url.searchParams.set('timestamp', timestamp);
      url.searchParams.set('sign', sign);
    }
    const mention = m.mobile ? ` @${m.mobile}` : '';
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msgtype: 'markdown',
        markdown: {
          title: oneLine(m.title),
          text: `### ${markdownInert(m.title)}\n\n${markdownBody(m.body)}${mention}`,
        },
        at: { atMobiles: m.mobile ? [m.mobile] : [], isAtAll: false },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
    const answer = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (answer.errcode !== undefined && answer.errcode !== 0)
      throw new Error(`webhook errcode ${answer.errcode}: ${answer.errmsg ?? ''}`);
  };
}

/**
 * A message's body as 钉钉 markdown: its lines are the product's (a digest's items) and each is
 * made inert, so what users typed into it shows as typed.
 */
const markdownBody = (body: string) =>
  body
    .split('\n')
    .map((line) => line.replace(/^- /, '• '))
    .map(markdownInert)
    .join('\n\n');

/** The channels the configuration turns on. */
export function transportsOf(config: Config): Transports {
  const t: Transports = {};
  if (config.notify.smtpUrl) t.EMAIL = emailTransport(config.notify.smtpUrl, config.notify.smtpFrom);
  if (config.notify.dingtalkWebhookUrl) {
    t.DINGTALK = dingtalkTransport(config.notify.dingtalkWebhookUrl, config.notify.dingtalkSecret);
  }
  return t;
}

type Claimed = Outgoing & { channel: Channel; attempts: number };

/**
 * One round of the outbox worker: claims up to `batch` deliveries that are due (an atomic UPDATE
 * over rows locked with SKIP LOCKED, so two instances never take the same one), sends each, and
 * records the outcome: SENT; or another try after a backoff; or FAILED after MAX_ATTEMPTS. Answers
 * the number sent.
 */
export async function deliverPending(db: DatabaseOrTransaction, transports: Transports, batch = 20): Promise<number> {
  const claimed = await rowsOf<Claimed>(
    db,
    sql`
      UPDATE notification_deliveries d SET locked_until = now() + make_interval(secs => ${CLAIM_SECONDS}), attempts = d.attempts + 1
      FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.id = d.notification_id AND d.id IN (
        SELECT id FROM notification_deliveries
        WHERE status = 'PENDING' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING d.id AS "deliveryId", d.channel, d.attempts, n.title, n.body, n.link, u.email, u.mobile,
        u.display_name AS "displayName"`,
  );
  let sent = 0;
  for (const message of claimed) {
    const id = Number(message.deliveryId);
    const transport = transports[message.channel];
    try {
      if (!transport) throw new Error(`channel ${message.channel} is not configured on this instance`);
      await transport({ ...message, deliveryId: id });
      await db
        .update(notificationDeliveries)
        .set({ status: 'SENT', sentAt: new Date(), lockedUntil: null, lastError: null })
        .where(eq(notificationDeliveries.id, id));
      sent++;
    } catch (error) {
      const failed = message.attempts >= MAX_ATTEMPTS;
      await db
        .update(notificationDeliveries)
        .set({
          status: failed ? 'FAILED' : 'PENDING',
          lockedUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(message.attempts)})`,
        })
        .where(eq(notificationDeliveries.id, id));
    }
  }
  return sent;
}

export type DeliveryFailureRow = {
  id: number;
  channel: Channel;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  title: string;
  recipient: string;
};

/** ADMIN: deliveries that gave up, newest first. */
export async function deliveryFailures(
  db: DatabaseOrTransaction,
  actor: Actor,
  first: number,
): Promise<DeliveryFailureRow[]> {
  authorize(actor, 'user.manage');
  return await db
    .select({
      id: notificationDeliveries.id,
      channel: notificationDeliveries.channel,
      attempts: notificationDeliveries.attempts,
      lastError: notificationDeliveries.lastError,
      createdAt: notificationDeliveries.createdAt,
      title: notifications.title,
      recipient: users.displayName,
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notificationDeliveries.status, 'FAILED'))
    .orderBy(desc(notificationDeliveries.id))
    .limit(first);
}

/** ADMIN: try a failed delivery again, from the start of its backoff. */
export async function retryDelivery(db: DatabaseOrTransaction, actor: Actor, id: number): Promise<boolean> {
  authorize(actor, 'user.manage');
  const [row] = await db
    .update(notificationDeliveries)
    .set({ status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null })
    .where(sql`${notificationDeliveries.id} = ${id} AND ${notificationDeliveries.status} = 'FAILED'`)
    .returning({ id: notificationDeliveries.id });
  if (!row) throw new AppError('NOT_FOUND', '没有这条失败的发送');
  return true;
}
