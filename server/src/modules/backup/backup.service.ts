import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database, DatabaseOrTransaction, DbHandle } from '@zdyq/db/client';
import { backups, users } from '@zdyq/db/schema';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { formatDateTime, today } from '../../lib/dates.ts';
import type { Logger } from '../../logger.ts';
import { type Actor, authorizeRole } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify } from '../notify/notify.service.ts';
import { DATABASE_MEMBER, type Manifest, sha256OfFile, UPLOADS, writeArchive } from './backup.archive.ts';

export type BackupRow = typeof backups.$inferSelect;
export type BackupContext = { handle: DbHandle; config: Config; log: Logger };

/** The product as a backup names it: its release, from the workspace's package.json. */
export const product = (() => {
  const root = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version?: string;
  };
  return { name: root.name, version: root.version ?? '0.0.0' };
})();

// Any fixed number: two instances never claim backups at the same moment.
const BACKUP_LOCK = 727_100_005;
/** A backup still RUNNING after this long lost its instance. */
const STALE_AFTER_HOURS = 6;

const districtClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The archive's name: its time in the district, sortable. */
const archiveName = (at: Date) =>
  `zdyq-backup-${formatDateTime(at)
    .replace(/[-: ]/g, '')
    .replace(/^(\d{8})/, '$1-')}-${String(at.getMilliseconds()).padStart(3, '0')}.tar`;

export async function listBackups(db: DatabaseOrTransaction, actor: Actor): Promise<BackupRow[]> {
  authorizeRole(actor, 'backup.manage');
  return await db.select().from(backups).orderBy(desc(backups.startedAt)).limit(200);
}

/**
 * Claims a backup and writes it in the background; answers the RUNNING row at once (ADMIN's
 * "backup now" follows it), or null when a scheduled one for the day is already another's. One
 * runs at a time: claims are made under an advisory lock, and a manual one while another runs is
 * a CONFLICT.
 */
