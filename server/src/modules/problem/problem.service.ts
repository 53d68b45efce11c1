import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { problemCoUnits, problems, problemUpdates } from '@zdyq/db/schema';
import { asc, desc, inArray } from 'drizzle-orm';

export type ProblemRow = typeof problems.$inferSelect;
export type ProblemUpdateRow = typeof problemUpdates.$inferSelect;

/** Overdue (SPEC 4.4): still open or in progress with its due date before the day. */
export function isOverdue(problem: Pick<ProblemRow, 'status' | 'dueOn'>, asOf: string): boolean {
  return (
    (problem.status === 'OPEN' || problem.status === 'IN_PROGRESS') && problem.dueOn !== null && problem.dueOn < asOf
  );
}

export function problemsByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return db
    .select()
    .from(problems)
    .where(inArray(problems.projectId, [...projectIds]))
    .orderBy(desc(problems.createdAt));
}

export function coUnitsByProblems(db: DatabaseOrTransaction, problemIds: readonly string[]) {
  return db
    .select()
    .from(problemCoUnits)
    .where(inArray(problemCoUnits.problemId, [...problemIds]));
}

export function updatesByProblems(db: DatabaseOrTransaction, problemIds: readonly string[]) {
  return db
    .select()
    .from(problemUpdates)
    .where(inArray(problemUpdates.problemId, [...problemIds]))
    .orderBy(asc(problemUpdates.at));
}
