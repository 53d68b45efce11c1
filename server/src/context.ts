import type { Database, DbHandle } from '@zdyq/db/client';
import type { HeldScope } from '@zdyq/db/scope';
import type { SignInMethod } from '@zdyq/db/values';
import type { Config } from './config.ts';
import type { Language } from './i18n/translate.ts';
import type { RowBudget } from './lib/row-budget.ts';
import type { Loaders } from './loaders.ts';
import type { Logger } from './logger.ts';
import type { Actor } from './modules/access/policy.ts';
import type { SessionRestriction } from './modules/auth/session.ts';

/** What every resolver receives, built once per request. */
export type Context = {
  /** The request's database: once its operation is known, a transaction in the account's scope (graphql/scope.ts). */
  db: Database;
  /** That transaction, while it is open. */
  scope: HeldScope | null;
  /** Opens it (a signed-in request only); `cacheable` for a query, whose figures may be remembered. */
  openScope?: (ctx: Context, cacheable: boolean) => Promise<void>;
  /** The database itself, for what works on it whole (a backup's snapshot). */
  handle: DbHandle;
  config: Config;
  actor: Actor | null;
  sessionId: string | null;
  /** What the session must do before anything else (change the password, enrol a second factor), if anything. */
  restriction: SessionRestriction | null;
  /** How the session signed in. */
  signInMethod: SignInMethod | null;
  requestId: string;
  /** The language the user reads (Accept-Language): what the server words itself, such as a to-do, is said in it. */
  language: Language;
  log: Logger;
  /** The district's date when the request came in: every "today" of one answer is the same day. */
  today: string;
  loaders: Loaders;
  /** What the request may still load: its deadline and rows (graphql/limits.ts). */
  budget: RowBudget;
  ip: string | null;
  userAgent: string | null;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
};
