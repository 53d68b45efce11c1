import { projects } from '@zdyq/db/schema';
import { type SQL, sql } from 'drizzle-orm';
import { complianceStatusSql } from '../compliance/compliance.rules.ts';
import { hasDueSoonNodeSql, hasOverdueNodeSql } from './milestone.rules.ts';

export type Light = 'GREEN' | 'YELLOW' | 'RED';

const OPEN = sql`p.status IN ('OPEN', 'IN_PROGRESS')`;

/**
 * The light (红黄绿灯) of the outer `projects` row as of a day, SPEC 4.3. A terminated project has
 * nothing left to chase and shows green.
 */
export function lightSql(asOf: string): SQL<Light> {
  const compliance = complianceStatusSql(asOf);
  const overdueProblem = sql`EXISTS (SELECT 1 FROM problems p WHERE p.project_id = ${projects.id}
    AND ${OPEN} AND p.due_on < ${asOf}::date)`;
  const escalatedProblem = sql`EXISTS (SELECT 1 FROM problems p WHERE p.project_id = ${projects.id}
    AND ${OPEN} AND p.level <> 'UNIT')`;
  return sql<Light>`CASE
    WHEN ${projects.stage} = 'TERMINATED' THEN 'GREEN'
    WHEN ${hasOverdueNodeSql(asOf)} OR ${overdueProblem} OR ${compliance} = 'NON_COMPLIANT' THEN 'RED'
    WHEN ${hasDueSoonNodeSql(asOf)} OR ${escalatedProblem} OR ${compliance} = 'RECTIFYING' THEN 'YELLOW'
    ELSE 'GREEN' END`;
}
