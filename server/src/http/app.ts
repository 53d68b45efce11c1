import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import type { DbHandle } from '@zdyq/db/client';
import { type HeldScope, holdScope } from '@zdyq/db/scope';
import { parseCookie } from 'cookie';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { AppError, fromDatabaseError, httpStatus } from '../errors.ts';
import { queryLimits } from '../graphql/limits.ts';
import { createApolloServer } from '../graphql/server.ts';
import { today } from '../lib/dates.ts';
import { FiguresCache, uncached } from '../lib/figures-cache.ts';
import { rowBudget } from '../lib/row-budget.ts';
import { createLoaders } from '../loaders.ts';
import type { Logger } from '../logger.ts';
import { scopeOf } from '../modules/access/policy.ts';
import { resolveSession, SESSION_COOKIE, sessionPolicyOf } from '../modules/auth/session.ts';
import { transportsOf } from '../modules/notify/notify.delivery.ts';
import { type Channel, setEnabledChannels } from '../modules/notify/notify.service.ts';
import { authRoutes } from './auth.ts';
import { errorHandler, requestLanguage, sendError } from './errors.ts';
import { fileRoutes } from './files.ts';
import { healthHandler } from './health.ts';
import { webApp } from './static.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
// The browser keeps the cookie this long; the server ends idle sessions after SESSION_TTL_HOURS.

export type App = { app: Express; stop(): Promise<void> };

/** Builds the HTTP application: health, GraphQL, files and the web client. */
export async function createApp(args: { handle: DbHandle; config: Config; log: Logger }): Promise<App> {
  const { handle, config, log } = args;
  // Deliveries are written only for the channels this configuration can send on.
  setEnabledChannels(Object.keys(transportsOf(config)) as Channel[]);
  const apollo = createApolloServer(log, config);
  await apollo.start();

  const figures = new FiguresCache();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          // Ant Design injects its styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          // Map tiles come from the configured tile server, if any.
          'img-src': [
            "'self'",
            'data:',
            'blob:',
            ...(config.mapTileUrl ? [new URL(config.mapTileUrl.replace(/\{[a-z]\}/g, '0')).origin] : []),
          ],
          'upgrade-insecure-requests': null,
        },
      },
      // HSTS only where the site is served over HTTPS.
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );

  app.get('/healthz', healthHandler(handle));

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
        const session = await resolveSession(handle.db, token, sessionPolicyOf(config)).catch((error: unknown) => {
          // The database is down or the pool exhausted: answer with the code and status, not a 500.
          const known = fromDatabaseError(error);
          if (!known) throw error;
          throw new GraphQLError(known.message, {
            originalError: known,
            extensions: { code: known.code, http: { status: httpStatus(known.code) } },
          });
        });
        const cookieOptions = {
          httpOnly: true,
          sameSite: 'lax' as const,
          secure: config.cookieSecure,
          path: '/',
        };
        const budget = rowBudget(config.requestTimeoutMs, queryLimits.loadedRows);
        const day = today();
        const context: Context = {
          db: handle.db,
          scope: null,
          handle,
          config,
          actor: session?.actor ?? null,
          sessionId: session?.sessionId ?? null,
          restriction: session?.restriction ?? null,
          signInMethod: session?.method ?? null,
          requestId: String(req.id),
          language: requestLanguage(req),
          log: req.log,
          today: day,
          loaders: createLoaders(handle.db, uncached, budget, day),
          budget,
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
          // The cookie lives no longer than the session may.
          setSessionCookie: (value) =>
            res.cookie(SESSION_COOKIE, value, { ...cookieOptions, maxAge: config.sessionTtlMs }),
          clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
        };
        if (session) {
          const scope = scopeOf(session.actor);
          let held: HeldScope | null = null;
          let gone = false;
          // The scope goes on the context Apollo runs the operation with, which need not be this object.
          context.openScope = async (ctx, cacheable) => {
            held = await holdScope(handle.db, scope);
            // The client may have left while it opened: then nothing is to run in it.
            if (gone) await held.end(false);
            ctx.scope = held;
            ctx.db = held.db;
            ctx.loaders = createLoaders(
              held.db,
              cacheable ? figures.forRequest(held.db, scope) : uncached,
              budget,
              day,
            );
          };
          // An answer that never went out (the client left, an error on the way) commits nothing.
          res.once('close', () => {
            gone = true;
            void held?.end(false).catch(() => {});
          });
        }
        return context;
      },
    }),
  );

  app.use('/api/auth', authRoutes(handle, config));
  app.use('/api', fileRoutes(handle, config));
  app.use('/api', (req, res) => sendError(req, res, new AppError('NOT_FOUND', '没有这个接口')));
  app.use(webApp(config.webDist));
  app.use(errorHandler);

  return { app, stop: () => apollo.stop() };
}
