import type { Database } from '@zdyq/db/client';
import type { Config } from './config.ts';
import type { Loaders } from './loaders.ts';
import type { Logger } from './logger.ts';
import type { Actor } from './modules/access/policy.ts';

/** What every resolver receives, built once per request. */
export type Context = {
  db: Database;
  config: Config;
  actor: Actor | null;
  sessionId: string | null;
  requestId: string;
  log: Logger;
  loaders: Loaders;
  ip: string | null;
  userAgent: string | null;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
};
