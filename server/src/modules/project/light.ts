import { projects } from '@zdyq/db/schema';
import type { Light } from '@zdyq/db/values';
import { type SQL, sql } from 'drizzle-orm';
import { OUTER_PROJECT_ID } from '../../lib/sql.ts';
import { complianceStatusSql } from '../compliance/compliance.rules.ts';
import { escalatedSql, openStatusSql, problemOverdueSql } from '../problem/problem.rules.ts';
import { hasDueSoonNodeSql, hasOverdueNodeSql } from './milestone.rules.ts';
import { notTerminatedSql, terminatedSql } from './project.rules.ts';

export type { Light };
export type ProjectWarning = 'OVERDUE_NODE' | 'OVERDUE_PROBLEM' | 'NON_COMPLIANT';

/** The outer `projects` row has a problem overdue as of the day (SPEC 4.4, problem.rules.ts). */
export function hasOverdueProblemSql(asOf: string): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM problems p WHERE p.project_id = ${OUTER_PROJECT_ID}
    AND ${problemOverdueSql(asOf, 'p')})`;
}

/** The outer `projects` row has an open problem escalated beyond its unit. */
export function hasEscalatedProblemSql(): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM problems p WHERE p.project_id = ${OUTER_PROJECT_ID}
    AND ${openStatusSql(sql.raw('p.status'))} AND ${escalatedSql(sql.raw('p.level'))})`;
}

/** The predicate behind each warning of the dashboard, for the list it links to. */
export function warningSql(warning: ProjectWarning, asOf: string): SQL<boolean> {
  switch (warning) {
    case 'OVERDUE_NODE':
      return sql<boolean>`(${notTerminatedSql(asOf)} AND ${hasOverdueNodeSql(asOf)})`;
    case 'OVERDUE_PROBLEM':
      return hasOverdueProblemSql(asOf);
    case 'NON_COMPLIANT':
      return sql<boolean>`${complianceStatusSql(asOf)} = 'NON_COMPLIANT'`;
  }
}

/**
 * The light (红黄绿灯) of the outer `projects` row as of a day, SPEC 4.3. A terminated project has
 * nothing left to chase and shows green.
 */
export function lightSql(asOf: string): SQL<Light> {
  const compliance = complianceStatusSql(asOf);
  return sql<Light>`CASE
    WHEN ${terminatedSql(asOf)} THEN 'GREEN'
    WHEN ${hasOverdueNodeSql(asOf)} OR ${hasOverdueProblemSql(asOf)} OR ${compliance} = 'NON_COMPLIANT' THEN 'RED'
    WHEN ${hasDueSoonNodeSql(asOf)} OR ${hasEscalatedProblemSql()} OR ${compliance} = 'RECTIFYING' THEN 'YELLOW'
    ELSE 'GREEN' END`;
}

/**
 * The stage the outer `projects` row stood at on a day, read from its stage dates; null before it
 * was logged. A correction clears dates, so this follows the corrected record.
 */
export function stageAsOfSql(asOf: string): SQL<string | null> {
  const d = sql`${asOf}::date`;
  return sql<string | null>`CASE
    WHEN ${terminatedSql(asOf)} THEN 'TERMINATED'
    WHEN ${projects.capacityOn} <= ${d} THEN 'AT_CAPACITY'
    WHEN ${projects.productionOn} <= ${d} THEN 'IN_PRODUCTION'
    WHEN ${projects.acceptedOn} <= ${d} THEN 'ACCEPTED'
    WHEN ${projects.startedOn} <= ${d} THEN 'UNDER_CONSTRUCTION'
    WHEN ${projects.signedOn} <= ${d} THEN 'SIGNED'
    WHEN ${projects.createdAt} < ${d} + 1 THEN 'NEGOTIATING'
    END`;
}
