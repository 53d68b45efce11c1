import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrationsFolder } from '@zdyq/db/client';
import { pgliteFolderEmpty, postgresEmpty, restoreSnapshot } from '@zdyq/db/snapshot';
import { verifyAuditChain } from '../audit/audit.chain.ts';
import { readArchive } from './backup.archive.ts';

/** The migrations this release knows: an archive with more is from a newer release. */
export const knownMigrations = () =>
  (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries
    .length;

export type RestoreTarget = { dataDir: string; databaseUrl?: string | undefined; uploadDir: string };

export type RestoreResult =
  | { ok: false; refused: string[] }
  | {
      ok: boolean;
      refused?: undefined;
      rowCounts: Array<{ table: string; expected: number; restored: number }>;
      countMismatches: string[];
      chain: { ok: boolean; checkedRows: number; headSeq: number; firstBrokenSeq?: number | null };
      migratedFrom: number;
      migratedTo: number;
    };

const empty = (dir: string) => {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
};

/**
 * `npm run restore -- ARCHIVE` (SPEC 8.1): checks every checksum first; refuses a damaged archive,
 * one from a newer release, or a target that is not empty, changing nothing; then restores the
 * database and the uploaded files, compares each table's rows with the manifest, upgrades the
 * schema when the archive is older, and verifies the audit chain.
 */
export async function restoreArchive(archive: string, target: RestoreTarget): Promise<RestoreResult> {
  const check = await readArchive(archive);
  if (!check.manifest || check.problems.length > 0) return { ok: false, refused: check.problems };
  const manifest = check.manifest;
  const known = knownMigrations();
  const refused: string[] = [];
  if (manifest.schema.migrations > known) {
    refused.push(
      `归档来自更新的版本（${manifest.product.version}，${manifest.schema.migrations} 次数据库迁移），本版本只认识 ${known} 次：请用不旧于它的版本恢复`,
    );
  }
  const wanted = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database !== wanted) {
    refused.push(
      manifest.database === 'pglite'
        ? '归档是内置数据库的备份，不能恢复到 PostgreSQL（请不设 DATABASE_URL，恢复到空的 DATA_DIR）'
        : '归档是 PostgreSQL 的备份，须设 DATABASE_URL 指向一个空数据库来恢复',
    );
  }
  const pgdata = join(target.dataDir, 'pgdata');
  if (!target.databaseUrl && !pgliteFolderEmpty(pgdata)) refused.push(`目标不是空的：${pgdata} 已有数据库文件`);
  if (target.databaseUrl && !(await postgresEmpty(target.databaseUrl)))
    refused.push('目标不是空的：DATABASE_URL 的数据库已有表');
  if (!empty(target.uploadDir)) refused.push(`目标不是空的：上传文件目录 ${target.uploadDir} 已有文件`);
  if (refused.length > 0) return { ok: false, refused };

  const work = await mkdtemp(join(tmpdir(), 'zdyq-restore-'));
  try {
    const database = join(work, 'database');
    const extracted = await readArchive(archive, { database, uploads: target.uploadDir });
    if (extracted.problems.length > 0) return { ok: false, refused: extracted.problems };
    const restored = await restoreSnapshot(target.databaseUrl ? { url: target.databaseUrl } : { pgdata }, database);
    const tables = [...new Set([...Object.keys(manifest.rowCounts), ...Object.keys(restored.rowCounts)])].sort();
    const rowCounts = tables.map((table) => ({
      table,
      expected: manifest.rowCounts[table] ?? 0,
      restored: restored.rowCounts[table] ?? 0,
    }));
    const countMismatches = rowCounts.filter((r) => r.expected !== r.restored).map((r) => r.table);
    // Opening it brings the schema up to this release's; then the chain is checked as upgraded.
    const handle = await createDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, maxConnections: 2 });
    try {
      const chain = await verifyAuditChain(handle.db);
      return {
        ok: countMismatches.length === 0 && chain.ok,
        rowCounts,
        countMismatches,
        chain: {
          ok: chain.ok,
          checkedRows: chain.checkedRows,
          headSeq: chain.headSeq,
          firstBrokenSeq: chain.firstBrokenSeq ?? null,
        },
        migratedFrom: restored.migrations.applied,
        migratedTo: known,
      };
    } finally {
      await handle.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
