import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@zdyq/db/client';
import { oidcFlows, users } from '@zdyq/db/schema';
import { and, eq, lt, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import type { OidcConfig } from '../../config.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type UserRow, userColumns } from '../user/user.service.ts';
import { lockedUsernames } from './auth.service.ts';
import { createSession, restrictionOf, type SessionPolicy, type SessionRestriction } from './session.ts';

/**
 * Signing in through the government's identity provider (浙政钉 / the province's unified identity)
 * over OpenID Connect (SPEC 1.1), with openid-client: the authorization code flow with PKCE, `state`
 * and `nonce`, the ID token's signature, issuer, audience and expiry checked by the library. An
 * identity signs in to the one active account linked to it (by SECURITY_ADMIN, or by the configured
 * claim equal to the username); anything else is refused and recorded, and no account is ever made.
 */

/** Why a sign-in through the provider was refused: the sign-in page says it by its code. */
export type RefusalCode = 'UNLINKED' | 'DISABLED' | 'LOCKED' | 'EXPIRED' | 'FAILED';

/** A sign-in refused: `code` for the page, `reason` for the audit log. */
export class OidcRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** How long a sign-in may take between leaving for the provider and coming back. */
const FLOW_MINUTES = 10;
export const FLOW_COOKIE = 'zdyq_oidc';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The provider's metadata, discovered once per process (and again after a failure). */
let discovered: { key: string; config: Promise<client.Configuration> } | null = null;
export function providerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer.href}|${oidc.clientId}`;
  if (discovered?.key !== key) {
    const config = client
      .discovery(oidc.issuer, oidc.clientId, oidc.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (config.ts refuses it elsewhere).
        ...(oidc.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .then((found) => {
        // The ID token's signature is checked against the provider's published keys, not taken on TLS's word.
        client.enableNonRepudiationChecks(found);
        return found;
      });
    config.catch(() => {
      discovered = null;
    });
    discovered = { key, config };
  }
  return discovered.config;
}

/**
 * Leaving for the provider: a fresh state, nonce and PKCE verifier kept server-side (any instance
 * finishes the sign-in), tied to this browser by a cookie holding a secret only its hash is kept of.
 */
export async function beginOidcSignIn(db: Database, oidc: OidcConfig): Promise<{ redirectTo: URL; binding: string }> {
  const config = await providerConfiguration(oidc);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const binding = randomBytes(32).toString('base64url');
  await db.delete(oidcFlows).where(lt(oidcFlows.createdAt, sql`now() - make_interval(mins => ${FLOW_MINUTES})`));
  await db.insert(oidcFlows).values({ state, nonce, codeVerifier: verifier, bindingHash: sha256(binding) });
  const redirectTo = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri.href,
    scope: 'openid profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { redirectTo, binding };
}

export type OidcSignIn = {
  user: UserRow;
  token: string;
  expiresAt: Date;
  restriction: SessionRestriction | null;
};

/**
 * Coming back from the provider: the flow is taken once (a replayed callback finds none), its
 * browser checked, the code exchanged and the ID token checked; then the account linked to the
 * identity gets a session of the product's own. Every refusal is a security event.
 */
export async function completeOidcSignIn(args: {
  db: Database;
  oidc: OidcConfig;
  currentUrl: URL;
  binding: string | undefined;
  policy: SessionPolicy & { require2fa: boolean };
  ip: string | null;
  userAgent: string | null;
  requestId?: string;
}): Promise<OidcSignIn> {
  const { db, oidc } = args;
  const refuse = async (code: RefusalCode, reason: string, user?: UserRow | null): Promise<never> => {
    await recordAudit(db, {
      actor: user ?? null,
      action: 'auth.login',
      entityType: 'user',
      entityId: user?.id ?? 'oidc',
      result: 'FAILURE',
      note: `政务账号登录被拒绝：${reason}`,
      ip: args.ip,
      requestId: args.requestId,
    });
    throw new OidcRefusal(code, reason);
  };

  const state = args.currentUrl.searchParams.get('state') ?? '';
  const providerError = args.currentUrl.searchParams.get('error');
  if (providerError) return refuse('FAILED', `身份认证服务返回错误 ${providerError.slice(0, 100)}`);
  const [flow] = state ? await db.delete(oidcFlows).where(eq(oidcFlows.state, state)).returning() : [];
  if (!flow) return refuse('EXPIRED', 'state 无效或已使用（重放或伪造的回调）');
  if (Date.now() - flow.createdAt.getTime() > FLOW_MINUTES * 60_000) return refuse('EXPIRED', '登录请求已超时');
  if (!args.binding || sha256(args.binding) !== flow.bindingHash) {
    return refuse('EXPIRED', '回调不是发起登录的浏览器');
  }
  let claims: client.IDToken;
  let idToken: string | undefined;
  try {
    const config = await providerConfiguration(oidc);
    const tokens = await client.authorizationCodeGrant(config, args.currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const found = tokens.claims();
    if (!found) throw new Error('no ID token');
    claims = found;
    idToken = tokens.id_token;
    // Many providers give profile claims (the username's among them) at the userinfo endpoint only.
    if (claims[oidc.usernameClaim] === undefined && tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      if (info[oidc.usernameClaim] !== undefined)
        claims = { ...claims, [oidc.usernameClaim]: info[oidc.usernameClaim] };
    }
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refuse('FAILED', `身份令牌校验未通过（${detail.slice(0, 300)}）`);
  }

  const subject = String(claims.sub);
  const claimed = claims[oidc.usernameClaim];
  const [bySubject] = await db
    .select({ ...userColumns })
    .from(users)
    .where(eq(users.oidcSubject, subject));
  const [byName] =
    bySubject || typeof claimed !== 'string'
      ? []
      : await db
          .select({ ...userColumns })
          .from(users)
          .where(and(sql`lower(${users.username}) = lower(${claimed})`, sql`${users.oidcSubject} IS NULL`));
  const user = bySubject ?? byName;
  if (!user) {
    return refuse(
      'UNLINKED',
      `身份 ${subject}${typeof claimed === 'string' ? `（${oidc.usernameClaim}=${claimed.slice(0, 64)}）` : ''} 未关联任何账号`,
    );
  }
  if (!user.active) return refuse('DISABLED', `账号已停用：${user.username}`, user);
  if ((await lockedUsernames(db, [user.username])).size > 0) {
    return refuse('LOCKED', `账号登录已锁定：${user.username}`, user);
  }

  const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
  const providerMfa = oidc.mfaTrusted && amr.includes('mfa');
  const base = restrictionOf(
    { role: user.role, demo: user.demo, twoFactor: user.totpEnabledAt !== null || providerMfa, passwordDue: false },
    args.policy,
  );
  // An enrolled second factor is asked for, as at a password sign-in, unless the provider's is trusted.
  const secondFactorPending = user.totpEnabledAt !== null && !providerMfa;
  const restriction: SessionRestriction | null = secondFactorPending ? 'TWO_FACTOR_CODE' : base;
  return await db.transaction(async (tx) => {
    const session = await createSession(tx, {
      userId: user.id,
      policy: args.policy,
      ip: args.ip ?? '',
      userAgent: args.userAgent,
      method: 'OIDC',
      idToken: idToken ?? null,
      secondFactorPending,
      providerMfa,
    });
    await recordAudit(tx, {
      actor: user,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      note: `政务账号登录（${subject}）${secondFactorPending ? '，待输入动态验证码' : providerMfa ? '，身份认证服务已多因素认证' : ''}`,
      ip: args.ip,
      requestId: args.requestId,
    });
    return { user, token: session.token, expiresAt: session.expiresAt, restriction };
  });
}

/** Where signing out sends the browser: the provider's end_session_endpoint when it has one. */
export async function providerSignOutUrl(
  oidc: OidcConfig,
  idToken: string | null,
  returnTo: string,
): Promise<URL | null> {
  const config = await providerConfiguration(oidc).catch(() => null);
  if (!config?.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(config, {
    post_logout_redirect_uri: returnTo,
    ...(idToken ? { id_token_hint: idToken } : {}),
  });
}
