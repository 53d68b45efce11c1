import { projects } from '@zdyq/db/schema';
import { type SQL, sql } from 'drizzle-orm';

export type ComplianceStatus = 'NONE' | 'COMPLIANT' | 'NON_COMPLIANT' | 'RECTIFYING';

/**
 * The outer `projects` row's compliance status as of a day (SPEC 6): from its latest check on or
 * before that day that no later correction supersedes; an action with a rectify-by date still ahead
 * makes it RECTIFYING; no check is NONE.
 */
export function complianceStatusSql(asOf: string): SQL<ComplianceStatus> {
  return sql<ComplianceStatus>`coalesce((
    SELECT CASE WHEN c.action <> 'NONE' AND c.rectify_by > ${asOf}::date THEN 'RECTIFYING' ELSE c.result::text END
    FROM compliance_checks c
    WHERE c.project_id = ${projects.id} AND c.checked_on <= ${asOf}::date
      AND NOT EXISTS (SELECT 1 FROM compliance_checks s WHERE s.supersedes_id = c.id AND s.checked_on <= ${asOf}::date)
    ORDER BY c.checked_on DESC, c.created_at DESC
    LIMIT 1), 'NONE')`;
}
