import type { Database, Transaction } from '@zdyq/db/client';
import { reserveProjectCodes, rowsOf } from '@zdyq/db/queries';
import { auditLog, type ImportStatus, importJobs, importStaging } from '@zdyq/db/schema';
import { enterScope, inScope } from '@zdyq/db/scope';
import { and, eq, lt, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { AppError, fromDatabaseError } from '../../errors.ts';
import type { Language } from '../../i18n/translate.ts';
import { today } from '../../lib/dates.ts';
import type { Logger } from '../../logger.ts';
import { type Actor, authorizeRole, scopeOf } from '../access/policy.ts';
import { auditValues } from '../audit/audit.service.ts';
import { findConflicts, linkInvestors } from '../investor/investor.service.ts';
import { editableFields } from '../project/project.input.ts';
import { refreshSummaries } from '../project/summary.ts';
import { type CheckedRow, checkRows, type ImportResult, ledgerNames, parseLedger } from './ledger.import.ts';

/**
 * The 台账 import as a background job. The file is read as a stream and checked in slices of
 * rows, each against the database as it is; checked rows are written aside (import_staging) slice
 * by slice, and one short transaction then applies them all, so the file goes in whole or not at
 * all, and on the embedded database, which runs one statement at a time, no other request waits
 * behind more than one slice. Progress and cancellation go through the import_jobs row, so any
 * server instance can answer for a job.
 */

export type ImportJobRow = typeof importJobs.$inferSelect;

/** Rows checked (and staged) per slice: a few tens of milliseconds of database work. */
const SLICE_ROWS = 200;
/** Staged records written per statement. */
const STAGE_CHUNK = 1_000;
/** A running job not heard from for this long was interrupted (its instance stopped). */
const SILENT_MS = 2 * 60_000;

class Cancelled extends Error {}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

type Progress = { phase: string; total: number; processed: number };

/** Records progress; answers whether someone asked the job to stop. */
async function heartbeat(db: Database, jobId: string, progress: Progress): Promise<boolean> {
  const [row] = await db
    .update(importJobs)
    .set({ ...progress, heartbeatAt: new Date() })
    .where(eq(importJobs.id, jobId))
    .returning({ cancel: importJobs.cancelRequested });
  return row?.cancel ?? true;
}

async function finish(
  db: Database | Transaction,
  jobId: string,
  status: ImportStatus,
  result: ImportResult | null,
  error: AppError | null = null,
): Promise<ImportJobRow> {
  const [row] = await db
    .update(importJobs)
    .set({
      status,
      result,
      error: error ? { code: error.code, message: error.message, ...error.details } : null,
      phase: 'DONE',
      finishedAt: new Date(),
      heartbeatAt: new Date(),
    })
    .where(eq(importJobs.id, jobId))
    .returning();
  if (!row) throw new Error(`import job ${jobId} vanished`);
  return row;
}

/** Camel-case record → the row's columns by their database names, for jsonb_populate_record. */
const asColumns = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [toSnakeCase(k), v]));

type Target = 'project' | 'stage_event' | 'milestone' | 'audit' | 'update';

/** Writes records aside for the apply; remembers the columns each target's records carry. */
class Stager {
  private seq = new Map<Target, number>();
  readonly columns = new Map<Target, Set<string>>();
  constructor(
    private readonly db: Database,
    private readonly jobId: string,
  ) {}

  async add(target: Target, records: ReadonlyArray<Record<string, unknown>>) {
    for (let i = 0; i < records.length; i += STAGE_CHUNK) {
      const chunk = records.slice(i, i + STAGE_CHUNK).map(asColumns);
      const columns = this.columns.get(target) ?? new Set();
      for (const record of chunk) for (const key of Object.keys(record)) columns.add(key);
      this.columns.set(target, columns);
      const start = this.seq.get(target) ?? 0;
      this.seq.set(target, start + chunk.length);
      await this.db.execute(sql`INSERT INTO import_staging (job_id, target, seq, data)
        SELECT ${this.jobId}::uuid, ${target}, ${start}::int + x.ord::int, x.value
        FROM jsonb_array_elements(${JSON.stringify(chunk)}::jsonb) WITH ORDINALITY AS x(value, ord)`);
    }
  }

