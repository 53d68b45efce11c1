import { complianceChecks } from '@zdyq/db/schema';
import { createProject, unitByName } from '@zdyq/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const SET = `mutation($p: ID!, $input: AgreementInput!) { setAgreement(projectId: $p, input: $input) {
  agreedInvestment landArea taxPerMu startDeadline capacityDeadline } }`;
const CHECK = `mutation($input: ComplianceCheckInput!) { recordComplianceCheck(input: $input) {
  id result grade taxPerMu investmentIntensity action rectifyBy clauses { clause verdict expected actual }
  supersedes { id } attachments { fileName url } project { id complianceStatus light } } }`;
const PREVIEW = `query($input: ComplianceCheckInput!) { previewComplianceCheck(input: $input) {
  result grade taxPerMu clauses { clause verdict } } }`;
const STATUS = `query($id: ID!) { project(id: $id) { complianceStatus muGrade light
  complianceChecks { id result supersedes { id } } milestones { key plannedOn baselineOn } } }`;

const agreement = {
  agreedInvestment: '20',
  investmentIntensity: '400',
  landArea: '400',
  startDeadline: '2023-06-30',
  completionDeadline: '2024-12-31',
  productionDeadline: '2025-03-31',
  capacityDeadline: '2025-12-31',
  taxPerMu: '31',
};

describe('履约监管 (SPEC 6)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let leader: ApiClient;
  let inspector: ApiClient;
  let unit: string;

  const project = (p: Record<string, unknown> = {}) =>
    createProject(t.handle.db, {
      leadUnitId: unit,
      stage: 'IN_PRODUCTION',
      signedOn: '2023-01-10',
      startedOn: '2023-05-01',
      acceptedOn: '2024-11-30',
      productionOn: '2025-02-01',
      landArea: '400',
      createdAt: new Date('2022-12-01T00:00:00Z'),
      ...p,
    });
  const measured = (projectId: string, extra: Record<string, unknown> = {}) => ({
    projectId,
    checkedOn: '2026-03-31',
    period: '2025',
    actualInvestment: '21',
    annualTax: '12400',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter, leader, inspector } = await t.everyone());
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
  });
  afterAll(() => t.close());

  it('is kept by inspectors and ADMIN; the deadlines set the planned dates of the matching nodes', async () => {
    const p = await project();
    for (const client of [promoter, leader]) {
      expect((await client.fails(SET, { p: p.id, input: agreement })).extensions?.code).toBe('FORBIDDEN');
    }
    const { setAgreement } = await inspector.ok(SET, { p: p.id, input: agreement });
    expect(setAgreement).toMatchObject({ agreedInvestment: '20', landArea: '400', capacityDeadline: '2025-12-31' });
    const nodes = (await leader.ok(STATUS, { id: p.id })).project.milestones;
    const started = nodes.find((m: any) => m.key === 'CONSTRUCTION_STARTED');
    expect(started.plannedOn).toBe('2023-06-30');
    expect(started.baselineOn).toBe('2023-07-10');
    expect((await admin.fails(SET, { p: p.id, input: { ...agreement, landArea: '0' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'landArea',
    });
    expect(
      (await admin.fails(SET, { p: p.id, input: { ...agreement, capacityDeadline: '2024-01-01' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacityDeadline' });
  });

  it('computes every clause, the tax per mu and the grade; the project turns red when a check is breached', async () => {
    const p = await project({ capacityOn: null });
    await inspector.ok(SET, { p: p.id, input: agreement });
    const preview = (await inspector.ok(PREVIEW, { input: measured(p.id, { annualTax: '4000' }) }))
      .previewComplianceCheck;
    const { recordComplianceCheck: check } = await inspector.ok(CHECK, {
      input: measured(p.id, { annualTax: '4000', findings: '亩均税收未达协议' }),
    });
    expect(preview).toMatchObject({ result: check.result, grade: check.grade, taxPerMu: check.taxPerMu });
    const verdicts = Object.fromEntries(check.clauses.map((c: any) => [c.clause, c.verdict]));
    expect(verdicts).toEqual({
      START_DEADLINE: 'MET',
      COMPLETION_DEADLINE: 'MET',
      PRODUCTION_DEADLINE: 'MET',
      CAPACITY_DEADLINE: 'NOT_MET',
      INVESTMENT: 'MET',
      INVESTMENT_INTENSITY: 'MET',
      TAX_PER_MU: 'NOT_MET',
    });
    expect(check).toMatchObject({ result: 'NON_COMPLIANT', taxPerMu: 10, investmentIntensity: 525, grade: 'C' });
    expect((await leader.ok(STATUS, { id: p.id })).project).toMatchObject({
      complianceStatus: 'NON_COMPLIANT',
      muGrade: 'C',
      light: 'RED',
    });
    // A check is never edited, not even by a faulty query.
    await expect(
      t.handle.db.update(complianceChecks).set({ grade: 'A' }).where(eq(complianceChecks.id, check.id)),
    ).rejects.toThrow();
  });

  it('judges the exact quotient: 1亿 on 33.3337亩 is 299.9967 万元/亩, below 300; 1033.2万 tax is grade B, below 31', async () => {
    const p = await project({ landArea: '33.3337' });
    await inspector.ok(SET, {
      p: p.id,
      input: { ...agreement, agreedInvestment: '1', investmentIntensity: '300', landArea: '33.3337', taxPerMu: '31' },
    });
    const { recordComplianceCheck } = await inspector.ok(CHECK, {
      input: measured(p.id, { actualInvestment: '1', annualTax: '1033.2' }),
    });
    const verdict = (clause: string) =>
      recordComplianceCheck.clauses.find((c: { clause: string }) => c.clause === clause);
    expect(verdict('INVESTMENT_INTENSITY')).toMatchObject({ verdict: 'NOT_MET', expected: '300', actual: '299.9967' });
    expect(verdict('TAX_PER_MU')).toMatchObject({ verdict: 'NOT_MET', expected: '31', actual: '30.9957' });
    expect(recordComplianceCheck).toMatchObject({ result: 'NON_COMPLIANT', grade: 'B', taxPerMu: 30.9957 });
  });

  it('is RECTIFYING while a rectify-by date is ahead, and a correction supersedes while both stay', async () => {
    const p = await project({ capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: p.id, input: agreement });
    const first = (
      await inspector.ok(CHECK, {
        input: measured(p.id, { annualTax: '8000', action: 'RECTIFICATION_NOTICE', rectifyBy: addDays(today(), 60) }),
      })
    ).recordComplianceCheck;
    // The check answers with its project as it now stands, so a page shows the new status at once.
    expect(first.project).toMatchObject({ id: p.id, complianceStatus: 'RECTIFYING' });
    expect(first.project.light).toBe((await leader.ok(STATUS, { id: p.id })).project.light);
    expect((await leader.ok(STATUS, { id: p.id })).project.complianceStatus).toBe('RECTIFYING');
    const noDate = await inspector.fails(CHECK, { input: measured(p.id, { action: 'RECTIFICATION_NOTICE' }) });
    expect(noDate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectifyBy' });

    const fixed = (await inspector.ok(CHECK, { input: measured(p.id, { annualTax: '12800', supersedesId: first.id }) }))
      .recordComplianceCheck;
    expect(fixed).toMatchObject({ result: 'COMPLIANT', grade: 'A', supersedes: { id: first.id } });
    const after = (await leader.ok(STATUS, { id: p.id })).project;
    expect(after).toMatchObject({ complianceStatus: 'COMPLIANT', muGrade: 'A' });
    expect(after.complianceChecks.map((c: any) => c.id).sort()).toEqual([first.id, fixed.id].sort());
    const again = await inspector.fails(CHECK, { input: measured(p.id, { supersedesId: first.id }) });
    expect(again.extensions?.code).toBe('CONFLICT');
  });

  it('names the field when a due clause lacks its measurement or land area is missing', async () => {
    const p = await project({ landArea: null, capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: p.id, input: { ...agreement, landArea: null } });
    const noArea = await inspector.fails(CHECK, { input: measured(p.id) });
    expect(noArea.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'landArea' });
    const q = await project({ capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: q.id, input: agreement });
    const noTax = await inspector.fails(CHECK, { input: measured(q.id, { annualTax: null }) });
    expect(noTax.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'annualTax' });
    const noAgreement = await project();
    expect((await inspector.fails(CHECK, { input: measured(noAgreement.id) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'projectId',
    });
    expect((await promoter.fails(CHECK, { input: measured(q.id) })).extensions?.code).toBe('FORBIDDEN');
  });

  it('lists projects due for inspection: never checked, checked over 12 months ago, or a deadline passed since', async () => {
    const DUE = 'query($asOf: Date) { inspectionsDue(asOf: $asOf) { id } }';
    const due = async (asOf: string) => (await leader.ok(DUE, { asOf })).inspectionsDue.map((p: any) => p.id);
    const p = await project({ capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: p.id, input: { ...agreement, capacityDeadline: '2026-06-30' } });
    expect(await due('2026-03-01')).toContain(p.id);
    await inspector.ok(CHECK, { input: measured(p.id, { checkedOn: '2026-03-31' }) });
    expect(await due('2026-04-01')).not.toContain(p.id);
    expect(await due('2026-07-01')).toContain(p.id); // the capacity deadline passed since
    const q = await project({ capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: q.id, input: agreement });
    await inspector.ok(CHECK, { input: measured(q.id, { checkedOn: '2026-01-15' }) });
    expect(await due('2026-06-01')).not.toContain(q.id);
    expect(await due('2027-01-16')).toContain(q.id); // a year without a check
  });

  it('grades by the thresholds ADMIN keeps', async () => {
    const SET_GRADES =
      'mutation($input: [GradeThresholdInput!]!) { setMuGradeThresholds(input: $input) { grade minTaxPerMu } }';
    expect((await inspector.fails(SET_GRADES, { input: [{ grade: 'A', minTaxPerMu: 40 }] })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const disorder = await admin.fails(SET_GRADES, { input: [{ grade: 'B', minTaxPerMu: 35 }] });
    expect(disorder.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const unknown = await admin.fails(SET_GRADES, { input: [{ grade: 'E', minTaxPerMu: 1 }] });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.0.grade' });
    const { setMuGradeThresholds } = await admin.ok(SET_GRADES, { input: [{ grade: 'A', minTaxPerMu: 40 }] });
    expect(setMuGradeThresholds).toEqual([
      { grade: 'A', minTaxPerMu: 40 },
      { grade: 'B', minTaxPerMu: 15 },
      { grade: 'C', minTaxPerMu: 5 },
      { grade: 'D', minTaxPerMu: 0 },
    ]);
    const p = await project({ capacityOn: '2025-11-01' });
    await inspector.ok(SET, { p: p.id, input: agreement });
    // 14400万 ÷ 400亩 = 36: an A under the plan's 31, a B once A starts at 40.
    const preview = (await inspector.ok(PREVIEW, { input: measured(p.id, { annualTax: '14400' }) }))
      .previewComplianceCheck;
    expect(preview).toMatchObject({ taxPerMu: 36, grade: 'B' });
    await admin.ok(SET_GRADES, { input: [{ grade: 'A', minTaxPerMu: 31 }] });
  });

  describe('evidence', () => {
    const upload = (client: ApiClient, body: Blob, name: string) => {
      const form = new FormData();
      form.append('file', body, name);
      return client.request('/api/attachments', { method: 'POST', body: form });
    };
    const png = new Blob([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')], { type: 'image/png' });

    it('takes photos from inspectors, serves them to signed-in users only, and links each to one check', async () => {
      const res = await upload(inspector, png, '现场照片.png');
      expect(res.status).toBe(201);
      const file = (await res.json()) as { id: string; url: string; fileName: string };
      expect(file.fileName).toBe('现场照片.png');
      const read = await leader.request(file.url);
      expect(read.status).toBe(200);
      expect(read.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await read.arrayBuffer()).equals(Buffer.from(await png.arrayBuffer()))).toBe(true);
      expect((await t.anonymous().request(file.url)).status).toBe(401);

      const p = await project({ capacityOn: '2025-11-01' });
      await inspector.ok(SET, { p: p.id, input: agreement });
      const { recordComplianceCheck } = await inspector.ok(CHECK, {
        input: measured(p.id, { attachmentIds: [file.id] }),
      });
      expect(recordComplianceCheck.attachments).toEqual([{ fileName: '现场照片.png', url: file.url }]);
      const reused = await inspector.fails(CHECK, { input: measured(p.id, { attachmentIds: [file.id] }) });
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    });

    it('refuses other types, oversized files and other roles, naming the field', async () => {
      const text = await upload(inspector, new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
      expect(text.status).toBe(400);
      expect(await text.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'file' } });
      const big = await upload(
        inspector,
        new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }),
        'big.png',
      );
      expect(big.status).toBe(400);
      expect((await upload(promoter, png, 'p.png')).status).toBe(403);
      expect((await upload(t.anonymous(), png, 'p.png')).status).toBe(401);
    });
  });
});
