import { createProject, unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const SUBMIT = `mutation($p: ID!, $m: String!, $i: Decimal!, $n: String) { submitMonthlyReport(projectId: $p, month: $m, investment: $i, note: $n) {
  month investment cumulativeInvestment sameAsPrevious note submittedBy { username } } }`;
const SHEET = `query($m: String!, $u: ID) { monthlyReportSheet(month: $m, unitId: $u) { closed missing toFile overdue dueOn
  rows { project { id name } report { investment } previousCumulative viewerCanSubmit } } }`;

describe('月监测 (SPEC 4.5)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let promoter2: ApiClient;
  let leader: ApiClient;
  let building: string;
  let negotiating: string;
  let unit: string;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter, promoter2, leader } = await t.everyone());
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const base = { leadUnitId: unit, createdAt: new Date('2025-01-01T00:00:00Z') };
    building = (
      await createProject(t.handle.db, {
        ...base,
        name: '在建项目',
        stage: 'UNDER_CONSTRUCTION',
        signedOn: '2025-01-10',
        startedOn: '2025-03-15',
      })
    ).id;
    negotiating = (await createProject(t.handle.db, { ...base, name: '在谈项目' })).id;
  });
  afterAll(() => t.close());

  it('takes one report per month, derives the cumulative investment and flags a copy of last month', async () => {
    const first = (await promoter.ok(SUBMIT, { p: building, m: '2025-03', i: '0.8', n: '场地平整' }))
      .submitMonthlyReport;
    expect(first).toMatchObject({
      cumulativeInvestment: '0.8',
      sameAsPrevious: false,
      submittedBy: { username: 'promoter' },
    });
    await promoter.ok(SUBMIT, { p: building, m: '2025-04', i: '1.2', n: '桩基施工' });
    const copy = (await promoter.ok(SUBMIT, { p: building, m: '2025-05', i: '1.2', n: '桩基施工' }))
      .submitMonthlyReport;
    expect(copy).toMatchObject({ cumulativeInvestment: '3.2', sameAsPrevious: true });
    // Filing again corrects the month rather than adding a second report.
    const fixed = (await promoter.ok(SUBMIT, { p: building, m: '2025-05', i: '1.5', n: '主体施工' }))
      .submitMonthlyReport;
    expect(fixed).toMatchObject({ investment: '1.5', cumulativeInvestment: '3.5', sameAsPrevious: false });
    const { project } = await leader.ok('query($id: ID!) { project(id: $id) { monthlyReports { month } } }', {
      id: building,
    });
    expect(project.monthlyReports.map((r: any) => r.month)).toEqual(['2025-03', '2025-04', '2025-05']);
  });

  it('compares with the previous calendar month only, and flags a cumulative figure above the total', async () => {
    const SUBMIT2 = `mutation($p: ID!, $m: String!, $i: Decimal!, $n: String) { submitMonthlyReport(projectId: $p, month: $m, investment: $i, note: $n) {
      cumulativeInvestment sameAsPrevious exceedsTotal } }`;
    const small = (
      await createProject(t.handle.db, {
        leadUnitId: unit,
        name: '小项目',
        totalInvestment: '2',
        stage: 'UNDER_CONSTRUCTION',
        signedOn: '2025-01-10',
        startedOn: '2025-02-01',
        createdAt: new Date('2025-01-01T00:00:00Z'),
      })
    ).id;
    await promoter.ok(SUBMIT2, { p: small, m: '2025-06', i: '0.5', n: '设备进场' });
    // July was not filed: August's same figure is not "identical" to June's.
    const gap = (await promoter.ok(SUBMIT2, { p: small, m: '2025-08', i: '0.5', n: '设备进场' })).submitMonthlyReport;
    expect(gap).toMatchObject({ sameAsPrevious: false, exceedsTotal: false });
    const next = (await promoter.ok(SUBMIT2, { p: small, m: '2025-09', i: '0.5', n: '设备进场' })).submitMonthlyReport;
    expect(next).toMatchObject({ sameAsPrevious: true, cumulativeInvestment: '1.5' });
    // A month above the total investment is refused; a cumulative above it is flagged.
    const huge = await promoter.fails(SUBMIT2, { p: small, m: '2025-10', i: '999' });
    expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'investment' });
    const over = (await promoter.ok(SUBMIT2, { p: small, m: '2025-10', i: '1' })).submitMonthlyReport;
    expect(over).toMatchObject({ cumulativeInvestment: '2.5', exceedsTotal: true });
  });

  it('refuses bad months, amounts, projects not started, other units and closed months, naming the field', async () => {
    expect((await promoter.fails(SUBMIT, { p: building, m: '2025-13', i: '1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    expect((await promoter.fails(SUBMIT, { p: building, m: '2099-01', i: '1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    expect((await promoter.fails(SUBMIT, { p: building, m: '2025-06', i: '-1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'investment',
    });
    expect((await promoter.fails(SUBMIT, { p: building, m: '2025-02', i: '1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    expect((await promoter.fails(SUBMIT, { p: negotiating, m: '2025-06', i: '1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    expect((await promoter2.fails(SUBMIT, { p: building, m: '2025-06', i: '1' })).extensions?.code).toBe('FORBIDDEN');
    expect((await leader.fails(SUBMIT, { p: building, m: '2025-06', i: '1' })).extensions?.code).toBe('FORBIDDEN');
    expect((await promoter.fails('mutation { closeReportMonth(month: "2025-04") { closed } }')).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await admin.ok('mutation { closeReportMonth(month: "2025-04") { closed } }');
    const closed = await promoter.fails(SUBMIT, { p: building, m: '2025-04', i: '9' });
    expect(closed.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'month' });
  });

  it('lists the projects of a month with their reports, and how many are missing', async () => {
    const month = today().slice(0, 7);
    const sheet = (await promoter.ok(SHEET, { m: month, u: unit })).monthlyReportSheet;
    const row = sheet.rows.find((r: any) => r.project.id === building);
    expect(row).toMatchObject({ report: null, previousCumulative: '3.5', viewerCanSubmit: true });
    expect(sheet.rows.some((r: any) => r.project.id === negotiating)).toBe(false);
    // This month is not over: what is not filed is to file, not missing (SPEC 4.5).
    expect(sheet).toMatchObject({
      overdue: false,
      missing: 0,
      toFile: sheet.rows.filter((r: any) => !r.report).length,
    });
    await promoter.ok(SUBMIT, { p: building, m: month, i: '0.5' });
    const after = (await promoter.ok(SHEET, { m: month, u: unit })).monthlyReportSheet;
    expect(after.toFile).toBe(sheet.toFile - 1);
    // A month long past its due day: what is not filed is missing.
    const past = (await promoter.ok(SHEET, { m: '2025-05', u: unit })).monthlyReportSheet;
    expect(past).toMatchObject({ overdue: true, dueOn: '2025-06-05', toFile: 0 });
    expect(past.missing).toBe(past.rows.filter((r: any) => !r.report).length);
    expect((await leader.ok(SHEET, { m: month, u: unit })).monthlyReportSheet.rows[0].viewerCanSubmit).toBe(false);
  });
});
