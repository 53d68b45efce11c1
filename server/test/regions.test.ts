import { rowsOf } from '@zdyq/db/queries';
import { auditLog, problems, projects, users } from '@zdyq/db/schema';
import { foundingRegions, inScope } from '@zdyq/db/scope';
import { createProject, createUser, DEMO_PASSWORD, seedRegionDemo, unitByName } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../src/modules/access/policy.ts';
import { resolveSession, SESSION_COOKIE, sessionPolicyOf } from '../src/modules/auth/session.ts';
import { holdersOf } from '../src/modules/notify/notify.service.ts';
import type { ApiClient, TestServer } from './api.ts';
import { startTestServer } from './api.ts';

const LIST = `query($filter: ProjectFilter) {
  projects(first: 100, filter: $filter) { totalCount nodes { id code region { code } } }
}`;

/** SPEC 2.1: one deployment for a city and its districts, the boundary held by the database. */
describe('regions', () => {
  let t: TestServer;
  let syPromoter: ApiClient;
  let kqPromoter: ApiClient;
  let cityLeader: ApiClient;
  let syProject: string;
  let keqiao: number;

  beforeAll(async () => {
    t = await startTestServer();
    const promotion = await unitByName(t.handle.db, '区投资促进中心');
    const row = await createProject(t.handle.db, {
      leadUnitId: promotion.id,
      name: '上虞区的项目',
      stage: 'SIGNED',
      signedOn: '2025-03-01',
    });
    syProject = row.id;
    await t.handle.db.insert(problems).values({
      projectId: row.id,
      title: '上虞区项目的问题',
      description: '用地指标',
      category: 'LAND',
      raisedById: t.users.promoter,
      leadUnitId: promotion.id,
    });
    const seeded = await seedRegionDemo(t.handle.db, new Date('2026-06-15T00:00:00Z'));
    expect(seeded.projects).toBe(20);
    const [district] = await rowsOf<{ id: number }>(t.handle.db, sql`SELECT id FROM regions WHERE code = 'KQ'`);
    keqiao = district?.id ?? 0;
    [syPromoter, kqPromoter, cityLeader] = await Promise.all([
      t.as('promoter'),
      t.as('kq-promoter'),
      t.as('city-leader'),
    ]);
  });
  afterAll(() => t.close());

  /** The scope a signed-in client's requests run in, found as the server finds it. */
  const scopeOfClient = async (client: ApiClient) => {
    const token = decodeURIComponent((client.cookie ?? '').replace(`${SESSION_COOKIE}=`, ''));
    const session = await resolveSession(t.handle.db, token, sessionPolicyOf(t.config));
    if (!session) throw new Error('not signed in');
    return scopeOf(session.actor);
  };

  it('shows a district account only its district, even to a query that filters nothing', async () => {
    const scope = await scopeOfClient(kqPromoter);
    expect(scope).toEqual({ region: keqiao, regions: [keqiao] });
    const seen = await inScope(t.handle.db, scope, async (tx) => ({
      projects: await tx.select().from(projects),
      problems: await tx.select().from(problems),
      users: await tx.select().from(users),
      audit: await tx.select().from(auditLog),
      raw: await rowsOf<{ region_id: number }>(tx, sql`SELECT * FROM projects`),
    }));
    expect(seen.projects).toHaveLength(20);
    expect(seen.raw).toHaveLength(20);
    expect(seen.projects.every((p) => p.regionId === keqiao && p.code.startsWith('KQ-'))).toBe(true);
    expect(seen.raw.every((p) => p.region_id === keqiao)).toBe(true);
    expect(seen.problems).toEqual([]);
    expect(seen.users.map((u) => u.username).sort()).toEqual(['kq-leader', 'kq-promoter']);
    expect(seen.audit.every((a) => a.regionId === keqiao || a.regionId === null)).toBe(true);
    // Nor can it write outside: an update of another district's row changes nothing.
    const changed = await inScope(t.handle.db, scope, (tx) =>
      rowsOf(tx, sql`UPDATE projects SET name = '改名' WHERE id = ${syProject} RETURNING id`),
    );
    expect(changed).toEqual([]);
    const [still] = await t.handle.db.select({ name: projects.name }).from(projects).where(sql`id = ${syProject}`);
    expect(still?.name).toBe('上虞区的项目');
  });

  it('answers a district account with its district only, and NOT_FOUND for another’s record', async () => {
    const kq = (await kqPromoter.ok(LIST)).projects;
    expect(kq.totalCount).toBe(20);
    expect(
      kq.nodes.every(
        (p: { code: string; region: { code: string } }) => p.region.code === 'KQ' && p.code.startsWith('KQ-'),
      ),
    ).toBe(true);
    const sy = (await syPromoter.ok(LIST)).projects;
    expect(sy.totalCount).toBe(1);
    expect(sy.nodes[0].region.code).toBe('SY');
    // Another district's project reads as one that does not exist, and cannot be changed.
    expect((await kqPromoter.ok('query($id: ID!) { project(id: $id) { id } }', { id: syProject })).project).toBeNull();
    const change = await kqPromoter.fails(
      'mutation($id: ID!) { updateProject(id: $id, version: 1, input: { name: "改名" }) { id } }',
      { id: syProject },
    );
    expect(change.extensions?.code).toBe('NOT_FOUND');
    const syLeader = await t.as('leader');
    const problemsSeen = await kqPromoter.ok('{ problems(first: 50) { totalCount } }');
    expect(problemsSeen.problems.totalCount).toBe(0);
    expect((await syLeader.ok('{ problems(first: 50) { totalCount } }')).problems.totalCount).toBe(1);
    expect((await kqPromoter.ok('{ regions { code } }')).regions).toEqual([{ code: 'KQ' }]);
    expect((await kqPromoter.ok('{ me { region { code parent { code } } } }')).me.region).toEqual({
      code: 'KQ',
      parent: { code: 'SX' },
    });
  });

  it('lets a city account read every district below it', async () => {
    const all = (await cityLeader.ok(LIST)).projects;
    expect(all.totalCount).toBe(21);
    const codes = new Set(all.nodes.map((p: { region: { code: string } }) => p.region.code));
    expect(codes).toEqual(new Set(['SY', 'KQ']));
    const regions = (await cityLeader.ok('{ regions { code level children { code } } }')).regions;
    expect(regions[0]).toMatchObject({ code: 'SX', level: 'CITY' });
    expect(new Set(regions[0].children.map((c: { code: string }) => c.code))).toEqual(new Set(['SY', 'KQ']));
  });

  it('tells only the project’s own district of it, from a sweep that runs over every district', async () => {
    const [kqProject] = await inScope(t.handle.db, { region: keqiao, regions: [keqiao] }, (tx) =>
      tx.select({ id: projects.id }).from(projects).limit(1),
    );
    const leaders = await t.handle.db.select({ id: users.id, username: users.username }).from(users);
    const named = (ids: string[]) => leaders.filter((u) => ids.includes(u.id)).map((u) => u.username);
    expect(named(await holdersOf(t.handle.db, 'LEADER', syProject))).toEqual(['leader']);
    expect(named(await holdersOf(t.handle.db, 'LEADER', kqProject?.id ?? ''))).toEqual(['kq-leader']);
  });

  it('lets a city account narrow its lists to one district', async () => {
    const all = (await cityLeader.ok(LIST)).projects;
    const kq = (await cityLeader.ok(LIST, { filter: { regionId: String(keqiao) } })).projects;
    const sy = (await cityLeader.ok(LIST, { filter: { regionId: String(foundingRegions.SY) } })).projects;
    expect(kq.totalCount).toBe(20);
    expect(kq.nodes.every((p: { region: { code: string } }) => p.region.code === 'KQ')).toBe(true);
    expect(sy.nodes.every((p: { region: { code: string } }) => p.region.code === 'SY')).toBe(true);
    expect(kq.totalCount + sy.totalCount).toBe(all.totalCount);
    // A district's account asking for another district finds nothing; a malformed id is refused.
    expect((await kqPromoter.ok(LIST, { filter: { regionId: String(foundingRegions.SY) } })).projects.totalCount).toBe(
      0,
    );
    const bad = await cityLeader.fails(LIST, { filter: { regionId: 'SY' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
    const problemsOf = async (regionId: number) =>
      (
        await cityLeader.ok(`query($f: ProblemFilter) { problems(filter: $f, first: 100) { totalCount } }`, {
          f: { regionId: String(regionId) },
        })
      ).problems.totalCount;
    expect(await problemsOf(foundingRegions.SY)).toBeGreaterThan(0);
    expect(await problemsOf(keqiao)).toBe(0);
    const exported = await cityLeader.request(`/api/projects.xlsx?regionId=${keqiao}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    expect((book.worksheets[0]?.rowCount ?? 0) - 1).toBe(20);
  });

  it('exports a district’s ledger with its rows only', async () => {
    const res = await kqPromoter.request('/api/projects.xlsx');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    const codes: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) codes.push(row.getCell(1).text);
    });
    expect(codes).toHaveLength(20);
    expect(codes.every((c) => c.startsWith('KQ-'))).toBe(true);
  });

  it('numbers a district’s projects with its own code', async () => {
    const unit = await inScope(t.handle.db, { region: keqiao, regions: [keqiao] }, (tx) =>
      unitByName(tx, '区投资促进中心', keqiao),
    );
    const created = await kqPromoter.ok(
      `mutation($input: ProjectInput!) { createProject(input: $input) { code region { code } } }`,
      {
        input: {
          name: '柯桥区新项目',
          investor: '浙江测试有限公司',
          industry: 'NEW_MATERIALS',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '12',
          leadUnitId: unit.id,
        },
      },
    );
    expect(created.createProject.region.code).toBe('KQ');
    expect(created.createProject.code).toMatch(/^KQ-\d{4}-\d{4}$/);
    // 上虞区's numbering is its own.
    expect(foundingRegions.SY).not.toBe(keqiao);
  });

  it('keeps usernames unique in the deployment, naming the field, though another district’s are not seen', async () => {
    await createUser(t.handle.db, {
      username: 'kq-admin',
      role: 'ADMIN',
      regionId: keqiao,
      password: DEMO_PASSWORD,
      demo: true,
    });
    const kqAdmin = await t.as('kq-admin' as never);
    const CREATE = `mutation($u: String!) { createUser(input: { username: $u, displayName: "重名", role: LEADER,
      password: "Zdyq#2026-strong" }) { id } }`;
    // 上虞区's "promoter" is not among the accounts 柯桥区 reads, yet the name is taken.
    const taken = await kqAdmin.fails(CREATE, { u: 'Promoter' });
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const [n] = await rowsOf<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM users WHERE display_name = '重名'`,
    );
    expect(n?.n).toBe(0);
    expect((await kqAdmin.ok(CREATE, { u: 'kq-leader2' })).createUser.id).toBeTruthy();
  });
});
