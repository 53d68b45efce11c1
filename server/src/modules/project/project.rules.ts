import { type ForwardStage, stageDateField, stageOrder } from '@zdyq/db/lifecycle';
import type { Stage } from '@zdyq/db/schema';

/**
 * The stage machine of SPEC 4.1, as one table: where each stage may go forward, and whether it may
 * be terminated. Going back is a correction (ADMIN, with a reason), never a transition here.
 */
export const transitions: Record<Stage, { forward: readonly ForwardStage[]; terminate: boolean }> = {
  NEGOTIATING: {
    forward: ['SIGNED', 'UNDER_CONSTRUCTION', 'ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'],
    terminate: true,
  },
  SIGNED: { forward: ['UNDER_CONSTRUCTION', 'ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'], terminate: true },
  UNDER_CONSTRUCTION: { forward: ['ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY'], terminate: true },
  ACCEPTED: { forward: ['IN_PRODUCTION', 'AT_CAPACITY'], terminate: true },
  IN_PRODUCTION: { forward: ['AT_CAPACITY'], terminate: true },
  AT_CAPACITY: { forward: [], terminate: false },
  TERMINATED: { forward: [], terminate: false },
};

/** Stages a project may be created at. */
export const creationStages: readonly Stage[] = ['NEGOTIATING', 'SIGNED'];

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
