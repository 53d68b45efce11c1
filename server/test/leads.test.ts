import { createProject, seedRegionDemo, unitByName } from '@zdyq/db/seed';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { sendDigests } from '../src/modules/notify/notify.schedule.ts';
import type { ApiClient, TestServer } from './api.ts';
import { startTestServer } from './api.ts';

const SAVE_INVESTOR = `mutation($input: InvestorInput!) {
  saveInvestor(input: $input) { id name creditCode version contacts { name title phone email } }
}`;
const CREATE_LEAD = `mutation($input: LeadInput!) {
  createLead(input: $input) { id status version conflict unit { name } owner { username } investor { name } }
}`;
const LEAD = `query($id: ID!) {
  lead(id: $id) {
    id status version conflict dropReason
    conflicts { id matchedOn first { unit { name } lead { id } project { id } } second { unit { name } lead { id } project { id } }
      leadingUnit { name } decidedBy { username } decisionNote }
    interactions { id kind summary followUpOn ourParticipants { username } }
    documents { id title versions { id fileName superseded } }
    project { id stage code }
  }
}`;
const RECORD = `mutation($input: InteractionInput!) {
  recordInteraction(input: $input) { id on kind followUpOn lead { id status } project { id } }
}`;
const CONVERT = `mutation($id: ID!, $version: Int!) {
  convertLead(id: $id, version: $version) {
    id stage totalInvestment investor investorRecord { id } leadUnit { name } owner { username }
    interactions { id summary } documents { id title versions { id } } lead { id status }
  }
}`;
const TODO = `{ myTodo { id kind title dueOn overdue lead { id } project { id } } }`;

