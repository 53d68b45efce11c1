import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { milestones } from '@zdyq/db/schema';
import { createProject, seedReference, unitByName } from '@zdyq/db/seed';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestoneStatus, milestoneStatusSql } from './milestone.rules.ts';

describe('milestone status', () => {
  it.each([
    [{ plannedOn: '2024-03-01', actualOn: '2024-02-20' }, '2024-03-10', 'DONE'],
    [{ plannedOn: '2024-03-01', actualOn: '2024-03-20' }, '2024-03-10', 'OVERDUE'],
    [{ plannedOn: '2024-03-01', actualOn: null }, '2024-03-01', 'DUE_SOON'],
    [{ plannedOn: '2024-03-16', actualOn: null }, '2024-03-01', 'DUE_SOON'],
    [{ plannedOn: '2024-03-17', actualOn: null }, '2024-03-01', 'PENDING'],
    [{ plannedOn: '2024-02-29', actualOn: null }, '2024-03-01', 'OVERDUE'],
    [{ plannedOn: null, actualOn: null }, '2024-03-01', 'PENDING'],
  ] as const)('%o as of %s is %s', (node, asOf, status) => {
    expect(milestoneStatus(node, asOf)).toBe(status);
  });

  describe('in SQL', () => {
    let dir: string;
    let handle: DbHandle;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'zdyq-rules-'));
      handle = await createDb({ dataDir: dir });
      await seedReference(handle.db);
    });
    afterAll(async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('agrees with the TypeScript rule on every node and day', async () => {
      const unit = await unitByName(handle.db, '区投资促进中心');
      const project = await createProject(handle.db, { leadUnitId: unit.id, stage: 'SIGNED', signedOn: '2024-01-15' });
      await handle.db
        .update(milestones)
        .set({ actualOn: '2024-06-20' })
        .where(sql`${milestones.projectId} = ${project.id} AND ${milestones.key} = 'LAND_ACQUIRED'`);
      const nodes = await handle.db.select().from(milestones).where(eq(milestones.projectId, project.id));
      for (const asOf of ['2024-01-01', '2024-02-10', '2024-04-10', '2024-06-20', '2024-07-20', '2026-01-01']) {
        const result = (await handle.db.execute(
          sql`SELECT m.id, ${milestoneStatusSql(asOf)} AS status FROM milestones m WHERE m.project_id = ${project.id}`,
        )) as unknown as { rows: Array<{ id: string; status: string }> };
        const inSql = new Map(result.rows.map((r) => [r.id, r.status]));
        for (const node of nodes) expect(inSql.get(node.id), `${node.key} ${asOf}`).toBe(milestoneStatus(node, asOf));
      }
    });
  });
});
