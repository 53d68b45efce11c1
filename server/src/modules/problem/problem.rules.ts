import type { Role } from '@zdyq/db/schema';

export type ProblemStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';
export type EscalationLevel = 'UNIT' | 'LEADER' | 'MEETING';
export type ProblemAction = 'START' | 'RESOLVE' | 'REOPEN' | 'CLOSE' | 'ESCALATE' | 'NOTE' | 'INSTRUCT';

/**
 * The status machine of SPEC 4.4 as one table: from each status, the statuses it may move to, the
 * action that does it, and who may. "workers" are users of the lead unit or a co-unit; "raiser" is
 * whoever raised the problem. ADMIN may do everything.
 */
export const statusTransitions: ReadonlyArray<{
  from: ProblemStatus;
  to: ProblemStatus;
  action: ProblemAction;
  by: 'workers' | 'raiser';
}> = [
  { from: 'OPEN', to: 'IN_PROGRESS', action: 'START', by: 'workers' },
  { from: 'IN_PROGRESS', to: 'RESOLVED', action: 'RESOLVE', by: 'workers' },
  { from: 'RESOLVED', to: 'IN_PROGRESS', action: 'REOPEN', by: 'workers' },
  { from: 'RESOLVED', to: 'CLOSED', action: 'CLOSE', by: 'raiser' },
];

/** UNIT → LEADER (区领导) → MEETING (专题协调会); one level at a time. */
export const levels: readonly EscalationLevel[] = ['UNIT', 'LEADER', 'MEETING'];

export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return levels[levels.indexOf(level) + 1] ?? null;
}

export const isOpen = (status: ProblemStatus) => status === 'OPEN' || status === 'IN_PROGRESS';

/** Days past due after which the sweep raises a problem to LEADER, and then to MEETING. */
export const AUTO_ESCALATION_DAYS: Record<Exclude<EscalationLevel, 'UNIT'>, number> = { LEADER: 15, MEETING: 30 };

type Viewer = { id: string; role: Role; unitId: string | null };
type Subject = { status: ProblemStatus; level: EscalationLevel; leadUnitId: string; raisedById: string | null };

/** What a user may do with a problem now: the one answer the API enforces and the web shows. */
export function allowedActions(viewer: Viewer, problem: Subject, coUnitIds: readonly string[]): ProblemAction[] {
  const admin = viewer.role === 'ADMIN';
  const worker = viewer.unitId !== null && (viewer.unitId === problem.leadUnitId || coUnitIds.includes(viewer.unitId));
  const raiser = problem.raisedById !== null && problem.raisedById === viewer.id;
  const actions: ProblemAction[] = [];
  for (const t of statusTransitions) {
    if (t.from !== problem.status) continue;
    if (admin || (t.by === 'workers' ? worker : raiser)) actions.push(t.action);
  }
  const leader = viewer.role === 'LEADER';
  if ((leader || admin) && isOpen(problem.status) && nextLevel(problem.level)) actions.push('ESCALATE');
  if (problem.status !== 'CLOSED') {
    if (leader) actions.push('INSTRUCT');
    else if (admin || worker || raiser) actions.push('NOTE');
  }
  return actions;
}
