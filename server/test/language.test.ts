import { unitByName } from '@zdyq/db/seed';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/** Refusals in the user's language (Accept-Language), the same refusal in every other respect. */

const CREATE = 'mutation($input: ProjectInput!) { createProject(input: $input) { id } }';

describe('server messages in the user’s language', () => {
  let t: TestServer;
  let promoter: ApiClient;
  let unit: string;
  const input = (overrides: Record<string, unknown>) => ({
    name: '语言测试项目',
    investor: '某公司',
    industry: 'NEW_MATERIALS',
    source: 'NEW',
    isManufacturing: true,
    totalInvestment: '12',
    leadUnitId: unit,
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestServer();
    promoter = await t.as('promoter');
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
  });
  afterAll(() => t.close());

  it('refuses in English when asked, with the same code and field, and in Chinese otherwise', async () => {
    for (const [language, name, total] of [
      ['en', 'Project name is required', 'A project of ¥5bn or more needs its responsible leader'],
      ['en-GB,en;q=0.9', 'Project name is required', 'A project of ¥5bn or more needs its responsible leader'],
      ['zh-CN', '项目名称不能为空', '总投资50亿元以上的项目须明确包抓领导'],
      [undefined, '项目名称不能为空', '总投资50亿元以上的项目须明确包抓领导'],
    ] as const) {
      promoter.language = language;
      const blank = await promoter.fails(CREATE, { input: input({ name: ' ' }) });
      expect(blank.message, language).toBe(name);
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((blank.extensions?.issues as Array<{ message: string }> | undefined)?.[0]?.message).toBe(name);
      const major = await promoter.fails(CREATE, { input: input({ totalInvestment: '60' }) });
      expect(major.message, language).toBe(total);
      expect(major.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsibleLeader' });
    }
  });

  it('says sign-in failures, rights and file-route refusals in English', async () => {
    const anonymous = t.anonymous();
    anonymous.language = 'en';
    const wrong = await anonymous.fails(
      'mutation { login(username: "promoter", password: "wrong-password-1") { id } }',
    );
    expect(wrong.message).toBe('Wrong username or password');
    const denied = await promoter.fails('mutation { createUnit(name: "某镇", kind: TOWNSHIP) { id } }');
    expect(denied.message).toBe('没有权限执行此操作');
    promoter.language = 'en';
    const deniedEn = await promoter.fails('mutation { createUnit(name: "某镇", kind: TOWNSHIP) { id } }');
    expect(deniedEn).toMatchObject({ message: 'You are not allowed to do this', extensions: { code: 'FORBIDDEN' } });
    const missing = (await (await promoter.request('/api/no-such-route')).json()) as { error: unknown };
    expect(missing.error).toMatchObject({ code: 'NOT_FOUND', message: 'No such endpoint' });
  });

  it('lists an import’s row refusals in English, values kept as written', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('项目台账');
    sheet.addRow([
      '项目名称',
      '投资方',
      '产业类别',
      '项目来源',
      '制造业项目',
      '总投资（亿元）',
      '责任单位',
      '项目类型',
    ]);
    sheet.addRow(['语言导入项目', '某公司', '新材料', '新引进', '是', '12万欧元', '区投资促进中心', '搬迁']);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await book.xlsx.writeBuffer())]), '台账.xlsx');
    promoter.language = 'en';
    const res = await promoter.request('/api/projects/import?dryRun=1', { method: 'POST', body: form });
    const result = (await res.json()) as { errors: Array<{ message: string }> };
    const messages = result.errors.map((e) => e.message);
    expect(messages).toContain('The unit “万欧元” of “12万欧元” does not fit this column (100 million yuan)');
    expect(messages).toContain('“搬迁” is not a project kind; the kinds are: 新建, 技改, 增资扩产');
  });

  it('writes the 台账, its template and the monthly reports in English, and reads an English template back', async () => {
    promoter.language = undefined;
    const load = async (path: string) => {
      const res = await promoter.request(path);
      expect(res.status, path).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      return { book, disposition: res.headers.get('content-disposition') ?? '' };
    };
    const row = (sheet: ExcelJS.Worksheet | undefined, n: number) =>
      ((sheet?.getRow(n).values as unknown[]) ?? []).slice(1).map((v) => (v == null ? '' : String(v)));

    const template = await load('/api/projects/template.xlsx?lang=en');
    expect(template.disposition).toContain('project-ledger-template.xlsx');
    const sheet = template.book.getWorksheet('Project ledger');
    const headers = row(sheet, 1);
    expect(headers).toEqual(expect.arrayContaining(['Project name', 'Industry', 'Stage', 'Lead unit', 'Project kind']));
    expect(row(template.book.getWorksheet('Lists'), 2)).toEqual(
      expect.arrayContaining(['New materials', 'Newly attracted', 'Negotiating', 'yes']),
    );
    const notes = template.book.getWorksheet('How to fill in');
    const example = row(notes, notes?.rowCount ?? 0);
    expect(example).toEqual(
      expect.arrayContaining(['High-performance fibre, 50,000 t a year', 'New materials', 'Signed', 'yes', '新建']),
    );

    // Filled in as an English user would, the English template imports.
    const values: Record<string, string> = {
      'Project name': '英文模板导入项目',
      Investor: 'Example Co.',
      Industry: 'Chemicals',
      Source: 'Newly attracted',
      'Project kind': '技改',
      Manufacturing: 'yes',
      'Total investment (100 million yuan)': '3',
      'Lead unit': '区投资促进中心',
      Stage: 'Signed',
      'Signing date': '2025-05-06',
    };
    sheet?.addRow(headers.map((h) => values[h] ?? null));
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await template.book.xlsx.writeBuffer())]), 'ledger.xlsx');
    const imported = (await (
      await promoter.request('/api/projects/import?lang=en', { method: 'POST', body: form })
    ).json()) as { created: number; errors: unknown[] };
    expect(imported).toMatchObject({ created: 1, errors: [] });

    const ledger = await load('/api/projects.xlsx?lang=en&search=英文模板导入项目');
    expect(ledger.disposition).toMatch(/project-ledger-\d{4}-\d{2}-\d{2}\.xlsx/);
    const exported = ledger.book.getWorksheet('Project ledger');
    const exportedHeaders = row(exported, 1);
    const project = Object.fromEntries(exportedHeaders.map((h, i) => [h, row(exported, 2)[i]]));
    expect(project).toMatchObject({
      'Project name': '英文模板导入项目',
      Industry: 'Chemicals',
      Stage: 'Signed',
      'Project kind': '技改',
      Manufacturing: 'yes',
      'Counts toward the 30': 'no',
    });
    // Signed in May 2025 with 技改's short plan: its nodes are overdue by now.
    expect(project.Light).toBe('Red');

    const monthly = await load('/api/reports/monthly.xlsx?month=2025-06&lang=en');
    expect(monthly.disposition).toContain('monthly-reports-2025-06.xlsx');
    expect(row(monthly.book.worksheets[0], 1)).toEqual(expect.arrayContaining(['Code', 'Status']));
    const auditor = await t.as('auditor');
    const audit = new ExcelJS.Workbook();
    const auditRes = await auditor.request('/api/audit.xlsx?lang=en');
    expect(auditRes.headers.get('content-disposition')).toMatch(/audit-log-/);
    await audit.xlsx.load(await auditRes.arrayBuffer());
    const auditSheet = audit.getWorksheet('Audit log');
    expect(row(auditSheet, 1)).toEqual(expect.arrayContaining(['No.', 'Action', 'Result', 'Changes']));
    const actions = Array.from({ length: auditSheet?.rowCount ?? 0 }, (_, i) => row(auditSheet, i + 2)[4]);
    expect(actions).toContain('Signed in');
    expect(actions).toContain('Imported ledger (file)');
    // Chinese without the parameter or header.
    expect(row((await load('/api/projects/template.xlsx')).book.getWorksheet('项目台账'), 1)).toContain('项目名称');
  });
});
