/**
 * `npm run restore -- ARCHIVE`: restores a backup archive (SPEC 8.1) into an empty DATA_DIR, or an
 * empty database at DATABASE_URL, with the uploaded files into UPLOAD_DIR. It checks every checksum
 * first and changes nothing when the archive is damaged, newer than this release, or the target is
 * not empty; it prints what it restored and checked. Exit 0: restored and verified; 1: refused, or
 * restored with a check that failed (printed); 2: a fault.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataDirLockedError } from '@zdyq/db/client';
import { ConfigError, loadConfig } from './config.ts';
import { restoreArchive } from './modules/backup/backup.restore.ts';

async function main(): Promise<number> {
  const archive = process.argv.slice(2).find((a) => a !== '--');
  if (!archive) {
    console.error('用法：npm run restore -- <备份归档.tar>');
    return 1;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), archive);
  if (!existsSync(path)) {
    console.error(`找不到归档：${path}`);
    return 1;
  }
  const config = loadConfig();
  const target = config.databaseUrl ? 'DATABASE_URL 的数据库' : `${config.dataDir}/pgdata`;
  console.log(`恢复 ${path}\n  到 ${target}，上传文件到 ${config.uploadDir}`);
  const result = await restoreArchive(path, {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    uploadDir: config.uploadDir,
  });
  if (result.refused) {
    console.error('未恢复，目标没有任何改动：');
    for (const reason of result.refused) console.error(`  - ${reason}`);
    return 1;
  }
  console.log('\n各表行数（清单 / 恢复后）：');
  for (const r of result.rowCounts) {
    console.log(`  ${r.expected === r.restored ? '✓' : '✗'} ${r.table.padEnd(28)} ${r.expected} / ${r.restored}`);
  }
  if (result.migratedFrom < result.migratedTo) {
    console.log(`\n数据库结构已从第 ${result.migratedFrom} 次迁移升级到第 ${result.migratedTo} 次`);
  }
  console.log(
    result.chain.ok
      ? `审计日志链完整：已校验 ${result.chain.checkedRows} 条，链头序号 ${result.chain.headSeq}`
      : `审计日志链校验未通过：第 ${result.chain.firstBrokenSeq} 条起不符`,
  );
  if (!result.ok) {
    console.error(
      result.countMismatches.length > 0 ? `行数与清单不符：${result.countMismatches.join('、')}` : '校验未通过',
    );
    return 1;
  }
  console.log('\n恢复完成，可以启动服务。');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
    else console.error(error);
    process.exit(2);
  },
);
