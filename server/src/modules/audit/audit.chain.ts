import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { auditArchives, auditChainHead, auditLog } from '@zdyq/db/schema';
import { asc, desc, eq, gt, lt, lte, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from './audit.service.ts';

/**
 * The audit chain (等保 tamper evidence): each row stores the SHA-256 of the previous row's hash and
 * its own content, computed by the database as rows are written (migration 0006). Checking it
 * recomputes every hash in order; the first row whose content, link or number does not fit is where
 * the log was edited, a row removed, or the end cut off.
 */

export type ChainCheck = {
  ok: boolean;
  checkedRows: number;
  /** The last row's number, as the chain's head records it. */
  headSeq: number;
  firstBrokenId: number | null;
  firstBrokenSeq: number | null;
  reason: 'CONTENT' | 'LINK' | 'GAP' | 'TAIL' | null;
  checkedAt: Date;
};

/** Recomputes the chain in the database, in slices so a long log does not hold one huge statement. */
export async function verifyAuditChain(db: DatabaseOrTransaction): Promise<ChainCheck> {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  const [archive] = await db.select().from(auditArchives).orderBy(desc(auditArchives.upToSeq)).limit(1);
  let prevHash = archive?.lastHash ?? '';
  let prevSeq = archive?.upToSeq ?? 0;
  let checked = 0;
  const broken = (id: number, seq: number, reason: ChainCheck['reason']): ChainCheck => ({
    ok: false,
    checkedRows: checked,
    headSeq: head?.seq ?? 0,
    firstBrokenId: id,
    firstBrokenSeq: seq,
    reason,
    checkedAt: new Date(),
  });
  const SLICE = 5_000;
  for (;;) {
    const rows = await rowsOf<{
      id: string | number;
      seq: string | number;
      prev: string | null;
      hash: string | null;
      expected: string;
    }>(
      db,
      sql`SELECT a.id, a.chain_seq AS seq, a.prev_hash AS prev, a.hash, audit_row_hash(a.prev_hash, a) AS expected
        FROM audit_log a WHERE a.chain_seq > ${prevSeq} ORDER BY a.chain_seq LIMIT ${SLICE}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      const seq = Number(row.seq);
      if (seq !== prevSeq + 1) return broken(id, seq, 'GAP');
      if ((row.prev ?? '') !== prevHash) return broken(id, seq, 'LINK');
      if (row.hash !== row.expected) return broken(id, seq, 'CONTENT');
      prevHash = row.hash;
      prevSeq = seq;
      checked++;
    }
    if (rows.length < SLICE) break;
  }
  // Rows written without a number (the trigger dropped) break the chain too.
  const [unnumbered] = await rowsOf<{ id: string | number }>(
    db,
    sql`SELECT id FROM audit_log WHERE chain_seq IS NULL ORDER BY id LIMIT 1`,
  );
  if (unnumbered) return broken(Number(unnumbered.id), 0, 'GAP');
  if (head && (head.seq !== prevSeq || head.hash !== prevHash)) return broken(0, prevSeq + 1, 'TAIL');
  return {
    ok: true,
    checkedRows: checked,
    headSeq: head?.seq ?? 0,
    firstBrokenId: null,
    firstBrokenSeq: null,
    reason: null,
    checkedAt: new Date(),
  };
}

export type ArchiveRow = typeof auditArchives.$inferSelect;

/**
 * The auditor archives the rows older than the retention (never under 180 days, 网络安全法 第二十一条)
 * to a gzipped JSON-lines file under DATA_DIR, written and synced first; then, in one transaction,
 * the archive is recorded with the last archived hash (where the chain continues) and the rows go.
 * A chain that does not check out is not archived.
 */
export async function archiveAudit(args: {
  db: Database;
  actor: Actor;
  retentionDays: number;
  folder: string;
  ip?: string | null;
  requestId?: string;
}): Promise<ArchiveRow | null> {
  authorize(args.actor, 'audit.read');
  const check = await verifyAuditChain(args.db);
  if (!check.ok) {
    throw new AppError('CONFLICT', `审计日志校验未通过（第${check.firstBrokenSeq}条），不能归档`, {
      firstBrokenId: check.firstBrokenId,
    });
  }
  // The archive is a prefix of the chain: up to the row before the first one still within retention.
  const cutoff = sql`now() - make_interval(days => ${args.retentionDays})`;
  const [young] = await rowsOf<{ seq: string | number | null }>(
    args.db,
    sql`SELECT min(chain_seq) AS seq FROM audit_log WHERE at >= ${cutoff}`,
  );
  const youngSeq = young?.seq === null || young?.seq === undefined ? null : Number(young.seq);
  const [last] = await args.db
    .select({ seq: auditLog.chainSeq, hash: auditLog.hash })
    .from(auditLog)
    .where(youngSeq === null ? undefined : lt(auditLog.chainSeq, youngSeq))
    .orderBy(desc(auditLog.chainSeq))
    .limit(1);
  if (!last?.seq || !last.hash) return null;
  const upToSeq = last.seq;
  const [previous] = await args.db.select().from(auditArchives).orderBy(desc(auditArchives.upToSeq)).limit(1);
  const fromSeq = (previous?.upToSeq ?? 0) + 1;

  mkdirSync(args.folder, { recursive: true });
  const fileName = `audit-${String(fromSeq).padStart(9, '0')}-${String(upToSeq).padStart(9, '0')}.jsonl.gz`;
  const path = join(args.folder, fileName);
  const gzip = createGzip();
  const digest = createHash('sha256');
  gzip.on('data', (chunk: Buffer) => digest.update(chunk));
  const out = createWriteStream(`${path}.partial`, { flags: 'wx' });
  gzip.pipe(out);
  let rows = 0;
  for (let after = fromSeq - 1; after < upToSeq; ) {
    const slice = await args.db
      .select()
      .from(auditLog)
      .where(sql`${gt(auditLog.chainSeq, after)} AND ${lte(auditLog.chainSeq, upToSeq)}`)
      .orderBy(asc(auditLog.chainSeq))
      .limit(2_000);
    if (slice.length === 0) break;
    for (const row of slice) {
      if (!gzip.write(`${JSON.stringify(row)}\n`)) await new Promise((r) => gzip.once('drain', r));
      rows++;
    }
    after = slice.at(-1)?.chainSeq ?? upToSeq;
  }
  gzip.end();
  await finished(out);
  renameSync(`${path}.partial`, path);
  const fileSha256 = digest.digest('hex');

  return args.db.transaction(async (tx) => {
    const [archive] = await tx
      .insert(auditArchives)
      .values({ upToSeq, lastHash: last.hash as string, rows, fileName, fileSha256, archivedById: args.actor.id })
      .returning();
    await tx.execute(sql`SET LOCAL zdyq.audit_archive = 'on'`);
    await tx.delete(auditLog).where(lte(auditLog.chainSeq, upToSeq));
    await tx.execute(sql`SET LOCAL zdyq.audit_archive = 'off'`);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'audit.archive',
      entityType: 'audit',
      entityId: String(archive?.id ?? ''),
      note: `归档第${fromSeq}–${upToSeq}条共${rows}条至 ${fileName}（SHA-256 ${fileSha256.slice(0, 16)}…）`,
      ip: args.ip,
      requestId: args.requestId,
    });
    if (!archive) throw new Error('archive insert returned no row');
    return archive;
  });
}

export async function listArchives(db: DatabaseOrTransaction): Promise<ArchiveRow[]> {
  return await db.select().from(auditArchives).orderBy(desc(auditArchives.id));
}

export async function getArchive(db: DatabaseOrTransaction, id: number): Promise<ArchiveRow | null> {
  const [row] = await db.select().from(auditArchives).where(eq(auditArchives.id, id));
  return row ?? null;
}