  async stage(checked: readonly CheckedRow[]) {
    const creates = checked.flatMap((c) => (c.kind === 'create' ? [c.records] : []));
    const updates = checked.flatMap((c) => (c.kind === 'update' ? [c] : []));
    await this.add(
      'project',
      creates.map((r) => r.project),
    );
    await this.add(
      'stage_event',
      creates.flatMap((r) => (r.stageEvent ? [r.stageEvent] : [])),
    );
    await this.add(
      'milestone',
      creates.flatMap((r) => r.milestones),
    );
    await this.add('audit', [...creates.map((r) => r.audit), ...updates.map((u) => u.records)]);
    await this.add(
      'update',
      updates.map((u) => ({ row: u.row, id: u.id, version: u.version, values: asColumns(u.values) })),
    );
  }
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** INSERT INTO table (columns) SELECT the staged records of a target, in staging order. */
async function insertStaged(
  tx: Transaction,
  jobId: string,
  target: Target,
  table: string,
  columns: readonly string[],
  computed: Record<string, ReturnType<typeof sql>> = {},
) {
  const names = [...columns, ...Object.keys(computed)];
  if (names.length === 0) return;
  const values = [...columns.map((c) => sql`r.${ident(c)}`), ...Object.values(computed)];
  await tx.execute(sql`INSERT INTO ${ident(table)} (${sql.join(names.map(ident), sql`, `)})
    SELECT ${sql.join(values, sql`, `)}
    FROM import_staging s CROSS JOIN LATERAL jsonb_populate_record(NULL::${ident(table)}, s.data) AS r
    WHERE s.job_id = ${jobId}::uuid AND s.target = ${target}
    ORDER BY s.seq`);
}

/** The one short transaction that puts every staged row in place, or none. */
async function applyStaged(args: {
  db: Database;
  jobId: string;
  stager: Stager;
  actor: Actor;
  result: ImportResult;
  fileName: string;
  requestId?: string;
}): Promise<ImportJobRow> {
  const { jobId, stager, result } = args;
  return args.db.transaction(async (tx) => {
    await enterScope(tx, scopeOf(args.actor));
    // Updates were checked against a version; a project changed since then refuses the whole file.
    const stale = await rowsOf<{ row: number }>(
      tx,
      sql`SELECT (s.data->>'row')::int AS row FROM import_staging s
      JOIN projects p ON p.id = (s.data->>'id')::uuid
      WHERE s.job_id = ${jobId}::uuid AND s.target = 'update' AND p.version <> (s.data->>'version')::int
      ORDER BY 1 FOR UPDATE OF p`,
    );
    if (stale.length > 0) {
      const rows = stale.map((r) => r.row);
      throw new AppError('CONFLICT', `第${rows.slice(0, 10).join('、')}行的项目在导入期间已被他人修改，请重新导入`, {
        field: 'file',
        rows,
      });
    }
    const codes = await reserveProjectCodes(tx, Number(today().slice(0, 4)), result.created);
    const columnsOf = (target: Target, without: string[] = []) =>
      [...(stager.columns.get(target) ?? [])].filter((c) => !without.includes(c));
    await insertStaged(tx, jobId, 'project', 'projects', columnsOf('project', ['code']), {
      code: sql`(string_to_array(${codes.join(',')}, ','))[row_number() OVER (ORDER BY s.seq)]`,
    });
    await insertStaged(tx, jobId, 'stage_event', 'stage_events', columnsOf('stage_event'));
    await insertStaged(tx, jobId, 'milestone', 'milestones', columnsOf('milestone'));
    const editable = editableFields.filter((f) => f !== 'stage').map(toSnakeCase);
    if (result.updated > 0) {
      await tx.execute(sql`UPDATE projects AS p SET
        ${sql.join(
          editable.map(
            (c) => sql`${ident(c)} = CASE WHEN s.data->'values' ? ${c} THEN r.${ident(c)} ELSE p.${ident(c)} END`,
          ),
          sql`, `,
        )},
        version = p.version + 1, updated_at = now()
        FROM import_staging s CROSS JOIN LATERAL jsonb_populate_record(NULL::projects, s.data->'values') AS r
        WHERE s.job_id = ${jobId}::uuid AND s.target = 'update' AND p.id = (s.data->>'id')::uuid`);
    }
    await insertStaged(tx, jobId, 'audit', 'audit_log', columnsOf('audit'));
    await refreshSummaries(
      tx,
      sql`projects.id IN (SELECT (s.data->>'id')::uuid FROM import_staging s
        WHERE s.job_id = ${jobId}::uuid AND s.target IN ('project', 'update'))`,
    );
    // Each project's investor record, and 撞单 with other units' (SPEC 3.1), as for one saved by hand.
    const saved = await rowsOf<{ id: string }>(
      tx,
      sql`SELECT s.data->>'id' AS id FROM import_staging s
        WHERE s.job_id = ${jobId}::uuid AND s.target IN ('project', 'update')`,
    );
    await linkInvestors(
      tx,
      saved.map((r) => r.id),
    );
    await findConflicts(tx, { projectIds: saved.map((r) => r.id) });
    await tx.insert(auditLog).values(
      auditValues({
        actor: args.actor,
        action: 'project.import',
        entityType: 'import',
        entityId: jobId,
        changes: {
          created: { from: null, to: result.created },
          updated: { from: null, to: result.updated },
        },
        note: args.fileName,
        requestId: args.requestId,
      }),
    );
    return finish(tx, jobId, 'SUCCEEDED', result);
  });
}

export type StartImport = {
  db: Database;
  actor: Actor;
  buffer: Buffer;
  fileName: string;
  dryRun: boolean;
  /** The user's language, for the values and headers a refusal lists (its sentence is translated when read). */
  language?: Language;
  requestId?: string;
  log?: Logger;
};

/**
 * Starts an import and returns its job at once; `done` settles when the job has ended, with the
 * job as it ended (never rejected: a failure is the job's status and message).
 */
export async function startImport(args: StartImport): Promise<{ job: ImportJobRow; done: Promise<ImportJobRow> }> {
  authorizeRole(args.actor, 'project.write');
  const [job] = await args.db
    .insert(importJobs)
    .values({
      regionId: args.actor.regionId,
      userId: args.actor.id,
      fileName: args.fileName.slice(0, 200),
      dryRun: args.dryRun,
    })
    .returning();
  if (!job) throw new Error('import job insert returned no row');
  return { job, done: runImport(args, job.id) };
}

async function runImport(args: StartImport, jobId: string): Promise<ImportJobRow> {
  const { db } = args;
  // The job's own rows (its progress, the staged file) it keeps as the database's owner; what it reads of
  // and writes to the district's data runs in the account's scope, as a request's would (SPEC 2.1).
  const scoped = <T>(work: (tx: Transaction) => Promise<T>) => inScope(db, scopeOf(args.actor), work);
  const stager = new Stager(db, jobId);
  const result: ImportResult = {
    dryRun: args.dryRun,
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    othersUnchanged: 0,
    errors: [],
  };
  try {
    const names = await scoped((tx) => ledgerNames(tx));
    const { rows, errors } = await parseLedger(args.buffer, names, args.language ?? 'zh', async (n) => {
      if (n % 500 === 0 && (await heartbeat(db, jobId, { phase: 'PARSING', total: 0, processed: n }))) {
        throw new Cancelled();
      }
    });
    result.total = rows.length;
    result.errors.push(...errors);
    const failedRows = new Set(errors.map((e) => e.row));
    const seenCodes = new Map<string, number>();
    for (let i = 0; i < rows.length; i += SLICE_ROWS) {
      const slice = rows.slice(i, i + SLICE_ROWS).filter((r) => !failedRows.has(r.row));
      const { checked, errors: sliceErrors } = await scoped((tx) =>
        checkRows({ db: tx, actor: args.actor, rows: slice, seenCodes, requestId: args.requestId }),
      );
      result.errors.push(...sliceErrors);
      for (const c of checked) {
        if (c.kind === 'create') result.created++;
        else if (c.kind === 'update') result.updated++;
        else {
          result.unchanged++;
          if (c.othersUnit) result.othersUnchanged++;
        }
      }
      if (!args.dryRun && result.errors.length === 0) await stager.stage(checked);
      const processed = Math.min(rows.length, i + SLICE_ROWS);
      if (await heartbeat(db, jobId, { phase: 'CHECKING', total: rows.length, processed })) throw new Cancelled();
      await yieldToOthers();
    }
    result.errors.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
    if (args.dryRun) return await finish(db, jobId, 'SUCCEEDED', result);
    if (result.errors.length > 0) {
      return await finish(db, jobId, 'FAILED', { ...result, created: 0, updated: 0, unchanged: 0, othersUnchanged: 0 });
    }
    await heartbeat(db, jobId, { phase: 'APPLYING', total: rows.length, processed: rows.length });
    return await applyStaged({ ...args, jobId, stager, result });
  } catch (error) {
    if (error instanceof Cancelled) return await finish(db, jobId, 'CANCELLED', null, cancelled());
    const known = error instanceof AppError ? error : (fromDatabaseError(error) ?? null);
    if (!known) args.log?.error({ err: error, jobId }, 'import failed');
    return await finish(db, jobId, 'FAILED', null, known ?? failed()).catch(
      () =>
        ({
          id: jobId,
          status: 'FAILED',
          error: { code: 'SERVICE_UNAVAILABLE', message: failed().message },
        }) as ImportJobRow,
    );
  } finally {
    await db
      .delete(importStaging)
      .where(eq(importStaging.jobId, jobId))
      .catch(() => {});
  }
}

const cancelled = () => new AppError('CONFLICT', '导入已取消，未导入任何数据');
const failed = () => new AppError('SERVICE_UNAVAILABLE', '导入失败，未导入任何数据，请稍后重试');

/** The error a job ended with as a whole (not row errors), as the file routes answer it. */
export function jobError(job: ImportJobRow): AppError | null {
  if (!job.error) return null;
  const { code, message, ...details } = job.error;
  return new AppError(code as AppError['code'], message, details);
}

/** A job as its owner (or ADMIN) may see it; NOT_FOUND for anyone else. */
export async function getImportJob(db: Database, actor: Actor, id: string): Promise<ImportJobRow> {
  const [job] = /^[0-9a-f-]{36}$/.test(id) ? await db.select().from(importJobs).where(eq(importJobs.id, id)) : [];
  if (!job || (job.userId !== actor.id && actor.role !== 'ADMIN')) throw new AppError('NOT_FOUND', '导入任务不存在');
  return job;
}

/** Asks a running job to stop; it ends CANCELLED at its next slice, with nothing imported. */
export async function cancelImport(db: Database, actor: Actor, id: string): Promise<ImportJobRow> {
  const job = await getImportJob(db, actor, id);
  if (job.status !== 'RUNNING') return job;
  const [row] = await db
    .update(importJobs)
    .set({ cancelRequested: true })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'RUNNING')))
    .returning();
  return row ?? job;
}

/** Marks jobs whose instance stopped mid-way as failed, and drops what they had staged. */
export async function failInterruptedImports(db: Database): Promise<number> {
  const rows = await db
    .update(importJobs)
    .set({
      status: 'FAILED',
      error: { code: 'SERVICE_UNAVAILABLE', message: '导入因服务重启而中断，未导入任何数据，请重新导入' },
      finishedAt: new Date(),
    })
    .where(and(eq(importJobs.status, 'RUNNING'), lt(importJobs.heartbeatAt, new Date(Date.now() - SILENT_MS))))
    .returning({ id: importJobs.id });
  for (const { id } of rows) await db.delete(importStaging).where(eq(importStaging.jobId, id));
  return rows.length;
}
