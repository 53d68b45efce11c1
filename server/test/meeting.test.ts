import { unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { seedDemoMeetings } from '../src/modules/meeting/meeting.demo.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type Agenda = {
  id: string | null;
  title: string;
  source: string;
  project: { id: string } | null;
  problem: { id: string } | null;
};
type Meeting = {
  id: string;
  version: number;
  title: string;
  minutes: string | null;
  chair: { username: string } | null;
  attendingUnits: Array<{ id: string }>;
  agenda: Agenda[];
  decisions: Array<{ id: string; title: string; status: string; category: string; leadUnit: { id: string } }>;
};
const MEETING_FIELDS = `id version title minutes chair { username } attendingUnits { id }
  agenda { id title source project { id } problem { id } }
  decisions { id title status category leadUnit { id } }`;
const CREATE = `mutation($i: MeetingInput!) { createMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MeetingUpdateInput!) { updateMeeting(id: $id, version: $v, input: $i) { ${MEETING_FIELDS} } }`;
const DECIDE = `mutation($m: ID!, $i: MeetingDecisionInput!) { addMeetingDecision(meetingId: $m, input: $i) {
  id title status category dueOn meeting { id } parentProblem { id } leadUnit { id } } }`;
const TODO = 'query { myTodo { kind title overdue problem { id } } }';

