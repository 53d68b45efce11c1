import { figuresVersion, sessions } from '@zdyq/db/schema';
import { unitByName } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/** Tables whose rows no figure is computed from: writing them leaves the figures version alone. */
const notFigures = new Set([
  'audit_archives',
  'audit_chain_head',
  'audit_log',
  'backups',
  'bulletins',
  'check_attachments',
  // Before the project (SPEC 3.1): the funnel is computed for each request, never remembered.
  'document_versions',
  'interaction_participants',
  'interactions',
  'investor_conflicts',
  'investor_contacts',
  'investors',
  'leads',
  'project_documents',
  'figures_version',
  'import_jobs',
  'import_staging',
  'login_attempts',
  'meeting_agenda_items',
  'meeting_units',
  'meetings',
  // The due day of reports: the to-do and the sheet read it; no cached figure does.
  'monitoring_settings',
  // A template shapes the nodes of projects signed later; the figures read the nodes themselves.
  'node_template_nodes',
  'node_templates',
  'notification_deliveries',
  'notification_preferences',
  'notifications',
  'oidc_flows',
  'password_history',
  'project_code_counters',
  // A move rewrites the project, which moves the version; the move's own row is history.
  'project_moves',
  'recovery_codes',
  'security_settings',
  'sessions',
  'todo_seen',
  'users',
]);

const DASHBOARD = `query($asOf: Date) { dashboard(asOf: $asOf) {
  stageFunnel { stage count investment } byIndustry { industry count } warnings { overdueNodes }
  byUnit { unit { id } newMajor10Signings score } } targets(asOf: $asOf) { code current } }`;

type Dashboard = {
  dashboard: { stageFunnel: Array<{ stage: string; count: number; investment: string }> };
  targets: Array<{ code: string; current: string }>;
};

/**
 * Remembered figures are the figures: the version they are kept under moves with every committed
 * write to what they come from (and only then), so an answer after a write is computed afresh.
 */
describe('remembered figures', () => {
  let t: TestServer;
  let admin: ApiClient;
  let leader: ApiClient;

  const version = async () => (await t.handle.db.select().from(figuresVersion))[0]?.version;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, leader } = await t.everyone());
  });
  afterAll(() => t.close());

  it('has every table that figures come from behind the trigger, and no other', async () => {
    const rows = (
      (await t.handle.db.execute(sql`SELECT c.relname AS name,
          EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_figures_changed') AS watched
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`)) as unknown as {
        rows: Array<{ name: string; watched: boolean }>;
      }
    ).rows;
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.watched, row.name).toBe(!notFigures.has(row.name));
  });

  it('moves on a committed write, not on a rolled-back one or a session', async () => {
    const before = await version();
    await t.handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`UPDATE units SET sort_order = sort_order`);
        tx.rollback();
      })
      .catch(() => {});
    expect(await version()).toBe(before);
    await t.handle.db.update(sessions).set({ lastSeenAt: new Date() });
    expect(await version()).toBe(before);
    await t.handle.db.execute(sql`UPDATE units SET sort_order = sort_order`);
    const after = await version();
    expect(after).not.toBe(before);
  });

  it('answers the dashboard and targets afresh after a project is signed, and the same without writes', async () => {
    const asOf = today();
    const first = await leader.ok<Dashboard>(DASHBOARD, { asOf });
    const again = await leader.ok<Dashboard>(DASHBOARD, { asOf });
    expect(again).toEqual(first);

    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    await admin.ok('mutation($i: ProjectInput!) { createProject(input: $i) { id } }', {
      i: {
        name: '缓存测试项目',
        investor: '缓存投资',
        industry: 'CHEMICAL',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '12',
        leadUnitId: unit,
        stage: 'SIGNED',
        signedOn: asOf,
      },
    });
    const after = await leader.ok<Dashboard>(DASHBOARD, { asOf });
    const signed = (d: Dashboard) => d.dashboard.stageFunnel.find((s) => s.stage === 'SIGNED')?.count ?? 0;
    expect(signed(after)).toBe(signed(first) + 1);
    // The year's manufacturing share moves with a manufacturing signing.
    const share = (d: Dashboard) => d.targets.find((x) => x.code === 'MFG_SHARE_YEAR')?.current;
    expect(share(after)).not.toBe(share(first));
  });
});
