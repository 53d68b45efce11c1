import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (panva's oidc-provider) on a local port, standing in for 浙政钉 / the
 * province's unified identity in the tests and the e2e run: its own sign-in page (a person, their
 * password), signing keys of its own, RP-initiated logout. A test can have it issue a bad ID token
 * (expired, for another audience, another nonce, a broken signature), re-signed with its key.
 */
export type IdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People it knows: subject → claims, and the password of its sign-in page. */
  people: Map<string, { password: string; claims: Record<string, unknown>; mfa?: boolean }>;
  /** Changes the next ID token the token endpoint issues (the claims, or the signature). */
  spoilNextToken(spoil: ((claims: JWTPayload) => JWTPayload) | 'signature'): void;
  /** Sign-outs the product sent the browser to (end_session_endpoint), with their parameters. */
  signOuts: URLSearchParams[];
  close(): Promise<void>;
};

const page = (
  body: string,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>统一身份认证</title>
<style>body{font-family:sans-serif;max-width:360px;margin:60px auto}label{display:block;margin:12px 0 4px}input{width:100%;padding:6px}button{margin-top:16px;padding:8px 24px}</style>
</head><body><h1>统一身份认证</h1>${body}</body></html>`;

async function form(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startIdentityProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  port?: number;
}): Promise<IdentityProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'zdyq-test', alg: 'RS256', use: 'sig' };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people: IdentityProvider['people'] = new Map();
  const signOuts: URLSearchParams[] = [];
  let spoil: ((claims: JWTPayload) => JWTPayload) | 'signature' | null = null;
  const clientId = 'zdyq';
  const clientSecret = 'zdyq-test-secret-0123456789abcdef';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['zdyq-test-cookie-key'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    claims: { openid: ['sub', 'amr'], profile: ['preferred_username', 'name'] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: async () => ({ sub, ...person.claims }) } : undefined;
    },
    // The product is the district's own client: no consent screen.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientOf = ctx.oidc.client;
      if (!accountId || !clientOf) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: clientOf.clientId, accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (ctx.path === '/session/end') signOuts.push(new URLSearchParams(ctx.querystring));
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && body?.id_token && spoil) {
      const how = spoil;
      spoil = null;
      if (how === 'signature') {
        const [head, payload, signature = ''] = body.id_token.split('.');
        body.id_token = `${head}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      } else {
        body.id_token = await new SignJWT(how(decodeJwt(body.id_token)))
          .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
          .sign(privateKey);
      }
    }
  });
  const handle = provider.callback();

  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) return handle(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          page(`<form method="post" action="/interaction/${details.uid}">
            <label for="username">账号</label><input id="username" name="username" autocomplete="username">
            <label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password">
            <button type="submit">登录</button></form>`),
        );
        return;
      }
      const fields = await form(req);
      const sub = fields.get('username') ?? '';
      const person = people.get(sub);
      if (!person || person.password !== fields.get('password')) {
        res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('<p role="alert">账号或密码错误</p>'));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub, amr: person.mfa ? ['pwd', 'mfa'] : ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : String(error));
    }
  });

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    signOuts,
    spoilNextToken(how) {
      spoil = how;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
