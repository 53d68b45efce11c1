import { unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type Report = {
  id: string;
  version: number;
  reviewStatus: string;
  returnReason: string | null;
  reviewedBy: { id: string } | null;
};
const REPORT = 'id version reviewStatus returnReason reviewedBy { id }';
const SUBMIT = `mutation($p: ID!, $m: String!, $i: Decimal!) { submitMonthlyReport(projectId: $p, month: $m, investment: $i) { ${REPORT} } }`;
const REVIEW = `mutation($id: ID!, $v: Int!, $a: Boolean!, $r: String) { reviewMonthlyReport(id: $id, version: $v, accept: $a, reason: $r) { ${REPORT} } }`;
const SHEET = `query($m: String!, $u: ID) { monthlyReportSheet(month: $m, unitId: $u) { submitted accepted returned missing
  rows { project { id } viewerCanReview report { id version reviewStatus } } } }`;
const TODO = 'query { myTodo { kind title project { id } } }';

/** 月报审核: the unit's reviewer accepts or returns a report with a reason; returned ones are to-do items. */
describe('reviewed monthly reports', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'promoter2', ApiClient>;
  let ownUnit: string;
  const projects: string[] = [];
  const month = today().slice(0, 7);

  beforeAll(async () => {
    t = await startTestServer();
    c = (await t.everyone()) as typeof c;
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    for (const name of ['月报审核项目甲', '月报审核项目乙', '月报审核项目丙']) {
      const { createProject } = await c.admin.ok<{ createProject: { id: string; version: number } }>(
        'mutation($i: ProjectInput!) { createProject(input: $i) { id version } }',
        {
          i: {
            name,
            investor: '审核投资有限公司',
            industry: 'NEW_MATERIALS',
            source: 'NEW',
            isManufacturing: true,
            totalInvestment: '5',
            leadUnitId: ownUnit,
            stage: 'SIGNED',
            signedOn: addDays(today(), -90),
          },
        },
      );
      await c.admin.ok(
        'mutation($id: ID!, $v: Int!, $on: Date!) { advanceStage(id: $id, version: $v, to: UNDER_CONSTRUCTION, on: $on) { id } }',
        { id: createProject.id, v: createProject.version, on: addDays(today(), -60) },
      );
      projects.push(createProject.id);
    }
  });
  afterAll(() => t.close());

  it('lets only the unit’s reviewer or ADMIN review, never one’s own report, and a return needs its reason', async () => {
    const [a] = projects as [string];
    const { submitMonthlyReport: r } = await c.admin.ok<{ submitMonthlyReport: Report }>(SUBMIT, {
      p: a,
      m: month,
      i: '0.5',
    });
    expect(r.reviewStatus).toBe('SUBMITTED');
    // Not yet a reviewer.
    expect((await c.promoter.fails(REVIEW, { id: r.id, v: r.version, a: true })).extensions?.code).toBe('FORBIDDEN');
    const mark =
      'mutation($id: ID!, $on: Boolean) { updateUser(id: $id, input: { reportReviewer: $on }) { reportReviewer } }';
    expect(
      (await c.admin.ok<{ updateUser: { reportReviewer: boolean } }>(mark, { id: t.users.promoter, on: true }))
        .updateUser.reportReviewer,
    ).toBe(true);
    expect((await c.admin.fails(mark, { id: t.users.leader, on: true })).extensions?.field).toBe('reportReviewer');
    // Another unit's promoter, even a reviewer there, may not.
    expect((await c.promoter2.fails(REVIEW, { id: r.id, v: r.version, a: true })).extensions?.code).toBe('FORBIDDEN');
    expect((await c.promoter.fails(REVIEW, { id: r.id, v: r.version, a: false, r: ' ' })).extensions?.field).toBe(
      'reason',
    );
    expect((await c.promoter.fails(REVIEW, { id: r.id, v: r.version + 1, a: true })).extensions?.code).toBe('CONFLICT');

    const { reviewMonthlyReport: accepted } = await c.promoter.ok<{ reviewMonthlyReport: Report }>(REVIEW, {
      id: r.id,
      v: r.version,
      a: true,
    });
    expect(accepted).toMatchObject({ reviewStatus: 'ACCEPTED', reviewedBy: { id: t.users.promoter } });
    expect(
      (await c.promoter.fails(REVIEW, { id: r.id, v: accepted.version, a: false, r: '再看' })).extensions?.code,
    ).toBe('INVALID_TRANSITION');

    // One's own report: nobody reviews it, ADMIN included.
    const [, b] = projects as [string, string];
    const { submitMonthlyReport: own } = await c.promoter.ok<{ submitMonthlyReport: Report }>(SUBMIT, {
      p: b,
      m: month,
      i: '0.2',
    });
    expect((await c.promoter.fails(REVIEW, { id: own.id, v: own.version, a: true })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // The unit's only reviewer filed it: ADMIN is told the unit has no other reviewer, and reviews it.
    const adminTodo = async () =>
      (await c.admin.ok<{ myTodo: Array<{ kind: string; title: string }> }>(TODO)).myTodo.filter(
        (i) => i.kind === 'REPORT_NO_REVIEWER',
      );
    expect((await adminTodo()).map((i) => i.title)).toEqual([
      expect.stringMatching(/^区投资促进中心：1 份月报没有其他审核人/),
    ]);
    await c.admin.ok(REVIEW, { id: own.id, v: own.version, a: true });
    expect(await adminTodo()).toEqual([]);

    // ADMIN's own report is the reviewer's to accept, not ADMIN's.
    await c.admin.ok(SUBMIT, { p: a, m: month, i: '0.6' });
    const { monthlyReportSheet } = await c.admin.ok<{
      monthlyReportSheet: { rows: Array<{ project: { id: string }; viewerCanReview: boolean; report: Report | null }> };
    }>(SHEET, { m: month, u: ownUnit });
    const mine = monthlyReportSheet.rows.find((row) => row.project.id === a);
    expect(mine?.viewerCanReview).toBe(false);
    const refiled = mine?.report as Report;
    const self = await c.admin.fails(REVIEW, { id: refiled.id, v: refiled.version, a: true });
    expect(self.extensions?.code).toBe('FORBIDDEN');
    await c.promoter.ok(REVIEW, { id: refiled.id, v: refiled.version, a: true });
  });

  it('puts a returned report in the unit’s 我的待办 until it is filed again, and the sheet counts each state', async () => {
    const [, , p] = projects as [string, string, string];
    const { submitMonthlyReport: r } = await c.admin.ok<{ submitMonthlyReport: Report }>(SUBMIT, {
      p,
      m: month,
      i: '0.3',
    });
    const before = (await c.promoter.ok<{ myTodo: Array<{ kind: string; project: { id: string } | null }> }>(TODO))
      .myTodo;
    expect(before.filter((i) => i.project?.id === p).map((i) => i.kind)).toContain('REPORT_TO_REVIEW');

    const { reviewMonthlyReport: returned } = await c.promoter.ok<{ reviewMonthlyReport: Report }>(REVIEW, {
      id: r.id,
      v: r.version,
      a: false,
      r: '当月投资与形象进度不符，请核实',
    });
    expect(returned).toMatchObject({ reviewStatus: 'RETURNED', returnReason: '当月投资与形象进度不符，请核实' });
    const todo = (
      await c.promoter.ok<{ myTodo: Array<{ kind: string; title: string; project: { id: string } | null }> }>(TODO)
    ).myTodo;
    const item = todo.find((i) => i.project?.id === p && i.kind === 'REPORT_RETURNED');
    expect(item?.title).toContain('当月投资与形象进度不符');

    const { monthlyReportSheet: sheet } = await c.promoter.ok<{
      monthlyReportSheet: {
        submitted: number;
        accepted: number;
        returned: number;
        missing: number;
        rows: Array<{ project: { id: string }; viewerCanReview: boolean }>;
      };
    }>(SHEET, { m: month, u: ownUnit });
    expect(sheet).toMatchObject({ submitted: 0, accepted: 2, returned: 1 });
    // The reviewer may review every report of the unit but the one they filed themselves.
    expect(sheet.rows.map((row) => row.viewerCanReview)).toEqual(projects.map((id) => id !== projects[1]));
    const other = await c.promoter2.ok<{ monthlyReportSheet: { rows: Array<{ viewerCanReview: boolean }> } }>(SHEET, {
      m: month,
      u: ownUnit,
    });
    expect(other.monthlyReportSheet.rows.some((row) => row.viewerCanReview)).toBe(false);

    // Filed again: submitted anew, out of the returned to-do and back for review.
    const { submitMonthlyReport: again } = await c.admin.ok<{ submitMonthlyReport: Report }>(SUBMIT, {
      p,
      m: month,
      i: '0.25',
    });
    expect(again.reviewStatus).toBe('SUBMITTED');
    const after = (await c.promoter.ok<{ myTodo: Array<{ kind: string; project: { id: string } | null }> }>(TODO))
      .myTodo;
    // (Last month's report, if the project owes one, is another item.)
    const kinds = after.filter((i) => i.project?.id === p && i.kind.startsWith('REPORT_')).map((i) => i.kind);
    expect(kinds.filter((k) => k !== 'REPORT_MISSING')).toEqual(['REPORT_TO_REVIEW']);
  });
});
