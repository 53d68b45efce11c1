import { createProject as insertProject, unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/dates.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const PROJECT = `id code name stage tier countsTowardTarget version leadUnit { name } signedOn startedOn acceptedOn
  productionOn capacityOn terminatedOn terminationReason totalInvestment viewerCanEdit`;
const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ProjectPatch!) { updateProject(id: $id, version: $version, input: $input) { ${PROJECT} } }`;
const ADVANCE = `mutation($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {
  advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) { ${PROJECT} } }`;
const TERMINATE = `mutation($id: ID!, $version: Int!, $on: Date!, $reason: String!) {
  terminateProject(id: $id, version: $version, on: $on, reason: $reason) { ${PROJECT} } }`;
const CORRECT = `mutation($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {
  correctStage(id: $id, version: $version, to: $to, reason: $reason) { ${PROJECT} } }`;
const DETAIL = `query($id: ID!, $asOf: Date) { project(id: $id) { ${PROJECT} light(asOf: $asOf)
  milestones { id key name plannedOn baselineOn actualOn late completedByStage status(asOf: $asOf) }
  stageEvents { from to on note isCorrection by { username } }
  history { action note actor { username } changes { field from to } } } }`;

type Project = Record<string, any>;
const STAGES = [
  'NEGOTIATING',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'ACCEPTED',
  'IN_PRODUCTION',
  'AT_CAPACITY',
  'TERMINATED',
];

describe('projects and their lifecycle', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let promoter2: ApiClient;
  let leader: ApiClient;
  let inspector: ApiClient;
  let promotionUnit: string;
  let bayUnit: string;
  let township: string;
  let department: string;

  const base = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: '年产10万吨高端新材料项目',
    investor: '浙江测试新材料有限公司',
    industry: 'NEW_MATERIALS',
    source: 'NEW',
    isManufacturing: true,
    totalInvestment: '12',
    leadUnitId: promotionUnit,
    ...overrides,
  });
  const create = async (client: ApiClient, overrides: Record<string, unknown> = {}): Promise<Project> =>
    (await client.ok(CREATE, { input: base(overrides) })).createProject;
  const detail = async (id: string, asOf?: string): Promise<Project> => (await admin.ok(DETAIL, { id, asOf })).project;

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter, promoter2, leader, inspector } = await t.everyone());
    promotionUnit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    bayUnit = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    township = (await unitByName(t.handle.db, '崧厦街道')).id;
    department = (await unitByName(t.handle.db, '区发改局')).id;
  });
  afterAll(() => t.close());

  describe('tier and countsTowardTarget (SPEC 5 worked example, target period 2021–2023)', () => {
    it.each([
      ['exactly 10亿, signed 2022-03-01', { totalInvestment: '10', signedOn: '2022-03-01' }, 'MAJOR_10', true],
      ['9.9999亿', { totalInvestment: '9.9999', signedOn: '2022-03-01' }, 'OVER_1', false],
      [
        '12亿 signed 2020-12-31, before the period',
        { totalInvestment: '12', signedOn: '2020-12-31' },
        'MAJOR_10',
        false,
      ],
      [
        'an EXPANSION of 20亿',
        { totalInvestment: '20', source: 'EXPANSION', signedOn: '2022-03-01' },
        'MAJOR_10',
        false,
      ],
      [
        'not manufacturing',
        { totalInvestment: '20', isManufacturing: false, signedOn: '2022-03-01' },
        'MAJOR_10',
        false,
      ],
      ['signed on the last day of the period', { totalInvestment: '11', signedOn: '2023-12-31' }, 'MAJOR_10', true],
      ['signed the day after the period', { totalInvestment: '11', signedOn: '2024-01-01' }, 'MAJOR_10', false],
    ])('%s', async (_, overrides, tier, counts) => {
      const p = await create(promoter, { stage: 'SIGNED', ...overrides });
      expect(p.tier).toBe(tier);
      expect(p.countsTowardTarget).toBe(counts);
    });

    it('a 60亿 project signed 2022-05-01 and terminated 2022-06-01 does not count', async () => {
      const p = await create(promoter, {
        totalInvestment: '60',
        responsibleLeader: '副区长 沈国平',
        stage: 'SIGNED',
        signedOn: '2022-05-01',
      });
      expect([p.tier, p.countsTowardTarget]).toEqual(['MAJOR_50', true]);
      const { terminateProject } = await promoter.ok(TERMINATE, {
        id: p.id,
        version: p.version,
        on: '2022-06-01',
        reason: '投资方撤资',
      });
      expect(terminateProject.countsTowardTarget).toBe(false);
    });

    it('a NEGOTIATING 15亿 project is not counted', async () => {
      const p = await create(promoter, { totalInvestment: '15' });
      expect([p.stage, p.tier, p.countsTowardTarget]).toEqual(['NEGOTIATING', 'MAJOR_10', false]);
    });

    it.each([
      ['50', 'MAJOR_50'],
      ['49.9999', 'MAJOR_10'],
      ['1', 'OVER_1'],
      ['0.9999', 'BELOW_1'],
    ])('%s亿 is %s', async (total, tier) => {
      const p = await create(promoter, { totalInvestment: total, responsibleLeader: '区长 赵明' });
      expect(p.tier).toBe(tier);
    });
  });

  describe('validation names the field and changes nothing', () => {
    it.each([
      [{ totalInvestment: '0' }, 'totalInvestment'],
      [{ totalInvestment: '-3' }, 'totalInvestment'],
      [{ totalInvestment: '1.23456' }, 'totalInvestment'],
      [{ fixedAssetInvestment: '13' }, 'fixedAssetInvestment'],
      [{ totalInvestment: '50' }, 'responsibleLeader'],
      [{ totalInvestment: '80', responsibleLeader: '  ' }, 'responsibleLeader'],
      [{ name: '   ' }, 'name'],
      [{ investor: '' }, 'investor'],
      [{ latitude: 91, longitude: 120 }, 'latitude'],
      [{ latitude: 30, longitude: 181 }, 'longitude'],
      [{ latitude: 30 }, 'longitude'],
      [{ foreignInvestmentUsd: '100' }, 'foreignInvestmentUsd'],
      [{ landArea: '-1' }, 'landArea'],
      [{ leadUnitId: '00000000-0000-0000-0000-000000000000' }, 'leadUnitId'],
      [{ platformId: 'PLACEHOLDER_DEPARTMENT' }, 'platformId'],
      [{ ownerId: '00000000-0000-0000-0000-000000000000' }, 'ownerId'],
      [{ stage: 'SIGNED' }, 'signedOn'],
      [{ signedOn: '2022-01-01' }, 'signedOn'],
      [{ stage: 'SIGNED', signedOn: 'TOMORROW' }, 'signedOn'],
    ])('%o → %s', async (overrides, field) => {
      const input = base(overrides);
      if (input.platformId === 'PLACEHOLDER_DEPARTMENT') input.platformId = department;
      if (input.signedOn === 'TOMORROW') input.signedOn = addDays(today(), 1);
      if (input.leadUnitId === '00000000-0000-0000-0000-000000000000') {
        // Only an ADMIN may name a unit that is not theirs, so the reference check is reached.
        const error = await admin.fails(CREATE, { input });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        return;
      }
      const before = (await admin.ok('{ projects { totalCount } }')).projects.totalCount;
      const error = await promoter.fails(CREATE, { input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await admin.ok('{ projects { totalCount } }')).projects.totalCount).toBe(before);
    });

    it('refuses to create a project past signing', async () => {
      const error = await promoter.fails(CREATE, {
        input: base({ stage: 'UNDER_CONSTRUCTION', signedOn: '2022-01-01' }),
      });
      expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    });

    it('accepts a platform or township, and keeps decimals exact', async () => {
      const p = await create(promoter, {
        platformId: township,
        totalInvestment: '10.5000',
        fixedAssetInvestment: '8.25',
      });
      const { project } = await admin.ok(
        'query($id: ID!) { project(id: $id) { totalInvestment fixedAssetInvestment platform { name } } }',
        { id: p.id },
      );
      expect(project).toEqual({
        totalInvestment: '10.5',
        fixedAssetInvestment: '8.25',
        platform: { name: '崧厦街道' },
      });
    });
  });

  describe('codes', () => {
    it('stay unique when many projects are created at once', async () => {
      const created = await Promise.all(
        Array.from({ length: 12 }, (_, i) => create(promoter, { name: `并发项目${i}` })),
      );
      const codes = created.map((p) => p.code);
      expect(new Set(codes).size).toBe(12);
      for (const code of codes) expect(code).toMatch(new RegExp(`^SY-${today().slice(0, 4)}-\\d{4}$`));
    });
  });

  describe('the stage machine (SPEC 4.1)', () => {
    const forwardOf: Record<string, string[]> = {
      NEGOTIATING: ['SIGNED', 'UNDER_CONSTRUCTION', 'ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'],
      SIGNED: ['UNDER_CONSTRUCTION', 'ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'],
      UNDER_CONSTRUCTION: ['ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'],
      ACCEPTED: ['IN_PRODUCTION', 'AT_CAPACITY'],
      IN_PRODUCTION: ['AT_CAPACITY'],
      AT_CAPACITY: [],
      TERMINATED: [],
    };
    const dates = ['2022-01-10', '2022-03-10', '2023-05-10', '2023-07-10', '2024-07-10'];
    /** A project of the promoter's unit at the given stage, with plausible stage dates. */
    const atStage = async (stage: string) => {
      const reached = stage === 'TERMINATED' ? 2 : STAGES.indexOf(stage);
      const [signedOn, startedOn, acceptedOn, productionOn, capacityOn] = dates.map((d, i) => (i < reached ? d : null));
      return insertProject(t.handle.db, {
        leadUnitId: promotionUnit,
        stage: stage as never,
        signedOn,
        startedOn,
        acceptedOn,
        productionOn,
        capacityOn,
        terminatedOn: stage === 'TERMINATED' ? '2022-06-01' : null,
        terminationReason: stage === 'TERMINATED' ? '撤资' : null,
      });
    };

    for (const from of STAGES) {
      for (const to of STAGES.filter((s) => s !== 'TERMINATED')) {
        const allowed = forwardOf[from]?.includes(to) ?? false;
        it(`${from} → ${to} is ${allowed ? 'allowed' : 'INVALID_TRANSITION'}`, async () => {
          const p = await atStage(from);
          const on = '2025-01-15';
          if (allowed) {
            const { advanceStage } = await promoter.ok(ADVANCE, { id: p.id, version: p.version, to, on });
            expect(advanceStage.stage).toBe(to);
            expect(advanceStage.version).toBe(p.version + 1);
          } else {
            const error = await promoter.fails(ADVANCE, { id: p.id, version: p.version, to, on });
            expect(error.extensions?.code).toBe('INVALID_TRANSITION');
            expect((await detail(p.id)).version).toBe(p.version);
          }
        });
      }
      const terminable = from !== 'AT_CAPACITY' && from !== 'TERMINATED';
      it(`${from} → TERMINATED is ${terminable ? 'allowed' : 'INVALID_TRANSITION'}`, async () => {
        const p = await atStage(from);
        const vars = { id: p.id, version: p.version, on: '2025-01-15', reason: '企业战略调整' };
        if (terminable) {
          expect((await promoter.ok(TERMINATE, vars)).terminateProject).toMatchObject({
            stage: 'TERMINATED',
            terminatedOn: '2025-01-15',
            terminationReason: '企业战略调整',
          });
        } else {
          expect((await promoter.fails(TERMINATE, vars)).extensions?.code).toBe('INVALID_TRANSITION');
        }
      });
    }

    it('refuses a date in the future or before the previous stage, changing nothing', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2024-03-01' });
      const future = await promoter.fails(ADVANCE, {
        id: p.id,
        version: p.version,
        to: 'UNDER_CONSTRUCTION',
        on: addDays(today(), 1),
      });
      expect(future.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'on' });
      const early = await promoter.fails(ADVANCE, {
        id: p.id,
        version: p.version,
        to: 'UNDER_CONSTRUCTION',
        on: '2024-02-28',
      });
      expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'on' });
      const terminateEarly = await promoter.fails(TERMINATE, {
        id: p.id,
        version: p.version,
        on: '2024-01-01',
        reason: 'x',
      });
      expect(terminateEarly.extensions?.code).toBe('INVALID_TRANSITION');
      const noReason = await promoter.fails(TERMINATE, {
        id: p.id,
        version: p.version,
        on: '2024-05-01',
        reason: '  ',
      });
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const after = await detail(p.id);
      expect([after.stage, after.startedOn, after.version]).toEqual(['SIGNED', null, p.version]);
    });

    it('gives every stage passed at once its date, and one event', async () => {
      const p = await create(promoter);
      const { advanceStage } = await promoter.ok(ADVANCE, {
        id: p.id,
        version: p.version,
        to: 'IN_PRODUCTION',
        on: '2025-06-30',
      });
      expect(advanceStage).toMatchObject({
        stage: 'IN_PRODUCTION',
        signedOn: '2025-06-30',
        startedOn: '2025-06-30',
        acceptedOn: '2025-06-30',
        productionOn: '2025-06-30',
        capacityOn: null,
      });
      const d = await detail(p.id);
      expect(d.stageEvents).toEqual([
        {
          from: 'NEGOTIATING',
          to: 'IN_PRODUCTION',
          on: '2025-06-30',
          note: null,
          isCorrection: false,
          by: { username: 'promoter' },
        },
      ]);
      // Reaching production settles every node before it, on the stage's date (SPEC 4.2); capacity stays open.
      const done = d.milestones.filter((m: Project) => m.actualOn).map((m: Project) => m.key);
      expect(done.sort()).toEqual([
        'ACCEPTED',
        'COMPANY_REGISTERED',
        'CONSTRUCTION_PERMIT',
        'CONSTRUCTION_STARTED',
        'ENV_ENERGY_APPROVED',
        'LAND_ACQUIRED',
        'PRODUCTION_STARTED',
        'PROJECT_FILED',
        'SIGNING',
        'STRUCTURE_TOPPED',
      ]);
      expect(d.milestones.every((m: Project) => m.actualOn === null || m.completedByStage)).toBe(true);
      expect(d.milestones.find((m: Project) => m.key === 'AT_CAPACITY')).toMatchObject({ actualOn: null });
    });
  });

  describe('nodes (SPEC 4.2)', () => {
    it('come with signing, planned from the signing date, and are completed by stage changes', async () => {
      const p = await create(promoter);
      expect((await detail(p.id)).milestones).toEqual([]);
      const signed = (
        await promoter.ok(ADVANCE, { id: p.id, version: p.version, to: 'SIGNED', on: '2025-01-31', note: '签约仪式' })
      ).advanceStage;
      let d = await detail(p.id, '2025-02-10');
      expect(d.milestones.map((m: Project) => [m.key, m.plannedOn, m.status])).toEqual([
        ['SIGNING', '2025-01-31', 'DONE'],
        ['COMPANY_REGISTERED', '2025-02-28', 'PENDING'],
        ['LAND_ACQUIRED', '2025-04-30', 'PENDING'],
        ['PROJECT_FILED', '2025-05-31', 'PENDING'],
        ['ENV_ENERGY_APPROVED', '2025-06-30', 'PENDING'],
        ['CONSTRUCTION_PERMIT', '2025-07-31', 'PENDING'],
        ['CONSTRUCTION_STARTED', '2025-07-31', 'PENDING'],
        ['STRUCTURE_TOPPED', '2026-03-31', 'PENDING'],
        ['ACCEPTED', '2026-09-30', 'PENDING'],
        ['PRODUCTION_STARTED', '2027-01-31', 'PENDING'],
        ['AT_CAPACITY', '2028-01-31', 'PENDING'],
      ]);
      expect(d.milestones.every((m: Project) => m.baselineOn === m.plannedOn)).toBe(true);
      expect(d.light).toBe('GREEN');
      expect((await detail(p.id, '2025-02-20')).light).toBe('YELLOW');
      expect((await detail(p.id, '2025-03-01')).light).toBe('RED');

      await promoter.ok(ADVANCE, { id: p.id, version: signed.version, to: 'UNDER_CONSTRUCTION', on: '2025-08-15' });
      d = await detail(p.id);
      const started = d.milestones.find((m: Project) => m.key === 'CONSTRUCTION_STARTED');
      expect(started).toMatchObject({ actualOn: '2025-08-15', late: true, status: 'DONE', completedByStage: true });
      // The state of an earlier day: not yet started then.
      const then = (await detail(p.id, '2025-08-01')).milestones.find((m: Project) => m.key === 'CONSTRUCTION_STARTED');
      expect(then.status).toBe('OVERDUE');
    });

    it('show lateness against the baseline as well as the plan, and reopen settled nodes on a correction', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2025-01-01' });
      const nodes = (await detail(p.id)).milestones;
      const filed = nodes.find((m: Project) => m.key === 'PROJECT_FILED');
      const NODE = `mutation($id: ID!, $plannedOn: Date, $actualOn: Date) {
        updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn) { plannedOn baselineOn actualOn late lateAgainstBaseline slipDays completedByStage } }`;
      // The plan moved two months later, then met: on time against the plan, late against the baseline.
      await promoter.ok(NODE, { id: filed.id, plannedOn: '2025-07-01' });
      const met = (await promoter.ok(NODE, { id: filed.id, actualOn: '2025-06-20' })).updateMilestone;
      expect(met).toMatchObject({ baselineOn: '2025-05-01', late: false, lateAgainstBaseline: true, slipDays: 61 });
      // Production settles the rest; a correction back to signing reopens what the stages settled, not what a person recorded.
      await promoter.ok(ADVANCE, { id: p.id, version: p.version, to: 'IN_PRODUCTION', on: '2025-09-30' });
      let d = await detail(p.id);
      const permit = d.milestones.find((m: Project) => m.key === 'CONSTRUCTION_PERMIT');
      expect(permit).toMatchObject({ actualOn: '2025-09-30', completedByStage: true, status: 'DONE' });
      expect(d.light).not.toBe('RED');
      await admin.ok(CORRECT, { id: p.id, version: d.version, to: 'SIGNED', reason: '误操作，退回签约' });
      d = await detail(p.id);
      const byKey = (key: string) => d.milestones.find((m: Project) => m.key === key);
      expect(byKey('CONSTRUCTION_PERMIT')).toMatchObject({ actualOn: null, completedByStage: false });
      expect(byKey('CONSTRUCTION_STARTED')).toMatchObject({ actualOn: null, completedByStage: false });
      expect(byKey('PROJECT_FILED')).toMatchObject({ actualOn: '2025-06-20', completedByStage: false });
      expect(byKey('SIGNING')).toMatchObject({ actualOn: '2025-01-01', completedByStage: true });
    });

    it('keep the baseline when the plan moves, take hand-set completion, refuse it for stage nodes', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2025-01-01' });
      const nodes = (await detail(p.id)).milestones;
      const land = nodes.find((m: Project) => m.key === 'LAND_ACQUIRED');
      const UPDATE_NODE = `mutation($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {
        updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) { plannedOn baselineOn actualOn note late } }`;
      const moved = await promoter.ok(UPDATE_NODE, { id: land.id, plannedOn: '2025-05-15', note: '土地挂牌延后' });
      expect(moved.updateMilestone).toEqual({
        plannedOn: '2025-05-15',
        baselineOn: '2025-04-01',
        actualOn: null,
        note: '土地挂牌延后',
        late: false,
      });
      const done = await promoter.ok(UPDATE_NODE, { id: land.id, actualOn: '2025-05-20' });
      expect(done.updateMilestone).toMatchObject({ actualOn: '2025-05-20', late: true });
      const started = nodes.find((m: Project) => m.key === 'CONSTRUCTION_STARTED');
      const refused = await promoter.fails(UPDATE_NODE, { id: started.id, actualOn: '2025-05-20' });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualOn' });
      const future = await promoter.fails(UPDATE_NODE, { id: land.id, actualOn: addDays(today(), 3) });
      expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualOn' });

      const added = await promoter.ok(
        'mutation($p: ID!) { addMilestone(projectId: $p, name: "能耗指标落实", plannedOn: "2025-03-15") { key name plannedOn baselineOn completedByStage } }',
        { p: p.id },
      );
      expect(added.addMilestone).toEqual({
        key: null,
        name: '能耗指标落实',
        plannedOn: '2025-03-15',
        baselineOn: '2025-03-15',
        completedByStage: false,
      });
      const history = (await detail(p.id)).history;
      expect(history.slice(0, 3).map((h: Project) => [h.action, h.note])).toEqual([
        ['milestone.create', '能耗指标落实'],
        ['milestone.update', '土地摘牌 / 供地'],
        ['milestone.update', '土地摘牌 / 供地'],
      ]);
      expect(history[2].changes).toEqual(
        expect.arrayContaining([{ field: 'plannedOn', from: '2025-04-01', to: '2025-05-15' }]),
      );
    });
  });

  describe('updates', () => {
    it('record who changed which field from what to what', async () => {
      const p = await create(promoter);
      const { updateProject } = await promoter.ok(UPDATE, {
        id: p.id,
        version: p.version,
        input: { totalInvestment: '15.5', name: '年产20万吨高端新材料项目' },
      });
      expect(updateProject).toMatchObject({ version: p.version + 1, totalInvestment: '15.5' });
      const [entry] = (await detail(p.id)).history;
      expect(entry).toMatchObject({ action: 'project.update', actor: { username: 'promoter' } });
      expect(entry.changes).toEqual(
        expect.arrayContaining([
          { field: 'totalInvestment', from: '12', to: '15.5' },
          { field: 'name', from: '年产10万吨高端新材料项目', to: '年产20万吨高端新材料项目' },
        ]),
      );
      expect(entry.changes).toHaveLength(2);
    });

    it('let exactly one of two updates with the same version win; the other is CONFLICT naming who', async () => {
      const p = await create(promoter);
      const results = await Promise.all([
        promoter.gql(UPDATE, { id: p.id, version: p.version, input: { investor: '甲公司' } }),
        admin.gql(UPDATE, { id: p.id, version: p.version, input: { investor: '乙公司' } }),
      ]);
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: p.version + 1 });
      expect(lost[0]?.errors?.[0]?.extensions?.changedBy).toMatch(/张伟|系统管理员/);
      const d = await detail(p.id);
      expect(d.version).toBe(p.version + 1);
      expect(d.history.filter((h: Project) => h.action === 'project.update')).toHaveLength(1);
    });

    it('refuse a stage change by patch, and a signing-date change by anyone but ADMIN', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2024-06-01' });
      const stage = await promoter.fails(UPDATE, { id: p.id, version: p.version, input: { stage: 'ACCEPTED' } });
      expect(stage.extensions?.code).toBe('INVALID_TRANSITION');
      const signed = await promoter.fails(UPDATE, { id: p.id, version: p.version, input: { signedOn: '2023-06-01' } });
      expect(signed.extensions?.code).toBe('FORBIDDEN');
      const { updateProject } = await admin.ok(UPDATE, {
        id: p.id,
        version: p.version,
        input: { signedOn: '2023-06-01' },
      });
      expect(updateProject).toMatchObject({ signedOn: '2023-06-01', countsTowardTarget: true });
    });

    it('clear an optional field with null and leave a required one untouched', async () => {
      const p = await create(promoter, { address: '绍兴市上虞区崧厦街道', landArea: '80' });
      const { updateProject } = await promoter.ok(UPDATE, {
        id: p.id,
        version: p.version,
        input: { address: null, name: null },
      });
      expect(updateProject.name).toBe(p.name);
      expect(
        (await admin.ok('query($id: ID!) { project(id: $id) { address landArea } }', { id: p.id })).project,
      ).toEqual({
        address: null,
        landArea: '80',
      });
    });
  });

  describe('corrections (ADMIN)', () => {
    it('move back with a reason, clearing later dates and nodes, recorded as a correction', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2024-01-10' });
      const started = (
        await promoter.ok(ADVANCE, { id: p.id, version: p.version, to: 'UNDER_CONSTRUCTION', on: '2024-04-01' })
      ).advanceStage;
      expect(
        (await promoter.fails(CORRECT, { id: p.id, version: started.version, to: 'SIGNED', reason: '误操作' }))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const noReason = await admin.fails(CORRECT, { id: p.id, version: started.version, to: 'SIGNED', reason: ' ' });
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const forward = await admin.fails(CORRECT, { id: p.id, version: started.version, to: 'ACCEPTED', reason: 'x' });
      expect(forward.extensions?.code).toBe('INVALID_TRANSITION');
      const { correctStage } = await admin.ok(CORRECT, {
        id: p.id,
        version: started.version,
        to: 'SIGNED',
        reason: '开工日期录入有误',
      });
      expect(correctStage).toMatchObject({ stage: 'SIGNED', startedOn: null, signedOn: '2024-01-10' });
      const d = await detail(p.id);
      expect(d.milestones.find((m: Project) => m.key === 'CONSTRUCTION_STARTED').actualOn).toBeNull();
      expect(d.stageEvents.at(-1)).toMatchObject({
        from: 'UNDER_CONSTRUCTION',
        to: 'SIGNED',
        isCorrection: true,
        note: '开工日期录入有误',
      });
      expect(d.history[0]).toMatchObject({
        action: 'project.correctStage',
        note: '开工日期录入有误',
        actor: { username: 'admin' },
      });
    });

    it('undo a termination back to the stage it had reached', async () => {
      const p = await create(promoter, { stage: 'SIGNED', signedOn: '2024-01-10' });
      const ended = (await promoter.ok(TERMINATE, { id: p.id, version: p.version, on: '2024-02-01', reason: '撤资' }))
        .terminateProject;
      const tooFar = await admin.fails(CORRECT, {
        id: p.id,
        version: ended.version,
        to: 'UNDER_CONSTRUCTION',
        reason: 'x',
      });
      expect(tooFar.extensions?.code).toBe('INVALID_TRANSITION');
      const { correctStage } = await admin.ok(CORRECT, {
        id: p.id,
        version: ended.version,
        to: 'SIGNED',
        reason: '企业恢复投资',
      });
      expect(correctStage).toMatchObject({
        stage: 'SIGNED',
        terminatedOn: null,
        terminationReason: null,
        signedOn: '2024-01-10',
      });
    });
  });

  describe('who may write (SPEC 1)', () => {
    let own: Project;
    let bays: Project;
    beforeAll(async () => {
      own = await create(promoter, { stage: 'SIGNED', signedOn: '2024-01-10' });
      bays = await create(promoter2, { leadUnitId: bayUnit, stage: 'SIGNED', signedOn: '2024-01-10' });
    });

    it('lets a promoter create only for their own unit', async () => {
      expect((await promoter.fails(CREATE, { input: base({ leadUnitId: bayUnit }) })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await promoter2.fails(CREATE, { input: base() })).extensions?.code).toBe('FORBIDDEN');
      await create(admin, { leadUnitId: bayUnit });
    });

    it.each(['leader', 'inspector'] as const)('refuses every project write to %s', async (who) => {
      const client = who === 'leader' ? leader : inspector;
      const node = (await detail(own.id)).milestones[1];
      const attempts = [
        client.fails(CREATE, { input: base() }),
        client.fails(UPDATE, { id: own.id, version: own.version, input: { name: 'x' } }),
        client.fails(ADVANCE, { id: own.id, version: own.version, to: 'UNDER_CONSTRUCTION', on: '2024-05-01' }),
        client.fails(TERMINATE, { id: own.id, version: own.version, on: '2024-05-01', reason: 'x' }),
        client.fails(CORRECT, { id: own.id, version: own.version, to: 'NEGOTIATING', reason: 'x' }),
        client.fails('mutation($id: ID!) { updateMilestone(id: $id, note: "x") { id } }', { id: node.id }),
        client.fails('mutation($p: ID!) { addMilestone(projectId: $p, name: "x", plannedOn: "2025-01-01") { id } }', {
          p: own.id,
        }),
      ];
      for (const error of await Promise.all(attempts)) expect(error.extensions?.code).toBe('FORBIDDEN');
      expect((await detail(own.id)).version).toBe(own.version);
    });

    it("refuses another unit's promoter every write to a project, and shows no edit right", async () => {
      const node = (await detail(bays.id)).milestones[1];
      const attempts = [
        promoter.fails(UPDATE, { id: bays.id, version: bays.version, input: { name: 'x' } }),
        promoter.fails(ADVANCE, { id: bays.id, version: bays.version, to: 'UNDER_CONSTRUCTION', on: '2024-05-01' }),
        promoter.fails(TERMINATE, { id: bays.id, version: bays.version, on: '2024-05-01', reason: 'x' }),
        promoter.fails('mutation($id: ID!) { updateMilestone(id: $id, note: "x") { id } }', { id: node.id }),
        promoter.fails('mutation($p: ID!) { addMilestone(projectId: $p, name: "x", plannedOn: "2025-01-01") { id } }', {
          p: bays.id,
        }),
        promoter.fails(UPDATE, { id: own.id, version: own.version, input: { leadUnitId: bayUnit } }),
      ];
      for (const error of await Promise.all(attempts)) expect(error.extensions?.code).toBe('FORBIDDEN');
      const q = 'query($id: ID!) { project(id: $id) { viewerCanEdit } }';
      expect((await promoter.ok(q, { id: bays.id })).project.viewerCanEdit).toBe(false);
      expect((await promoter.ok(q, { id: own.id })).project.viewerCanEdit).toBe(true);
      expect((await leader.ok(q, { id: own.id })).project.viewerCanEdit).toBe(false);
      expect((await admin.ok(q, { id: bays.id })).project.viewerCanEdit).toBe(true);
    });

    it('lets everyone signed in read, and nobody else', async () => {
      for (const client of [leader, inspector, promoter2]) {
        expect((await client.ok('query($id: ID!) { project(id: $id) { code } }', { id: own.id })).project.code).toBe(
          own.code,
        );
      }
      expect((await t.anonymous().fails('{ projects { totalCount } }')).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('挂图作战', () => {
    const BOARD = `query($minTier: Tier) { battleMap(minTier: $minTier) { id name tier responsibleLeader light
      openProblemCount worstOpenProblemLevel nextMilestone { key plannedOn } leadUnit { name } } }`;

    it('shows the ≥50亿 projects not terminated, and ≥10亿 on request', async () => {
      const major = await create(promoter, {
        totalInvestment: '55',
        responsibleLeader: '副区长 徐晓燕',
        stage: 'SIGNED',
        signedOn: '2025-01-06',
      });
      const mid = await create(promoter, { totalInvestment: '12' });
      const board = (await leader.ok(BOARD)).battleMap;
      const row = board.find((p: Project) => p.id === major.id);
      expect(row).toMatchObject({
        tier: 'MAJOR_50',
        responsibleLeader: '副区长 徐晓燕',
        openProblemCount: 0,
        worstOpenProblemLevel: null,
      });
      expect(row.nextMilestone.key).toBe('COMPANY_REGISTERED');
      expect(board.every((p: Project) => p.tier === 'MAJOR_50')).toBe(true);
      expect(board.some((p: Project) => p.id === mid.id)).toBe(false);
      expect((await leader.ok(BOARD, { minTier: 'MAJOR_10' })).battleMap.some((p: Project) => p.id === mid.id)).toBe(
        true,
      );

      await promoter.ok(TERMINATE, { id: major.id, version: major.version, on: today(), reason: '企业撤资' });
      expect((await leader.ok(BOARD)).battleMap.some((p: Project) => p.id === major.id)).toBe(false);
    });
  });

  describe('the list', () => {
    const LIST = `query($filter: ProjectFilter, $first: Int, $after: String, $offset: Int, $orderBy: ProjectOrder) {
      projects(filter: $filter, first: $first, after: $after, offset: $offset, orderBy: $orderBy) {
        totalCount nodes { id code name tier stage totalInvestment light } pageInfo { endCursor hasNextPage } } }`;

    it('pages through every match once, in order', async () => {
      const tag = `翻页测试${Date.now()}`;
      for (let i = 0; i < 7; i++)
        await create(promoter, { name: `${tag}-${i}`, totalInvestment: String(10 + (i % 3)) });
      const seen: Project[] = [];
      let after: string | null = null;
      for (;;) {
        const { projects }: { projects: Project } = await leader.ok(LIST, {
          filter: { search: tag },
          first: 3,
          after,
          orderBy: { field: 'TOTAL_INVESTMENT', direction: 'DESC' },
        });
        expect(projects.totalCount).toBe(7);
        seen.push(...projects.nodes);
        if (!projects.pageInfo.hasNextPage) break;
        after = projects.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen.map((p) => p.id)).size).toBe(7);
      const amounts = seen.map((p) => Number(p.totalInvestment));
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    });

    it('gives numbered pages by offset, the same rows the cursor pages give', async () => {
      const tag = `页码测试${Date.now()}`;
      for (let i = 0; i < 5; i++) await create(promoter, { name: `${tag}-${i}`, totalInvestment: String(20 + i) });
      const vars = { filter: { search: tag }, first: 2, orderBy: { field: 'TOTAL_INVESTMENT', direction: 'ASC' } };
      const pages = [];
      for (const offset of [0, 2, 4]) pages.push((await leader.ok(LIST, { ...vars, offset })).projects);
      expect(pages.map((p) => p.nodes.map((n: Project) => Number(n.totalInvestment)))).toEqual([
        [20, 21],
        [22, 23],
        [24],
      ]);
      expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect(pages.every((p) => p.totalCount === 5)).toBe(true);
    });

    it('filters by tier, stage, light and search in the database', async () => {
      const tag = `筛选测试${Date.now()}`;
      const major = await create(promoter, {
        name: `${tag}-大`,
        totalInvestment: '55',
        responsibleLeader: '区长 赵明',
        stage: 'SIGNED',
        signedOn: '2023-01-01',
      });
      await create(promoter, { name: `${tag}-小`, totalInvestment: '2' });
      const byTier = (await leader.ok(LIST, { filter: { search: tag, tier: ['MAJOR_50'] } })).projects;
      expect(byTier.nodes.map((p: Project) => p.id)).toEqual([major.id]);
      // Signed in 2023, its standard nodes are long overdue.
      const red = (await leader.ok(LIST, { filter: { search: tag, light: ['RED'] } })).projects;
      expect(red.nodes.map((p: Project) => [p.id, p.light])).toEqual([[major.id, 'RED']]);
      const green = (await leader.ok(LIST, { filter: { search: tag, light: ['GREEN'], stage: ['NEGOTIATING'] } }))
        .projects;
      expect(green.totalCount).toBe(1);
      const byCode = (await leader.ok(LIST, { filter: { search: major.code } })).projects;
      expect(byCode.nodes.map((p: Project) => p.id)).toEqual([major.id]);
      const none = (await leader.ok(LIST, { filter: { search: '%' } })).projects;
      expect(none.totalCount).toBe(0);
    });

    it('refuses a tampered cursor and an oversized page by field', async () => {
      expect((await leader.fails(LIST, { after: 'bm9wZQ' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      expect((await leader.fails(LIST, { first: 1000 })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      for (const offset of [-1, 100_001]) {
        expect((await leader.fails(LIST, { offset })).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'offset',
        });
      }
      const first = (await leader.ok(LIST, { first: 1 })).projects;
      expect((await leader.fails(LIST, { offset: 1, after: first.pageInfo.endCursor })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'offset',
      });
    });
  });
});
