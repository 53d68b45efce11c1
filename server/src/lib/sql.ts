import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * The outer query's project id, for correlated subqueries. Written out in full because drizzle
 * renders a column of a single-table select without its table name, and inside a subquery a bare
 * "id" would mean the subquery's own table.
 */
export const OUTER_PROJECT_ID = sql.raw('"projects"."id"');

/**
 * A condition keeping, of the rows of `table` matching `where`, at most `limit` per value of
 * `partition`, the first by `orderBy`: nested lists (a project's history, a problem's timeline)
 * stay bounded however long they grow, in one statement for every parent of a request.
 */
export function topPerGroup(args: {
  table: PgTable;
  id: PgColumn;
  partition: PgColumn;
  where: SQL | undefined;
  orderBy: SQL;
  limit: number;
}): SQL {
  return sql`${args.id} IN (SELECT ranked.id FROM (
    SELECT ${args.id} AS id, row_number() OVER (PARTITION BY ${args.partition} ORDER BY ${args.orderBy}) AS rank
    FROM ${args.table} WHERE ${args.where ?? sql`true`}) AS ranked
    WHERE ranked.rank <= ${args.limit})`;
}

/**
 * The instant a district day ends (midnight in Asia/Shanghai), for comparing timestamps with a
 * day: a change made on the evening of the 30th (UTC the same afternoon) counts for the 30th.
 */
export function endOfDaySql(asOf: string): SQL {
  return sql`((${asOf}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
}

/** The instant a district day begins. */
export function startOfDaySql(day: string): SQL {
  return sql`(${day}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
}

/** Text searched for as itself in a LIKE pattern: %, _ and \\ lose their meaning. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
