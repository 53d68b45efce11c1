import { sql } from 'drizzle-orm';

/**
 * The outer query's project id, for correlated subqueries. Written out in full because drizzle
 * renders a column of a single-table select without its table name, and inside a subquery a bare
 * "id" would mean the subquery's own table.
 */
export const OUTER_PROJECT_ID = sql.raw('"projects"."id"');