export async function startBackup(
  ctx: BackupContext,
  args: { actor: Actor | null; scheduledFor?: string; requestId?: string },
): Promise<{ row: BackupRow; done: Promise<BackupRow> } | null> {
  if (args.actor) authorizeRole(args.actor, 'backup.manage');
  const db = ctx.handle.db;
  const row = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${BACKUP_LOCK})`);
    const [busy] = await tx.select({ id: backups.id }).from(backups).where(eq(backups.status, 'RUNNING')).limit(1);
    if (busy && !args.scheduledFor) throw new AppError('CONFLICT', '已有备份正在进行，请稍后再试');
    if (busy) return null;
    const [claimed] = await tx
      .insert(backups)
      .values({
        fileName: archiveName(new Date()),
        scheduledFor: args.scheduledFor ?? null,
        startedById: args.actor?.id ?? null,
      })
      .onConflictDoNothing()
      .returning();
    return claimed ?? null;
  });
  if (!row) return null;
  const done = writeBackup(ctx, row, args);
  return { row, done };
}

/** Starts a backup and waits for it: the daily one, tests, the command line. */
export async function backupNow(
  ctx: BackupContext,
  args: { actor: Actor | null; scheduledFor?: string; requestId?: string },
): Promise<BackupRow | null> {
  const started = await startBackup(ctx, args);
  return started ? await started.done : null;
}

async function writeBackup(
  ctx: BackupContext,
  row: BackupRow,
  args: { actor: Actor | null; requestId?: string },
): Promise<BackupRow> {
  const { handle, config, log } = ctx;
  const db = handle.db;
  let work: string | undefined;
  try {
    await mkdir(config.backup.dir, { recursive: true });
    // Beside the archives, so the finished one is moved into place, never copied.
    work = await mkdtemp(join(config.backup.dir, '.writing-'));
    const databaseFile = join(work, 'database');
    const snapshot = await handle.snapshot(databaseFile);
    // The files are copied after the snapshot: a file is written before its row, so every file the
    // snapshot names is there (files are never removed).
    const uploads = await readdir(config.uploadDir, { withFileTypes: true }).catch(() => []);
    const files = [
      { name: DATABASE_MEMBER[snapshot.database], path: databaseFile },
      ...uploads
        .filter((f) => f.isFile())
        .map((f) => ({ name: `${UPLOADS}${f.name}`, path: join(config.uploadDir, f.name) })),
    ];
    const manifest: Omit<Manifest, 'members'> = {
      format: 1,
      product,
      schema: { migrations: snapshot.migrations.applied, last: snapshot.migrations.last },
      database: snapshot.database,
      createdAt: new Date().toISOString(),
      rowCounts: snapshot.rowCounts,
      auditChain: snapshot.auditChain,
    };
    const archive = join(work, row.fileName);
    await writeArchive(archive, manifest, files);
    const [size, sha256] = [(await stat(archive)).size, await sha256OfFile(archive)];
    await rename(archive, join(config.backup.dir, row.fileName));
    const [done] = await db.transaction(async (tx) => {
      const updated = await tx
        .update(backups)
        .set({ status: 'DONE', finishedAt: new Date(), sizeBytes: size, sha256 })
        .where(eq(backups.id, row.id))
        .returning();
      await recordAudit(tx, {
        actor: args.actor,
        action: 'backup.run',
        entityType: 'backup',
        entityId: row.id,
        note: `${row.fileName}（${size}字节，${files.length - 1}个上传文件）`,
        requestId: args.requestId,
      });
      return updated;
    });
    log.info({ backup: row.fileName, bytes: size }, 'wrote a backup');
    await prune(ctx);
    return done ?? row;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error({ err: error, backup: row.fileName }, 'backup failed');
    return await recordFailure(db, row, reason.slice(0, 2000), args);
  } finally {
    if (work) await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

/** A failed backup: the row says why, ADMIN is told, and it is a security event. */
async function recordFailure(
  db: Database,
  row: BackupRow,
  reason: string,
  args: { actor: Actor | null; requestId?: string },
): Promise<BackupRow> {
  return await db.transaction(async (tx) => {
    const [failed] = await tx
      .update(backups)
      .set({ status: 'FAILED', finishedAt: new Date(), error: reason })
      .where(eq(backups.id, row.id))
      .returning();
    await recordAudit(tx, {
      actor: args.actor,
      action: 'backup.run',
      entityType: 'backup',
      entityId: row.id,
      result: 'FAILURE',
      note: `${row.fileName}：${reason}`,
      requestId: args.requestId,
    });
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'ADMIN'), eq(users.active, true)));
    await notify(
      tx,
      admins.map((a) => a.id),
      {
        kind: 'BACKUP_FAILED',
        title: `备份失败：${row.fileName}`,
        body: `${formatDateTime(row.startedAt)} 开始的备份没有完成：${reason}`,
        link: '/admin?tab=backups',
      },
    );
    return failed ?? row;
  });
}

/** Keeps the newest BACKUP_KEEP finished backups; older archives are removed, file and row. */
async function prune(ctx: BackupContext): Promise<void> {
  const { handle, config } = ctx;
  const done = await handle.db
    .select()
    .from(backups)
    .where(eq(backups.status, 'DONE'))
    .orderBy(desc(backups.startedAt), desc(backups.fileName));
  for (const old of done.slice(config.backup.keep)) {
    await rm(join(config.backup.dir, old.fileName), { force: true });
    await handle.db.transaction(async (tx) => {
      await tx.delete(backups).where(eq(backups.id, old.id));
      await recordAudit(tx, {
        actor: null,
        action: 'backup.prune',
        entityType: 'backup',
        entityId: old.id,
        note: `保留最近${config.backup.keep}份，删除 ${old.fileName}`,
      });
    });
  }
}

/**
 * The daily backup, once the district's clock has passed BACKUP_TIME: claimed by the day, so of
 * several instances one writes it. Returns the backup written, if this instance wrote one.
 */
export async function runScheduledBackup(ctx: BackupContext, now = new Date()): Promise<BackupRow | null> {
  if (districtClock.format(now) < ctx.config.backup.time) return null;
  const day = today(now);
  const [already] = await ctx.handle.db
    .select({ id: backups.id })
    .from(backups)
    .where(eq(backups.scheduledFor, day))
    .limit(1);
  if (already) return null;
  return await backupNow(ctx, { actor: null, scheduledFor: day });
}

/** Backups whose instance stopped while writing them are failed (and ADMIN told), so the next can run. */
export async function failStaleBackups(ctx: BackupContext): Promise<number> {
  const stale = await ctx.handle.db
    .select()
    .from(backups)
    .where(
      and(
        eq(backups.status, 'RUNNING'),
        lt(backups.startedAt, sql`now() - make_interval(hours => ${STALE_AFTER_HOURS})`),
      ),
    );
  for (const row of stale) await recordFailure(ctx.handle.db, row, '写入备份的服务实例已停止', { actor: null });
  return stale.length;
}

/** A finished backup's archive on disk, for ADMIN's download. */
export async function backupFile(db: DatabaseOrTransaction, config: Config, actor: Actor, id: string) {
  authorizeRole(actor, 'backup.manage');
  const [row] = /^[0-9a-f-]{36}$/.test(id)
    ? await db
        .select()
        .from(backups)
        .where(and(eq(backups.id, id), eq(backups.status, 'DONE')))
    : [];
  if (!row) throw new AppError('NOT_FOUND', '备份不存在', { field: 'id' });
  const path = join(config.backup.dir, row.fileName);
  if (!(await stat(path).catch(() => null))) throw new AppError('NOT_FOUND', '备份文件已不在', { field: 'id' });
  return { row, path };
}
