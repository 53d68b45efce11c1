import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { createDb, DataDirLockedError, type DbHandle } from '@zdyq/db/client';
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { purgeOldLoginAttempts } from './modules/auth/auth.service.ts';
import { purgeExpiredSessions } from './modules/auth/session.ts';
import { failStaleBackups, runScheduledBackup } from './modules/backup/backup.service.ts';
import { failInterruptedImports } from './modules/ledger/ledger.job.ts';
import { deliverPending, transportsOf } from './modules/notify/notify.delivery.ts';
import { remindRectifications, sendDigests } from './modules/notify/notify.schedule.ts';
import { sweepEscalations } from './modules/problem/problem.service.ts';
import { refreshSummariesWhenStale } from './modules/project/summary.ts';
import { purgeOldTodoSeen } from './modules/todo/todo.service.ts';
import { prepareData } from './setup.ts';
import { runWorkers } from './workers.ts';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  if (config.workers > 1 && cluster.isPrimary) {
    runWorkers(config.workers, log);
    return;
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  log.info(`opening the database: ${where}`);

  let handle: DbHandle;
  try {
    handle = await createDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      maxConnections: config.databasePoolSize,
      statementTimeoutMs: config.requestTimeoutMs,
    });
  } catch (error) {
    log.fatal(error instanceof DataDirLockedError ? error.message : { err: error }, 'cannot open the database');
    process.exit(1);
  }

  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    server?.closeIdleConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    log.debug('http closed');
    await app?.stop();
    log.debug('graphql stopped');
    await handle.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    await handle.exclusive((db) => prepareData(db, config, log));
    app = await createApp({ handle, config, log });
  } catch (error) {
    log.fatal({ err: error }, 'start-up failed');
    await handle.close();
    process.exit(1);
  }

  server = app.app.listen(config.port, config.host);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    log.fatal(
      error.code === 'EADDRINUSE' ? `port ${config.port} is already in use; set PORT to another port` : { err: error },
      'cannot listen',
    );
    await handle.close();
    process.exit(1);
  });
  server.on('listening', () => log.info(`serving http://localhost:${config.port} (${handle.kind})`));

  // Upkeep every few minutes; each step is safe to run on every instance at once.
  const upkeep = async () => {
    await purgeExpiredSessions(handle.db).catch((err) => log.warn({ err }, 'session purge failed'));
    await purgeOldLoginAttempts(handle.db).catch((err) => log.warn({ err }, 'sign-in attempt purge failed'));
    await purgeOldTodoSeen(handle.db).catch((err) => log.warn({ err }, 'to-do seen purge failed'));
    // The day may have turned: what is overdue moved with it.
    await refreshSummariesWhenStale(handle.db)
      .then((done) => done && log.info('refreshed the project summaries for the day'))
      .catch((err) => log.error({ err }, 'project summary refresh failed'));
    await failInterruptedImports(handle.db)
      .then((n) => n > 0 && log.warn({ jobs: n }, 'marked interrupted imports as failed'))
      .catch((err) => log.warn({ err }, 'import job sweep failed'));
    await sweepEscalations(handle.db)
      .then((n) => n > 0 && log.info({ escalated: n }, 'escalated overdue problems'))
      .catch((err) => log.error({ err }, 'problem escalation sweep failed'));
    await remindRectifications(handle.db).catch((err) => log.error({ err }, 'rectify-by reminders failed'));
    await sendDigests(handle.db, config.notify.digestTime)
      .then((n) => n > 0 && log.info({ digests: n }, 'wrote the daily digests'))
      .catch((err) => log.error({ err }, 'daily digest failed'));
    // The daily backup (SPEC 8.1); one instance writes it, the others find it claimed.
    await failStaleBackups(backup).catch((err) => log.warn({ err }, 'backup sweep failed'));
    await runScheduledBackup(backup).catch((err) => log.error({ err }, 'scheduled backup failed'));
  };
  const backup = { handle, config, log };
  void upkeep();
  setInterval(() => void upkeep(), 5 * 60_000).unref();

  // The outbox: e-mail and 钉钉 messages written with their events, sent by whichever instance claims them.
  const transports = transportsOf(config);
  let delivering = false;
  setInterval(() => {
    if (delivering) return;
    delivering = true;
    void deliverPending(handle.db, transports)
      .catch((err) => log.error({ err }, 'notification delivery failed'))
      .finally(() => {
        delivering = false;
      });
  }, config.notify.intervalMs).unref();
}

await main();
