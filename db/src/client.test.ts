import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, DataDirLockedError, type DbHandle } from './client.ts';
import { verifyPassword } from './password.ts';
import { auditLog, projects, units, users } from './schema/index.ts';
import { createProject, ensureAdministrator, seedDemo, seedReference } from './seed/index.ts';

// The db package's own tests always use PGlite; the server's API suite covers PostgreSQL too.
describe('embedded database', () => {
  let dir: string;
  let handle: DbHandle;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zdyq-db-'));
    handle = await createDb({ dataDir: dir });
    await seedReference(handle.db);
    // Eleven migrations into a new embedded database: seconds alone, more on a loaded machine.
  }, 60_000);
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second process-level open of the same folder', async () => {
    await expect(createDb({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('seeds the units of the plan once, whatever the number of runs', async () => {
    await seedReference(handle.db);
    const rows = await handle.db.select().from(units);
    expect(rows).toHaveLength(32);
    expect(
      rows
        .filter((u) => u.kind === 'PLATFORM')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['曹娥江经开区', '杭州湾经开区']);
  });

  it('seeds demo projects across every stage, tier and industry, with leaders on the major ones', async () => {
    const result = await seedDemo(handle.db, new Date('2026-11-26T00:00:00Z'));
    expect(result.seeded).toBe(true);
    const rows = await handle.db.select().from(projects);
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(new Set(rows.map((p) => p.stage)).size).toBe(7);
    expect(new Set(rows.map((p) => p.tier))).toEqual(new Set(['MAJOR_50', 'MAJOR_10', 'OVER_1', 'BELOW_1']));
    expect(new Set(rows.map((p) => p.industry)).size).toBe(8);
    const major = rows.filter((p) => p.tier === 'MAJOR_50');
    expect(major.length).toBeGreaterThanOrEqual(6);
    expect(major.every((p) => (p.responsibleLeader ?? '') !== '')).toBe(true);
    expect(rows.every((p) => p.signedOn === null || p.signedOn <= '2026-11-26')).toBe(true);
    // The plan running on the day beside the ended 2021–2023 one (SPEC 8).
    const plans = await handle.db.execute(
      sql`SELECT period_start::text AS start, period_end::text AS "end" FROM target_periods WHERE code = 'NEW_MFG_10YI' ORDER BY period_start`,
    );
    expect((plans as unknown as { rows: unknown[] }).rows).toEqual([
      { start: '2021-01-01', end: '2023-12-31' },
      { start: '2024-01-01', end: '2026-12-31' },
    ]);
    expect((await seedDemo(handle.db)).seeded).toBe(false);
  });

  it('derives the tier with inclusive thresholds', async () => {
    const [unit] = await handle.db.select().from(units).limit(1);
    const at = async (total: string) =>
      (await createProject(handle.db, { leadUnitId: unit!.id, totalInvestment: total, responsibleLeader: '区长' }))
        .tier;
    expect(await at('50')).toBe('MAJOR_50');
    expect(await at('49.9999')).toBe('MAJOR_10');
    expect(await at('10')).toBe('MAJOR_10');
    expect(await at('9.9999')).toBe('OVER_1');
    expect(await at('1')).toBe('OVER_1');
    expect(await at('0.9999')).toBe('BELOW_1');
  });

  it('refuses a ≥50亿 project without a responsible leader', async () => {
    const [unit] = await handle.db.select().from(units).limit(1);
    await expect(createProject(handle.db, { leadUnitId: unit!.id, totalInvestment: '50' })).rejects.toThrow();
  });

  it('creates the first administrator from a password only while none exists', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'zdyq-admin-'));
    const fresh = await createDb({ dataDir: dir2 });
    try {
      expect(await ensureAdministrator(fresh.db, 'ADMIN', 'first-admin-2026')).toBe(true);
      expect(await ensureAdministrator(fresh.db, 'ADMIN', 'another-password')).toBe(false);
      expect(await ensureAdministrator(fresh.db, 'AUDITOR', 'first-auditor-2026')).toBe(true);
      const admins = await fresh.db.select().from(users).where(eq(users.role, 'ADMIN'));
      expect(admins).toHaveLength(1);
      expect(admins[0]?.mustChangePassword).toBe(true);
      expect(await verifyPassword(admins[0]?.passwordHash ?? '', 'first-admin-2026')).toBe(true);
      const [auditor] = await fresh.db.select().from(users).where(eq(users.role, 'AUDITOR'));
      expect(auditor?.username).toBe('auditor');
    } finally {
      await fresh.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps the audit log append-only', async () => {
    await handle.db.insert(auditLog).values({ action: 'test', entityType: 'unit', entityId: 'x' });
    await expect(
      handle.db.update(auditLog).set({ action: 'changed' }).where(eq(auditLog.action, 'test')),
    ).rejects.toThrow();
    await expect(handle.db.delete(auditLog)).rejects.toThrow();
    await expect(handle.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'test'));
    expect(rows).toHaveLength(1);
  });
});
