import { problems, problemUpdates } from '@zdyq/db/schema';
import { createProject, unitByName } from '@zdyq/db/seed';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { quarterBounds, quarterOf } from '../src/modules/race/race.service.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/** 赛马 as of a quarter's last day, published and frozen (SPEC 5.2). */
const RACE = `query($q: String!) { unitRace(quarter: $q) { quarter asOf published publishedAt
  rows { unit { name } newMajor10Signings overdueProblems score rank } } }`;
const PROVISIONAL = `query($asOf: Date) { dashboard(asOf: $asOf) { byUnit { unit { name } newMajor10Signings overdueProblems score } } }`;

type RaceRow = {
  unit: { name: string };
  newMajor10Signings: number;
  overdueProblems: number;
  score: number;
  rank: number;
};

/** The last quarter that has ended, and the one before it. */
function endedQuarters(): [string, string] {
  const current = quarterBounds(quarterOf(today())).start;
  const last = quarterOf(new Date(Date.parse(current) - 86_400_000).toISOString().slice(0, 10));
  const before = quarterOf(new Date(Date.parse(quarterBounds(last).start) - 86_400_000).toISOString().slice(0, 10));
  return [last, before];
}

describe('the unit race of a quarter (SPEC 5.2)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let leader: ApiClient;
  let promoter: ApiClient;
  let problemId: string;
  const [quarter, earlier] = endedQuarters();
  const { start, end } = quarterBounds(quarter);
  const row = (rows: RaceRow[], name: string) => rows.find((r) => r.unit.name === name);

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, leader, promoter } = await t.everyone());
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    await admin.ok('mutation($i: TargetInput!) { addTargetPeriod(code: "NEW_MFG_10YI", input: $i) { code } }', {
      i: { periodStart: '2024-01-01', periodEnd: '2027-12-31', targetValue: '36' },
    });
    const project = await createProject(t.handle.db, {
      name: '季度内签约',
      leadUnitId: unit,
      totalInvestment: '12',
      stage: 'SIGNED',
      signedOn: start,
      createdAt: new Date(`${start}T02:00:00Z`),
    });
    // A problem raised at the start of the quarter, due in it, open at its end.
    const [problem] = await t.handle.db
      .insert(problems)
      .values({
        projectId: project.id,
        title: '用地指标',
        category: 'LAND',
        leadUnitId: unit,
        dueOn: start,
        createdAt: new Date(`${start}T02:00:00Z`),
      })
      .returning();
    problemId = problem?.id ?? '';
  });
  afterAll(() => t.close());

  it('counts as of the quarter’s last day, with each problem’s status as it was then', async () => {
    const race = (
      await leader.ok<{ unitRace: { asOf: string; published: boolean; rows: RaceRow[] } }>(RACE, { q: quarter })
    ).unitRace;
    expect(race).toMatchObject({ asOf: end, published: false });
    expect(row(race.rows, '区投资促进中心')).toMatchObject({ newMajor10Signings: 1, overdueProblems: 1 });
    // Closed in the next quarter: the quarter still saw it overdue.
    await t.handle.db.insert(problemUpdates).values([
      { problemId, kind: 'STATUS', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', at: new Date() },
      { problemId, kind: 'STATUS', fromStatus: 'IN_PROGRESS', toStatus: 'RESOLVED', at: new Date() },
    ]);
    await t.handle.db.update(problems).set({ status: 'RESOLVED' }).where(eq(problems.id, problemId));
    const again = (await leader.ok<{ unitRace: { rows: RaceRow[] } }>(RACE, { q: quarter })).unitRace;
    expect(row(again.rows, '区投资促进中心')?.overdueProblems).toBe(1);
    // As of today it is no longer overdue.
    const now = (await leader.ok<{ dashboard: { byUnit: RaceRow[] } }>(PROVISIONAL, {})).dashboard;
    expect(row(now.byUnit, '区投资促进中心')?.overdueProblems).toBe(0);
  });

  it('refuses a quarter to come, and a publication before the quarter has ended or by anyone but ADMIN', async () => {
    const next = quarterOf(
      new Date(Date.parse(quarterBounds(quarterOf(today())).end) + 86_400_000).toISOString().slice(0, 10),
    );
    expect((await leader.fails(RACE, { q: next })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quarter',
    });
    expect((await leader.fails(RACE, { q: '2026-Q5' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quarter',
    });
    const PUBLISH = 'mutation($q: String!) { publishRace(quarter: $q) { published } }';
    expect((await admin.fails(PUBLISH, { q: quarterOf(today()) })).extensions?.code).toBe('INVALID_TRANSITION');
    expect((await promoter.fails(PUBLISH, { q: quarter })).extensions?.code).toBe('FORBIDDEN');
  });

  it('freezes a published quarter: a later change moves the provisional figures, not the published ones', async () => {
    const PUBLISH = `mutation($q: String!) { publishRace(quarter: $q) { published publishedAt asOf
      rows { unit { name } newMajor10Signings overdueProblems score rank } } }`;
    const { publishRace } = await admin.ok<{ publishRace: { published: boolean; rows: RaceRow[] } }>(PUBLISH, {
      q: quarter,
    });
    expect(publishRace.published).toBe(true);
    expect((await admin.fails(PUBLISH, { q: quarter })).extensions?.code).toBe('CONFLICT');
    // A signing in the quarter recorded only now.
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    await createProject(t.handle.db, {
      name: '补录的季度内签约',
      leadUnitId: unit,
      totalInvestment: '15',
      stage: 'SIGNED',
      signedOn: start,
      createdAt: new Date(`${start}T02:00:00Z`),
    });
    const provisional = (await leader.ok<{ dashboard: { byUnit: RaceRow[] } }>(PROVISIONAL, { asOf: end })).dashboard;
    expect(row(provisional.byUnit, '区投资促进中心')?.newMajor10Signings).toBe(2);
    const frozen = (await leader.ok<{ unitRace: { published: boolean; rows: RaceRow[] } }>(RACE, { q: quarter }))
      .unitRace;
    expect(frozen.published).toBe(true);
    expect(frozen.rows).toEqual(publishRace.rows);
    expect(row(frozen.rows, '区投资促进中心')?.newMajor10Signings).toBe(1);
  });

  it('says in the quarterly workbook whether the ranking is published, and when', async () => {
    const read = async (q: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await (await leader.request(`/api/reports/ranking.xlsx?quarter=${q}`)).arrayBuffer());
      return String(book.worksheets[0]?.getRow(1).getCell(1).value);
    };
    expect(await read(quarter)).toContain(`已发布（${today()}发布`);
    expect(await read(earlier)).toContain('暂定');
  });

  it('combines the year’s quarters and quotas met into the year’s assessment', async () => {
    const year = Number(quarter.slice(0, 4));
    const { annualAssessment } = await leader.ok<{
      annualAssessment: {
        year: number;
        rows: Array<{
          unit: { name: string };
          quarterPublished: boolean[];
          quarterScores: Array<number | null>;
          score: number;
          rank: number;
        }>;
      };
    }>(
      `query($y: Int!) { annualAssessment(year: $y) { year weights { key weight }
        rows { unit { name } quarterScores quarterPublished targetScore score rank } } }`,
      { y: year },
    );
    const promotion = annualAssessment.rows.find((r) => r.unit.name === '区投资促进中心');
    const index = Number(quarter.slice(-1)) - 1;
    expect(promotion?.quarterPublished[index]).toBe(true);
    expect(promotion?.quarterScores[index]).toBe(
      row((await leader.ok<{ unitRace: { rows: RaceRow[] } }>(RACE, { q: quarter })).unitRace.rows, '区投资促进中心')
        ?.score,
    );
    expect(promotion?.rank).toBe(1);
    expect((await leader.fails('{ annualAssessment(year: 2999) { year } }')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
    });
  });
});
