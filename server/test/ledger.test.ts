import { auditLog, projects } from '@zdyq/db/schema';
import { createProject, unitByName } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerColumns } from '../src/modules/ledger/ledger.columns.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const headers = ledgerColumns.filter((c) => c.field).map((c) => c.header);

async function workbook(rows: unknown[][], head: string[] = headers): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('项目台账');
  sheet.addRow(head);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A row of the template's columns, by header. */
function row(values: Record<string, unknown>): unknown[] {
  return headers.map((h) => values[h] ?? null);
}

const newRow = (name: string, extra: Record<string, unknown> = {}) =>
  row({
    项目名称: name,
    投资方: '浙江导入测试有限公司',
    产业类别: '新材料',
    项目来源: '新引进',
    制造业项目: '是',
    '总投资（亿元）': 12,
    责任单位: '区投资促进中心',
    ...extra,
  });

describe('台账 import and export', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let leader: ApiClient;

  const upload = (client: ApiClient, buffer: Buffer, dryRun = false, name = '台账.xlsx') => {
    const form = new FormData();
    form.append('file', new Blob([buffer]), name);
    return client.request(`/api/projects/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form });
  };
  const count = async () => (await t.handle.db.select({ n: sql<number>`count(*)::int` }).from(projects))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter, leader } = await t.everyone());
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const platform = (await unitByName(t.handle.db, '崧厦街道')).id;
    await createProject(t.handle.db, {
      leadUnitId: unit,
      platformId: platform,
      name: '导出测试项目一',
      totalInvestment: '9.9999',
      landArea: '120.5',
      address: '崧厦街道',
      latitude: 30.1,
      longitude: 120.9,
    });
    await createProject(t.handle.db, {
      leadUnitId: unit,
      name: '导出测试项目二',
      totalInvestment: '55',
      responsibleLeader: '区长 赵明',
      stage: 'SIGNED',
      signedOn: '2024-03-01',
      isForeign: true,
      foreignInvestmentUsd: '12000',
    });
  });
  afterAll(() => t.close());

  it('exports the ledger with Chinese headers, honouring the filters', async () => {
    const res = await leader.request('/api/projects.xlsx?tier=MAJOR_50');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).text).toBe('项目名称');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(2).text).toBe('导出测试项目二');
    expect((await t.anonymous().request('/api/projects.xlsx')).status).toBe(401);
    const bad = await leader.request('/api/projects.xlsx?stage=SIGNED,BUILDING');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage.1' });
  });

  it('round-trips: importing the exported file changes nothing', async () => {
    const exported = Buffer.from(await (await admin.request('/api/projects.xlsx')).arrayBuffer());
    const audits = (await t.handle.db.select({ n: sql<number>`max(id)::int` }).from(auditLog))[0]?.n ?? 0;
    const res = await upload(admin, exported);
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body.errors)).toBe(200);
    expect(body).toMatchObject({ total: 2, created: 0, updated: 0, unchanged: 2, errors: [] });
    // Only the upload and the import itself are recorded; no project changed.
    const entries = await t.handle.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${audits}`)
      .orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.note])).toEqual([
      ['import.ledger', `台账.xlsx（${exported.length}字节）`],
      ['project.import', '台账.xlsx'],
    ]);
  });

  it('checks every row in a dry run, naming row and column in Chinese, and writes nothing', async () => {
    const before = await count();
    const file = await workbook([
      newRow('导入项目甲'),
      newRow('导入项目乙', { '总投资（亿元）': '五亿' }),
      newRow('导入项目丙', { '总投资（亿元）': 60 }),
      newRow('导入项目丁', { 签约日期: '2023/6/1', 阶段: '已签约', 产业类别: '太空' }),
    ]);
    const res = await upload(promoter, file, true);
    expect(res.status).toBe(200);
    const result = (await res.json()) as any;
    expect(result).toMatchObject({ dryRun: true, total: 4 });
    expect(result.errors).toEqual([
      { row: 3, column: '总投资（亿元）', message: '“五亿”不是有效金额' },
      { row: 4, column: '包抓领导', message: '总投资50亿元以上的项目须明确包抓领导' },
      {
        row: 5,
        column: '产业类别',
        message: '“太空”不是可选的值，可选：新材料、现代医药、高端装备、电子信息、新能源、节能环保装备、化工、其他',
      },
    ]);
    expect(await count()).toBe(before);
    // The real import of the same file also refuses it whole.
    const real = await upload(promoter, file);
    expect(real.status).toBe(422);
    expect(((await real.json()) as any).created).toBe(0);
    expect(await count()).toBe(before);
  });

  it('converts amounts with 亿/万 and dates as text or serials, and refuses formulas', async () => {
    const before = await count();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('项目台账');
    sheet.addRow(headers);
    sheet.addRow(newRow('万元金额项目', { '总投资（亿元）': '150000万', 阶段: '已签约', 签约日期: 45000 }));
    sheet.addRow(newRow('亿元金额项目', { '总投资（亿元）': '12.5亿', 阶段: '已签约', 签约日期: '2023年6月1日' }));
    sheet.addRow(newRow('公式项目', { '总投资（亿元）': { formula: '6*2', result: 12 } }));
    const withFormula = Buffer.from(await book.xlsx.writeBuffer());
    const check = (await (await upload(promoter, withFormula, true)).json()) as any;
    expect(check.errors).toEqual([{ row: 4, column: '总投资（亿元）', message: '不接受公式，请复制后“粘贴为数值”' }]);
    sheet.spliceRows(4, 1);
    const res = await upload(promoter, Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect((await res.json()) as any).toMatchObject({ created: 2, errors: [] });
    expect(await count()).toBe(before + 2);
    const rows = await t.handle.db
      .select()
      .from(projects)
      .where(sql`${projects.name} IN ('万元金额项目', '亿元金额项目')`)
      .orderBy(projects.name);
    expect(rows.map((r) => [r.name, r.totalInvestment, r.signedOn])).toEqual([
      ['万元金额项目', '15', '2023-03-15'],
      ['亿元金额项目', '12.5', '2023-06-01'],
    ]);
  });

  it('refuses files that are not a ledger, with a clear error and nothing written', async () => {
    const before = await count();
    const notXlsx = await upload(promoter, Buffer.from('名称,投资\n甲,1'), false, '台账.csv');
    expect(notXlsx.status).toBe(400);
    expect((await notXlsx.json()) as any).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'file' } });
    const wrong = await upload(promoter, await workbook([['x', 'y']], ['名称', '金额']));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as any).error.message).toContain('项目名称');
    const empty = await upload(promoter, await workbook([]));
    expect(((await empty.json()) as any).error.message).toBe('文件中没有数据行');
    const huge = await upload(promoter, Buffer.alloc(50 * 1024 * 1024, 0x50));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as any).error.message).toContain('5MB');
    const broken = await upload(promoter, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]));
    expect(broken.status).toBe(400);
    expect((await leader.request('/api/projects/import', { method: 'POST' })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it("lets a promoter import only their own unit's projects", async () => {
    const res = await upload(promoter, await workbook([newRow('他单位项目', { 责任单位: '杭州湾经开区' })]), true);
    expect(((await res.json()) as any).errors).toEqual([
      { row: 2, column: '责任单位', message: '招商人员只能导入本单位牵头的项目，责任单位应为本单位' },
    ]);
  });

  it('takes back a promoter’s export of every unit with one own row changed: other units’ rows left alone, and said so', async () => {
    const bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    const other = await createProject(t.handle.db, { leadUnitId: bay, name: '他单位导出项目', totalInvestment: '3' });
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(await (await promoter.request('/api/projects.xlsx')).arrayBuffer());
    const sheet = exported.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const column = (header: string) => headers.indexOf(header) + 1;
    const rowOf = (name: string) => {
      for (let i = 2; i <= sheet.rowCount; i++) if (sheet.getRow(i).getCell(column('项目名称')).text === name) return i;
      throw new Error(`no row for ${name}`);
    };
    const total = sheet.rowCount - 1;
    sheet.getRow(rowOf('导出测试项目一')).getCell(column('地址')).value = '崧厦街道 联江路88号';
    const res = await upload(promoter, Buffer.from(await exported.xlsx.writeBuffer()));
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body.errors)).toBe(200);
    expect(body).toMatchObject({ total, updated: 1, unchanged: total - 1, errors: [] });
    expect(body.othersUnchanged).toBeGreaterThanOrEqual(1);
    const [mine] = await t.handle.db.select().from(projects).where(sql`${projects.name} = '导出测试项目一'`);
    expect(mine?.address).toBe('崧厦街道 联江路88号');

    // Another unit's row changed is still refused, at the unit's column, and nothing is written.
    sheet.getRow(rowOf('他单位导出项目')).getCell(column('地址')).value = '改动他单位项目';
    sheet.getRow(rowOf('导出测试项目一')).getCell(column('地址')).value = '崧厦街道';
    const refused = (await (await upload(promoter, Buffer.from(await exported.xlsx.writeBuffer()))).json()) as any;
    expect(refused.errors).toEqual([
      {
        row: rowOf('他单位导出项目'),
        column: '责任单位',
        message: '招商人员只能导入本单位牵头的项目，责任单位应为本单位',
      },
    ]);
    const [theirs] = await t.handle.db.select().from(projects).where(sql`${projects.id} = ${other.id}`);
    expect(theirs?.address ?? null).toBeNull();
    expect(
      (await t.handle.db.select().from(projects).where(sql`${projects.name} = '导出测试项目一'`))[0]?.address,
    ).toBe('崧厦街道 联江路88号');
  });

  it('leaves the database as it was when the apply fails half-way', async () => {
    const before = await count();
    const audits = (await t.handle.db.select({ n: sql<number>`coalesce(max(id), 0)::int` }).from(auditLog))[0]?.n;
    // The nodes go in after the projects: a fault there (a lost connection, a full disk) must
    // take the projects back with it.
    await t.handle.db.execute(sql`CREATE FUNCTION fail_nodes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await t.handle.db.execute(
      sql`CREATE TRIGGER fail_nodes BEFORE INSERT ON milestones FOR EACH ROW EXECUTE FUNCTION fail_nodes()`,
    );
    try {
      const file = await workbook(
        Array.from({ length: 10 }, (_, i) => newRow(`中断导入${i}`, { 阶段: '已签约', 签约日期: '2024-05-01' })),
      );
      const res = await upload(admin, file);
      expect(res.status).toBe(503);
      expect(await count()).toBe(before);
      // The upload is on record; nothing of what it would have done is.
      const written = await t.handle.db.select().from(auditLog).where(sql`${auditLog.id} > ${audits}`);
      expect(written.map((e) => e.action)).toEqual(['import.ledger']);
      const staged = await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM import_staging`);
      expect((staged as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(0);
    } finally {
      await t.handle.db.execute(sql`DROP TRIGGER fail_nodes ON milestones`);
      await t.handle.db.execute(sql`DROP FUNCTION fail_nodes()`);
    }
  });

  it('imports 5,000 rows in one transaction', async () => {
    const before = await count();
    const file = await workbook(
      Array.from({ length: 5000 }, (_, i) => newRow(`批量项目${i}`, { '总投资（亿元）': 1 + (i % 40) })),
    );
    const started = performance.now();
    const res = await upload(admin, file);
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body.errors?.slice(0, 3))).toBe(200);
    expect(body).toMatchObject({ created: 5000, errors: [] });
    expect(await count()).toBe(before + 5000);
    console.log(`5,000-row import: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('gives the template, and the monthly and ranking reports', async () => {
    const template = await promoter.request('/api/projects/template.xlsx');
    expect(template.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await template.arrayBuffer());
    const sheet = book.getWorksheet('项目台账');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...headers]);
    // Drop-down lists on the first rows, from a hidden sheet that names every unit.
    const column = (header: string) => sheet?.getColumn(headers.indexOf(header) + 1).letter;
    const rule = (header: string, row: number) => sheet?.getCell(`${column(header)}${row}`).dataValidation;
    expect(rule('产业类别', 2)).toMatchObject({ type: 'list', showErrorMessage: true });
    expect(rule('责任单位', 5001)).toMatchObject({ type: 'list' });
    expect(rule('责任单位', 5001)?.allowBlank).toBeFalsy();
    expect(rule('所在平台/乡镇', 2)?.allowBlank).toBe(true);
    expect(rule('项目名称', 2)).toBeUndefined();
    const lists = book.getWorksheet('选项');
    expect(lists?.state).toBe('hidden');
    const listOf = (formula: string | undefined) => {
      const [, from, to] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(formula ?? '') ?? [];
      return (lists?.getColumn(from ?? 'A').values ?? []).slice(2, Number(to) + 1);
    };
    expect(listOf(rule('阶段', 3)?.formulae?.[0])).toContain('已签约');
    expect(listOf(rule('责任单位', 3)?.formulae?.[0])).toEqual(
      expect.arrayContaining(['杭州湾经开区', '曹娥江经开区', '自然资源和规划分局']),
    );
    // The example row, on the notes sheet, fills the required columns.
    const notes = book.getWorksheet('填写说明');
    const exampleHeader = notes?.getRows(1, notes.rowCount)?.find((r) => r.getCell(1).value === '项目编号');
    const example = notes?.getRow((exampleHeader?.number ?? 0) + 1);
    expect(example?.getCell(headers.indexOf('项目名称') + 1).value).toBeTruthy();
    expect(example?.getCell(headers.indexOf('阶段') + 1).value).toBe('已签约');
    expect((await leader.request('/api/reports/monthly.xlsx?month=2026-10')).status).toBe(200);
    expect((await leader.request('/api/reports/ranking.xlsx?quarter=2026-Q3')).status).toBe(200);
    const bad = await leader.request('/api/reports/ranking.xlsx?quarter=2026-3');
    expect(bad.status).toBe(400);
    expect((await bad.json()) as any).toMatchObject({ error: { field: 'quarter' } });
  });
});
