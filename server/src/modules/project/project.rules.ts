import { type ForwardStage, stageDateField, stageOrder } from '@zdyq/db/lifecycle';
import { projects, type Stage } from '@zdyq/db/schema';
import * as values from '@zdyq/db/values';
import { type SQL, sql } from 'drizzle-orm';
import { compareDecimal } from '../../lib/decimal.ts';

/**
 * The stage machine of SPEC 4.1, as one table: where each stage may go forward, and whether it may
 * be terminated. Going back is a correction (ADMIN, with a reason), never a transition here.
 */
type Transition = { forward: readonly ForwardStage[]; terminate: boolean };
/** Forward to any later stage at once; terminated from any stage but the last. */
const onward = (stage: ForwardStage): Transition => ({
  forward: stageOrder.slice(stageOrder.indexOf(stage) + 1),
  terminate: stage !== 'AT_CAPACITY',
});
export const transitions: Record<Stage, Transition> = {
  NEGOTIATING: onward('NEGOTIATING'),
  SIGNED: onward('SIGNED'),
  UNDER_CONSTRUCTION: onward('UNDER_CONSTRUCTION'),
  ACCEPTED: onward('ACCEPTED'),
  IN_PRODUCTION: onward('IN_PRODUCTION'),
  AT_CAPACITY: onward('AT_CAPACITY'),
  TERMINATED: { forward: [], terminate: false },
};

/** Stages a project may be created at. */
export const creationStages: readonly Stage[] = values.creationStages;

export const stageIndex = (stage: ForwardStage) => stageOrder.indexOf(stage);

type Dated = Partial<Record<(typeof stageDateField)[keyof typeof stageDateField], string | null>>;

/** The forward stages strictly after `from` up to and including `to`: each gets its date. */
export function stagesPassed(from: ForwardStage, to: ForwardStage): ForwardStage[] {
  return stageOrder.slice(stageIndex(from) + 1, stageIndex(to) + 1);
}

/** The latest stage date a project has, which a new stage date may not precede. */
export function latestStageDate(project: Dated): string | null {
  const dates = Object.values(stageDateField)
    .map((field) => project[field])
    .filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1) ?? null;
}

/** The furthest forward stage a project's dates show it reached (for a terminated project, before it ended). */
export function reachedStage(project: Dated): ForwardStage {
  let reached: ForwardStage = 'NEGOTIATING';
  for (const stage of stageOrder) {
    if (stage !== 'NEGOTIATING' && project[stageDateField[stage]]) reached = stage;
  }
  return reached;
}

const day = (value: SQL | string) => (typeof value === 'string' ? sql`${value}::date` : value);

/** The termination date of the projects row named `alias` in raw SQL, or of `projects` itself. */
const terminatedOn = (alias?: string) => (alias ? sql.raw(`${alias}.terminated_on`) : sql`${projects.terminatedOn}`);

/**
 * Not terminated as of a day: never, or only after that day. Every figure, list and sweep that leaves
 * terminated projects out asks this, so a past day sees the project as it was then.
 */
export function notTerminatedSql(asOf: string | SQL, alias?: string): SQL<boolean> {
  return sql<boolean>`(${terminatedOn(alias)} IS NULL OR ${terminatedOn(alias)} > ${day(asOf)})`;
}

/** Terminated on or before a day. */
export function terminatedSql(asOf: string | SQL, alias?: string): SQL<boolean> {
  return sql<boolean>`(${terminatedOn(alias)} <= ${day(asOf)})`;
}

/** 50亿 and over (SPEC 3): a responsible leader, the battle map, the race's second column. */
export const major50Sql = sql<boolean>`${projects.totalInvestment} >= ${sql.raw(values.tierLines.MAJOR_50)}`;

/** Whether a total investment (亿元, exact) is at the 50亿 line, where a responsible leader is required. */
export const needsResponsibleLeader = (totalInvestment: string) =>
  compareDecimal(totalInvestment, values.tierLines.MAJOR_50) >= 0;
