import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  SEED_DEMO: flag.optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  SECURITY_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  AUDITOR_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(480).default(30),
  REQUIRE_2FA: flag.optional(),
  AUDIT_ARCHIVE_DIR: z.string().min(1).optional(),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180, 'must be at least 180 (网络安全法: six months)').default(180),
  COOKIE_SECURE: flag.optional(),
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/.+\{z\}.+\{x\}.+\{y\}/, 'must be an http(s) URL template with {z}, {x} and {y}')
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(200).optional(),
  UPLOAD_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(100).default(10),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(15),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('招大引强 <zdyq@localhost>'),
  DINGTALK_WEBHOOK_URL: z.url('must be the robot webhook URL').optional(),
  DINGTALK_SECRET: z.string().min(1).optional(),
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().min(1).max(3600).default(15),
  DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .default('08:30'),
  BACKUP_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .default('02:00'),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1, 'must keep at least one backup').max(3650).default(14),
  OIDC_ISSUER: z.url("must be the identity provider's issuer URL").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url("must be this server's /api/auth/oidc/callback URL").optional(),
  OIDC_USERNAME_CLAIM: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/, 'must be a claim name')
    .default('preferred_username'),
  OIDC_MFA_TRUSTED: flag.default(false),
  OIDC_LABEL: z.string().min(1).max(30).default('使用浙政钉登录'),
  PASSWORD_LOGIN: z.enum(['all', 'admins']).default('all'),
});

/** Signing in through the government's identity provider (SPEC 1.1), when configured. */
export type OidcConfig = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  /** The claim that, equal to an account's username, links an identity no one linked by hand. */
  usernameClaim: string;
  /** Whether the provider's own second factor (`amr` with `mfa`) stands in for the product's. */
  mfaTrusted: boolean;
  /** The sign-in page's button. */
  label: string;
};

const oidcVariables = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** The provider's settings: all four or none; HTTPS but on this machine. Names the variable that is wrong. */
function oidcOf(e: z.infer<typeof schema>): OidcConfig | null {
  const given = oidcVariables.filter((v) => e[v] !== undefined);
  if (given.length === 0) return null;
  const missing = oidcVariables.filter((v) => e[v] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid environment:\n  ${missing.join(', ')}: must be set with ${given.join(', ')} (sign-in through the identity provider)`,
    );
  }
  const issuer = new URL(e.OIDC_ISSUER as string);
  const redirectUri = new URL(e.OIDC_REDIRECT_URI as string);
  for (const [name, url] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URI', redirectUri],
  ] as const) {
    if (url.protocol !== 'https:' && !loopback(url)) {
      throw new ConfigError(`Invalid environment:\n  ${name}: must be an https:// URL (http only on this machine)`);
    }
  }
  if (!redirectUri.pathname.endsWith('/api/auth/oidc/callback')) {
    throw new ConfigError('Invalid environment:\n  OIDC_REDIRECT_URI: must end with /api/auth/oidc/callback');
  }
  return {
    issuer,
    clientId: e.OIDC_CLIENT_ID as string,
    clientSecret: e.OIDC_CLIENT_SECRET as string,
    redirectUri,
    usernameClaim: e.OIDC_USERNAME_CLAIM,
    mfaTrusted: e.OIDC_MFA_TRUSTED,
    label: e.OIDC_LABEL,
  };
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  seedDemo: boolean;
  adminPassword: string | undefined;
  securityAdminPassword: string | undefined;
  auditorPassword: string | undefined;
  /** A session's absolute limit from sign-in, whatever the activity. */
  sessionTtlMs: number;
  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  /** The three administrator roles must sign in with a second factor. */
  require2fa: boolean;
  /** Audit rows younger than this are never archived away. */
  auditRetentionDays: number;
  /** Where the auditor's archives of old audit rows are written. */
  auditArchiveDir: string;
  /** Reminders by e-mail and 钉钉 webhook; each channel is on when configured. */
  notify: {
    smtpUrl: string | null;
    smtpFrom: string;
    dingtalkWebhookUrl: string | null;
    dingtalkSecret: string | null;
    intervalMs: number;
    /** The daily digest's time of day in the district, "HH:MM". */
    digestTime: string;
  };
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  webDist: string;
  mapTileUrl: string | null;
  mapTileAttribution: string | null;
  uploadDir: string;
  uploadMaxBytes: number;
  /** A GraphQL request's budget, and PostgreSQL's statement_timeout. */
  requestTimeoutMs: number;
  databasePoolSize: number;
  /** Server processes sharing the port (PostgreSQL only): one per core is the usual choice. */
  workers: number;
  /** Backups (SPEC 8.1): the district time of the daily one, where they go, how many are kept. */
  backup: { time: string; dir: string; keep: number };
  /** The government identity provider, or null: passwords only. */
  oidc: OidcConfig | null;
  /** Who may sign in with a password: everyone, or (with a provider) the three administrator roles only. */
  passwordLogin: 'all' | 'admins';
};

export class ConfigError extends Error {}

/** Reads and checks the environment once; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const oidc = oidcOf(e);
  if (e.WEB_CONCURRENCY > 1 && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid environment:\n  WEB_CONCURRENCY: more than one worker needs PostgreSQL (DATABASE_URL); the embedded database admits one process',
    );
  }
  if (e.PASSWORD_LOGIN === 'admins' && !oidc) {
    throw new ConfigError(
      'Invalid environment:\n  PASSWORD_LOGIN: admins needs the identity provider (OIDC_ISSUER and the rest)',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    // Demo data never goes into production, whatever SEED_DEMO says.
    seedDemo: !production && (e.SEED_DEMO ?? true),
    adminPassword: e.ADMIN_PASSWORD,
    securityAdminPassword: e.SECURITY_ADMIN_PASSWORD,
    auditorPassword: e.AUDITOR_PASSWORD,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    require2fa: e.REQUIRE_2FA ?? production,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    auditArchiveDir: resolve(e.AUDIT_ARCHIVE_DIR ?? resolve(e.DATA_DIR, 'audit-archives')),
    notify: {
      smtpUrl: e.SMTP_URL ?? null,
      smtpFrom: e.SMTP_FROM,
      dingtalkWebhookUrl: e.DINGTALK_WEBHOOK_URL ?? null,
      dingtalkSecret: e.DINGTALK_SECRET ?? null,
      intervalMs: e.NOTIFY_INTERVAL_SECONDS * 1000,
      digestTime: e.DIGEST_TIME,
    },
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDist: resolve(e.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url))),
    mapTileUrl: e.MAP_TILE_URL ?? null,
    mapTileAttribution: e.MAP_TILE_ATTRIBUTION ?? null,
    uploadDir: resolve(e.UPLOAD_DIR ?? resolve(e.DATA_DIR, 'uploads')),
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    workers: e.WEB_CONCURRENCY,
    backup: {
      time: e.BACKUP_TIME,
      dir: resolve(e.BACKUP_DIR ?? resolve(e.DATA_DIR, 'backups')),
      keep: e.BACKUP_KEEP,
    },
    oidc,
    passwordLogin: e.PASSWORD_LOGIN,
  };
}
