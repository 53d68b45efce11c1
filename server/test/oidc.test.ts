import { auditLog, users } from '@zdyq/db/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { totpFor } from '../src/modules/auth/two-factor.ts';
import { type ApiClient, freePort, startTestServer, type TestServer } from './api.ts';
import { type IdentityProvider, startIdentityProvider } from './identity-provider.ts';

/**
 * A browser as far as sign-in needs one: it keeps cookies per host (as browsers do, across ports),
 * follows redirects, and can stop where the provider sends it back to the product.
 */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly product: string) {}

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.remember(res);
    return res;
  }

  /** Follows redirects from `url` until a page (2xx), or until `stop` says to stop at an address. */
  async follow(
    url: string,
    init: RequestInit = {},
    stop?: (next: URL) => boolean,
  ): Promise<{ url: URL; res: Response }> {
    let current = new URL(url);
    let res = await this.request(current.href, init);
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 20; hops++) {
      const next = new URL(res.headers.get('location') ?? '/', current);
      if (stop?.(next)) return { url: next, res };
      current = next;
      res = await this.request(current.href);
    }
    return { url: current, res };
  }

  async gql<T>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
    const res = await this.request(`${this.product}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
  }
}

const isCallback = (next: URL) => next.pathname === '/api/auth/oidc/callback';

/** From the product's button to the provider's page, the person's credentials, and back to the callback. */
async function toCallback(browser: Browser, person: string, password = 'Zjd-pass-1'): Promise<URL> {
  const page = await browser.follow(`${browser.product}/api/auth/oidc/login`);
  expect(page.res.status, 'the provider’s sign-in page').toBe(200);
  expect(await page.res.text()).toContain('统一身份认证');
  const back = await browser.follow(
    page.url.href,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: person, password }).toString(),
    },
    isCallback,
  );
  expect(back.url.pathname, 'sent back to the product').toBe('/api/auth/oidc/callback');
  return back.url;
}

/** The whole sign-in: where the product sends the browser in the end (/todo, or /login?signin=…). */
async function signIn(browser: Browser, person: string): Promise<URL> {
  const callback = await toCallback(browser, person);
  return (await browser.follow(callback.href, {}, (next) => !next.pathname.startsWith('/api/'))).url;
}

/** The product on a free port, its provider knowing the callback there, with `env` on top. */
async function startWithProvider(env: Record<string, string>): Promise<{ t: TestServer; idp: IdentityProvider }> {
  const port = await freePort();
  const product = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider({
    redirectUris: [`${product}/api/auth/oidc/callback`],
    postLogoutRedirectUris: [`${product}/login`],
  });
  const t = await startTestServer(
    {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URI: `${product}/api/auth/oidc/callback`,
      ...env,
    },
    port,
  );
  return { t, idp };
}

describe('signing in through the government identity provider (SPEC 1.1)', () => {
  let t: TestServer;
  let idp: IdentityProvider;
  let security: ApiClient;
  let admin: ApiClient;

  const lastFailure = async () =>
    (
      await t.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.result, 'FAILURE')))
        .orderBy(desc(auditLog.id))
        .limit(1)
    )[0];

  beforeAll(async () => {
    ({ t, idp } = await startWithProvider({}));
    ({ security, admin } = await t.everyone());
    // The provider's people: one whose username claim is a product account's, one to be linked by hand.
    idp.people.set('zjd-0001', { password: 'Zjd-pass-1', claims: { preferred_username: 'promoter', name: '张伟' } });
    idp.people.set('zjd-0002', { password: 'Zjd-pass-1', claims: { preferred_username: 'wang.jg', name: '王建国' } });
    idp.people.set('zjd-9999', { password: 'Zjd-pass-1', claims: { preferred_username: 'stranger', name: '陌生人' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('shows the provider’s button, and signs in the account the username claim names', async () => {
    const options = await t
      .anonymous()
      .ok<{ signInOptions: { providerLabel: string; passwordLogin: string } }>(
        '{ signInOptions { providerLabel passwordLogin } }',
      );
    expect(options.signInOptions).toEqual({ providerLabel: '使用浙政钉登录', passwordLogin: 'ALL' });
    const browser = new Browser(t.url);
    const landed = await signIn(browser, 'zjd-0001');
    expect(landed.pathname).toBe('/todo');
    const me = await browser.gql<{ me: { username: string }; myAccount: { signInMethod: string } }>(
      '{ me { username } myAccount { signInMethod } }',
    );
    expect(me.data).toEqual({ me: { username: 'promoter' }, myAccount: { signInMethod: 'OIDC' } });
    const [login] = await t.handle.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'auth.login'), eq(auditLog.actorId, t.users.promoter), eq(auditLog.result, 'SUCCESS')),
      )
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(login?.note).toContain('政务账号登录（zjd-0001）');
  });

  it('signs in the account SECURITY_ADMIN linked the identity to, and only SECURITY_ADMIN links', async () => {
    const LINK = 'mutation($u: ID!, $s: String!) { linkIdentity(userId: $u, subject: $s) { id governmentIdentity } }';
    expect((await admin.fails(LINK, { u: t.users.leader, s: 'zjd-0002' })).extensions?.code).toBe('FORBIDDEN');
    const linked = await security.ok<{ linkIdentity: { governmentIdentity: string } }>(LINK, {
      u: t.users.leader,
      s: 'zjd-0002',
    });
    expect(linked.linkIdentity.governmentIdentity).toBe('zjd-0002');
    // One identity, one account.
    expect((await security.fails(LINK, { u: t.users.inspector, s: 'zjd-0002' })).extensions?.field).toBe('subject');
    const browser = new Browser(t.url);
    expect((await signIn(browser, 'zjd-0002')).pathname).toBe('/todo');
    const me = await browser.gql<{ me: { username: string } }>('{ me { username } }');
    expect(me.data?.me.username).toBe('leader');
  });

  it('refuses an unknown identity and a disabled account, records each, and makes no account', async () => {
    const [{ n: before } = { n: 0 }] = await t.handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    const unknown = await signIn(new Browser(t.url), 'zjd-9999');
    expect(unknown.pathname + unknown.search).toBe('/login?signin=UNLINKED');
    expect((await lastFailure())?.note).toMatch(/zjd-9999.*未关联任何账号/);
    const [{ n: after } = { n: 0 }] = await t.handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after).toBe(before);

    idp.people.set('zjd-0003', { password: 'Zjd-pass-1', claims: { preferred_username: 'inspector' } });
    await t.handle.db.update(users).set({ active: false }).where(eq(users.id, t.users.inspector));
    try {
      const disabled = await signIn(new Browser(t.url), 'zjd-0003');
      expect(disabled.search).toBe('?signin=DISABLED');
      expect((await lastFailure())?.note).toContain('账号已停用');
    } finally {
      await t.handle.db.update(users).set({ active: true }).where(eq(users.id, t.users.inspector));
    }
  });

  it('refuses a replayed callback and a wrong state, each recorded', async () => {
    const browser = new Browser(t.url);
    const callback = await toCallback(browser, 'zjd-0001');
    const flowCookie = browser.cookies.get('zdyq_oidc');
    expect((await browser.follow(callback.href, {}, (n) => !n.pathname.startsWith('/api/'))).url.pathname).toBe(
      '/todo',
    );
    // The same answer again, cookie and all: the flow was taken once.
    if (flowCookie) browser.cookies.set('zdyq_oidc', flowCookie);
    const replay = await browser.follow(callback.href, {}, (n) => !n.pathname.startsWith('/api/'));
    expect(replay.url.search).toBe('?signin=EXPIRED');
    expect((await lastFailure())?.note).toContain('重放或伪造的回调');

    const other = new Browser(t.url);
    const answer = await toCallback(other, 'zjd-0001');
    answer.searchParams.set('state', 'not-the-state');
    const wrongState = await other.follow(answer.href, {}, (n) => !n.pathname.startsWith('/api/'));
    expect(wrongState.url.search).toBe('?signin=EXPIRED');

    // An answer brought to another browser than the one that left.
    const thief = new Browser(t.url);
    const stolen = await toCallback(new Browser(t.url), 'zjd-0001');
    const elsewhere = await thief.follow(stolen.href, {}, (n) => !n.pathname.startsWith('/api/'));
    expect(elsewhere.url.search).toBe('?signin=EXPIRED');
    expect((await lastFailure())?.note).toContain('不是发起登录的浏览器');
  });

  it('refuses an ID token with a wrong nonce, expired, for another audience or with a broken signature', async () => {
    const now = Math.floor(Date.now() / 1000);
    const spoilt: Array<[string, Parameters<IdentityProvider['spoilNextToken']>[0]]> = [
      ['nonce', (c) => ({ ...c, nonce: 'another-nonce' })],
      ['expired', (c) => ({ ...c, iat: now - 7200, exp: now - 3600 })],
      ['audience', (c) => ({ ...c, aud: 'another-client' })],
      ['signature', 'signature'],
    ];
    for (const [what, spoil] of spoilt) {
      const browser = new Browser(t.url);
      idp.spoilNextToken(spoil);
      const landed = await signIn(browser, 'zjd-0001');
      expect(landed.search, what).toBe('?signin=FAILED');
      expect((await lastFailure())?.note, what).toContain('身份令牌校验未通过');
      expect((await browser.gql<{ me: null }>('{ me { id } }')).data?.me, what).toBeNull();
    }
  });

  it('asks an account with a second factor for its code after the provider', async () => {
    // The security administrator enrols a second factor, and is linked to an identity.
    const { startTwoFactorEnrolment } = await security.ok<{ startTwoFactorEnrolment: { secret: string } }>(
      'mutation { startTwoFactorEnrolment { secret } }',
    );
    const secret = startTwoFactorEnrolment.secret;
    const code = (step: number) => totpFor(secret).generate({ epoch: Math.floor(Date.now() / 1000) + step * 30 });
    await security.ok('mutation($c: String!) { confirmTwoFactor(code: $c) }', { c: await code(0) });
    idp.people.set('zjd-0004', { password: 'Zjd-pass-1', claims: { preferred_username: 'security' } });
    const browser = new Browser(t.url);
    expect((await signIn(browser, 'zjd-0004')).pathname).toBe('/');
    const held = await browser.gql<{ myAccount: { restriction: string } }>('{ myAccount { restriction } }');
    expect(held.data?.myAccount.restriction).toBe('TWO_FACTOR_CODE');
    expect((await browser.gql('{ users { id } }')).errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    const wrong = await browser.gql('mutation { verifySignInCode(code: "000000") }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await browser.gql('mutation($c: String!) { verifySignInCode(code: $c) }', { c: await code(1) });
    const free = await browser.gql<{ myAccount: { restriction: string | null } }>('{ myAccount { restriction } }');
    expect(free.data?.myAccount.restriction).toBeNull();
  });

  it('signs out of the provider too, sending its ID token as the hint', async () => {
    const browser = new Browser(t.url);
    await signIn(browser, 'zjd-0001');
    const out = await browser.request(`${t.url}/api/auth/logout`);
    expect(out.status).toBe(303);
    const to = new URL(out.headers.get('location') ?? '');
    expect(to.href.startsWith(`${idp.issuer}/session/end`)).toBe(true);
    expect(to.searchParams.get('id_token_hint')).toBeTruthy();
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/login`);
    const before = idp.signOuts.length;
    await browser.follow(to.href);
    expect(idp.signOuts.length).toBe(before + 1);
    // Signed out here too: the session is gone.
    expect((await browser.gql<{ me: null }>('{ me { id } }')).data?.me).toBeNull();
  });
});

