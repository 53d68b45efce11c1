import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from './client.ts';
import { projectCodeCounters } from './schema/index.ts';

/**
 * The next code for a project created in `year`, e.g. SY-2022-0007. The counter row is bumped
 * with one upsert, so concurrent creators each get their own number.
 */
export async function nextProjectCode(db: DatabaseOrTransaction, year: number): Promise<string> {
  const [row] = await db
    .insert(projectCodeCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: projectCodeCounters.year, set: { last: sql`${projectCodeCounters.last} + 1` } })
    .returning({ last: projectCodeCounters.last });
  if (!row) throw new Error('project code counter returned no row');
  return `SY-${year}-${String(row.last).padStart(4, '0')}`;
}
