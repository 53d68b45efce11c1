import type { Database } from '@zdyq/db/client';
import { foundingRegions, inScope } from '@zdyq/db/scope';
import {
  type AdministratorRole,
  demoDistrict,
  ensureAdministrator,
  ensureDemoAccounts,
  firstAdministrators,
  hasActiveHolder,
  seedDemo,
  seedReference,
  seedRegionDemo,
} from '@zdyq/db/seed';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { seedDemoCompliance } from './modules/compliance/compliance.demo.ts';
import { seedDemoLeads } from './modules/lead/lead.demo.ts';
import { failInterruptedImports } from './modules/ledger/ledger.job.ts';
import { seedDemoMeetings } from './modules/meeting/meeting.demo.ts';
import { seedDemoReports } from './modules/report/report.demo.ts';

/**
 * Reference data, the first administrator and the demo. Run under the database's setup lock
 * (DbHandle.exclusive), so instances starting together on one PostgreSQL take turns.
 */
export async function prepareData(db: Database, config: Config, log: Logger): Promise<void> {
  await seedReference(db);
  const passwords: Record<AdministratorRole, [string | undefined, string]> = {
    ADMIN: [config.adminPassword, 'ADMIN_PASSWORD'],
    SECURITY_ADMIN: [config.securityAdminPassword, 'SECURITY_ADMIN_PASSWORD'],
    AUDITOR: [config.auditorPassword, 'AUDITOR_PASSWORD'],
  };
  for (const role of Object.keys(firstAdministrators) as AdministratorRole[]) {
    const [password, variable] = passwords[role];
    const { username } = firstAdministrators[role];
    if (password && (await ensureAdministrator(db, role, password))) {
      log.info(
        `created the first ${role} "${username}" from ${variable}; the password must be changed at first sign-in`,
      );
    }
    if (config.env === 'production' && !password && !(await hasActiveHolder(db, role))) {
      log.warn(`no ${role} exists: set ${variable} and restart to create "${username}"`);
    }
  }
  if (config.seedDemo) {
    // Written as 上虞区's own requests would be: in its scope, under row-level security.
    await inScope(db, { region: foundingRegions.SY, regions: [foundingRegions.SY] }, async (tx) => {
      const demo = await seedDemo(tx);
      if (!demo.seeded) return;
      const checks = await seedDemoCompliance(tx);
      const reports = await seedDemoReports(tx);
      const { meetings, bulletins } = await seedDemoMeetings(tx);
      const { leads } = await seedDemoLeads(tx, config.uploadDir);
      log.info(
        { projects: demo.projects, checks, reports, meetings, bulletins, leads },
        'seeded the demo data; accounts use password demo1234',
      );
    });
  }
  if (config.seedDemo) {
    // Accounts added to the demo since a demo database was made.
    const added = await ensureDemoAccounts(db);
    if (added.length > 0) log.info({ added }, 'added demo accounts');
    // The second district and the city (SPEC 8), also into a demo database from before regions.
    const regional = await seedRegionDemo(db);
    if (regional.projects > 0 || regional.added.length > 0) {
      log.info(
        { projects: regional.projects, added: regional.added },
        `seeded ${demoDistrict.name} and the city's accounts`,
      );
    }
  }
  await failInterruptedImports(db);
}