/** SPEC 3.1: the work before a project — investors, leads, 撞单, talks, documents and the funnel. */
describe('before the project', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let promoter2: ApiClient;
  let leader: ApiClient;
  let promotionUnit: string;
  let zoneUnit: string;

  beforeAll(async () => {
    t = await startTestServer();
    [admin, promoter, promoter2, leader] = await Promise.all([
      t.as('admin'),
      t.as('promoter'),
      t.as('promoter2'),
      t.as('leader'),
    ]);
    promotionUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    zoneUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
  });
  afterAll(() => t.close());

  const investor = async (client: ApiClient, input: Record<string, unknown>) =>
    (await client.ok(SAVE_INVESTOR, { input })).saveInvestor as { id: string; version: number };
  const lead = async (client: ApiClient, input: Record<string, unknown>) =>
    (
      await client.ok(CREATE_LEAD, {
        input: { industry: 'NEW_MATERIALS', source: 'EXHIBITION', receivedOn: today(), ...input },
      })
    ).createLead as { id: string; version: number; conflict: boolean; status: string };
  const readLead = async (client: ApiClient, id: string) => (await client.ok(LEAD, { id })).lead;

  it('checks the 统一社会信用代码 by its check character and keeps one investor per code', async () => {
    const saved = await investor(promoter, {
      name: '绍兴越芯新材料有限公司',
      creditCode: '91330604MA2BCDEF1M',
      country: '中国',
      contacts: [{ name: '赵总', title: '董事长', phone: '0575-8888 1234', email: 'zhao@example.com' }],
    });
    expect(saved).toMatchObject({ creditCode: '91330604MA2BCDEF1M', version: 1 });
    for (const creditCode of ['91330604MA2BCDEF1N', '91330604ma2bcdef1m', '91330604MA2BCDEF1', '91330604MA2BCDEFIM']) {
      const error = await promoter.fails(SAVE_INVESTOR, { input: { name: '另一家公司', creditCode } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    }
    const twice = await promoter2.fails(SAVE_INVESTOR, {
      input: { name: '越芯新材料', creditCode: '91330604MA2BCDEF1M' },
    });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(twice.message).toContain('绍兴越芯新材料有限公司');
    // A foreign company has no code; its contacts are kept as given.
    const foreign = await investor(promoter, { name: 'Bosch Rexroth AG', country: '德国' });
    expect(foreign).toMatchObject({ creditCode: null });
    const edited = (
      await promoter.ok(SAVE_INVESTOR, {
        input: { id: saved.id, version: 1, name: '绍兴越芯新材料有限公司', creditCode: '91330604MA2BCDEF1M' },
      })
    ).saveInvestor;
    expect(edited).toMatchObject({ version: 2 });
    expect(edited.contacts).toHaveLength(1);
    // A stale version is refused, naming it.
    const stale = await promoter.fails(SAVE_INVESTOR, { input: { id: saved.id, version: 1, name: '改名' } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it("lets a promoter write their unit's leads only", async () => {
    const company = await investor(promoter, { name: '浙江权限测试有限公司' });
    const mine = await lead(promoter, { title: '权限测试线索', investorId: company.id });
    const theirs = await promoter2.fails(
      `mutation($id: ID!, $v: Int!) { updateLead(id: $id, version: $v, input: { title: "改" }) { id } }`,
      { id: mine.id, v: mine.version },
    );
    expect(theirs.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await promoter2.fails(CREATE_LEAD, {
      input: {
        title: '给别的单位建线索',
        investorId: company.id,
        industry: 'OTHER',
        source: 'AGENCY',
        receivedOn: today(),
        unitId: promotionUnit,
      },
    });
    expect(elsewhere.extensions?.code).toBe('FORBIDDEN');
    // A leader reads leads but writes none; dropping needs a reason.
    expect((await readLead(leader, mine.id)).status).toBe('NEW');
    expect(
      (
        await leader.fails(CREATE_LEAD, {
          input: { title: 'x', investorId: company.id, industry: 'OTHER', source: 'FUND', receivedOn: today() },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const noReason = await promoter.fails(
      `mutation($id: ID!, $v: Int!) { dropLead(id: $id, version: $v, reason: " ") { id } }`,
      { id: mine.id, v: mine.version },
    );
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const dropped = await promoter.ok(
      `mutation($id: ID!, $v: Int!) { dropLead(id: $id, version: $v, reason: "企业转投外省") { status dropReason droppedOn } }`,
      { id: mine.id, v: mine.version },
    );
    expect(dropped.dropLead).toMatchObject({ status: 'DROPPED', dropReason: '企业转投外省', droppedOn: today() });
  });

  it('finds 撞单 by credit code and by the folded name, shows both units, and records ADMIN’s decision', async () => {
    const coded = await investor(promoter, { name: '宁波东方电缆股份有限公司', creditCode: '91330200753293508G' });
    const first = await lead(promoter, { title: '东方电缆海缆基地', investorId: coded.id });
    expect(first.conflict).toBe(false);
    // The other unit chases the same company, registered under its code: the same investor record.
    const second = await lead(promoter2, { title: '东方电缆二期', investorId: coded.id, source: 'BUSINESS_REFERRAL' });
    expect(second.conflict).toBe(true);
    const seenByFirst = await readLead(promoter, first.id);
    expect(seenByFirst.conflict).toBe(true);
    expect(seenByFirst.conflicts[0]).toMatchObject({
      matchedOn: '信用代码 91330200753293508G',
      first: { unit: { name: '区投资促进中心' }, lead: { id: first.id } },
      second: { unit: { name: '杭州湾经开区' }, lead: { id: second.id } },
      leadingUnit: null,
    });

    // By name: a project of the first unit whose investor is written with full-width letters and spaces.
    await createProject(t.handle.db, {
      leadUnitId: promotionUnit,
      name: '全角名称的项目',
      investor: '  ＡＢＣ 精密　机械 有限公司 ',
      stage: 'NEGOTIATING',
    });
    const byName = await investor(promoter2, { name: 'abc 精密 机械 有限公司' });
    const third = await lead(promoter2, { title: 'ABC精密扩产', investorId: byName.id });
    expect(third.conflict).toBe(true);
    const thirdRead = await readLead(promoter2, third.id);
    expect(thirdRead.conflicts[0]).toMatchObject({
      matchedOn: '名称 abc 精密 机械 有限公司',
      first: { unit: { name: '区投资促进中心' }, lead: null },
      second: { unit: { name: '杭州湾经开区' }, lead: { id: third.id } },
    });

    // ADMIN has a to-do for each, and decides; the records say which unit leads.
    const todo = (await admin.ok(TODO)).myTodo as Array<{ kind: string; title: string }>;
    expect(todo.filter((i) => i.kind === 'LEAD_CONFLICT')).toHaveLength(2);
    const conflictId = seenByFirst.conflicts[0].id;
    expect(
      (
        await promoter.fails(`mutation($id: ID!, $u: ID!) { decideConflict(id: $id, leadingUnitId: $u) { id } }`, {
          id: conflictId,
          u: promotionUnit,
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const elsewhere = await admin.fails(
      `mutation($id: ID!, $u: ID!) { decideConflict(id: $id, leadingUnitId: $u) { id } }`,
      { id: conflictId, u: (await unitByName(t.handle.db, '区经信局')).id },
    );
    expect(elsewhere.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadingUnitId' });
    await admin.ok(
      `mutation($id: ID!, $u: ID!) { decideConflict(id: $id, leadingUnitId: $u, note: "经开区先行对接，由经开区牵头") { id } }`,
      { id: conflictId, u: zoneUnit },
    );
    const decided = await readLead(promoter, first.id);
    expect(decided.conflict).toBe(false);
    expect(decided.conflicts[0]).toMatchObject({
      leadingUnit: { name: '杭州湾经开区' },
      decidedBy: { username: 'admin' },
      decisionNote: '经开区先行对接，由经开区牵头',
    });
    const after = (await admin.ok(TODO)).myTodo as Array<{ kind: string }>;
    expect(after.filter((i) => i.kind === 'LEAD_CONFLICT')).toHaveLength(1);
    // Nothing was merged: both leads are there, each of its own unit.
    const list = await promoter.ok(`{ leads(filter: { conflict: true }, first: 50) { nodes { id } totalCount } }`);
    expect(list.leads.nodes.map((n: { id: string }) => n.id)).toEqual([third.id]);
    expect((await readLead(promoter2, second.id)).status).toBe('NEW');
  });

  it('keeps a follow-up as a to-do of the recorder, overdue the day after, until a later talk', async () => {
    const company = await investor(promoter, { name: '跟进测试科技有限公司' });
    const l = await lead(promoter, { title: '跟进测试线索', investorId: company.id });
    const yesterday = addDays(today(), -1);
    const talk = (
      await promoter.ok(RECORD, {
        input: {
          leadId: l.id,
          on: addDays(today(), -5),
          kind: 'VISIT_OUT',
          summary: '赴企业总部拜访，对方有意在杭州湾布局新产线',
          nextStep: '发送用地资料',
          followUpOn: yesterday,
          ourParticipantIds: [t.users.leader],
          theirParticipants: '总经理、投资总监',
        },
      })
    ).recordInteraction;
    expect(talk.lead).toMatchObject({ status: 'FOLLOWING' });
    const due = (
      (await promoter.ok(TODO)).myTodo as Array<{ kind: string; overdue: boolean; dueOn: string; lead: { id: string } }>
    ).filter((i) => i.kind === 'FOLLOW_UP_DUE' && i.lead?.id === l.id);
    expect(due).toEqual([expect.objectContaining({ overdue: true, dueOn: yesterday })]);
    // Not before the talk, and not someone else's to-do.
    const early = await promoter.fails(RECORD, {
      input: { leadId: l.id, on: today(), kind: 'CALL', summary: '电话', followUpOn: yesterday },
    });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUpOn' });
    expect(((await promoter2.ok(TODO)).myTodo as Array<{ kind: string }>).some((i) => i.kind === 'FOLLOW_UP_DUE')).toBe(
      false,
    );
    // A follow-up on today is due, not overdue.
    await promoter.ok(RECORD, {
      input: { leadId: l.id, on: today(), kind: 'CALL', summary: '电话沟通用地需求', followUpOn: today() },
    });
    const next = (
      (await promoter.ok(TODO)).myTodo as Array<{ kind: string; overdue: boolean; lead: { id: string } }>
    ).filter((i) => i.kind === 'FOLLOW_UP_DUE' && i.lead?.id === l.id);
    expect(next).toEqual([expect.objectContaining({ overdue: false })]);
    const read = await readLead(promoter, l.id);
    expect(read.interactions.map((i: { kind: string }) => i.kind)).toEqual(['CALL', 'VISIT_OUT']);
    expect(read.interactions[1].ourParticipants).toEqual([{ username: 'leader' }]);
    // The reminder goes out through the existing channels: the day's digest lists it.
    await sendDigests(t.handle.db, '00:00');
    const inbox = await promoter.ok(`{ myNotifications(first: 20) { nodes { kind body } } }`);
    const digest = inbox.myNotifications.nodes.find((n: { kind: string }) => n.kind === 'DIGEST');
    expect(digest?.body).toContain('跟进测试线索：跟进');
  });

  describe('documents and conversion', () => {
    const pdf = (text: string) => new Blob([Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`)], { type: 'application/pdf' });
    const upload = (client: ApiClient, fields: Record<string, string>, body: Blob, name: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', body, name);
      return client.request('/api/documents', { method: 'POST', body: form });
    };

    it('keeps versions, the second superseding the first, which stays downloadable; an SVG posing as a PDF is refused', async () => {
      const company = await investor(promoter, { name: '文档测试股份有限公司' });
      const l = await lead(promoter, { title: '文档测试线索', investorId: company.id, intendedInvestment: '12.5' });
      const fields = {
        ownerType: 'LEAD',
        ownerId: l.id,
        kind: 'INTENT_LETTER',
        title: '投资意向书',
        signedOn: today(),
      };
      const first = await upload(promoter, fields, pdf('v1'), '意向书.pdf');
      expect(first.status).toBe(201);
      const doc = (await first.json()) as { id: string; versions: Array<{ id: string; fileName: string }> };
      expect(doc.versions.map((v) => v.fileName)).toEqual(['意向书.pdf']);
      const second = await upload(promoter, { documentId: doc.id }, pdf('v2'), '意向书（修改稿）.pdf');
      expect(second.status).toBe(201);
      const both = ((await second.json()) as { versions: Array<{ id: string }> }).versions;
      expect(both).toHaveLength(2);
      const read = await readLead(promoter, l.id);
      expect(read.documents[0].versions).toEqual([
        expect.objectContaining({ fileName: '意向书（修改稿）.pdf', superseded: false }),
        expect.objectContaining({ fileName: '意向书.pdf', superseded: true }),
      ]);
      const old = await leader.request(`/api/documents/versions/${doc.versions[0]?.id}`);
      expect(old.status).toBe(200);
      expect(Buffer.from(await old.arrayBuffer()).toString()).toContain('v1');
      const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], {
        type: 'application/pdf',
      });
      const posing = await upload(promoter, { documentId: doc.id }, svg, '协议.pdf');
      expect(posing.status).toBe(400);
      expect(((await posing.json()) as { extensions?: { field?: string } }).extensions?.field ?? 'file').toBe('file');
      expect((await upload(promoter2, { documentId: doc.id }, pdf('x'), 'x.pdf')).status).toBe(403);
      expect((await readLead(promoter, l.id)).documents[0].versions).toHaveLength(2);
      // The download is in the audit log.
      const audit = await t.as('auditor');
      const log = await audit.ok(`{ auditLog(first: 20) { nodes { action } } }`);
      expect(log.auditLog.nodes.map((n: { action: string }) => n.action)).toContain('download.document');
    });

    it('converts a lead into a NEGOTIATING project that keeps its talks and documents', async () => {
      const company = await investor(promoter, { name: '转化测试新能源有限公司', creditCode: '91330621MA2D0K7L3G' });
      const l = await lead(promoter, {
        title: '年产10GWh储能电池项目',
        investorId: company.id,
        industry: 'NEW_ENERGY',
      });
      await promoter.ok(RECORD, {
        input: {
          leadId: l.id,
          on: today(),
          kind: 'TALKS',
          summary: '洽谈会：确定用地约300亩',
          followUpOn: addDays(today(), 7),
        },
      });
      const form = new FormData();
      for (const [k, v] of Object.entries({
        ownerType: 'LEAD',
        ownerId: l.id,
        kind: 'FRAMEWORK_AGREEMENT',
        title: '框架协议',
      }))
        form.append(k, v);
      form.append('file', pdf('框架协议'), '框架协议.pdf');
      expect((await promoter.request('/api/documents', { method: 'POST', body: form })).status).toBe(201);
      const current = await readLead(promoter, l.id);
      // Without an intended investment there is no total to give the project.
      const noAmount = await promoter.fails(CONVERT, { id: l.id, version: current.version });
      expect(noAmount.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'intendedInvestment' });
      const withAmount = await promoter.ok(
        `mutation($id: ID!, $v: Int!) { updateLead(id: $id, version: $v, input: { intendedInvestment: "35" }) { version } }`,
        { id: l.id, v: current.version },
      );
      expect(
        (await promoter2.fails(CONVERT, { id: l.id, version: withAmount.updateLead.version })).extensions?.code,
      ).toBe('FORBIDDEN');
      const project = (await promoter.ok(CONVERT, { id: l.id, version: withAmount.updateLead.version })).convertLead;
      expect(project).toMatchObject({
        stage: 'NEGOTIATING',
        totalInvestment: '35',
        investor: '转化测试新能源有限公司',
        investorRecord: { id: company.id },
        leadUnit: { name: '区投资促进中心' },
        owner: { username: 'promoter' },
        lead: { id: l.id, status: 'CONVERTED' },
      });
      expect(project.interactions.map((i: { summary: string }) => i.summary)).toEqual(['洽谈会：确定用地约300亩']);
      expect(project.documents.map((d: { title: string }) => d.title)).toEqual(['框架协议']);
      const converted = await readLead(promoter, l.id);
      expect(converted).toMatchObject({ status: 'CONVERTED', project: { id: project.id, stage: 'NEGOTIATING' } });
      // The follow-up now lives on the project; a talk recorded there ends it. A converted lead takes no more talks.
      const closed = await promoter.fails(RECORD, { input: { leadId: l.id, on: today(), kind: 'CALL', summary: 'x' } });
      expect(closed.extensions?.code).toBe('INVALID_TRANSITION');
      const before = (
        (await promoter.ok(TODO)).myTodo as Array<{ kind: string; project: { id: string } | null }>
      ).filter((i) => i.kind === 'FOLLOW_UP_DUE' && i.project?.id === project.id);
      expect(before).toHaveLength(1);
      await promoter.ok(RECORD, {
        input: { projectId: project.id, on: today(), kind: 'CALL', summary: '确认签约时间' },
      });
      const after = (
        (await promoter.ok(TODO)).myTodo as Array<{ kind: string; project: { id: string } | null }>
      ).filter((i) => i.kind === 'FOLLOW_UP_DUE' && i.project?.id === project.id);
      expect(after).toEqual([]);
      // Likelihood and the expected month are the negotiating project's; the pipeline counts the HIGH ones.
      const detail = await promoter.ok(`query($id: ID!) { project(id: $id) { version } }`, { id: project.id });
      const bad = await promoter.fails(
        `mutation($id: ID!, $v: Int!) { updateProject(id: $id, version: $v, input: { expectedSigningMonth: "2027-13" }) { id } }`,
        { id: project.id, v: detail.project.version },
      );
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedSigningMonth' });
      await promoter.ok(
        `mutation($id: ID!, $v: Int!) { updateProject(id: $id, version: $v, input: { likelihood: HIGH, expectedSigningMonth: "2027-03" }) { likelihood expectedSigningMonth } }`,
        { id: project.id, v: detail.project.version },
      );
      // A period running today (the reference data's ended in 2023).
      const year = Number(today().slice(0, 4));
      await admin.ok(
        `mutation($input: TargetInput!) { addTargetPeriod(code: "NEW_MFG_10YI", input: $input) { code } }`,
        { input: { periodStart: `${year}-01-01`, periodEnd: `${year + 2}-12-31`, targetValue: '30' } },
      );
      const targets = await leader.ok(
        `{ targets { code pipelineHigh pipeline { id likelihood expectedSigningMonth } } }`,
      );
      const mfg = targets.targets.find((x: { code: string }) => x.code === 'NEW_MFG_10YI');
      expect(mfg.pipeline).toContainEqual({ id: project.id, likelihood: 'HIGH', expectedSigningMonth: '2027-03' });
      expect(mfg.pipelineHigh).toBe(
        mfg.pipeline.filter((p: { likelihood: string | null }) => p.likelihood === 'HIGH').length,
      );
    });
  });

  it("counts the funnel's figures from the records it lists", async () => {
    const company = await investor(admin, { name: '漏斗测试集团' });
    const from = addDays(today(), -30);
    const made: string[] = [];
    for (const [i, source] of (['FUND', 'FUND', 'AGENCY', 'VISIT'] as const).entries()) {
      const l = await lead(promoter, {
        title: `漏斗线索${i}`,
        investorId: company.id,
        source,
        receivedOn: addDays(from, i),
        intendedInvestment: '20',
      });
      made.push(l.id);
    }
    // Two become projects; one of them is signed 10 days after it was received.
    for (const id of made.slice(0, 2)) {
      const { version } = await readLead(promoter, id);
      await promoter.ok(CONVERT, { id, version });
    }
    const signedProject = (await readLead(promoter, made[0] as string)).project;
    const { version } = (
      await promoter.ok(`query($id: ID!) { project(id: $id) { version } }`, { id: signedProject.id })
    ).project;
    await promoter.ok(
      `mutation($id: ID!, $v: Int!, $on: Date!) { advanceStage(id: $id, version: $v, to: SIGNED, on: $on) { stage } }`,
      { id: signedProject.id, v: version, on: addDays(from, 10) },
    );
    const FUNNEL = `query($from: Date!, $to: Date!) { funnel(from: $from, to: $to) {
      leads negotiating signed started negotiatingRate signedRate medianDaysToSign medianDaysToStart
      bySource { source leads negotiating signed } byUnit { unit { name } leads }
      entries { lead { id source } reached daysToSign } } }`;
    const f = (await leader.ok(FUNNEL, { from, to: today() })).funnel;
    const entries = f.entries as Array<{
      lead: { id: string; source: string };
      reached: string;
      daysToSign: number | null;
    }>;
    const reached = (step: string[]) => entries.filter((e) => step.includes(e.reached)).length;
    expect(f.leads).toBe(entries.length);
    expect(f.negotiating).toBe(reached(['NEGOTIATING', 'SIGNED', 'STARTED']));
    expect(f.signed).toBe(reached(['SIGNED', 'STARTED']));
    expect(f.started).toBe(reached(['STARTED']));
    for (const id of made) expect(entries.map((e) => e.lead.id)).toContain(id);
    const mine = entries.filter((e) => made.includes(e.lead.id));
    expect(mine.map((e) => e.reached)).toEqual(['SIGNED', 'NEGOTIATING', 'LEAD', 'LEAD']);
    expect(mine[0]?.daysToSign).toBe(10);
    expect(f.negotiatingRate).toBeCloseTo((f.negotiating / f.leads) * 100, 1);
    const fund = f.bySource.find((g: { source: string }) => g.source === 'FUND');
    expect(fund.leads).toBe(entries.filter((e) => e.lead.source === 'FUND').length);
    expect(f.byUnit.reduce((n: number, g: { leads: number }) => n + g.leads, 0)).toBe(f.leads);
    // As of a day before the signing, the signed lead had only reached 在谈.
    const earlier = (await leader.ok(FUNNEL, { from, to: addDays(from, 9) })).funnel;
    expect(earlier.signed).toBe(0);
    const bad = await leader.fails(FUNNEL, { from: today(), to: from });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // The workbook says the same.
    const res = await leader.request(`/api/funnel.xlsx?from=${from}&to=${today()}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const summary = book.worksheets[0] as ExcelJS.Worksheet;
    expect([2, 3, 4, 5].map((r) => summary.getRow(r).getCell(2).value)).toEqual([
      f.leads,
      f.negotiating,
      f.signed,
      f.started,
    ]);
    expect((book.getWorksheet('线索明细')?.rowCount ?? 0) - 1).toBe(f.leads);
  });

  it('exports the filtered leads and their investors as a workbook, audited', async () => {
    const res = await leader.request('/api/leads.xlsx?status=NEW,FOLLOWING');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const [leadsSheet, investorsSheet] = book.worksheets;
    const rows = (leadsSheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    const listed = await leader.ok(
      `{ leads(first: 200, filter: { status: [NEW, FOLLOWING] }) { totalCount nodes { title } } }`,
    );
    expect(rows.map((r) => r[1]).sort()).toEqual(listed.leads.nodes.map((n: { title: string }) => n.title).sort());
    expect(rows.every((r) => r[6] === '新线索' || r[6] === '跟进中')).toBe(true);
    const codes = (investorsSheet?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[])[2]);
    expect(codes).toContain('91330200753293508G');
    const bad = await leader.request('/api/leads.xlsx?status=LOST');
    expect(bad.status).toBe(400);
  });

  it('imports leads from the template, all or nothing, after a dry run names each bad cell', async () => {
    const template = await promoter.request('/api/leads/template.xlsx');
    expect(template.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await template.arrayBuffer());
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toContain('统一社会信用代码');
    const day = today();
    sheet.addRow([
      '导入线索一',
      '导入测试重工有限公司',
      '91330604MA2JX5E62B',
      '中国',
      '高端装备',
      '展会',
      '8',
      day,
      '',
    ]);
    sheet.addRow([
      '导入线索二',
      '导入测试重工有限公司',
      '91330604MA2JX5E62C',
      '',
      '高端装备',
      '以商引商',
      '12亿',
      day,
      '',
    ]);
    sheet.addRow([
      '导入线索三',
      '宁波东方电缆股份有限公司',
      '91330200753293508G',
      '',
      '新能源',
      '基金招商',
      '',
      day,
      '杭州湾经开区',
    ]);
    const upload = async (dryRun: boolean) => {
      const form = new FormData();
      form.append('file', new Blob([await book.xlsx.writeBuffer()]), 'leads.xlsx');
      return promoter.request(`/api/leads/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form });
    };
    const count = async () => (await promoter.ok(`{ leads(first: 1) { totalCount } }`)).leads.totalCount as number;
    const before = await count();
    const checked = (await (await upload(true)).json()) as { errors: Array<{ row: number; column: string }> };
    expect(checked.errors).toEqual([
      expect.objectContaining({ row: 3, column: '统一社会信用代码' }),
      expect.objectContaining({ row: 4, column: '跟进单位' }),
    ]);
    // Refused whole: nothing written.
    expect((await upload(false)).status).toBe(422);
    expect(await count()).toBe(before);
    sheet.getRow(3).getCell(3).value = '91330604MA2JX5E62B';
    sheet.getRow(4).getCell(9).value = '';
    const done = await upload(false);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ created: 3, errors: [] });
    expect(await count()).toBe(before + 3);
    // Both rows of one code share one investor; the known code meets 杭州湾经开区's lead: 撞单.
    const found = await promoter.ok(`{ investors(search: "91330604MA2JX5E62B") { id leads { title } } }`);
    expect(found.investors).toHaveLength(1);
    expect(found.investors[0].leads.map((l: { title: string }) => l.title).sort()).toEqual([
      '导入线索一',
      '导入线索二',
    ]);
    const third = await promoter.ok(`{ leads(first: 5, filter: { search: "导入线索三" }) { nodes { conflict } } }`);
    expect(third.leads.nodes).toEqual([{ conflict: true }]);
  });

  it("keeps another district's leads and investors out of sight", async () => {
    await seedRegionDemo(t.handle.db, new Date());
    const kq = await t.as('kq-promoter');
    const list = await kq.ok(`{ leads(first: 50) { totalCount } investors(search: "东方电缆") { id } }`);
    expect(list.leads.totalCount).toBe(0);
    expect(list.investors).toEqual([]);
    // The same credit code is a different district's own investor.
    const own = await investor(kq, { name: '宁波东方电缆股份有限公司', creditCode: '91330200753293508G' });
    expect(own.id).toBeDefined();
    const some = (await promoter.ok(`{ leads(first: 1) { nodes { id } } }`)).leads.nodes[0];
    expect((await kq.ok(LEAD, { id: some.id })).lead).toBeNull();
  });

  it('lets the city hand a lead to a district, which then owns it with its talks and documents (线索分派)', async () => {
    const city = await t.as('city-admin');
    const kq = await t.as('kq-promoter');
    const cityUnit = (await city.ok(`mutation { createUnit(name: "市投资促进局", kind: DEPARTMENT) { id } }`))
      .createUnit;
    const coded = await investor(city, {
      name: '宁波东方电缆股份有限公司',
      creditCode: '91330200753293508G',
      contacts: [{ name: '钱总' }],
    });
    // A city lead follows a unit of the city; a district's unit is handed to, not written for.
    const kqUnit = (await kq.ok(`{ me { unit { id } } }`)).me.unit.id;
    const wrongLevel = await city.fails(CREATE_LEAD, {
      input: {
        title: 'x',
        investorId: coded.id,
        industry: 'OTHER',
        source: 'FUND',
        receivedOn: today(),
        unitId: kqUnit,
      },
    });
    expect(wrongLevel.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const l = await lead(city, {
      title: '海缆华东基地（市级线索）',
      investorId: coded.id,
      unitId: cityUnit.id,
      intendedInvestment: '45',
    });
    await city.ok(RECORD, {
      input: { leadId: l.id, on: today(), kind: 'TALKS', summary: '市领导会见企业董事长', followUpOn: today() },
    });
    const form = new FormData();
    for (const [k, v] of Object.entries({
      ownerType: 'LEAD',
      ownerId: l.id,
      kind: 'INTENT_LETTER',
      title: '合作意向书',
    }))
      form.append(k, v);
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), '合作意向书.pdf');
    expect((await city.request('/api/documents', { method: 'POST', body: form })).status).toBe(201);
    const { version } = await readLead(city, l.id);
    const HAND = `mutation($id: ID!, $v: Int!, $u: ID!) { handOverLead(id: $id, version: $v, unitId: $u) {
      id status unit { name } owner { id } region { code } investor { id creditCode contacts { name } } } }`;
    // A district cannot hand down, nor take what is not its own.
    expect((await kq.fails(HAND, { id: l.id, v: version, u: kqUnit })).extensions?.code).toBe('NOT_FOUND');
    expect((await city.fails(HAND, { id: l.id, v: version, u: cityUnit.id })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitId',
    });
    const handed = (await city.ok(HAND, { id: l.id, v: version, u: kqUnit })).handOverLead;
    expect(handed).toMatchObject({ unit: { name: '区投资促进中心' }, owner: null, region: { code: 'KQ' } });
    // The district's own investor of that code (made in the test before) is the lead's now.
    const kqInvestor = (await kq.ok(`{ investors(search: "91330200753293508G") { id } }`)).investors;
    expect(kqInvestor.map((i: { id: string }) => i.id)).toEqual([handed.investor.id]);
    const seen = await readLead(kq, l.id);
    expect(seen.interactions.map((i: { summary: string }) => i.summary)).toEqual(['市领导会见企业董事长']);
    expect(seen.documents[0].versions).toHaveLength(1);
    const file = await kq.request(`/api/documents/versions/${seen.documents[0].versions[0].id}`);
    expect(file.status).toBe(200);
    // The district's promoter follows it up; 上虞区 never sees it.
    await kq.ok(
      `mutation($id: ID!, $v: Int!) { updateLead(id: $id, version: $v, input: { title: "海缆华东基地" }) { id } }`,
      { id: l.id, v: seen.version },
    );
    expect((await promoter.ok(LEAD, { id: l.id })).lead).toBeNull();
  });
});
