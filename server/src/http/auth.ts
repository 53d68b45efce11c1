import type { DbHandle } from '@zdyq/db/client';
import { parseCookie } from 'cookie';
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.ts';
import { logout } from '../modules/auth/auth.service.ts';
import {
  beginOidcSignIn,
  completeOidcSignIn,
  FLOW_COOKIE,
  OidcRefusal,
  providerSignOutUrl,
} from '../modules/auth/oidc.ts';
import { resolveSession, SESSION_COOKIE, sessionPolicyOf, sessionSignIn } from '../modules/auth/session.ts';
import { sameOriginOnly } from './origin.ts';

/**
 * Signing in and out through the government's identity provider (SPEC 1.1): GET
 * /api/auth/oidc/login leaves for the provider, GET /api/auth/oidc/callback comes back from it (a
 * navigation from the provider's site, so not held to the same-origin rule of the other routes:
 * its state, the browser's cookie and the ID token are what is checked), GET /api/auth/logout signs
 * out here and, for a session that came from the provider, there too.
 */
export function authRoutes(handle: DbHandle, config: Config): Router {
  const router = express.Router();
  const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
  const flowCookie = { ...cookieBase, path: '/api/auth/oidc' };
  const toLogin = (res: Response, code?: string) => res.redirect(303, code ? `/login?signin=${code}` : '/login');

  router.get('/oidc/login', sameOriginOnly(config.trustProxy), async (req: Request, res: Response) => {
    const oidc = config.oidc;
    if (!oidc) return toLogin(res);
    try {
      const { redirectTo, binding } = await beginOidcSignIn(handle.db, oidc);
      res.cookie(FLOW_COOKIE, binding, { ...flowCookie, maxAge: 10 * 60_000 });
      res.redirect(303, redirectTo.href);
    } catch (error) {
      req.log.error({ err: error }, 'the identity provider cannot be reached');
      toLogin(res, 'FAILED');
    }
  });

  router.get('/oidc/callback', async (req: Request, res: Response) => {
    const oidc = config.oidc;
    if (!oidc) return toLogin(res);
    res.clearCookie(FLOW_COOKIE, flowCookie);
    try {
      // The address the provider sent the browser to: the configured redirect URI with the answer.
      const currentUrl = new URL(oidc.redirectUri);
      currentUrl.search = new URL(req.originalUrl, oidc.redirectUri).search;
      const signedIn = await completeOidcSignIn({
        db: handle.db,
        oidc,
        currentUrl,
        binding: parseCookie(req.headers.cookie ?? '')[FLOW_COOKIE],
        policy: sessionPolicyOf(config),
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: String(req.id),
      });
      res.cookie(SESSION_COOKIE, signedIn.token, { ...cookieBase, path: '/', maxAge: config.sessionTtlMs });
      // Straight to the day's work, unless the session must first do something else.
      res.redirect(303, signedIn.restriction ? '/' : '/todo');
    } catch (error) {
      if (error instanceof OidcRefusal) {
        req.log.warn({ reason: error.reason }, 'sign-in through the identity provider refused');
        return toLogin(res, error.code);
      }
      req.log.error({ err: error }, 'sign-in through the identity provider failed');
      toLogin(res, 'FAILED');
    }
  });

  router.get('/logout', sameOriginOnly(config.trustProxy), async (req: Request, res: Response) => {
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    const session = await resolveSession(handle.db, token, sessionPolicyOf(config)).catch(() => null);
    const signIn = session ? await sessionSignIn(handle.db, session.sessionId) : null;
    if (session) {
      await logout({
        db: handle.db,
        actor: session.actor,
        sessionId: session.sessionId,
        ip: req.ip ?? null,
        requestId: String(req.id),
      });
    }
    res.clearCookie(SESSION_COOKIE, { ...cookieBase, path: '/' });
    const back = new URL('/login', config.oidc?.redirectUri ?? `http://${req.headers.host}`).href;
    const provider =
      config.oidc && signIn?.method === 'OIDC' ? await providerSignOutUrl(config.oidc, signIn.idToken, back) : null;
    res.redirect(303, provider?.href ?? '/login');
  });

  return router;
}
