import type { Stage } from './schema/enums.ts';

/** The forward stages of SPEC 4.1, in order; TERMINATED stands outside it. */
export const stageOrder = [
  'NEGOTIATING',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'ACCEPTED',
  'IN_PRODUCTION',
  'AT_CAPACITY',
] as const satisfies readonly Stage[];

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

/** The standard nodes of SPEC 4.2: planned months after signing, and the stage that completes them. */
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
] as const satisfies ReadonlyArray<{
  key: string;
  name: string;
  months: number;
  stage: keyof typeof stageDateField | null;
}>;

export type MilestoneKey = (typeof milestoneTemplate)[number]['key'];

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
 * The day the stages reached settle a template node (SPEC 4.2): its own stage's date, or the date
 * of the first later stage reached — a project under construction has its permits behind it.
 * null while no stage at or after the node has been reached.
 */
export function settledOn(key: string, dates: StageDates): string | null {
  const index = milestoneTemplate.findIndex((n) => n.key === key);
  if (index < 0) return null;
  for (const node of milestoneTemplate.slice(index)) {
    const day = node.stage ? dates[stageDateField[node.stage]] : null;
    if (day) return day;
  }
  return null;
}

/**
 * The standard nodes of a project signed on `signedOn`, with the planned date as baseline, and
 * those the stages reached settle done on those stages' dates.
 */
export function standardMilestones(signedOn: string, dates: StageDates) {
  return milestoneTemplate.map((node, sortOrder) => {
    const plannedOn = addMonths(signedOn, node.months);
    const actualOn = settledOn(node.key, dates);
    return {
      key: node.key,
      name: node.name,
      sortOrder: sortOrder * 10,
      plannedOn,
      baselineOn: plannedOn,
      actualOn,
      completedByStage: actualOn !== null,
    };
  });
}
