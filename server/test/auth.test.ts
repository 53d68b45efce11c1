import { sessions, users } from '@zdyq/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../src/modules/auth/throttle.ts';
import { startTestServer, type TestServer } from './api.ts';

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username displayName role unit { name } } }';
const ME = '{ me { username displayName role unit { name } } }';

describe('sign-in and sessions', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it.each([
    ['admin', '系统管理员', 'ADMIN', null],
    ['promoter', '张伟', 'PROMOTER', '区投资促进中心'],
    ['promoter2', '李娜', 'PROMOTER', '杭州湾经开区'],
    ['leader', '王建国', 'LEADER', null],
    ['inspector', '陈静', 'INSPECTOR', '区经信局'],
  ] as const)('%s signs in and is known by name, role and unit', async (username, displayName, role, unit) => {
    const client = await t.as(username);
    const { me } = await client.ok(ME);
    expect(me).toEqual({ username, displayName, role, unit: unit ? { name: unit } : null });
  });

  it('sets an httpOnly, SameSite=Lax cookie holding no user data', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'leader', p: 'demo1234' } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^zdyq_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('leader');
  });

  it('answers a wrong password and an unknown user alike, revealing nothing', async () => {
    const wrong = await t.anonymous().fails(LOGIN, { u: 'admin', p: 'wrong-password1' });
    const unknown = await t.anonymous().fails(LOGIN, { u: 'nobody', p: 'wrong-password1' });
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown).toEqual(wrong);
    expect(JSON.stringify(wrong)).not.toMatch(/stack|sql|argon/i);
  });

  it('treats a forged cookie as signed out', async () => {
    const client = t.anonymous();
    client.cookie = 'zdyq_session=forged-token-that-was-never-issued';
    expect((await client.ok(ME)).me).toBeNull();
    const error = await client.fails('{ units { name } }');
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends an expired session', async () => {
    const client = await t.as('inspector');
    await t.handle.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sessions.userId, t.users.inspector));
    expect((await client.ok(ME)).me).toBeNull();
    expect((await client.fails('{ units { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const client = await t.as('leader');
    const cookie = client.cookie;
    expect(await client.ok('mutation { logout }')).toEqual({ logout: true });
    client.cookie = cookie; // even a copy kept by an attacker is dead
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('throttles guessing with TOO_MANY_ATTEMPTS, even for the right password', async () => {
    await t.handle.db
      .insert(users)
      .values({ username: 'target', displayName: 'x', role: 'LEADER', passwordHash: 'x' })
      .returning();
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
      expect((await t.anonymous().fails(LOGIN, { u: 'target', p: `guess${i}` })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await t.anonymous().fails(LOGIN, { u: 'TARGET', p: 'guess' })).extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // Other accounts are not locked out by it.
    await t.as('promoter2');
  });

  it('lets every user change their own password, ending their other sessions', async () => {
    const first = await t.as('promoter');
    const second = await t.as('promoter');
    const bad = await first.fails('mutation { changePassword(currentPassword: "nope", newPassword: "Newpass-2026") }');
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await first.fails('mutation { changePassword(currentPassword: "demo1234", newPassword: "short") }');
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await first.ok('mutation { changePassword(currentPassword: "demo1234", newPassword: "Newpass-2026") }');
    expect((await first.ok(ME)).me.username).toBe('promoter');
    expect((await second.ok(ME)).me).toBeNull();
    expect((await t.anonymous().fails(LOGIN, { u: 'promoter', p: 'demo1234' })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await t.anonymous().ok(LOGIN, { u: 'promoter', p: 'Newpass-2026' });
  });
});
