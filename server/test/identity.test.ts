import { auditLog, sessions, users } from '@zdyq/db/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpFor } from '../src/modules/auth/two-factor.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const LOGIN = 'mutation($u: String!, $p: String!, $o: String) { login(username: $u, password: $p, otp: $o) { id } }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id username role mustChangePassword demo } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const ACCOUNT = '{ myAccount { restriction twoFactorEnabled twoFactorRequired recoveryCodesLeft passwordExpiresOn } }';

/** A code for the step `steps` from now (the server accepts one step either side, each once). */
const codeAt = (secret: string, steps = 0) =>
  totpFor(secret).generate({ epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function signIn(t: TestServer, username: string, password: string, otp?: string): Promise<ApiClient> {
  const client = t.anonymous();
  await client.ok(LOGIN, { u: username, p: password, o: otp ?? null });
  return client;
}

/** 等保 三级 identity: password rules, forced change, sessions, 三员分立, the second factor, security events. */
describe('identity and access (等保 三级)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let security: ApiClient;
  let auditor: ApiClient;
  let leader: ApiClient;

  const lastAudit = async (action: string) =>
    (
      await t.handle.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1)
    )[0];

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, security, auditor, leader } = await t.everyone());
  });
  afterAll(() => t.close());

  it('refuses weak passwords wherever one is set, naming the field', async () => {
    const input = (password: string, username = 'weakling') => ({
      i: { username, displayName: '弱口令', role: 'LEADER', password },
    });
    for (const weak of ['password1', 'abcdefg1', 'Short1!', 'ALLUPPER123']) {
      const error = await admin.fails(CREATE, input(weak));
      expect(error.extensions, weak).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    const withName = await admin.fails(CREATE, input('Weakling-2026', 'weakling'));
    expect(withName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(withName.message).toContain('用户名');
    const [none] = await t.handle.db.select().from(users).where(eq(users.username, 'weakling'));
    expect(none).toBeUndefined();
  });

  it('makes a new user change the initial password before anything else, and never reuse the last five', async () => {
    const created = await admin.ok<{ createUser: { id: string; mustChangePassword: boolean; demo: boolean } }>(CREATE, {
      i: { username: 'newcomer', displayName: '新同事', role: 'LEADER', password: 'Initial-2026a' },
    });
    expect(created.createUser).toMatchObject({ mustChangePassword: true, demo: false });
    const newcomer = await signIn(t, 'newcomer', 'Initial-2026a');
    expect((await newcomer.ok<{ myAccount: { restriction: string } }>(ACCOUNT)).myAccount.restriction).toBe(
      'PASSWORD_CHANGE',
    );
    const blocked = await newcomer.fails('{ projects { totalCount } }');
    expect(blocked.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const file = await fetch(`${t.url}/api/projects.xlsx`, { headers: { cookie: newcomer.cookie ?? '' } });
    expect(file.status).toBe(403);
    // The same password again is refused, then a good one lifts the restriction.
    const same = await newcomer.fails(CHANGE, { c: 'Initial-2026a', n: 'Initial-2026a' });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    let current = 'Initial-2026a';
    const passwords = ['Second-2026b', 'Third-2026c', 'Fourth-2026d', 'Fifth-2026e', 'Sixth-2026f'];
    for (const next of passwords) {
      await newcomer.ok(CHANGE, { c: current, n: next });
      current = next;
    }
    expect(
      (await newcomer.ok<{ projects: { totalCount: number } }>('{ projects { totalCount } }')).projects,
    ).toBeTruthy();
    // The last five are remembered (Second … Sixth); the initial one has dropped out of them.
    const reused = await newcomer.fails(CHANGE, { c: current, n: 'Third-2026c' });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await newcomer.ok(CHANGE, { c: current, n: 'Initial-2026a' });
  });

  it('makes a reset password temporary too, and expires passwords past the maximum age', async () => {
    const id = t.users.inspector;
    await t.handle.db.update(users).set({ demo: false }).where(eq(users.id, id));
    await admin.ok('mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) }', {
      id,
      p: 'Reset-2026xyz',
    });
    const inspector = await signIn(t, 'inspector', 'Reset-2026xyz');
    expect((await inspector.fails('{ units { id } }')).extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await inspector.ok(CHANGE, { c: 'Reset-2026xyz', n: 'Changed-2026xyz' });
    expect(await inspector.ok('{ units { id } }')).toBeTruthy();

    await security.ok(
      'mutation { setSecuritySettings(input: { passwordMaxAgeDays: 90, lockoutFailures: 5, lockoutMinutes: 15 }) { passwordMaxAgeDays } }',
    );
    await t.handle.db.update(users).set({ passwordChangedAt: sql`now() - interval '91 days'` }).where(eq(users.id, id));
    expect((await inspector.fails('{ units { id } }')).extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await inspector.ok(CHANGE, { c: 'Changed-2026xyz', n: 'Renewed-2026xyz' });
    const account = await inspector.ok<{ myAccount: { restriction: null; passwordExpiresOn: string } }>(ACCOUNT);
    expect(account.myAccount.restriction).toBeNull();
    expect(account.myAccount.passwordExpiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await security.ok(
      'mutation { setSecuritySettings(input: { passwordMaxAgeDays: null, lockoutFailures: 5, lockoutMinutes: 15 }) { lockoutFailures } }',
    );
  });

  it('ends a session idle past the limit or older than the absolute limit, and signs out everywhere', async () => {
    const client = await t.as('leader');
    const other = await t.as('leader');
    await t.handle.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '13 hours'` })
      .where(eq(sessions.userId, t.users.leader));
    expect((await client.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    expect((await other.ok<{ me: null }>('{ me { id } }')).me).toBeNull();

    const a = await t.as('leader');
    const b = await t.as('leader');
    const ended = await a.ok<{ logoutEverywhere: number }>('mutation { logoutEverywhere }');
    expect(ended.logoutEverywhere).toBeGreaterThanOrEqual(2);
    expect((await b.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    expect((await lastAudit('auth.logoutEverywhere'))?.actorId).toBe(t.users.leader);
  });

  it('sets the cookie to live no longer than the session', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'promoter', p: 'demo1234' } }),
    });
    const maxAge = Number(/Max-Age=(\d+)/.exec(res.headers.get('set-cookie') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
  });

  it('keeps the three administrators apart (三员分立)', async () => {
    // ADMIN: no audit log, no role changes, no unlocking, no administrator role at creation.
    expect((await admin.fails('{ auditLog { nodes { id } } }')).extensions?.code).toBe('FORBIDDEN');
    const roleChange = await admin.fails('mutation($id: ID!) { setUserRole(id: $id, role: LEADER) { id } }', {
      id: t.users.promoter2,
    });
    expect(roleChange.extensions?.code).toBe('FORBIDDEN');
    const viaUpdate = await admin.fails('mutation($id: ID!) { updateUser(id: $id, input: { role: LEADER }) { id } }', {
      id: t.users.promoter2,
    });
    expect(viaUpdate.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await admin.fails('mutation($id: ID!) { unlockAccount(id: $id) }', { id: t.users.leader })).extensions?.code,
    ).toBe('FORBIDDEN');
    const asAuditor = await admin.fails(CREATE, {
      i: { username: 'sneaky', displayName: 'x', role: 'AUDITOR', password: 'Sneaky-2026ab' },
    });
    expect(asAuditor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const touchAuditor = await admin.fails(
      'mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }',
      {
        id: t.users.auditor,
      },
    );
    expect(touchAuditor.extensions?.code).toBe('FORBIDDEN');

    // SECURITY_ADMIN: roles and policy only; not the projects, not the audit log, not their own role.
    expect((await security.fails('{ projects { totalCount } }')).extensions?.code).toBe('FORBIDDEN');
    expect((await security.fails('{ auditLog { nodes { id } } }')).extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await security.fails(CREATE, {
          i: { username: 'x1', displayName: 'x', role: 'LEADER', password: 'Xx-2026abcd' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const own = await security.fails('mutation($id: ID!) { setUserRole(id: $id, role: ADMIN) { id } }', {
      id: t.users.security,
    });
    expect(own.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const last = await security.fails('mutation($id: ID!) { setUserRole(id: $id, role: LEADER) { id } }', {
      id: t.users.auditor,
    });
    expect(last.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const promoted = await security.ok<{ setUserRole: { role: string } }>(
      'mutation($id: ID!) { setUserRole(id: $id, role: LEADER) { role } }',
      { id: t.users.promoter2 },
    );
    expect(promoted.setUserRole.role).toBe('LEADER');
    const audited = await lastAudit('user.role');
    expect(audited?.changes).toEqual({ role: { from: 'PROMOTER', to: 'LEADER' } });
    expect(audited?.actorId).toBe(t.users.security);

    // AUDITOR: the audit log and nothing else.
    expect(
      (await auditor.ok<{ auditLog: { nodes: unknown[] } }>('{ auditLog { nodes { id } } }')).auditLog.nodes.length,
    ).toBeGreaterThan(0);
    expect((await auditor.fails('{ units { id } }')).extensions?.code).toBe('FORBIDDEN');
    expect((await auditor.fails('{ users { id } }')).extensions?.code).toBe('FORBIDDEN');
    const exportAttempt = await fetch(`${t.url}/api/projects.xlsx`, { headers: { cookie: auditor.cookie ?? '' } });
    expect(exportAttempt.status).toBe(403);
    // Everyone may still see who they are.
    expect((await auditor.ok<{ me: { role: string } }>('{ me { role } }')).me.role).toBe('AUDITOR');
  });

  it('signs in with a second factor: enrol by QR, a code once, a recovery code once', async () => {
    await admin.ok(CREATE, {
      i: { username: 'twofactor', displayName: '双因素', role: 'LEADER', password: 'Initial-2026a' },
    });
    const user = await signIn(t, 'twofactor', 'Initial-2026a');
    await user.ok(CHANGE, { c: 'Initial-2026a', n: 'Second-2026b' });
    const enrolment = await user.ok<{ startTwoFactorEnrolment: { secret: string; uri: string; qrDataUrl: string } }>(
      'mutation { startTwoFactorEnrolment { secret uri qrDataUrl } }',
    );
    const { secret, uri, qrDataUrl } = enrolment.startTwoFactorEnrolment;
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*twofactor.*secret=/);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const wrong = await user.fails('mutation($c: String!) { confirmTwoFactor(code: $c) }', { c: '000000' });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await user.ok<{ confirmTwoFactor: string[] }>(
      'mutation($c: String!) { confirmTwoFactor(code: $c) }',
      {
        c: await codeAt(secret),
      },
    );
    const recovery = confirmed.confirmTwoFactor;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);

    // Password alone: asked for the code, and that is not a failed attempt.
    const first = await t.anonymous().fails(LOGIN, { u: 'twofactor', p: 'Second-2026b', o: null });
    expect(first.extensions).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', field: 'otp' });
    // The code just used to confirm is spent; the next step's works, once.
    const replay = await t.anonymous().fails(LOGIN, { u: 'twofactor', p: 'Second-2026b', o: await codeAt(secret) });
    expect(replay.extensions?.code).toBe('UNAUTHENTICATED');
    const next = await codeAt(secret, 1);
    await signIn(t, 'twofactor', 'Second-2026b', next);
    expect((await t.anonymous().fails(LOGIN, { u: 'twofactor', p: 'Second-2026b', o: next })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // A recovery code works once.
    await signIn(t, 'twofactor', 'Second-2026b', recovery[0]);
    expect(
      (await t.anonymous().fails(LOGIN, { u: 'twofactor', p: 'Second-2026b', o: recovery[0] })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const account = await user.ok<{ myAccount: { twoFactorEnabled: boolean; recoveryCodesLeft: number } }>(ACCOUNT);
    expect(account.myAccount).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 9 });
    const failure = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.result, 'FAILURE')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(failure[0]?.note).toContain('动态验证码');

    // SECURITY_ADMIN turns it off for someone who lost the phone.
    const [row] = await t.handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'twofactor'));
    await security.ok('mutation($id: ID) { disableTwoFactor(userId: $id) }', { id: row?.id });
    await signIn(t, 'twofactor', 'Second-2026b');
    expect((await lastAudit('auth.twoFactorDisable'))?.actorId).toBe(t.users.security);
  });

  // Starts a server of its own (a new database through every migration): more than the default 30 s on a loaded machine.
  it('holds an administrator without a second factor to enrolling, where it is required', async () => {
    const strict = await startTestServer({ REQUIRE_2FA: 'true' });
    try {
      const { admin: demoAdmin } = await strict.everyone();
      // The demo accounts are exempt (SPEC 8).
      expect(await demoAdmin.ok('{ units { id } }')).toBeTruthy();
      await strict.handle.db.update(users).set({ demo: false }).where(eq(users.id, strict.users.admin));
      const realAdmin = await signIn(strict, 'admin', 'demo1234');
      const account = await realAdmin.ok<{ myAccount: { restriction: string; twoFactorRequired: boolean } }>(ACCOUNT);
      expect(account.myAccount).toMatchObject({ restriction: 'TWO_FACTOR_ENROLMENT', twoFactorRequired: true });
      expect((await realAdmin.fails('{ units { id } }')).extensions?.code).toBe('TWO_FACTOR_REQUIRED');
      const { startTwoFactorEnrolment } = await realAdmin.ok<{ startTwoFactorEnrolment: { secret: string } }>(
        'mutation { startTwoFactorEnrolment { secret } }',
      );
      await realAdmin.ok('mutation($c: String!) { confirmTwoFactor(code: $c) }', {
        c: await codeAt(startTwoFactorEnrolment.secret),
      });
      const enrolled = await signIn(strict, 'admin', 'demo1234', await codeAt(startTwoFactorEnrolment.secret, 1));
      expect(await enrolled.ok('{ units { id } }')).toBeTruthy();
      // A business role is not held to it.
      expect(await (await signIn(strict, 'leader', 'demo1234')).ok('{ units { id } }')).toBeTruthy();
    } finally {
      await strict.close();
    }
  }, 120_000);

  it('lets a second factor be enrolled only once the forced change of password is done', async () => {
    await admin.ok(CREATE, {
      i: { username: 'enrolafter', displayName: '先改密码', role: 'LEADER', password: 'Initial-2026a' },
    });
    const user = await signIn(t, 'enrolafter', 'Initial-2026a');
    const START = 'mutation { startTwoFactorEnrolment { secret } }';
    expect((await user.fails(START)).extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await user.fails('mutation { confirmTwoFactor(code: "123456") }')).extensions?.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const [row] = await t.handle.db.select().from(users).where(eq(users.username, 'enrolafter'));
    expect(row?.totpSecret).toBeNull();
    await user.ok(CHANGE, { c: 'Initial-2026a', n: 'Second-2026b' });
    expect(
      (await user.ok<{ startTwoFactorEnrolment: { secret: string } }>(START)).startTwoFactorEnrolment.secret,
    ).toBeTruthy();
  });

  it('throttles codes and the current password checked inside a session exactly as sign-in is', async () => {
    await admin.ok(CREATE, {
      i: { username: 'stolensession', displayName: '被盗会话', role: 'LEADER', password: 'Initial-2026a' },
    });
    const user = await signIn(t, 'stolensession', 'Initial-2026a');
    await user.ok(CHANGE, { c: 'Initial-2026a', n: 'Second-2026b' });
    const { startTwoFactorEnrolment } = await user.ok<{ startTwoFactorEnrolment: { secret: string } }>(
      'mutation { startTwoFactorEnrolment { secret } }',
    );
    const secret = startTwoFactorEnrolment.secret;
    await user.ok('mutation($c: String!) { confirmTwoFactor(code: $c) }', { c: await codeAt(secret) });
    const DISABLE = 'mutation($c: String) { disableTwoFactor(code: $c) }';
    const REGENERATE = 'mutation($c: String!) { regenerateRecoveryCodes(code: $c) }';
    // Five wrong guesses, spread over both operations, are refused as wrong; then the pair waits.
    const answers: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      const op = i % 2 === 0 ? DISABLE : REGENERATE;
      answers.push((await user.fails(op, { c: String(100000 + i) })).extensions?.code);
    }
    expect(answers).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect((await lastAudit('auth.lockout'))?.note).toContain('stolensession');
    // Now even the right code is not checked, by either operation, nor the password at sign-in.
    expect((await user.fails(DISABLE, { c: await codeAt(secret, 1) })).extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await user.fails(REGENERATE, { c: await codeAt(secret, 1) })).extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await t.anonymous().fails(LOGIN, { u: 'stolensession', p: 'Second-2026b' })).extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    const [row] = await t.handle.db.select().from(users).where(eq(users.username, 'stolensession'));
    expect(row?.totpEnabledAt).not.toBeNull();
    // SECURITY_ADMIN lifts it; the right code then works, and a success clears the count.
    await security.ok('mutation($id: ID!) { unlockAccount(id: $id) }', { id: row?.id });
    expect(
      (await user.ok<{ regenerateRecoveryCodes: string[] }>(REGENERATE, { c: await codeAt(secret, 1) }))
        .regenerateRecoveryCodes,
    ).toHaveLength(10);

    // The current password asked for by a change of password: the same throttle.
    const guesses: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      guesses.push((await user.fails(CHANGE, { c: `Guess-2026-${i}`, n: 'Third-2026c' })).extensions?.code);
    }
    expect(guesses).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'TOO_MANY_ATTEMPTS']);
    expect((await user.fails(CHANGE, { c: 'Second-2026b', n: 'Third-2026c' })).extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await security.ok('mutation($id: ID!) { unlockAccount(id: $id) }', { id: row?.id });
    await user.ok(CHANGE, { c: 'Second-2026b', n: 'Third-2026c' });
  });

  it('records sign-in failures, the lockout and sign-outs with the address and result', async () => {
    for (let i = 0; i < 5; i++) await t.anonymous().fails(LOGIN, { u: 'leader', p: `wrong-${i}`, o: null });
    const failure = await lastAudit('auth.login');
    expect(failure).toMatchObject({ result: 'FAILURE', actorId: t.users.leader });
    expect(failure?.ip).toBeTruthy();
    const lockout = await lastAudit('auth.lockout');
    expect(lockout).toMatchObject({ result: 'DENIED', actorId: t.users.leader });
    const refused = await t.anonymous().fails(LOGIN, { u: 'leader', p: 'demo1234', o: null });
    expect(refused.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await lastAudit('auth.login'))?.result).toBe('DENIED');
    await security.ok('mutation($id: ID!) { unlockAccount(id: $id) }', { id: t.users.leader });
    const back = await t.as('leader');
    await back.ok('mutation { logout }');
    expect((await lastAudit('auth.logout'))?.actorId).toBe(t.users.leader);
    void leader;
  });
});
