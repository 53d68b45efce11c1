/**
 * `pnpm audit:verify`: recomputes the audit log's hash chain and names the first row that does not
 * fit (exit 1), for the auditor or an assessor without the web page. Against the embedded database
 * it needs the server stopped (one process per data folder); against PostgreSQL it runs beside it.
 */
import { createDb, DataDirLockedError } from '@zdyq/db/client';
import { ConfigError, loadConfig } from './config.ts';
import { verifyAuditChain } from './modules/audit/audit.chain.ts';

const reasons = {
  CONTENT: '内容与其哈希不符（记录被修改）',
  LINK: '与前一条的哈希不相连（前一条被修改或删除）',
  GAP: '序号不连续（有记录被删除或绕过触发器写入）',
  TAIL: '链尾与链头记录不符（末尾记录被删除）',
} as const;

async function main(): Promise<number> {
  const config = loadConfig();
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: 1 });
  try {
    const check = await verifyAuditChain(handle.db);
    if (check.ok) {
      console.log(`审计日志完整：已校验 ${check.checkedRows} 条，链头序号 ${check.headSeq}`);
      return 0;
    }
    console.error(
      `审计日志校验未通过：第 ${check.firstBrokenSeq} 条（id ${check.firstBrokenId}）${check.reason ? reasons[check.reason] : ''}；此前 ${check.checkedRows} 条完好`,
    );
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
    else console.error(error);
    process.exit(2);
  },
);