describe('passwords for the administrators only (PASSWORD_LOGIN=admins), the provider’s second factor trusted', () => {
  let t: TestServer;
  let idp: IdentityProvider;

  beforeAll(async () => {
    ({ t, idp } = await startWithProvider({
      OIDC_MFA_TRUSTED: 'true',
      OIDC_LABEL: '统一身份认证登录',
      PASSWORD_LOGIN: 'admins',
      REQUIRE_2FA: 'true',
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('refuses a promoter’s password, right or not, and accepts the security administrator’s', async () => {
    const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';
    const refused = await t.anonymous().fails(LOGIN, { u: 'promoter', p: 'demo1234' });
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toContain('政务账号登录');
    await t.anonymous().ok(LOGIN, { u: 'security', p: 'demo1234' });
    const options = await t
      .anonymous()
      .ok<{ signInOptions: { providerLabel: string; passwordLogin: string } }>(
        '{ signInOptions { providerLabel passwordLogin } }',
      );
    expect(options.signInOptions).toEqual({ providerLabel: '统一身份认证登录', passwordLogin: 'ADMINS' });
  });

  it('lets an administrator whose provider says mfa in without enrolling, and holds one it does not', async () => {
    await t.handle.db.update(users).set({ demo: false }).where(eq(users.id, t.users.admin));
    idp.people.set('zjd-admin', { password: 'Zjd-pass-1', claims: { preferred_username: 'admin' }, mfa: true });
    const trusted = new Browser(t.url);
    expect((await signIn(trusted, 'zjd-admin')).pathname).toBe('/todo');
    expect(
      (await trusted.gql<{ myAccount: { restriction: null } }>('{ myAccount { restriction } }')).data?.myAccount
        .restriction,
    ).toBeNull();
    idp.people.set('zjd-admin', { password: 'Zjd-pass-1', claims: { preferred_username: 'admin' }, mfa: false });
    const plain = new Browser(t.url);
    await signIn(plain, 'zjd-admin');
    const held = await plain.gql<{ myAccount: { restriction: string } }>('{ myAccount { restriction } }');
    expect(held.data?.myAccount.restriction).toBe('TWO_FACTOR_ENROLMENT');
  });
});

describe('the provider’s settings', () => {
  const base = { NODE_ENV: 'test' };
  it('stops start-up naming the variable that is missing or wrong', () => {
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'https://idp.example.gov.cn' })).toThrow(
      /OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI: must be set/,
    );
    const full = {
      ...base,
      OIDC_ISSUER: 'http://idp.example.gov.cn',
      OIDC_CLIENT_ID: 'zdyq',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URI: 'https://zdyq.example.gov.cn/api/auth/oidc/callback',
    };
    expect(() => loadConfig(full)).toThrow(/OIDC_ISSUER: must be an https/);
    expect(() =>
      loadConfig({
        ...full,
        OIDC_ISSUER: 'https://idp.example.gov.cn',
        OIDC_REDIRECT_URI: 'https://zdyq.example.gov.cn/x',
      }),
    ).toThrow(/OIDC_REDIRECT_URI: must end with/);
    expect(() => loadConfig({ ...base, PASSWORD_LOGIN: 'admins' })).toThrow(/PASSWORD_LOGIN/);
    expect(() => loadConfig({ ...base, PASSWORD_LOGIN: 'nobody' })).toThrow(ConfigError);
    expect(loadConfig({ ...full, OIDC_ISSUER: 'https://idp.example.gov.cn' }).oidc?.usernameClaim).toBe(
      'preferred_username',
    );
  });
});
