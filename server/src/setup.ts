import type { Database } from '@zdyq/db/client';
import { ensureAdmin, hasActiveAdmin, seedDemo, seedReference } from '@zdyq/db/seed';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { seedDemoCompliance } from './modules/compliance/compliance.demo.ts';
import { failInterruptedImports } from './modules/ledger/ledger.job.ts';
import { seedDemoReports } from './modules/report/report.demo.ts';

/**
 * Reference data, the first administrator and the demo. Run under the database's setup lock
 * (DbHandle.exclusive), so instances starting together on one PostgreSQL take turns.
 */
export async function prepareData(db: Database, config: Config, log: Logger): Promise<void> {
  await seedReference(db);
  if (config.adminPassword && (await ensureAdmin(db, config.adminPassword))) {
    log.info('created the first administrator "admin" from ADMIN_PASSWORD');
  }
  if (config.env === 'production' && !config.adminPassword && !(await hasActiveAdmin(db))) {
    log.warn('no administrator exists: set ADMIN_PASSWORD and restart to create "admin"');
  }
  if (config.seedDemo) {
    const demo = await seedDemo(db);
    if (demo.seeded) {
      const checks = await seedDemoCompliance(db);
      const reports = await seedDemoReports(db);
      log.info({ projects: demo.projects, checks, reports }, 'seeded the demo data; accounts use password demo1234');
    }
  }
  await failInterruptedImports(db);
}
