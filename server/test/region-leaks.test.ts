import { rowsOf } from '@zdyq/db/queries';
import { foundingRegions } from '@zdyq/db/scope';
import { seedRegionDemo, seedSyntheticProjects } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { refreshSummaries } from '../src/modules/project/summary.ts';
import type { ApiClient, TestServer } from './api.ts';
import { startTestServer } from './api.ts';

const month = today().slice(0, 7);
const quarter = `${today().slice(0, 4)}-Q${Math.floor((Number(today().slice(5, 7)) - 1) / 3) + 1}`;

/** The pages a district's people read, each asked for every id and name it can show (in parts: each within the cost limit). */
const READS = [
  `query {
    me { id unit { id name } region { id code } }
    regions { id code name children { id code } }
    units { id name region { code } }
    projects(first: 100) { totalCount nodes { id code name investor leadUnit { id name } platform { id name }
      region { code } owner { id } responsibleLeaderUser { id } } }
  }`,
  `query {
    problems(first: 100) { totalCount nodes { id title project { id code } leadUnit { id name } } }
    leads(first: 100) { totalCount nodes { id title investor { id name } unit { id name } owner { id } } }
    investors(first: 100) { id name }
  }`,
  `query {
    targets { code current byUnit { unit { id name } current } projects(first: 100) { id code } pipeline { id code } }
    funnel(from: "2020-01-01", to: "${today()}") { leads signed }
  }`,
  `query {
    dashboard { stageFunnel { stage count } warnings { overdueNodes overdueProblems nonCompliantProjects }
      byUnit { unit { id name } } race { rows { unit { id name } } } }
    battleMap(minTier: BELOW_1, first: 1000) { id code name leadUnit { id } }
    battleMapCount(minTier: BELOW_1)
  }`,
  `query {
    inspectionsDue(first: 1000) { id code }
    unitRace(quarter: "${quarter}") { rows { unit { id name } } }
    myTodo { id title project { id code } }
    myNotifications(first: 100) { nodes { id title } }
    meetings { id title }
    bulletins { id title }
  }`,
];

const WORKBOOKS = [
  '/api/projects.xlsx',
  '/api/leads.xlsx',
  `/api/funnel.xlsx?from=2020-01-01&to=${today()}`,
  `/api/reports/monthly.xlsx?month=${month}`,
  `/api/reports/ranking.xlsx?quarter=${quarter}`,
];

/** Every cell of a workbook as text. */
async function cellsOf(bytes: ArrayBuffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const texts: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? cell.value ?? '')))),
  );
  return texts.join('\n');
}

/**
 * SPEC 2.1: a district's account finds nothing of another district in any answer it can ask for: lists,
 * totals, the 驾驶舱, the to-do, exports and workbooks hold no id, code or name of 上虞区's records.
 */
describe('regions: nothing of another district in any answer', () => {
  let t: TestServer;
  let markers: string[];
  let keqiao: number;

  beforeAll(async () => {
    t = await startTestServer();
    await seedSyntheticProjects(t.handle.db, { count: 60, prefix: 'SYL', withHistory: true });
    await seedRegionDemo(t.handle.db);
    await refreshSummaries(t.handle.db, 'all');
    const [kq] = await rowsOf<{ id: number }>(t.handle.db, sql`SELECT id FROM regions WHERE code = 'KQ'`);
    keqiao = kq?.id ?? 0;
    const sy = foundingRegions.SY;
    const ids = await rowsOf<{ id: string }>(
      t.handle.db,
      sql`SELECT id::text FROM projects WHERE region_id = ${sy}
        UNION ALL SELECT id::text FROM units WHERE region_id = ${sy}
        UNION ALL SELECT id::text FROM users WHERE region_id = ${sy}
        UNION ALL SELECT id::text FROM problems WHERE region_id = ${sy}
        UNION ALL SELECT code FROM projects WHERE region_id = ${sy}`,
    );
    // Unit names repeat across districts (every district has its 发改局): ids and codes are what is 上虞区's alone.
    markers = [...ids.map((r) => r.id), '上虞区'];
    expect(markers.length).toBeGreaterThan(120);
  }, 120_000);
  afterAll(() => t.close());

  const leaked = (text: string) => markers.filter((m) => text.includes(m)).slice(0, 5);

  it('finds 上虞区’s records in what 上虞区’s own leader reads, so a leak would be seen', async () => {
    const res = await (await t.as('leader')).gql(READS[0] ?? '');
    expect(leaked(JSON.stringify(res.data)).length).toBeGreaterThan(0);
  });

  for (const username of ['kq-promoter', 'kq-leader'] as const) {
    it(`shows ${username} its district alone, in every page and workbook`, async () => {
      const client: ApiClient = await t.as(username);
      const answers = [];
      for (const read of READS) {
        const res = await client.gql(read);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(leaked(JSON.stringify(res.data))).toEqual([]);
        answers.push(res.data);
      }
      const data = Object.assign({}, ...answers) as {
        projects: { totalCount: number; nodes: Array<{ region: { code: string } }> };
        battleMapCount: number;
        dashboard: { stageFunnel: Array<{ count: number }> };
      };
      // The totals are of its district: its 20 projects, on the board and in the funnel.
      const [own] = await rowsOf<{ n: number }>(
        t.handle.db,
        sql`SELECT count(*)::int AS n FROM projects WHERE region_id = ${keqiao}`,
      );
      expect(data.projects.totalCount).toBe(own?.n);
      expect(data.projects.nodes.every((p) => p.region.code === 'KQ')).toBe(true);
      expect(data.battleMapCount).toBeLessThanOrEqual(own?.n ?? 0);
      expect(data.dashboard.stageFunnel.reduce((a, s) => a + s.count, 0)).toBeLessThanOrEqual(own?.n ?? 0);
      for (const path of WORKBOOKS) {
        const file = await client.request(path);
        expect(file.status, path).toBe(200);
        expect(leaked(await cellsOf(await file.arrayBuffer())), path).toEqual([]);
      }
    });
  }
});
