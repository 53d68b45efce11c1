import { milestones, projects } from '@zdyq/db/schema';
import { seedSyntheticProjects, unitByName } from '@zdyq/db/seed';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { complianceStatusSql } from '../src/modules/compliance/compliance.rules.ts';
import { lightSql, warningSql } from '../src/modules/project/light.ts';
import { refreshSummaries, summariesFreshFor } from '../src/modules/project/summary.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/**
 * The per-project summary is the rules' answer kept: after a full refresh and after every kind of
 * write it equals what the rules say now, project by project, and the lists count the same by it.
 */
describe('project summaries', () => {
  let t: TestServer;
  let admin: ApiClient;
  let inspector: ApiClient;

  /** Projects whose summary differs from the rules' answer today. */
  async function drift(): Promise<unknown[]> {
    const asOf = today();
    const result = await t.handle.db.execute(sql`SELECT ${projects.id} AS id FROM projects
      LEFT JOIN project_summaries s ON s.project_id = ${projects.id}
      WHERE s.project_id IS NULL OR s.light IS DISTINCT FROM ${lightSql(asOf)}
        OR s.has_overdue_node IS DISTINCT FROM ${warningSql('OVERDUE_NODE', asOf)}
        OR s.has_overdue_problem IS DISTINCT FROM ${warningSql('OVERDUE_PROBLEM', asOf)}
        OR s.compliance_status IS DISTINCT FROM ${complianceStatusSql(asOf)}`);
    return (result as unknown as { rows: unknown[] }).rows;
  }

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, inspector } = await t.everyone());
    await seedSyntheticProjects(t.handle.db, { count: 800 });
    await refreshSummaries(t.handle.db, 'all');
  }, 120_000);
  afterAll(() => t.close());

  it('equals the rules after a full refresh, and is marked fresh for today only', async () => {
    expect(await drift()).toEqual([]);
    expect(await summariesFreshFor(t.handle.db, today())).toBe(true);
    expect(await summariesFreshFor(t.handle.db, addDays(today(), -1))).toBe(false);
  });

  it('keeps in step with every kind of write', async () => {
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    // A green project, signed today, so each change shows.
    const created = await admin.ok<{ createProject: { id: string } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
      {
        i: {
          name: '摘要测试项目',
          investor: '摘要投资',
          industry: 'CHEMICAL',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '5',
          leadUnitId: unit,
          stage: 'SIGNED',
          signedOn: today(),
        },
      },
    );
    const [signed] = await t.handle.db.select().from(projects).where(eq(projects.id, created.createProject.id));
    expect(await drift(), 'after a creation').toEqual([]);
    if (!signed) throw new Error('no signed project');
    // A node moved into the past: the project turns red.
    const [open] = await t.handle.db
      .select()
      .from(milestones)
      .where(and(eq(milestones.projectId, signed.id), isNull(milestones.actualOn)))
      .limit(1);
    await admin.ok('mutation($id: ID!, $on: Date) { updateMilestone(id: $id, plannedOn: $on) { id } }', {
      id: open?.id,
      on: addDays(today(), -3),
    });
    expect(await drift(), 'after a node moved').toEqual([]);
    // A problem overdue, another project's agreement and a breached check, a stage advanced.
    await admin.ok('mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }', {
      i: { projectId: signed.id, title: '逾期', category: 'LAND', leadUnitId: unit, dueOn: addDays(today(), 2) },
    });
    expect(await drift(), 'after a problem').toEqual([]);
    const [built] = await t.handle.db.select().from(projects).where(eq(projects.stage, 'IN_PRODUCTION')).limit(1);
    if (!built) throw new Error('no project in production');
    await inspector.ok(
      'mutation($p: ID!) { setAgreement(projectId: $p, input: { landArea: "100", taxPerMu: "31" }) { landArea } }',
      {
        p: built.id,
      },
    );
    expect(await drift(), 'after an agreement').toEqual([]);
    await inspector.ok('mutation($i: ComplianceCheckInput!) { recordComplianceCheck(input: $i) { id } }', {
      i: { projectId: built.id, checkedOn: today(), period: '2025', annualTax: '100' },
    });
    expect(await drift(), 'after a check').toEqual([]);
    const { project } = await admin.ok('query($id: ID!) { project(id: $id) { version } }', { id: signed.id });
    await admin.ok(
      'mutation($id: ID!, $v: Int!, $on: Date!) { advanceStage(id: $id, version: $v, to: UNDER_CONSTRUCTION, on: $on) { id } }',
      {
        id: signed.id,
        v: project.version,
        on: today(),
      },
    );
    expect(await drift()).toEqual([]);
  });

  it('counts the lists the same from the summaries as from the rules', async () => {
    const count = async (light: string) =>
      (
        await admin.ok<{ projects: { totalCount: number } }>(
          'query($l: [Light!]) { projects(filter: { light: $l }) { totalCount } }',
          { l: [light] },
        )
      ).projects.totalCount;
    for (const light of ['RED', 'YELLOW', 'GREEN']) {
      const fromSummaries = await count(light);
      const [live] = (
        (await t.handle.db.execute(
          sql`SELECT count(*)::int AS n FROM projects WHERE ${lightSql(today())} = ${light}`,
        )) as unknown as { rows: Array<{ n: number }> }
      ).rows;
      expect(fromSummaries, light).toBe(live?.n);
    }
  });
});
