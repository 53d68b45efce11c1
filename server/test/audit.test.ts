import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { auditLog } from '@zdyq/db/schema';
import { unitByName } from '@zdyq/db/seed';
import { desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveAudit, verifyAuditChain } from '../src/modules/audit/audit.chain.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';
const AUDIT = `query($f: AuditFilter, $after: String) {
  auditLog(filter: $f, first: 50, after: $after) {
    nodes { id action actionLabel result ip objectLabel note actor { username } changes { field label from to } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Entry = {
  id: string;
  action: string;
  actionLabel: string;
  result: string;
  ip: string | null;
  objectLabel: string | null;
  note: string | null;
  actor: { username: string } | null;
  changes: Array<{ field: string; label: string; from: string | null; to: string | null }>;
};
const CHECK = '{ auditChainCheck { ok checkedRows headSeq firstBrokenId firstBrokenSeq reason } }';
type Check = {
  ok: boolean;
  checkedRows: number;
  firstBrokenId: string | null;
  firstBrokenSeq: number | null;
  reason: string | null;
};

/** The audit log as the auditor reads it (等保 三级 安全审计): every security event, in words, tamper-evident, kept. */
describe('the audit log', () => {
  let t: TestServer;
  let auditor: ApiClient;
  let promoter: ApiClient;
  let leader: ApiClient;

  const entries = async (filter: Record<string, unknown>) =>
    (await auditor.ok<{ auditLog: { nodes: Entry[] } }>(AUDIT, { f: filter })).auditLog.nodes;

  beforeAll(async () => {
    t = await startTestServer();
    ({ auditor, promoter, leader } = await t.everyone());
  });
  afterAll(() => t.close());

  it('finds a failed sign-in by filter, with the address, the result and the account in words', async () => {
    await t.anonymous().fails(LOGIN, { u: 'promoter', p: 'not-the-password-1' });
    const failures = await entries({ actorId: t.users.promoter, action: 'auth', result: 'FAILURE' });
    expect(failures.length).toBeGreaterThan(0);
    const [failure] = failures;
    expect(failure).toMatchObject({ action: 'auth.login', actionLabel: '登录', result: 'FAILURE' });
    expect(failure?.ip).toMatch(/127\.0\.0\.1/);
    expect(failure?.objectLabel).toContain('（promoter）');
    // A filter that names no row, and a bad one named by its field.
    expect(await entries({ actorId: t.users.promoter, action: 'auth', result: 'FAILURE', from: '2099-01-01' })).toEqual(
      [],
    );
    const bad = await auditor.fails(AUDIT, { f: { actorId: 'not-an-id' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorId' });
    const actions = await auditor.ok<{ auditActions: Array<{ action: string; label: string }> }>(
      '{ auditActions { action label } }',
    );
    expect(actions.auditActions).toContainEqual({ action: 'export.ledger', label: '导出台账' });
  });

  it('records refusals for lack of rights, in GraphQL and on the file routes', async () => {
    expect((await leader.fails('{ auditLog { nodes { id } } }')).extensions?.code).toBe('FORBIDDEN');
    const file = await fetch(`${t.url}/api/audit.xlsx`, { headers: { cookie: leader.cookie ?? '' } });
    expect(file.status).toBe(403);
    const denials = await entries({ actorId: t.users.leader, action: 'access.denied' });
    expect(denials.map((d) => d.objectLabel)).toEqual(['GET /api/audit.xlsx', 'query auditLog']);
    for (const d of denials) expect(d).toMatchObject({ result: 'DENIED', actionLabel: '越权访问被拒绝' });
    expect(denials[0]?.ip).toBeTruthy();
  });

  it('records exports and downloads of the 台账 and workbooks, with the filter they were made with', async () => {
    const ledger = await fetch(`${t.url}/api/projects.xlsx?stage=SIGNED`, {
      headers: { cookie: promoter.cookie ?? '' },
    });
    expect(ledger.status).toBe(200);
    await ledger.arrayBuffer();
    const template = await fetch(`${t.url}/api/projects/template.xlsx`, { headers: { cookie: leader.cookie ?? '' } });
    await template.arrayBuffer();
    const [exported] = await entries({ actorId: t.users.promoter, action: 'export.ledger' });
    expect(exported).toMatchObject({ result: 'SUCCESS', note: 'stage=SIGNED', actionLabel: '导出台账' });
    expect(await entries({ actorId: t.users.leader, action: 'export.template' })).toHaveLength(1);
  });

  it('exports the log for the auditor in Chinese, filtered, and records the export', async () => {
    const res = await fetch(`${t.url}/api/audit.xlsx?result=FAILURE`, { headers: { cookie: auditor.cookie ?? '' } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('审计日志');
    expect(sheet?.getRow(1).values).toEqual(
      expect.arrayContaining(['时间', '操作人', '客户端地址', '操作', '结果', '对象', '变更内容']),
    );
    const rows = (sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1) ?? []).map((r) => r.values as unknown[]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('失败');
    expect(rows.some((row) => row.includes('推进员（promoter）') || String(row[3]).includes('promoter'))).toBe(true);
    const bad = await fetch(`${t.url}/api/audit.xlsx?from=yesterday`, { headers: { cookie: auditor.cookie ?? '' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field?: string } }).error.field).toBe('from');
    expect(await entries({ actorId: t.users.auditor, action: 'export.audit' })).toHaveLength(1);
  });

  it('shows what changed in words: quotas by unit name, not ids and JSON, on the page and in the workbook', async () => {
    const { admin } = await t.everyone();
    const bay = (await unitByName(t.handle.db, '杭州湾经开区')).id;
    await admin.ok(
      'mutation($u: ID!) { setTargetQuotas(code: "NEW_MFG_10YI", periodStart: "2021-01-01", quotas: [{ unitId: $u, value: "8" }]) { code } }',
      { u: bay },
    );
    const [entry] = await entries({ action: 'target.setQuotas' });
    const quotas = entry?.changes.find((c) => c.field === 'quotas');
    expect(quotas?.to).toBe('杭州湾经开区 8');
    expect(JSON.stringify(entry?.changes)).not.toContain(bay);
    const res = await fetch(`${t.url}/api/audit.xlsx?action=target.setQuotas`, {
      headers: { cookie: auditor.cookie ?? '' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells = ((book.getWorksheet('审计日志')?.getRow(2).values ?? []) as unknown[]).map(String);
    expect(cells.some((c) => c.includes('杭州湾经开区 8'))).toBe(true);
    expect(cells.some((c) => c.includes(bay))).toBe(false);
  });

  it('names the first row that was edited or removed behind the log’s back, and checks out again once restored', async () => {
    expect((await auditor.ok<{ auditChainCheck: Check }>(CHECK)).auditChainCheck).toMatchObject({ ok: true });
    const [victim] = await t.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'export.ledger'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (!victim) throw new Error('no row to edit');
    // What only someone with the database's owner rights could do: step around the guard trigger.
    const behindTheBack = async (statement: ReturnType<typeof sql>) => {
      await t.handle.db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
        await tx.execute(statement);
        await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      });
    };
    await behindTheBack(sql`UPDATE audit_log SET note = 'stage=TERMINATED' WHERE id = ${victim.id}`);
    const edited = (await auditor.ok<{ auditChainCheck: Check }>(CHECK)).auditChainCheck;
    expect(edited).toMatchObject({
      ok: false,
      firstBrokenId: String(victim.id),
      firstBrokenSeq: victim.chainSeq,
      reason: 'CONTENT',
    });
    if (t.databaseUrl) {
      // The command-line check says the same and fails.
      const run = promisify(execFile)('node', ['--import', 'tsx', 'src/audit-verify.ts'], {
        env: { ...process.env, DATABASE_URL: t.databaseUrl, NODE_ENV: 'test' },
      });
      const failure = await run.catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toContain(`第 ${victim.chainSeq} 条（id ${victim.id}）`);
    }
    await behindTheBack(sql`UPDATE audit_log SET note = ${victim.note} WHERE id = ${victim.id}`);
    expect((await verifyAuditChain(t.handle.db)).ok).toBe(true);

    await behindTheBack(sql`CREATE TABLE audit_kept AS SELECT * FROM audit_log WHERE id = ${victim.id}`);
    await behindTheBack(sql`DELETE FROM audit_log WHERE id = ${victim.id}`);
    const removed = await verifyAuditChain(t.handle.db);
    expect(removed).toMatchObject({ ok: false, firstBrokenSeq: (victim.chainSeq ?? 0) + 1, reason: 'GAP' });
    await behindTheBack(sql`INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM audit_kept`);
    await t.handle.db.execute(sql`DROP TABLE audit_kept`);
    expect((await verifyAuditChain(t.handle.db)).ok).toBe(true);
    if (t.databaseUrl) {
      const ok = await promisify(execFile)('node', ['--import', 'tsx', 'src/audit-verify.ts'], {
        env: { ...process.env, DATABASE_URL: t.databaseUrl, NODE_ENV: 'test' },
      });
      expect(ok.stdout).toContain('审计日志完整');
    }
    // Through the guard, no one edits or removes a row.
    await expect(t.handle.db.execute(sql`UPDATE audit_log SET note = 'x' WHERE id = ${victim.id}`)).rejects.toThrow();
    await expect(t.handle.db.execute(sql`DELETE FROM audit_log WHERE id = ${victim.id}`)).rejects.toThrow();
  });

  it('archives only what is past retention, to a file first, and the chain carries on from it', async () => {
    // With the 180 days of the default, a log started today has nothing to archive.
    const none = await auditor.ok<{ archiveAuditLog: { id: string } | null }>('mutation { archiveAuditLog { id } }');
    expect(none.archiveAuditLog).toBeNull();
    const before = await verifyAuditChain(t.handle.db);
    // Retention of zero days is not configurable (config.test.ts); here it stands for a log 180 days on.
    const folder = mkdtempSync(join(tmpdir(), 'zdyq-audit-archive-'));
    const auditorActor = {
      id: t.users.auditor,
      username: 'auditor',
      displayName: '吴芳',
      role: 'AUDITOR' as const,
      unitId: null,
      regionId: 2,
    };
    const archive = await archiveAudit({ db: t.handle.db, actor: auditorActor, retentionDays: 0, folder });
    if (!archive) throw new Error('nothing archived');
    expect(archive.rows).toBe(before.checkedRows);
    const lines = gunzipSync(readFileSync(join(folder, archive.fileName)))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(archive.rows);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ chainSeq: archive.upToSeq, hash: archive.lastHash });
    // Only the archive's own record is left, and it links to the archived rows.
    const left = await t.handle.db.select().from(auditLog);
    expect(left.map((r) => r.action)).toEqual(['audit.archive']);
    const after = await verifyAuditChain(t.handle.db);
    expect(after).toMatchObject({ ok: true, checkedRows: 1 });
    const listed = await auditor.ok<{ auditArchives: Array<{ rows: number; url: string; fileSha256: string }> }>(
      '{ auditArchives { rows url fileSha256 } }',
    );
    expect(listed.auditArchives[0]).toMatchObject({ rows: archive.rows, fileSha256: archive.fileSha256 });
  });

  it('refuses a retention under 180 days', async () => {
    const { loadConfig } = await import('../src/config.ts');
    expect(() => loadConfig({ NODE_ENV: 'test', AUDIT_RETENTION_DAYS: '90' })).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});
