import type { Stage } from './schema/enums.ts';
import { forwardStages } from './values.ts';

/** The forward stages of SPEC 4.1, in order; TERMINATED stands outside it. */
export const stageOrder = forwardStages;

export type ForwardStage = (typeof stageOrder)[number];

/** The column holding the date each stage was reached. */
export const stageDateField = {
  SIGNED: 'signedOn',
  UNDER_CONSTRUCTION: 'startedOn',
  ACCEPTED: 'acceptedOn',
  IN_PRODUCTION: 'productionOn',
  AT_CAPACITY: 'capacityOn',
} as const satisfies Partial<Record<Stage, string>>;

export type StageDateField = (typeof stageDateField)[keyof typeof stageDateField];
export type StageDates = Partial<Record<StageDateField, string | null>>;

/** A stage that completes a node: any forward stage after the talks. */
export type SettlingStage = keyof typeof stageDateField;

/** One node of a kind's template (SPEC 4.2): planned months after signing, and the stage that completes it. */
export type TemplateNode = { key: string; name: string; months: number; stage: SettlingStage | null };

/** The standard nodes of SPEC 4.2, the template of 新建 (NEW_BUILD) as migration 0013 first wrote it. */
export const milestoneTemplate = [
  { key: 'SIGNING', name: '项目签约', months: 0, stage: 'SIGNED' },
  { key: 'COMPANY_REGISTERED', name: '公司注册', months: 1, stage: null },
  { key: 'LAND_ACQUIRED', name: '土地摘牌 / 供地', months: 3, stage: null },
  { key: 'PROJECT_FILED', name: '立项备案', months: 4, stage: null },
  { key: 'ENV_ENERGY_APPROVED', name: '环评 / 能评批复', months: 5, stage: null },
  { key: 'CONSTRUCTION_PERMIT', name: '施工许可', months: 6, stage: null },
  { key: 'CONSTRUCTION_STARTED', name: '开工建设', months: 6, stage: 'UNDER_CONSTRUCTION' },
  { key: 'STRUCTURE_TOPPED', name: '主体结顶', months: 14, stage: null },
  { key: 'ACCEPTED', name: '竣工验收', months: 20, stage: 'ACCEPTED' },
  { key: 'PRODUCTION_STARTED', name: '投产', months: 24, stage: 'IN_PRODUCTION' },
  { key: 'AT_CAPACITY', name: '达产', months: 36, stage: 'AT_CAPACITY' },
] as const satisfies ReadonlyArray<TemplateNode>;

/** The kind every project signed before templates existed is, and a new project is unless told. */
export const DEFAULT_KIND = 'NEW_BUILD';

/**
 * The kinds and templates migration 0013 writes; ADMIN changes them afterwards. A test keeps the
 * two the same.
 */
export const defaultNodeTemplates: ReadonlyArray<{ kind: string; name: string; nodes: readonly TemplateNode[] }> = [
  { kind: DEFAULT_KIND, name: '新建', nodes: milestoneTemplate },
  {
    kind: 'TECH_UPGRADE',
    name: '技改',
    nodes: [
      { key: 'SIGNING', name: '项目签约', months: 0, stage: 'SIGNED' },
      { key: 'PROJECT_FILED', name: '立项备案', months: 1, stage: null },
      { key: 'ENV_ENERGY_APPROVED', name: '环评 / 能评批复', months: 2, stage: null },
      { key: 'CONSTRUCTION_STARTED', name: '开工建设', months: 3, stage: 'UNDER_CONSTRUCTION' },
      { key: 'EQUIPMENT_INSTALLED', name: '设备安装调试', months: 8, stage: null },
      { key: 'ACCEPTED', name: '竣工验收', months: 10, stage: 'ACCEPTED' },
      { key: 'PRODUCTION_STARTED', name: '投产', months: 12, stage: 'IN_PRODUCTION' },
      { key: 'AT_CAPACITY', name: '达产', months: 18, stage: 'AT_CAPACITY' },
    ],
  },
  {
    kind: 'EXPANSION',
    name: '增资扩产',
    nodes: [
      { key: 'SIGNING', name: '项目签约', months: 0, stage: 'SIGNED' },
      { key: 'CAPITAL_REGISTERED', name: '增资变更登记', months: 1, stage: null },
      { key: 'LAND_ACQUIRED', name: '土地摘牌 / 供地', months: 3, stage: null },
      { key: 'PROJECT_FILED', name: '立项备案', months: 4, stage: null },
      { key: 'ENV_ENERGY_APPROVED', name: '环评 / 能评批复', months: 5, stage: null },
      { key: 'CONSTRUCTION_PERMIT', name: '施工许可', months: 6, stage: null },
      { key: 'CONSTRUCTION_STARTED', name: '开工建设', months: 6, stage: 'UNDER_CONSTRUCTION' },
      { key: 'ACCEPTED', name: '竣工验收', months: 15, stage: 'ACCEPTED' },
      { key: 'PRODUCTION_STARTED', name: '投产', months: 18, stage: 'IN_PRODUCTION' },
      { key: 'AT_CAPACITY', name: '达产', months: 30, stage: 'AT_CAPACITY' },
    ],
  },
];

/** A calendar date n months later; the day is clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day the stages reached settle each of a project's nodes (SPEC 4.2), in the nodes' order: a
 * node's own stage's date, or the date of the first later node's stage reached — a project under
 * construction has its permits behind it. null for a node no reached stage settles, and for the
 * project's own nodes (no key), which people complete by hand.
 */
export function settleDates(
  nodes: ReadonlyArray<{ key: string | null; settledByStage: SettlingStage | null }>,
  dates: StageDates,
): Array<string | null> {
  const settled: Array<string | null> = new Array(nodes.length).fill(null);
  let later: string | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node || node.key === null) continue;
    const own = node.settledByStage ? (dates[stageDateField[node.settledByStage]] ?? null) : null;
    later = own ?? later;
    settled[i] = later;
  }
  return settled;
}

/**
 * The nodes of a project signed on `signedOn` from its kind's template, with the planned date as
 * baseline, and those the stages reached settle done on those stages' dates.
 */
export function templateMilestones(template: readonly TemplateNode[], signedOn: string, dates: StageDates) {
  const settled = settleDates(
    template.map((n) => ({ key: n.key, settledByStage: n.stage })),
    dates,
  );
  return template.map((node, index) => {
    const plannedOn = addMonths(signedOn, node.months);
    const actualOn = settled[index] ?? null;
    return {
      key: node.key,
      name: node.name,
      sortOrder: index * 10,
      plannedOn,
      baselineOn: plannedOn,
      actualOn,
      settledByStage: node.stage,
      completedByStage: actualOn !== null,
    };
  });
}

/** The standard (新建) nodes of a project signed on `signedOn`. */
export function standardMilestones(signedOn: string, dates: StageDates) {
  return templateMilestones(milestoneTemplate, signedOn, dates);
}
