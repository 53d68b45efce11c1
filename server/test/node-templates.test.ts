import { defaultNodeTemplates } from '@zdyq/db/lifecycle';
import { unitByName } from '@zdyq/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

/** 项目类型 and their node templates (SPEC 4.2): ADMIN shapes them; signing applies them; nothing rewrites a project's nodes. */

const TEMPLATE = 'kind name version projectCount nodes { key name months stage }';
const TEMPLATES = `{ nodeTemplates { ${TEMPLATE} } }`;
const SAVE = `mutation($input: NodeTemplateInput!) { saveNodeTemplate(input: $input) { ${TEMPLATE} } }`;
const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id version kind { kind name } } }`;
const ADVANCE = `mutation($id: ID!, $version: Int!, $to: Stage!, $on: Date!) {
  advanceStage(id: $id, version: $version, to: $to, on: $on) { id version } }`;
const NODES = `query($id: ID!) { project(id: $id) { version kind { kind }
  milestones { key name plannedOn baselineOn actualOn settledByStage completedByStage } } }`;

type Template = {
  kind: string;
  name: string;
  version: number;
  projectCount: number;
  nodes: Array<{ key: string; name: string; months: number; stage: string | null }>;
};
type Node = { key: string | null; name: string; actualOn: string | null; settledByStage: string | null };

describe('node templates per project kind', () => {
  let t: TestServer;
  let admin: ApiClient;
  let promoter: ApiClient;
  let unit: string;

  const templates = async () => (await admin.ok<{ nodeTemplates: Template[] }>(TEMPLATES)).nodeTemplates;
  const template = async (kind: string) => (await templates()).find((x) => x.kind === kind) as Template;
  const nodes = async (id: string) =>
    (await admin.ok<{ project: { version: number; milestones: Node[] } }>(NODES, { id })).project;
  const newProject = async (overrides: Record<string, unknown>) =>
    (
      await promoter.ok<{ createProject: { id: string; version: number; kind: { kind: string } } }>(CREATE, {
        input: {
          name: `类型测试项目-${Math.random().toString(36).slice(2, 7)}`,
          investor: '浙江类型测试有限公司',
          industry: 'NEW_MATERIALS',
          source: 'EXPANSION',
          isManufacturing: true,
          totalInvestment: '12',
          leadUnitId: unit,
          ...overrides,
        },
      })
    ).createProject;
  /** The template as saveNodeTemplate takes it back. */
  const asInput = (x: Template, nodes = x.nodes) => ({ kind: x.kind, name: x.name, version: x.version, nodes });

  beforeAll(async () => {
    t = await startTestServer();
    ({ admin, promoter } = await t.everyone());
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
  });
  afterAll(() => t.close());

  it('starts with 新建, 技改 and 增资扩产 as the code describes them, 新建 holding the standard nodes', async () => {
    const all = await templates();
    expect(all.map((x) => ({ kind: x.kind, name: x.name, nodes: x.nodes }))).toEqual(
      defaultNodeTemplates.map((x) => ({ kind: x.kind, name: x.name, nodes: x.nodes })),
    );
    expect(all.find((x) => x.kind === 'NEW_BUILD')?.nodes).toHaveLength(11);
  });

  it('gives a project its kind’s nodes at signing, on creation or by advancing, and 新建 when no kind is given', async () => {
    const signed = await newProject({ kind: 'TECH_UPGRADE', stage: 'SIGNED', signedOn: '2025-03-01' });
    expect(signed.kind.kind).toBe('TECH_UPGRADE');
    const given = await nodes(signed.id);
    expect(given.milestones.map((n) => n.key)).toEqual(
      defaultNodeTemplates.find((x) => x.kind === 'TECH_UPGRADE')?.nodes.map((n) => n.key),
    );
    expect(given.milestones.find((n) => n.key === 'EQUIPMENT_INSTALLED')).toMatchObject({ name: '设备安装调试' });

    const talks = await newProject({ kind: 'EXPANSION' });
    expect((await nodes(talks.id)).milestones).toEqual([]);
    await promoter.ok(ADVANCE, { id: talks.id, version: talks.version, to: 'SIGNED', on: '2025-04-01' });
    const expansion = (await nodes(talks.id)).milestones;
    expect(expansion.map((n) => n.key)).toContain('CAPITAL_REGISTERED');
    expect(expansion.find((n) => n.key === 'ACCEPTED')).toMatchObject({
      plannedOn: '2026-07-01',
      baselineOn: '2026-07-01',
      settledByStage: 'ACCEPTED',
    });

    const plain = await newProject({ stage: 'SIGNED', signedOn: '2025-03-01' });
    expect(plain.kind.kind).toBe('NEW_BUILD');
    expect((await nodes(plain.id)).milestones).toHaveLength(11);
  });

  it('changes a template for projects signed afterwards only; a signed project keeps and settles by its own nodes', async () => {
    const before = await newProject({ kind: 'TECH_UPGRADE', stage: 'SIGNED', signedOn: '2025-05-01' });
    const kept = (await nodes(before.id)).milestones;

    // ADMIN reshapes 技改: no 设备安装调试, construction 2 months after signing and no longer what settles 开工,
    // a node of its own, and 达产 later.
    const current = await template('TECH_UPGRADE');
    const reshaped = current.nodes
      .filter((n) => n.key !== 'EQUIPMENT_INSTALLED')
      .map((n) => {
        if (n.key === 'CONSTRUCTION_STARTED') return { ...n, months: 2, stage: null };
        if (n.key === 'AT_CAPACITY') return { ...n, months: 24 };
        return n;
      });
    reshaped.splice(4, 0, { key: null as unknown as string, name: '生产线改造', months: 6, stage: null });
    const saved = (await admin.ok<{ saveNodeTemplate: Template }>(SAVE, { input: asInput(current, reshaped) }))
      .saveNodeTemplate;
    expect(saved.version).toBe(current.version + 1);
    expect(saved.nodes.map((n) => n.name)).toContain('生产线改造');
    expect(saved.nodes.find((n) => n.name === '生产线改造')?.key).toMatch(/^N_[0-9A-F]{10}$/);

    // The project signed before keeps every node as it was.
    expect((await nodes(before.id)).milestones).toEqual(kept);

    // Its stages still settle by its own nodes: 开工 completes its 开工建设 and the nodes before it.
    const { version } = await nodes(before.id);
    await promoter.ok(ADVANCE, { id: before.id, version, to: 'UNDER_CONSTRUCTION', on: '2025-08-10' });
    const settled = (await nodes(before.id)).milestones;
    expect(settled.filter((n) => n.actualOn === '2025-08-10').map((n) => n.key)).toEqual([
      'PROJECT_FILED',
      'ENV_ENERGY_APPROVED',
      'CONSTRUCTION_STARTED',
    ]);
    expect(settled.find((n) => n.key === 'EQUIPMENT_INSTALLED')).toMatchObject({ actualOn: null });

    // A project signed now gets the new shape.
    const after = await newProject({ kind: 'TECH_UPGRADE', stage: 'SIGNED', signedOn: '2025-06-01' });
    const fresh = (await nodes(after.id)).milestones;
    expect(fresh.map((n) => n.name)).toEqual(saved.nodes.map((n) => n.name));
    expect(fresh.find((n) => n.key === 'CONSTRUCTION_STARTED')).toMatchObject({
      plannedOn: '2025-08-01',
      settledByStage: null,
    });
    expect((await template('TECH_UPGRADE')).projectCount).toBeGreaterThanOrEqual(3);
  });

  it('creates a kind of ADMIN’s own, which projects can then be of', async () => {
    const created = (
      await admin.ok<{ saveNodeTemplate: Template }>(SAVE, {
        input: {
          kind: 'RELOCATION',
          name: '搬迁改造',
          nodes: [
            { name: '项目签约', months: 0, stage: 'SIGNED' },
            { name: '新址开工', months: 4, stage: 'UNDER_CONSTRUCTION' },
            { name: '搬迁投产', months: 12, stage: 'IN_PRODUCTION' },
          ],
        },
      })
    ).saveNodeTemplate;
    expect(created).toMatchObject({ kind: 'RELOCATION', version: 1, projectCount: 0 });
    const project = await newProject({ kind: 'RELOCATION', stage: 'SIGNED', signedOn: '2025-02-01' });
    expect((await nodes(project.id)).milestones.map((n) => [n.name, n.settledByStage])).toEqual([
      ['项目签约', 'SIGNED'],
      ['新址开工', 'UNDER_CONSTRUCTION'],
      ['搬迁投产', 'IN_PRODUCTION'],
    ]);
    const unknown = await promoter.fails(CREATE, {
      input: {
        name: '未知类型项目',
        investor: '某公司',
        industry: 'NEW_MATERIALS',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '2',
        leadUnitId: unit,
        kind: 'NO_SUCH_KIND',
      },
    });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('refuses a template that breaks its rules, naming the field, and changes nothing', async () => {
    const current = await template('EXPANSION');
    const nodesOf = current.nodes;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['no nodes', asInput(current, []), 'nodes'],
      ['a node without a name', asInput(current, [{ ...nodesOf[0], name: ' ' }] as never), 'nodes.0.name'],
      [
        'months going back',
        asInput(current, [nodesOf[0], { ...nodesOf[2], months: 3 }, { ...nodesOf[1], months: 1 }] as never),
        'nodes.2.months',
      ],
      ['months past 120', asInput(current, [{ ...nodesOf[0], months: 121 }] as never), 'nodes.0.months'],
      [
        'a stage used twice',
        asInput(current, [nodesOf[0], { ...nodesOf[1], stage: 'SIGNED' }] as never),
        'nodes.1.stage',
      ],
      [
        'stages out of order',
        asInput(current, [
          { ...nodesOf[0], stage: 'ACCEPTED' },
          { ...nodesOf[1], stage: 'UNDER_CONSTRUCTION' },
        ] as never),
        'nodes.1.stage',
      ],
      [
        'the talks as a completing stage',
        asInput(current, [{ ...nodesOf[0], stage: 'NEGOTIATING' }] as never),
        'nodes.0.stage',
      ],
      [
        'a duplicated node code',
        asInput(current, [nodesOf[0], { ...nodesOf[1], key: nodesOf[0]?.key }] as never),
        'nodes.1.key',
      ],
      ['a bad kind code', { ...asInput(current), kind: 'expansion', version: null }, 'kind'],
      ['an existing kind created again', { ...asInput(current), version: null }, 'kind'],
      ['another kind’s name', { ...asInput(current), name: '技改' }, 'name'],
    ];
    for (const [what, input, field] of cases) {
      const error = await admin.fails(SAVE, { input });
      expect(error.extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const stale = await admin.fails(SAVE, { input: { ...asInput(current), version: current.version - 1 } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(await template('EXPANSION')).toEqual(current);
  });

  it('keeps a stage-bound node’s date with the stage, whatever its key', async () => {
    const project = await newProject({ kind: 'RELOCATION', stage: 'SIGNED', signedOn: '2025-02-01' });
    const [node] = (
      await admin.ok<{ project: { milestones: Array<{ id: string; name: string }> } }>(
        'query($id: ID!) { project(id: $id) { milestones { id name } } }',
        { id: project.id },
      )
    ).project.milestones.filter((n) => n.name === '新址开工');
    const error = await promoter.fails(
      'mutation($id: ID!, $on: Date) { updateMilestone(id: $id, actualOn: $on) { id } }',
      { id: node?.id, on: '2025-03-01' },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualOn' });
  });

  it('records each save in the audit log', async () => {
    const rows = await t.handle.db.execute(
      "SELECT action, entity_id, changes FROM audit_log WHERE entity_type = 'node_template' ORDER BY id",
    );
    const entries = (rows as unknown as { rows: Array<{ action: string; entity_id: string; changes: any }> }).rows;
    expect(entries.map((e) => [e.action, e.entity_id])).toEqual([
      ['nodeTemplate.update', 'TECH_UPGRADE'],
      ['nodeTemplate.create', 'RELOCATION'],
    ]);
    expect(entries[0]?.changes.nodes.from).toContain('设备安装调试(8)');
    expect(entries[0]?.changes.nodes.to).not.toContain('设备安装调试');
  });
});
