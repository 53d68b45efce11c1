import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notificationDeliveries, notifications } from '@zdyq/db/schema';
import { unitByName } from '@zdyq/db/seed';
import { eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { addDays, today } from '../src/lib/dates.ts';
import { deliverPending, MAX_ATTEMPTS, transportsOf } from '../src/modules/notify/notify.delivery.ts';
import { remindRectifications, sendDigests } from '../src/modules/notify/notify.schedule.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type Mail = { to: string; raw: string };
type Hook = {
  url: URL;
  body: { msgtype: string; markdown: { title: string; text: string }; at: { atMobiles: string[] } };
};

/** A real SMTP server and a real HTTP receiver on this machine: the sending code runs as in production. */
async function receivers() {
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const hooks: Hook[] = [];
  /** How the receiver answers the next requests: a queue of HTTP statuses, then 200. */
  const failures: number[] = [];
  let delayMs = 0;
  const http: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    await new Promise((r) => setTimeout(r, delayMs));
    const status = failures.shift() ?? 200;
    if (status === 200)
      hooks.push({
        url: new URL(req.url ?? '/', 'http://x'),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errcode: status === 200 ? 0 : 500 }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const httpPort = (http.address() as AddressInfo).port;
  return {
    mails,
    hooks,
    failures,
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      DINGTALK_WEBHOOK_URL: `http://127.0.0.1:${httpPort}/robot/send?access_token=test`,
      DINGTALK_SECRET: 'SEC-test-secret',
    },
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(resolve));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Reminders that reach people: in the app, by e-mail and by 钉钉 webhook, through the outbox. */
describe('notifications', () => {
  let t: TestServer;
  let r: Awaited<ReturnType<typeof receivers>>;
  let c: Record<'admin' | 'promoter' | 'promoter2' | 'leader' | 'inspector', ApiClient>;
  let transports: ReturnType<typeof transportsOf>;
  let project: string;
  let ownUnit: string;
  let otherUnit: string;
  const day = today();

  const inbox = async (client: ApiClient) =>
    (
      await client.ok<{
        myNotifications: {
          unreadCount: number;
          nodes: Array<{ id: string; kind: string; title: string; body: string; read: boolean }>;
        };
      }>('{ myNotifications(first: 50) { unreadCount nodes { id kind title body read } } }')
    ).myNotifications;
  const deliveries = async () =>
    await t.handle.db.select().from(notificationDeliveries).orderBy(notificationDeliveries.id);
  const raise = async (title: string) =>
    (
      await c.promoter.ok<{ raiseProblem: { id: string } }>(
        'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
        {
          i: {
            projectId: project,
            title,
            category: 'LAND',
            leadUnitId: ownUnit,
            coUnitIds: [otherUnit],
            dueOn: addDays(day, 10),
          },
        },
      )
    ).raiseProblem.id;

  beforeAll(async () => {
    r = await receivers();
    t = await startTestServer(r.env);
    c = (await t.everyone()) as typeof c;
    transports = transportsOf(loadConfig({ NODE_ENV: 'test', ...r.env }));
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    otherUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    await c.promoter.ok('mutation { setMyContact(email: "zhangwei@shangyu.gov.cn", mobile: "13800000001") { email } }');
    project = (
      await c.admin.ok<{ createProject: { id: string } }>(
        'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
        {
          i: {
            name: '通知测试项目',
            investor: '通知投资有限公司',
            industry: 'NEW_MATERIALS',
            source: 'NEW',
            isManufacturing: true,
            totalInvestment: '3',
            leadUnitId: ownUnit,
            stage: 'SIGNED',
            signedOn: addDays(day, -60),
            landArea: '20',
          },
        },
      )
    ).createProject.id;
  });
  beforeEach(async () => {
    // Whatever earlier tests left in the outbox is sent first, so each test sees its own.
    await deliverPending(t.handle.db, transports, 500);
    r.mails.length = 0;
    r.hooks.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await r.close();
  });

  it('tells a problem’s units when it is handed to them and when a leader instructs, in the app, by e-mail and 钉钉', async () => {
    const problem = await raise('用地指标未落实');
    // The co-unit hears of it; the raiser does not hear of their own act.
    expect((await inbox(c.promoter2)).nodes[0]).toMatchObject({ kind: 'PROBLEM_ASSIGNED', read: false });
    expect((await inbox(c.promoter)).nodes.find((n) => n.kind === 'PROBLEM_ASSIGNED')).toBeUndefined();

    await c.leader.ok('mutation($id: ID!) { addProblemNote(id: $id, body: "请自然资源局一周内办结") { id } }', {
      id: problem,
    });
    const mine = await inbox(c.promoter);
    expect(mine.nodes[0]).toMatchObject({ kind: 'INSTRUCTION', title: '领导批示：用地指标未落实' });
    expect(mine.nodes[0]?.body).toContain('请自然资源局一周内办结');
    expect(mine.unreadCount).toBeGreaterThan(0);

    const sent = await deliverPending(t.handle.db, transports, 500);
    expect(sent).toBeGreaterThan(0);
    const mail = r.mails.find((m) => m.to === 'zhangwei@shangyu.gov.cn' && m.raw.includes('delivery-'));
    expect(mail, 'the promoter’s e-mail').toBeTruthy();
    const hook = r.hooks.find(
      (h) => h.body.markdown.title === '领导批示：用地指标未落实' && h.body.at.atMobiles.includes('13800000001'),
    );
    expect(hook, 'the 钉钉 message @-mentioning the promoter').toBeTruthy();
    // Signed as the robot asks: HMAC-SHA256 of "timestamp\nsecret", base64.
    const timestamp = hook?.url.searchParams.get('timestamp') ?? '';
    expect(hook?.url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'SEC-test-secret').update(`${timestamp}\nSEC-test-secret`).digest('base64'),
    );
    // Nothing is sent twice.
    expect(await deliverPending(t.handle.db, transports, 500)).toBe(0);

    const read = await c.promoter.ok<{ markNotificationsRead: number }>('mutation { markNotificationsRead }');
    expect(read.markNotificationsRead).toBe(mine.unreadCount);
    expect((await inbox(c.promoter)).unreadCount).toBe(0);
  });

  it('sends what people typed as text: no heading, link, mention or line of their own in any message', async () => {
    // A title is one line: line breaks are refused where it is typed.
    for (const title of ['第一行\n第二行', '回车\r换行', '分隔\u2028符']) {
      const refused = await c.promoter.fails('mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }', {
        i: { projectId: project, title, category: 'LAND', leadUnitId: ownUnit },
      });
      expect(refused.extensions, JSON.stringify(title)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    }
    const title = '### 用地 [点此办理](http://evil.example/x) @13900000000 **急** <font color=red>红</font>';
    const problem = await raise(title);
    // A 批示 may run over several lines; in a message it is one.
    await c.leader.ok('mutation($id: ID!, $b: String!) { addProblemNote(id: $id, body: $b) { id } }', {
      id: problem,
      b: '请抓紧\n### 伪造标题\n[链接](https://evil.example)\r\n> 引用 @all',
    });
    await deliverPending(t.handle.db, transports, 500);
    const hooks = r.hooks.filter((h) => h.body.markdown.title.includes('用地'));
    expect(hooks.length).toBeGreaterThan(0);
    for (const hook of hooks) {
      const text = hook.body.markdown.text;
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      // The product's heading is the first line and the only one; the rest is plain text.
      expect(lines[0]).toMatch(/^### \S/);
      for (const line of lines.slice(1)) expect(line, text).not.toMatch(/^\s*(#|>|-|\*|\d+\.)/);
      expect(text).not.toMatch(/\]\(|https?:\/\/|<font|\*\*|@(13900000000|all)/);
      expect(text).toContain('用地');
      expect(hook.body.at.atMobiles).not.toContain('13900000000');
      expect(hook.body.markdown.title).not.toMatch(/[\r\n]/);
    }
    const mails = r.mails.filter((m) => m.raw.includes('delivery-'));
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      const parsed = await simpleParser(mail.raw);
      // Body lines are the product's: what was typed never begins one.
      expect(parsed.text, parsed.text).not.toMatch(/^(### 伪造标题|\[链接\]|> 引用)/m);
      expect(parsed.subject).not.toMatch(/[\r\n]/);
    }
    expect(mails.some((m) => m.raw.includes('delivery-'))).toBe(true);
    const instruction = (await inbox(c.promoter)).nodes.find((n) => n.kind === 'INSTRUCTION');
    expect(instruction?.body).not.toMatch(/[\r\n]/);
    expect(instruction?.body).toContain('### 伪造标题');
  });

  it('keeps a message written before a crash and sends it after; a claim of a dead instance expires', async () => {
    await raise('停电后的问题');
    const pending = (await deliveries()).filter((d) => d.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    // An instance claimed them and died before sending.
    await t.handle.db
      .update(notificationDeliveries)
      .set({ lockedUntil: sql`now() + interval '2 minutes'`, attempts: 1 })
      .where(eq(notificationDeliveries.status, 'PENDING'));
    expect(await deliverPending(t.handle.db, transports)).toBe(0);
    await t.handle.db
      .update(notificationDeliveries)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(notificationDeliveries.status, 'PENDING'));
    expect(await deliverPending(t.handle.db, transports)).toBe(pending.length);
    expect((await deliveries()).filter((d) => d.status !== 'SENT')).toEqual([]);
  });

  it('sends each message once with two workers at the same time', async () => {
    await raise('两个实例同时发送');
    const pending = (await deliveries()).filter((d) => d.status === 'PENDING');
    r.setDelay(150);
    const other = await t.secondInstance();
    const [a, b] = await Promise.all([deliverPending(t.handle.db, transports), deliverPending(other.db, transports)]);
    r.setDelay(0);
    expect(a + b).toBe(pending.length);
    const hookTitles = r.hooks.map((h) => h.body.markdown.title);
    expect(hookTitles.filter((title) => title.includes('两个实例同时发送'))).toHaveLength(
      pending.filter((d) => d.channel === 'DINGTALK').length,
    );
  });

  it('retries after the receiver fails twice, with growing waits; gives up after the last try, for ADMIN to see and retry', async () => {
    // Only the 钉钉 channel for this one: the promoter turns e-mail off for PROBLEM_ASSIGNED.
    await c.promoter2.ok(
      'mutation { setNotificationPreferences(input: [{ kind: PROBLEM_ASSIGNED, channel: EMAIL, enabled: false }]) { kind } }',
    );
    const before = (await deliveries()).length;
    await c.promoter
      .ok('mutation($id: ID!) { escalateProblem(id: $id) { id } }', { id: await raise('重试的问题') })
      .catch(() => undefined);
    const mine = (await deliveries()).slice(before).filter((d) => d.channel === 'DINGTALK');
    expect(mine.length).toBeGreaterThan(0);
    const id = mine[0]?.id as number;
    const only = async () => (await deliveries()).find((d) => d.id === id);
    // Everything else goes first, so the receiver's failures meet this one.
    await t.handle.db
      .update(notificationDeliveries)
      .set({ nextAttemptAt: sql`now() + interval '1 hour'` })
      .where(eq(notificationDeliveries.id, id));
    await deliverPending(t.handle.db, transports, 500);
    await t.handle.db
      .update(notificationDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(notificationDeliveries.id, id));

    r.failures.push(500, 500);
    await deliverPending(t.handle.db, transports);
    const first = await only();
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(first?.lastError).toContain('500');
    const wait1 = ((first?.nextAttemptAt.getTime() ?? 0) - Date.now()) / 1000;
    expect(wait1).toBeGreaterThan(20);
    expect(await deliverPending(t.handle.db, transports)).toBe(0);
    await t.handle.db
      .update(notificationDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(notificationDeliveries.id, id));
    await deliverPending(t.handle.db, transports);
    const second = await only();
    expect(second).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(((second?.nextAttemptAt.getTime() ?? 0) - Date.now()) / 1000).toBeGreaterThan(wait1 + 20);
    await t.handle.db
      .update(notificationDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(notificationDeliveries.id, id));
    expect(await deliverPending(t.handle.db, transports)).toBe(1);
    expect(await only()).toMatchObject({ status: 'SENT', attempts: 3 });

    // A receiver that never takes it: FAILED after the last try.
    await raise('一直失败的问题');
    const failing = (await deliveries()).filter((d) => d.status === 'PENDING' && d.channel === 'DINGTALK');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      r.failures.push(...failing.map(() => 502));
      await t.handle.db
        .update(notificationDeliveries)
        .set({ nextAttemptAt: sql`now()` })
        .where(eq(notificationDeliveries.status, 'PENDING'));
      await deliverPending(t.handle.db, { DINGTALK: transports.DINGTALK }, 500);
    }
    r.failures.length = 0;
    const failures = await c.admin.ok<{
      deliveryFailures: Array<{ id: string; channel: string; attempts: number; lastError: string; recipient: string }>;
    }>('{ deliveryFailures { id channel attempts lastError recipient } }');
    expect(failures.deliveryFailures.length).toBe(failing.length);
    expect(failures.deliveryFailures[0]).toMatchObject({ channel: 'DINGTALK', attempts: MAX_ATTEMPTS });
    expect(failures.deliveryFailures[0]?.lastError).toContain('502');
    await c.admin.ok('mutation($id: ID!) { retryDelivery(id: $id) }', { id: failures.deliveryFailures[0]?.id });
    expect(await deliverPending(t.handle.db, transports, 500)).toBeGreaterThan(0);
    expect((await c.promoter.fails('{ deliveryFailures { id } }')).extensions?.code).toBe('FORBIDDEN');
  });

  it('writes the daily digest once a day after its time, and reminds of a rectify-by date three days ahead once', async () => {
    const now = new Date();
    const digests = await sendDigests(t.handle.db, '00:00', now);
    expect(digests).toBeGreaterThan(0);
    expect((await inbox(c.promoter)).nodes.find((n) => n.kind === 'DIGEST')?.title).toMatch(/^今日待办 \d+ 项/);
    expect(await sendDigests(t.handle.db, '00:00', now)).toBe(0);
    await t.handle.db.delete(notifications).where(eq(notifications.kind, 'DIGEST'));
    expect(await sendDigests(t.handle.db, '23:59:59', now)).toBe(0);

    await c.inspector.ok(
      'mutation($id: ID!) { setAgreement(projectId: $id, input: { landArea: "20", taxPerMu: "20" }) { landArea } }',
      { id: project },
    );
    await c.inspector.ok('mutation($i: ComplianceCheckInput!) { recordComplianceCheck(input: $i) { id } }', {
      i: {
        projectId: project,
        checkedOn: day,
        period: day.slice(0, 4),
        annualTax: '10',
        action: 'RECTIFICATION_NOTICE',
        rectifyBy: addDays(day, 3),
      },
    });
    expect(await remindRectifications(t.handle.db, day)).toBeGreaterThan(0);
    expect(await remindRectifications(t.handle.db, day)).toBe(0);
    expect((await inbox(c.promoter)).nodes.find((n) => n.kind === 'RECTIFY_SOON')?.title).toBe(
      '整改期限临近：通知测试项目',
    );
    // The inspector recorded it and is not told of their own check, but of the date: they are told too.
    expect((await inbox(c.inspector)).nodes.find((n) => n.kind === 'RECTIFY_SOON')).toBeTruthy();
  });

  it('tells a unit of its missing reports when ADMIN closes the month', async () => {
    await c.admin
      .ok(
        'mutation($id: ID!, $on: Date!) { advanceStage(id: $id, version: 1, to: UNDER_CONSTRUCTION, on: $on) { id } }',
        {
          id: project,
          on: addDays(day, -45),
        },
      )
      .catch(async () => {
        const v = (
          await c.admin.ok<{ project: { version: number } }>('query($id: ID!) { project(id: $id) { version } }', {
            id: project,
          })
        ).project.version;
        await c.admin.ok(
          'mutation($id: ID!, $v: Int!, $on: Date!) { advanceStage(id: $id, version: $v, to: UNDER_CONSTRUCTION, on: $on) { id } }',
          {
            id: project,
            v,
            on: addDays(day, -45),
          },
        );
      });
    const month = addDays(day, -31).slice(0, 7);
    await c.admin.ok('mutation($m: String!) { closeReportMonth(month: $m) { month } }', { m: month });
    const notice = (await inbox(c.promoter)).nodes.find((n) => n.kind === 'REPORTS_MISSING');
    expect(notice?.title).toBe(`${month} 月报已关闭，1 个项目未报`);
    expect(notice?.body).toContain('通知测试项目');
  });

  it('refuses a bad e-mail address or mobile number, naming the field', async () => {
    const bad = await c.promoter.fails('mutation { setMyContact(email: "not-an-address") { email } }');
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const badMobile = await c.promoter.fails('mutation { setMyContact(mobile: "12345") { email } }');
    expect(badMobile.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mobile' });
    const contact = await c.promoter.ok<{ myContact: { email: string } }>('{ myContact { email } }');
    expect(contact.myContact.email).toBe('zhangwei@shangyu.gov.cn');
  });
});
