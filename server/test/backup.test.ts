import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@zdyq/db/client';
import { backups, projects } from '@zdyq/db/schema';
import { unitByName } from '@zdyq/db/seed';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { DATABASE_MEMBER, readArchive, writeArchive } from '../src/modules/backup/backup.archive.ts';
import { knownMigrations, type RestoreTarget, restoreArchive } from '../src/modules/backup/backup.restore.ts';
import { backupNow, product, runScheduledBackup } from '../src/modules/backup/backup.service.ts';
import { type ApiClient, emptyPostgresDatabase, serveHandle, startTestServer, type TestServer } from './api.ts';
import { fixtureOf, load, migrationsUpTo } from './releases.ts';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000', // a PNG's signature and header
  'hex',
);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A fresh place to restore into: an empty data folder, or an empty database beside the test's. */
async function emptyTarget(): Promise<RestoreTarget & { drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'zdyq-restore-target-'));
  const base = process.env.DATABASE_URL;
  const database = base ? await emptyPostgresDatabase(base) : null;
  return {
    dataDir: dir,
    databaseUrl: database?.url,
    uploadDir: join(dir, 'uploads'),
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

const openTarget = (target: RestoreTarget) =>
  createDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, migrate: false, maxConnections: 2 });

/** Backups and restore (SPEC 8.1): a drill under writes, damaged archives, full targets, old archives, retention. */
describe('backups and recovery', () => {
  let t: TestServer;
  let admin: ApiClient;
  let inspector: ApiClient;
  let unit: string;
  const context = () => ({ handle: t.handle, config: t.config, log: createLogger('silent') });

  beforeAll(async () => {
    t = await startTestServer({ BACKUP_KEEP: '2' });
    ({ admin, inspector } = await t.everyone());
    unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
  }, 120_000);
  afterAll(() => t.close());

  const createProject = (name: string) =>
    admin.ok<{ createProject: { id: string } }>('mutation($i: ProjectInput!) { createProject(input: $i) { id } }', {
      i: {
        name,
        investor: '备份演练投资有限公司',
        industry: 'NEW_MATERIALS',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '3',
        leadUnitId: unit,
      },
    });
  const upload = async (bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'photo.png');
    const res = await inspector.request('/api/attachments', { method: 'POST', body: form });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const archiveOf = (row: { fileName: string }) => join(t.config.backup.dir, row.fileName);

  it('takes a backup while 8 clients write, and restores everything acknowledged before it began', async () => {
    const acknowledged: Array<{ name: string; at: number }> = [];
    let writing = true;
    let n = 0;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      try {
        while (writing) {
          const name = `备份演练项目-${w}-${n++}`;
          await createProject(name);
          acknowledged.push({ name, at: Date.now() });
          if (w === 0) await upload(Buffer.concat([PNG, Buffer.from(`drill-${n}`)]));
        }
      } finally {
        // One writer failing stops them all, so the test ends with its error.
        writing = false;
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    const began = Date.now();
    const uploadsBefore = readdirSync(t.config.uploadDir);
    const start = await admin.ok<{ startBackup: { id: string; status: string } }>(
      'mutation { startBackup { id status } }',
    );
    expect(start.startBackup.status).toBe('RUNNING');
    // A second one while it runs is refused.
    expect((await admin.fails('mutation { startBackup { id } }')).extensions?.code).toBe('CONFLICT');
    let row: { status: string; size: number | null; sha256: string | null; fileName: string } | undefined;
    for (let i = 0; i < 240 && row?.status !== 'DONE'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const { backups: list } = await admin.ok<{ backups: Array<NonNullable<typeof row> & { id: string }> }>(
        '{ backups { id status size sha256 fileName } }',
      );
      row = list.find((b) => b.id === start.startBackup.id);
      expect(row?.status).not.toBe('FAILED');
    }
    writing = false;
    await Promise.all(writers);
    if (!row) throw new Error('the backup is not listed');
    expect(row.status).toBe('DONE');
    expect(row.size).toBeGreaterThan(0);
    expect(row.sha256).toBe(sha256(archiveOf(row)));
    const before = acknowledged.filter((a) => a.at < began).map((a) => a.name);
    expect(before.length).toBeGreaterThan(8);
    expect(uploadsBefore.length).toBeGreaterThan(0);

    const target = await emptyTarget();
    try {
      const restored = await restoreArchive(archiveOf(row), target);
      if (restored.refused) throw new Error(restored.refused.join('; '));
      expect(restored.countMismatches).toEqual([]);
      expect(restored.chain.ok).toBe(true);
      expect(restored.ok).toBe(true);
      const handle = await openTarget(target);
      try {
        const found = await handle.db
          .select({ name: projects.name })
          .from(projects)
          .where(inArray(projects.name, before));
        expect(found.map((p) => p.name).sort()).toEqual([...before].sort());
        // Every file uploaded before the backup began is there, byte for byte.
        for (const file of uploadsBefore) {
          expect(sha256(join(target.uploadDir, file)), file).toBe(sha256(join(t.config.uploadDir, file)));
        }
        // The restored database serves: health, sign-in, the list.
        const served = await serveHandle(handle);
        try {
          expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
          const again = await served.signIn('admin');
          const { projects: list } = await again.ok<{ projects: { totalCount: number } }>(
            '{ projects { totalCount } }',
          );
          expect(list.totalCount).toBeGreaterThanOrEqual(before.length);
        } finally {
          await served.close();
        }
      } finally {
        await handle.close();
      }
    } finally {
      await target.drop();
    }
  }, 300_000);

  it('refuses a damaged archive naming the member, and a target that is not empty, changing nothing', async () => {
    const done = await backupNow(context(), { actor: null });
    if (done?.status !== 'DONE') throw new Error(`backup failed: ${done?.error}`);
    const archive = archiveOf(done);
    const check = await readArchive(archive);
    expect(check.problems).toEqual([]);
    const member = check.manifest?.members.find((m) => m.name.startsWith('database/'));
    expect(member?.name).toBe(DATABASE_MEMBER[t.handle.kind]);

    // One byte flipped inside the database member's data.
    const bytes = readFileSync(archive);
    const header = bytes.indexOf(Buffer.from(member?.name ?? ''));
    const at = header + 512 + Math.floor((member?.size ?? 0) / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const damaged = join(mkdtempSync(join(tmpdir(), 'zdyq-damaged-')), 'damaged.tar');
    writeFileSync(damaged, bytes);
    const target = await emptyTarget();
    try {
      const refused = await restoreArchive(damaged, target);
      expect(refused.ok).toBe(false);
      expect(refused.refused?.join('\n')).toContain(member?.name);
      // Nothing was written.
      expect(readdirSync(target.dataDir)).toEqual([]);
      if (target.databaseUrl) {
        const untouched = await createDb({ databaseUrl: target.databaseUrl, migrate: false, maxConnections: 1 });
        const [tables] = (
          (await untouched.db.execute(
            sql`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
          )) as unknown as {
            rows: Array<{ n: number }>;
          }
        ).rows;
        expect(tables?.n).toBe(0);
        await untouched.close();
      }
    } finally {
      await target.drop();
    }

    // Into the live database: refused, and it is as it was.
    const [{ n: projectsBefore } = { n: 0 }] = await t.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(projects);
    const live: RestoreTarget = { dataDir: t.dataDir, databaseUrl: t.databaseUrl, uploadDir: t.config.uploadDir };
    const intoLive = await restoreArchive(archive, live);
    expect(intoLive.ok).toBe(false);
    expect(intoLive.refused?.join('\n')).toMatch(/目标不是空的/);
    const [{ n: projectsAfter } = { n: 0 }] = await t.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(projects);
    expect(projectsAfter).toBe(projectsBefore);
  }, 180_000);

  it('keeps BACKUP_KEEP backups, and of two instances at the backup time one writes it', async () => {
    for (let i = 0; i < 3; i++) await backupNow(context(), { actor: null });
    const done = await t.handle.db.select().from(backups).where(eq(backups.status, 'DONE'));
    expect(done).toHaveLength(2);
    expect(
      readdirSync(t.config.backup.dir)
        .filter((f) => f.endsWith('.tar'))
        .sort(),
    ).toEqual(done.map((b) => b.fileName).sort());

    // Two instances at 02:05 of the same day: one backup.
    const other = await t.secondInstance();
    const at = new Date('2030-01-07T18:05:00Z'); // 02:05 in the district on 8 January
    const [a, b] = await Promise.all([
      runScheduledBackup(context(), at),
      runScheduledBackup({ ...context(), handle: other }, at),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const scheduled = await t.handle.db.select().from(backups).where(eq(backups.scheduledFor, '2030-01-08'));
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.status).toBe('DONE');
    // Before the backup time nothing is written.
    expect(await runScheduledBackup(context(), new Date('2030-01-08T17:00:00Z'))).toBeNull();
  }, 180_000);

  it('restores an archive of the previous release and upgrades it, every row kept', async () => {
    const fixture = fixtureOf('release-2');
    const old = migrationsUpTo(fixture.migrations);
    const source = await emptyTarget();
    const target = await emptyTarget();
    const work = mkdtempSync(join(tmpdir(), 'zdyq-old-archive-'));
    try {
      const released: DbHandle = await createDb({
        databaseUrl: source.databaseUrl,
        dataDir: source.dataDir,
        migrationsFolder: old,
        maxConnections: 2,
      });
      let archive: string;
      try {
        await load(released, fixture);
        const file = join(work, 'database');
        const snapshot = await released.snapshot(file);
        expect(snapshot.migrations.applied).toBe(fixture.migrations);
        archive = join(work, 'release-2.tar');
        await writeArchive(
          archive,
          {
            format: 1,
            product: { name: product.name, version: '2.0.0' },
            schema: { migrations: snapshot.migrations.applied, last: snapshot.migrations.last },
            database: snapshot.database,
            createdAt: new Date().toISOString(),
            rowCounts: snapshot.rowCounts,
            auditChain: snapshot.auditChain,
          },
          [{ name: DATABASE_MEMBER[snapshot.database], path: file }],
        );
      } finally {
        await released.close();
      }
      const restored = await restoreArchive(archive, target);
      if (restored.refused) throw new Error(restored.refused.join('; '));
      expect(restored.countMismatches).toEqual([]);
      expect(restored.chain.ok).toBe(true);
      expect(restored.migratedFrom).toBe(fixture.migrations);
      expect(restored.migratedTo).toBe(knownMigrations());
      const upgraded = await openTarget(target);
      try {
        const released = fixture.tables.find((x) => x.table === 'projects')?.rows ?? [];
        const codes = await upgraded.db.select({ code: projects.code }).from(projects);
        expect(codes.map((c) => c.code).sort()).toEqual(released.map((r) => String(r.code)).sort());
      } finally {
        await upgraded.close();
      }

      // An archive from a newer release is refused.
      const newer = join(work, 'newer.tar');
      const check = await readArchive(archive);
      const manifest = check.manifest;
      if (!manifest) throw new Error('no manifest');
      const dump = join(work, 'database');
      await writeArchive(newer, { ...manifest, schema: { migrations: knownMigrations() + 1, last: null } }, [
        { name: DATABASE_MEMBER[manifest.database], path: dump },
      ]);
      const emptyAgain = await emptyTarget();
      try {
        const refused = await restoreArchive(newer, emptyAgain);
        expect(refused.refused?.join('\n')).toMatch(/更新的版本/);
      } finally {
        await emptyAgain.drop();
      }
    } finally {
      await source.drop();
      await target.drop();
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);

  it('tells ADMIN of a backup that failed, and records it as a security event', async () => {
    // A folder that cannot be made: under a file.
    const blocked = join(mkdtempSync(join(tmpdir(), 'zdyq-blocked-')), 'file');
    writeFileSync(blocked, 'not a folder');
    const failing = {
      ...context(),
      config: { ...t.config, backup: { ...t.config.backup, dir: join(blocked, 'backups') } },
    };
    const failed = await backupNow(failing, { actor: null });
    expect(failed?.status).toBe('FAILED');
    expect(failed?.error).toBeTruthy();
    const { myNotifications } = await admin.ok<{ myNotifications: { nodes: Array<{ kind: string; title: string }> } }>(
      '{ myNotifications(first: 5) { nodes { kind title } } }',
    );
    expect(myNotifications.nodes[0]).toMatchObject({ kind: 'BACKUP_FAILED', title: `备份失败：${failed?.fileName}` });
    const auditor = await t.as('auditor');
    const { auditLog } = await auditor.ok<{
      auditLog: { nodes: Array<{ action: string; result: string; entityId: string }> };
    }>('{ auditLog(entityType: "backup") { nodes { action result entityId } } }');
    expect(auditLog.nodes.find((n) => n.entityId === failed?.id)).toMatchObject({
      action: 'backup.run',
      result: 'FAILURE',
    });
    // The next one runs: a failed backup holds nothing up.
    expect((await backupNow(context(), { actor: null }))?.status).toBe('DONE');
  }, 120_000);

  it('keeps an uploaded file and its copy in the archive identical', async () => {
    const id = await upload(Buffer.concat([PNG, Buffer.from('identical')]));
    const done = await backupNow(context(), { actor: null });
    if (!done) throw new Error('no backup');
    const out = mkdtempSync(join(tmpdir(), 'zdyq-extract-'));
    try {
      const check = await readArchive(archiveOf(done), { database: join(out, 'db'), uploads: join(out, 'uploads') });
      expect(check.problems).toEqual([]);
      for (const file of readdirSync(t.config.uploadDir)) {
        expect(sha256(join(out, 'uploads', file))).toBe(sha256(join(t.config.uploadDir, file)));
      }
      expect(id).toBeTruthy();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