/** 调度会 and 专题协调会 (issue: the leaders' working loop): the agenda drafted from the data, 议定事项 tracked as problems. */
describe('meetings and their decisions', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'promoter2' | 'leader' | 'inspector', ApiClient>;
  let ownUnit: string;
  let otherUnit: string;
  let project: string;
  let leaderId: string;
  const day = today();

  async function raise(input: Record<string, unknown>): Promise<string> {
    const res = await c.promoter.ok<{ raiseProblem: { id: string } }>(
      'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
      { i: { projectId: project, title: '用地指标待落实', category: 'LAND', leadUnitId: ownUnit, ...input } },
    );
    return res.raiseProblem.id;
  }

  beforeAll(async () => {
    t = await startTestServer();
    c = (await t.everyone()) as typeof c;
    ownUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    otherUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    leaderId = t.users.leader;
    const created = await c.admin.ok<{ createProject: { id: string } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
      {
        i: {
          name: '会议议题测试项目',
          investor: '会议测试投资有限公司',
          industry: 'NEW_MATERIALS',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '12',
          leadUnitId: ownUnit,
          stage: 'SIGNED',
          signedOn: addDays(day, -30),
        },
      },
    );
    project = created.createProject.id;
  });
  afterAll(() => t.close());

  it('drafts the agenda from problems escalated to a meeting, overdue problems and red ≥50亿 projects', async () => {
    const escalated = await raise({ title: '能耗指标待协调', dueOn: addDays(day, 10) });
    await c.leader.ok('mutation($id: ID!) { escalateProblem(id: $id) { level } }', { id: escalated });
    await c.leader.ok('mutation($id: ID!) { escalateProblem(id: $id) { level } }', { id: escalated });
    const overdue = await raise({ title: '施工许可逾期', dueOn: addDays(day, -3) });
    const quiet = await raise({ title: '人才公寓', dueOn: addDays(day, 30) });

    const { meetingAgendaDraft } = await c.leader.ok<{ meetingAgendaDraft: Agenda[] }>(
      'query { meetingAgendaDraft { id title source project { id } problem { id } } }',
    );
    const sourceOf = (id: string) => meetingAgendaDraft.find((a) => a.problem?.id === id)?.source;
    expect(sourceOf(escalated)).toBe('ESCALATED');
    expect(sourceOf(overdue)).toBe('OVERDUE');
    expect(sourceOf(quiet)).toBeUndefined();
    // A MEETING-level problem comes before the overdue ones.
    const positions = meetingAgendaDraft.map((a) => a.problem?.id);
    expect(positions.indexOf(escalated)).toBeLessThan(positions.indexOf(overdue));
    expect(meetingAgendaDraft.every((a) => a.id === null)).toBe(true);

    // Every red ≥50亿 project of the board is on it, as the battle map judges the light.
    const { battleMap } = await c.leader.ok<{ battleMap: Array<{ id: string; light: string }> }>(
      'query { battleMap { id light } }',
    );
    const red = battleMap.filter((p) => p.light === 'RED').map((p) => p.id);
    expect(
      meetingAgendaDraft
        .filter((a) => a.source === 'RED_MAJOR')
        .map((a) => a.project?.id)
        .sort(),
    ).toEqual(red.sort());
  });

  it('lets ADMIN or a LEADER create a 调度会 with that agenda saved, edit it and write minutes; others may only read', async () => {
    const input = {
      kind: 'DISPATCH',
      title: `${day.slice(0, 7)} 项目调度会`,
      heldOn: day,
      chairId: leaderId,
      attendingUnitIds: [ownUnit, otherUnit],
    };
    expect((await c.promoter.fails(CREATE, { i: input })).extensions?.code).toBe('FORBIDDEN');
    expect((await c.inspector.fails(CREATE, { i: input })).extensions?.code).toBe('FORBIDDEN');
    const badChair = await c.admin.fails(CREATE, { i: { ...input, chairId: t.users.promoter } });
    expect(badChair.extensions?.field).toBe('chairId');
    expect((await c.admin.fails(CREATE, { i: { ...input, title: '  ' } })).extensions?.field).toBe('title');

    const { createMeeting: m } = await c.admin.ok<{ createMeeting: Meeting }>(CREATE, { i: input });
    const { meetingAgendaDraft } = await c.admin.ok<{ meetingAgendaDraft: Agenda[] }>(
      'query { meetingAgendaDraft { title } }',
    );
    expect(m.agenda.map((a) => a.title)).toEqual(meetingAgendaDraft.map((a) => a.title));
    expect(m.agenda.every((a) => a.id !== null)).toBe(true);
    expect(m.chair?.username).toBe('leader');
    expect(m.attendingUnits.map((u) => u.id).sort()).toEqual([ownUnit, otherUnit].sort());

    // Edit: drop the red projects, add an item by hand, write minutes.
    const agenda = [
      ...m.agenda
        .filter((a) => a.source !== 'RED_MAJOR')
        .map((a) => ({ title: a.title, source: a.source, projectId: a.project?.id, problemId: a.problem?.id })),
      { title: '下月招商活动安排' },
    ];
    const { updateMeeting: edited } = await c.admin.ok<{ updateMeeting: Meeting }>(UPDATE, {
      id: m.id,
      v: m.version,
      i: { agenda, minutes: '会议听取了重点项目推进情况汇报。' },
    });
    expect(edited.agenda.map((a) => a.title)).toEqual(agenda.map((a) => a.title));
    expect(edited.agenda.at(-1)?.source).toBe('MANUAL');
    expect(edited.minutes).toBe('会议听取了重点项目推进情况汇报。');
    expect(edited.version).toBe(m.version + 1);
    // The version read before is stale now: nothing is overwritten.
    const stale = await c.admin.fails(UPDATE, { id: m.id, v: m.version, i: { minutes: '覆盖' } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const bad = await c.admin.fails(UPDATE, {
      id: m.id,
      v: edited.version,
      i: { agenda: [{ title: 'x', problemId: project }] },
    });
    expect(bad.extensions?.field).toBe('agenda.problemId');

    // Every business role reads it.
    const read = await c.inspector.ok<{ meeting: Meeting }>(
      `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`,
      {
        id: m.id,
      },
    );
    expect(read.meeting.minutes).toBe(edited.minutes);
    const audit = await c.admin.gql('query { meetings { id } }');
    expect(audit.errors).toBeUndefined();
  });

  it('lets a leader convene a meeting: they chair it unless they name another, and record its 议定事项', async () => {
    const { chairId: _, ...input } = {
      kind: 'COORDINATION',
      title: '用地保障专题协调会',
      heldOn: day,
      chairId: null,
    };
    const { createMeeting: m } = await c.leader.ok<{ createMeeting: Meeting }>(CREATE, { i: input });
    expect(m.chair?.username).toBe('leader');
    const { createMeeting: byAdmin } = await c.admin.ok<{ createMeeting: Meeting }>(CREATE, { i: input });
    expect(byAdmin.chair).toBeNull();
    const { updateMeeting: edited } = await c.leader.ok<{ updateMeeting: Meeting }>(UPDATE, {
      id: m.id,
      v: m.version,
      i: { minutes: '会议研究了用地指标问题。' },
    });
    expect(edited.minutes).toBe('会议研究了用地指标问题。');
    const { addMeetingDecision: d } = await c.leader.ok<{ addMeetingDecision: { meeting: { id: string } } }>(DECIDE, {
      m: m.id,
      i: { projectId: project, title: '月底前完成用地报批', leadUnitId: ownUnit, dueOn: addDays(day, 20) },
    });
    expect(d.meeting.id).toBe(m.id);
    const { me } = await c.leader.ok<{ me: { permissions: string[] } }>('query { me { permissions } }');
    expect(me.permissions).toContain('meeting.manage');
    expect(me.permissions).not.toContain('bulletin.issue');
  });

  it('tracks a 议定事项 as a problem of its lead unit: in 我的待办, overdue by its date, gone once resolved', async () => {
    const { createMeeting: m } = await c.admin.ok<{ createMeeting: Meeting }>(CREATE, {
      i: { kind: 'COORDINATION', title: '用地专题协调会', heldOn: day },
    });
    const agendaProblem = m.agenda.find((a) => a.source === 'ESCALATED' && a.project?.id === project)?.problem?.id;
    expect(agendaProblem).toBeTruthy();
    const decide = (i: Record<string, unknown>) =>
      c.admin.ok<{ addMeetingDecision: Record<string, any> }>(DECIDE, { m: m.id, i: { projectId: project, ...i } });

    const { addMeetingDecision: a } = await decide({
      title: '区自然资源分局本月内完成用地预审',
      leadUnitId: ownUnit,
      dueOn: addDays(day, 20),
      parentProblemId: agendaProblem,
    });
    expect(a.meeting.id).toBe(m.id);
    expect(a.parentProblem.id).toBe(agendaProblem);
    expect(a.category).toBe('LAND');
    const { addMeetingDecision: b } = await decide({
      title: '经开区配合完成管线迁改',
      leadUnitId: otherUnit,
      coUnitIds: [ownUnit],
      dueOn: addDays(day, -1),
    });
    expect(b.category).toBe('OTHER');

    // Bad input names the field and records nothing.
    expect(
      (await c.admin.fails(DECIDE, { m: m.id, i: { projectId: project, title: '无期限', leadUnitId: ownUnit } }))
        .extensions?.field,
    ).toBe('dueOn');
    const other = await c.admin.fails(DECIDE, {
      m: m.id,
      i: {
        projectId: project,
        title: '错挂',
        leadUnitId: ownUnit,
        dueOn: day,
        parentProblemId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(other.extensions?.field).toBe('parentProblemId');
    expect(
      (
        await c.promoter.fails(DECIDE, {
          m: m.id,
          i: { projectId: project, title: 'x', leadUnitId: ownUnit, dueOn: day },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const { meeting } = await c.admin.ok<{ meeting: Meeting }>(
      `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`,
      {
        id: m.id,
      },
    );
    expect(meeting.decisions.map((d) => d.id)).toEqual([a.id, b.id]);

    // The lead unit sees each in 我的待办; the co-unit sees the one it co-operates on; overdue by its date.
    type Item = { kind: string; title: string; overdue: boolean; problem: { id: string } | null };
    const own = (await c.promoter.ok<{ myTodo: Item[] }>(TODO)).myTodo;
    expect(own.find((i) => i.problem?.id === a.id)?.kind).toBe('DECISION_DUE');
    expect(own.find((i) => i.problem?.id === b.id)).toMatchObject({ kind: 'DECISION_OVERDUE', overdue: true });
    const theirs = (await c.promoter2.ok<{ myTodo: Item[] }>(TODO)).myTodo;
    expect(theirs.find((i) => i.problem?.id === b.id)?.kind).toBe('DECISION_OVERDUE');
    expect(theirs.find((i) => i.problem?.id === a.id)).toBeUndefined();
    // The lead unit hears of it.
    const notes = await c.promoter.ok<{ myNotifications: { nodes: Array<{ title: string }> } }>(
      'query { myNotifications { nodes { title } } }',
    );
    expect(notes.myNotifications.nodes.map((n) => n.title)).toContain('新议定事项：区自然资源分局本月内完成用地预审');

    // An overdue decision is overdue like any problem, and on the next meeting's draft.
    const { problems } = await c.admin.ok<{ problems: { nodes: Array<{ id: string }> } }>(
      'query { problems(filter: { overdue: true }, first: 200) { nodes { id } } }',
    );
    expect(problems.nodes.map((p) => p.id)).toContain(b.id);
    const draft = (
      await c.admin.ok<{ meetingAgendaDraft: Agenda[] }>('query { meetingAgendaDraft { problem { id } } }')
    ).meetingAgendaDraft;
    expect(draft.map((d) => d.problem?.id)).toContain(b.id);

    // The lead unit carries it out: it leaves their to-do.
    await c.promoter.ok('mutation($id: ID!) { setProblemStatus(id: $id, status: IN_PROGRESS) { status } }', {
      id: a.id,
    });
    await c.promoter.ok(
      'mutation($id: ID!) { setProblemStatus(id: $id, status: RESOLVED, note: "已完成预审") { status } }',
      {
        id: a.id,
      },
    );
    const after = (await c.promoter.ok<{ myTodo: Item[] }>(TODO)).myTodo;
    expect(after.find((i) => i.problem?.id === a.id)).toBeUndefined();
    expect(after.find((i) => i.problem?.id === b.id)).toBeDefined();
  });

  it('gives the demo past meetings with minutes and 议定事项 on their agenda, and issued bulletins', async () => {
    const before = (await c.leader.ok<{ meetings: Meeting[] }>(`query { meetings { ${MEETING_FIELDS} } }`)).meetings;
    expect(await seedDemoMeetings(t.handle.db)).toEqual({ meetings: 2, bulletins: 2 });
    const { meetings } = await c.leader.ok<{ meetings: Array<Meeting & { heldOn: string; kind: string }> }>(
      `query { meetings { heldOn kind ${MEETING_FIELDS} } }`,
    );
    const held = meetings.filter((m) => !before.some((b) => b.id === m.id));
    expect(held.map((m) => m.kind).sort()).toEqual(['COORDINATION', 'DISPATCH']);
    for (const m of held) {
      expect(m.heldOn < day).toBe(true);
      expect(m.chair?.username).toBe('leader');
      expect(m.minutes).toBeTruthy();
      expect(m.attendingUnits.length).toBeGreaterThan(0);
    }
    // Each decision is on a problem of its meeting's agenda, led by that problem's unit.
    const decisions = held.flatMap((m) => m.decisions.map((d) => ({ m, d })));
    expect(decisions).toHaveLength(3);
    for (const { m, d } of decisions) {
      const { problem } = await c.leader.ok<{ problem: { parentProblem: { id: string; leadUnit: { id: string } } } }>(
        'query($id: ID!) { problem(id: $id) { parentProblem { id leadUnit { id } } } }',
        { id: d.id },
      );
      expect(m.agenda.map((a) => a.problem?.id)).toContain(problem.parentProblem.id);
      expect(d.leadUnit.id).toBe(problem.parentProblem.leadUnit.id);
      expect(d.status).toBe('OPEN');
    }
    const { bulletins } = await c.leader.ok<{ bulletins: Array<{ kind: string; period: string }> }>(
      'query { bulletins { kind period } }',
    );
    expect(bulletins.map((b) => b.kind).sort()).toEqual(['MONTHLY', 'QUARTERLY']);
  });
});
