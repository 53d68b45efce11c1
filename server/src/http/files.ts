import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbHandle, Transaction } from '@zdyq/db/client';
import { industryEnum, stageEnum, tiers } from '@zdyq/db/schema';
import { inScope } from '@zdyq/db/scope';
import { leadSources, leadStatuses, lights } from '@zdyq/db/values';
import { parseCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { type Language, translate } from '../i18n/translate.ts';
import { today } from '../lib/dates.ts';
import { type Actor, authorizeRole, requireActor, scopeOf } from '../modules/access/policy.ts';
import { getArchive } from '../modules/audit/audit.chain.ts';
import { recordDenial } from '../modules/audit/audit.events.ts';
import { auditExportFilter, writeAuditBook } from '../modules/audit/audit.export.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { resolveSession, restrictionError, SESSION_COOKIE, sessionPolicyOf } from '../modules/auth/session.ts';
import { backupFile } from '../modules/backup/backup.service.ts';
import { bulletinFile } from '../modules/bulletin/bulletin.service.ts';
import { getAttachment, saveAttachment } from '../modules/compliance/compliance.service.ts';
import { checkDocumentUpload, getVersion, saveDocumentVersion } from '../modules/lead/document.service.ts';
import { funnelBook, writeLeadBook } from '../modules/lead/lead.export.ts';
import { importLeads, leadTemplateBook } from '../modules/lead/lead.import.ts';
import { templateBook, writeLedger } from '../modules/ledger/ledger.export.ts';
import type { ImportResult } from '../modules/ledger/ledger.import.ts';
import { cancelImport, getImportJob, type ImportJobRow, jobError, startImport } from '../modules/ledger/ledger.job.ts';
import { IMPORT_LIMITS } from '../modules/ledger/ledger.read.ts';
import { monthlyReportBook, rankingBook } from '../modules/ledger/reports.export.ts';
import { isoDate } from '../modules/project/project.input.ts';
import { regionView } from '../modules/region/region.service.ts';
import { parseInput } from '../modules/validation.ts';
import { requestLanguage, sendError } from './errors.ts';
import { sameOriginOnly } from './origin.ts';

/**
 * Photos and documents an inspector may attach, judged by the file's own bytes: the type a
 * browser declares (or the name) can be anything, so an SVG or a program posing as a photo is refused.
 */
const allowedTypes: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
/** A lead's or project's documents (SPEC 3.1): the agreements as PDF or Word, or a scan as an image. */
const documentTypes: Record<string, string> = {
  ...allowedTypes,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
/** Shown in the browser; anything else (PDF) is only ever downloaded. */
const inlineTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

type Authed = Request & { actor?: Actor };

/** A comma-separated query parameter of enum values, e.g. stage=SIGNED,UNDER_CONSTRUCTION. */
const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',') : undefined))
    .pipe(z.array(z.enum(values), `可选值为 ${values.join('、')}`).optional());

/** The list's filters as the 台账 download carries them in its address; a bad one names its parameter. */
const exportFilter = z.object({
  search: z.string().max(100).optional(),
  stage: enumList(stageEnum.enumValues),
  tier: enumList(tiers),
  industry: enumList(industryEnum.enumValues),
  light: enumList(lights),
  warning: enumList(['OVERDUE_NODE', 'OVERDUE_PROBLEM', 'NON_COMPLIANT'] as const),
  leadUnitId: z.uuid('单位不正确').optional(),
  regionId: z
    .string()
    .regex(/^\d{1,9}$/, '地区不正确')
    .optional(),
  isManufacturing: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  asOf: isoDate('统计日期').optional(),
});

/** The lead list's filters as the download carries them; checked again by the list itself. */
const leadExportFilter = z.object({
  search: z.string().max(100).optional(),
  status: enumList(leadStatuses),
  source: enumList(leadSources),
  unitId: z.uuid('单位不正确').optional(),
  conflict: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

/** The funnel's window as its download carries it. */
const funnelWindow = z.object({
  from: isoDate('开始日期'),
  to: isoDate('结束日期'),
  regionId: z.string().regex(/^\d+$/, '地区不正确').optional(),
});

/** An import job as its owner follows it. */
/** An import's outcome in the user's language: the refusal of each row, and why the job failed. */
function inLanguage(result: ImportResult, language: Language): ImportResult {
  return { ...result, errors: result.errors.map((e) => ({ ...e, message: translate(e.message, language) })) };
}

function jobView(job: ImportJobRow, language: Language) {
  return {
    id: job.id,
    fileName: job.fileName,
    dryRun: job.dryRun,
    status: job.status,
    phase: job.phase,
    total: job.total,
    processed: job.processed,
    result: job.result ? inLanguage(job.result as ImportResult, language) : job.result,
    error: job.error ? { ...job.error, message: translate(job.error.message, language) } : job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** An upload multer could not take: too large (`tooLarge` says the limit) or broken, on the field `file`. */
function refuseUpload(uploadError: unknown, tooLarge: string): void {
  if (uploadError instanceof multer.MulterError) {
    throw new AppError('BAD_USER_INPUT', uploadError.code === 'LIMIT_FILE_SIZE' ? tooLarge : '上传失败', {
      field: 'file',
    });
  }
  if (uploadError) throw uploadError;
}

/** File routes beside GraphQL, behind the same session. */
export function fileRoutes(handle: DbHandle, config: Config): Router {
  const router = express.Router();
  router.use(sameOriginOnly(config.trustProxy));
  mkdirSync(config.uploadDir, { recursive: true });
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.uploadMaxBytes, files: 1 } });

  /** Answers an error; a refusal for lack of rights is audited first (等保: 越权访问). */
  const fail = async (req: Authed, res: Response, error: unknown) => {
    if (error instanceof AppError && error.code === 'FORBIDDEN') {
      await recordDenial(handle.db, {
        actor: req.actor ?? null,
        what: `${req.method} ${req.baseUrl}${req.path}`,
        permission: error.details.permission,
        ip: req.ip,
        requestId: String(req.id),
        log: req.log,
      });
    }
    sendError(req, res, error);
  };

  /** A session free of restrictions whose holder passes `check` (by default: a business role, as the files are the projects' data). */
  const sessionOf =
    (check: (actor: Actor) => void = (actor) => requireActor(actor)) =>
    async (req: Authed, res: Response, next: NextFunction) => {
      try {
        const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
        const session = await resolveSession(handle.db, token, sessionPolicyOf(config));
        if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
        if (session.restriction) throw restrictionError(session.restriction);
        req.actor = session.actor;
        check(session.actor);
        next();
      } catch (error) {
        await fail(req, res, error);
      }
    };
  const requireSession = sessionOf();
  const requireAuditor = sessionOf((actor) => authorizeRole(actor, 'audit.read'));

  /** Runs a route's reads and writes in its account's scope (SPEC 2.1), as a GraphQL operation's run. */
  const scoped = <T>(req: Authed, work: (db: Transaction) => Promise<T>): Promise<T> =>
    inScope(handle.db, scopeOf(req.actor as Actor), work);

  /** Exports, downloads and uploads go into the audit log before the file does (等保: 数据导出审计). */
  const audit = (
    req: Authed,
    event: { action: string; entityType: string; entityId: string; note?: string; projectId?: string | null },
  ) =>
    scoped(req, (db) =>
      recordAudit(db, { ...event, actor: req.actor as Actor, ip: req.ip, requestId: String(req.id) }),
    );

  /** The one file of a multipart upload, judged by its bytes and written to the upload folder before any row names it. */
  const storedUpload = async (req: Authed, uploadError: unknown, allowed: Record<string, string>, refusal: string) => {
    refuseUpload(uploadError, `文件不能超过${config.uploadMaxBytes / 1024 / 1024}MB`);
    const file = req.file;
    if (!file) throw new AppError('BAD_USER_INPUT', '请选择文件', { field: 'file' });
    const sniffed = await fileTypeFromBuffer(file.buffer);
    const ext = sniffed ? allowed[sniffed.mime] : undefined;
    if (!sniffed || !ext) throw new AppError('BAD_USER_INPUT', refusal, { field: 'file' });
    const storagePath = `${randomUUID()}.${ext}`;
    // The file before its row: a row (and so a backup's snapshot of it) never names a file not yet written.
    await writeFile(join(config.uploadDir, storagePath), file.buffer);
    return {
      // Browsers send the name in latin1 bytes; keep Chinese names readable.
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 200),
      mimeType: sniffed.mime,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storagePath,
    };
  };

  /** Sends a stored file: images inline, anything else as a download; nothing in it may run. */
  const sendStored = (req: Authed, res: Response, row: { mimeType: string; fileName: string; storagePath: string }) => {
    const inline = inlineTypes.has(row.mimeType);
    res.setHeader('Content-Type', inline ? row.mimeType : 'application/octet-stream');
    res.setHeader(
      'Content-Disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
    );
    // Even if a browser rendered it, nothing in the file may run or reach the app.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=3600');
    createReadStream(join(config.uploadDir, row.storagePath))
      .on('error', () => sendError(req, res, new AppError('NOT_FOUND', '文件不存在')))
      .pipe(res);
  };
  const isId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

  router.post('/attachments', requireSession, (req: Authed, res) => {
    upload.single('file')(req, res, async (uploadError: unknown) => {
      try {
        const { sha256: _, ...stored } = await storedUpload(
          req,
          uploadError,
          allowedTypes,
          '只能上传JPG、PNG、WEBP图片或PDF文件',
        );
        const row = await scoped(req, (db) => saveAttachment(db, stored, req.actor as Actor));
        await audit(req, {
          action: 'upload.attachment',
          entityType: 'attachment',
          entityId: row.id,
          note: `${row.fileName}（${row.mimeType}，${row.sizeBytes}字节）`,
        });
        res.status(201).json({
          id: row.id,
          fileName: row.fileName,
          mimeType: row.mimeType,
          sizeBytes: row.sizeBytes,
          url: `/api/attachments/${row.id}`,
        });
      } catch (error) {
        await fail(req, res, error);
      }
    });
  });

  /**
   * A document of a lead or project (SPEC 3.1): its first version, or with `documentId` a new one
   * superseding the others. The form and the rights are checked before the file is kept.
   */
  router.post('/documents', requireSession, (req: Authed, res) => {
    upload.single('file')(req, res, async (uploadError: unknown) => {
      try {
        if (!uploadError) await scoped(req, (db) => checkDocumentUpload(db, req.actor as Actor, req.body));
        const stored = await storedUpload(req, uploadError, documentTypes, '只能上传PDF、DOCX文件或JPG、PNG、WEBP图片');
        const { document, versions } = await scoped(req, (db) =>
          saveDocumentVersion(db, req.actor as Actor, req.body, stored, String(req.id)),
        );
        res.status(201).json({
          id: document.id,
          kind: document.kind,
          title: document.title,
          signedOn: document.signedOn,
          versions: versions.map((v) => ({
            id: v.id,
            fileName: v.fileName,
            size: v.sizeBytes,
            sha256: v.sha256,
            url: `/api/documents/versions/${v.id}`,
          })),
        });
      } catch (error) {
        await fail(req, res, error);
      }
    });
  });

  /** A stored file found by its id in the account's scope, its download audited first. */
  const storedDownload = <R extends { mimeType: string; fileName: string; storagePath: string }>(
    path: string,
    find: (db: Transaction, id: string) => Promise<R | null>,
    event: (row: R) => { action: string; entityType: string; entityId: string },
  ) =>
    router.get(path, requireSession, async (req: Authed, res) => {
      try {
        const id = String(req.params.id);
        const row = isId(id) ? await scoped(req, (db) => find(db, id)) : null;
        if (!row) throw new AppError('NOT_FOUND', '文件不存在');
        await audit(req, { ...event(row), note: row.fileName });
        sendStored(req, res, row);
      } catch (error) {
        await fail(req, res, error);
      }
    });
  storedDownload('/documents/versions/:id', getVersion, (row) => ({
    action: 'download.document',
    entityType: 'document',
    entityId: row.documentId,
  }));
  storedDownload('/attachments/:id', getAttachment, (row) => ({
    action: 'download.attachment',
    entityType: 'attachment',
    entityId: row.id,
  }));

  const spreadsheet = (res: Response, name: string) => {
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  };
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

  /** A workbook made whole in the account's scope, its export audited, then sent under its name. */
  const workbookRoute = (
    path: string,
    make: (
      req: Authed,
      db: Transaction,
      language: Language,
    ) => Promise<{
      book: Buffer;
      name: string;
      event: { action: string; entityType: string; entityId: string; note?: string };
    }>,
  ) =>
    router.get(path, requireSession, async (req: Authed, res) => {
      try {
        const language = requestLanguage(req);
        const { book, name, event } = await scoped(req, (db) => make(req, db, language));
        await audit(req, event);
        spreadsheet(res, translate(name, language));
        res.end(book);
      } catch (error) {
        await fail(req, res, error);
      }
    });

  router.get('/projects.xlsx', requireSession, async (req: Authed, res) => {
    try {
      const filter = parseInput(exportFilter, req.query);
      await audit(req, {
        action: 'export.ledger',
        entityType: 'ledger',
        entityId: today(),
        note: describeQuery(req.query),
      });
      const language = requestLanguage(req);
      spreadsheet(res, translate(`项目台账-${today()}.xlsx`, language));
      await writeLedger((work) => scoped(req, work), filter, res, language);
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else await fail(req, res, error);
    }
  });

  /** 招商线索 and their 客商 as a workbook, by the list's filters (SPEC 3.1); audited like the 台账. */
  router.get('/leads.xlsx', requireSession, async (req: Authed, res) => {
    try {
      const filter = parseInput(leadExportFilter, req.query);
      await audit(req, {
        action: 'export.leads',
        entityType: 'lead',
        entityId: today(),
        note: describeQuery(req.query),
      });
      const language = requestLanguage(req);
      spreadsheet(res, translate(`招商线索-${today()}.xlsx`, language));
      await writeLeadBook((work) => scoped(req, work), filter, res, language);
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else await fail(req, res, error);
    }
  });

  workbookRoute('/funnel.xlsx', async (req, db, language) => {
    const window = parseInput(funnelWindow, req.query);
    return {
      book: await funnelBook(db, req.actor as Actor, window, language),
      name: `招商漏斗-${window.from}-${window.to}.xlsx`,
      event: { action: 'export.funnel', entityType: 'lead', entityId: today(), note: describeQuery(req.query) },
    };
  });

  workbookRoute('/leads/template.xlsx', async (_, db, language) => ({
    book: await leadTemplateBook(db, language),
    name: '招商线索导入模板.xlsx',
    event: { action: 'export.template', entityType: 'lead', entityId: 'template' },
  }));

  /** 招商线索 from the template, all or nothing; `?dryRun=1` checks only. 422 with the rows refused. */
  router.post('/leads/import', requireSession, async (req: Authed, res) => {
    try {
      authorizeRole(req.actor as Actor, 'lead.write');
    } catch (error) {
      await fail(req, res, error);
      return;
    }
    ledgerUpload.single('file')(req, res, async (uploadError: unknown) => {
      try {
        refuseUpload(uploadError, `文件不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB，请分批导入`);
        const file = req.file;
        if (!file) throw new AppError('BAD_USER_INPUT', '请选择文件', { field: 'file' });
        const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
        const language = requestLanguage(req);
        const result = await scoped(req, (db) =>
          importLeads({
            db,
            actor: req.actor as Actor,
            buffer: file.buffer,
            dryRun,
            language,
            requestId: String(req.id),
          }),
        );
        await audit(req, {
          action: 'import.leads',
          entityType: 'lead',
          entityId: today(),
          note: `${Buffer.from(file.originalname, 'latin1').toString('utf8')}（${file.size}字节${dryRun ? '，仅检查' : ''}）`,
        });
        res.status(result.errors.length > 0 && !dryRun ? 422 : 200).json({
          ...result,
          errors: result.errors.map((e) => ({ ...e, message: translate(e.message, language) })),
        });
      } catch (error) {
        await fail(req, res, error);
      }
    });
  });

  workbookRoute('/projects/template.xlsx', async (_, db, language) => ({
    book: await templateBook(db, language),
    name: '项目台账导入模板.xlsx',
    event: { action: 'export.template', entityType: 'ledger', entityId: 'template' },
  }));

  const ledgerUpload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: IMPORT_LIMITS.maxBytes, files: 1, fields: 10, parts: 11 },
  });
  /**
   * The 台账 import: `?dryRun=1` checks only. By default the answer is the result once the job has
   * ended; with `?async=1` (or `Prefer: respond-async`) it is 202 with the job, to follow at
   * GET /api/imports/:id and stop with POST /api/imports/:id/cancel.
   */
  router.post('/projects/import', requireSession, async (req: Authed, res) => {
    try {
      // Refused before the upload is read, so no one without the right sends a large file for nothing.
      authorizeRole(req.actor as Actor, 'project.write');
    } catch (error) {
      await fail(req, res, error);
      return;
    }
    ledgerUpload.single('file')(req, res, async (uploadError: unknown) => {
      try {
        refuseUpload(uploadError, `文件不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB，请分批导入`);
        if (!req.file) throw new AppError('BAD_USER_INPUT', '请选择文件', { field: 'file' });
        const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
        const background = req.query.async === '1' || /respond-async/.test(String(req.headers.prefer ?? ''));
        const { job, done } = await startImport({
          db: handle.db,
          actor: req.actor as Actor,
          buffer: req.file.buffer,
          fileName: Buffer.from(req.file.originalname, 'latin1').toString('utf8'),
          dryRun,
          language: requestLanguage(req),
          requestId: String(req.id),
          log: req.log,
        });
        await audit(req, {
          action: 'import.ledger',
          entityType: 'import',
          entityId: job.id,
          note: `${job.fileName}（${req.file.size}字节${dryRun ? '，仅检查' : ''}）`,
        });
        if (background) {
          res
            .status(202)
            .location(`/api/imports/${job.id}`)
            .json(jobView(job, requestLanguage(req)));
          return;
        }
        const ended = await done;
        const failure = jobError(ended);
        if (failure) throw failure;
        const result = ended.result as ImportResult;
        res.status(result.errors.length > 0 && !dryRun ? 422 : 200).json(inLanguage(result, requestLanguage(req)));
      } catch (error) {
        await fail(req, res, error);
      }
    });
  });

  router.get('/imports/:id', requireSession, async (req: Authed, res) => {
    try {
      res.json(
        jobView(
          await scoped(req, (db) => getImportJob(db, req.actor as Actor, String(req.params.id))),
          requestLanguage(req),
        ),
      );
    } catch (error) {
      await fail(req, res, error);
    }
  });

  router.post('/imports/:id/cancel', requireSession, async (req: Authed, res) => {
    try {
      res
        .status(202)
        .json(
          jobView(
            await scoped(req, (db) => cancelImport(db, req.actor as Actor, String(req.params.id))),
            requestLanguage(req),
          ),
        );
    } catch (error) {
      await fail(req, res, error);
    }
  });

  workbookRoute('/reports/monthly.xlsx', async (req, db, language) => {
    const month = text(req.query.month) ?? today().slice(0, 7);
    return {
      book: await monthlyReportBook(db, req.actor as Actor, month, language),
      name: `月报-${month}.xlsx`,
      event: { action: 'export.monthly', entityType: 'report', entityId: month },
    };
  });

  workbookRoute('/reports/ranking.xlsx', async (req, db, language) => {
    const quarter = text(req.query.quarter) ?? '';
    return {
      book: await rankingBook(db, quarter, await regionView(db, req.actor as Actor, null), language),
      name: `单位赛马-${quarter}.xlsx`,
      event: { action: 'export.ranking', entityType: 'race', entityId: quarter },
    };
  });

  router.get('/bulletins/:file', requireSession, async (req: Authed, res) => {
    try {
      const id = String(req.params.file).replace(/\.docx$/, '');
      const bulletin = await scoped(req, (db) => bulletinFile(db, id));
      await audit(req, { action: 'download.bulletin', entityType: 'bulletin', entityId: id, note: bulletin.title });
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`${bulletin.title}.docx`)}`,
      );
      res.end(Buffer.from(bulletin.file));
    } catch (error) {
      await fail(req, res, error);
    }
  });

  router.get('/backups/:id', requireSession, async (req: Authed, res) => {
    try {
      const { row, path } = await backupFile(handle.db, config, req.actor as Actor, String(req.params.id));
      await audit(req, { action: 'download.backup', entityType: 'backup', entityId: row.id, note: row.fileName });
      res.setHeader('Content-Type', 'application/x-tar');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
      createReadStream(path)
        .on('error', () => sendError(req, res, new AppError('NOT_FOUND', '备份文件已不在')))
        .pipe(res);
    } catch (error) {
      await fail(req, res, error);
    }
  });

  router.get('/audit.xlsx', requireAuditor, async (req: Authed, res) => {
    try {
      const filter = parseInput(auditExportFilter, req.query);
      await audit(req, {
        action: 'export.audit',
        entityType: 'audit',
        entityId: today(),
        note: describeQuery(req.query),
      });
      const language = requestLanguage(req);
      spreadsheet(res, translate(`审计日志-${today()}.xlsx`, language));
      await writeAuditBook((work) => scoped(req, work), filter, res, language);
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else await fail(req, res, error);
    }
  });

  router.get('/audit/archives/:id', requireAuditor, async (req: Authed, res) => {
    try {
      const id = Number(req.params.id);
      const archive = Number.isSafeInteger(id) ? await getArchive(handle.db, id) : null;
      if (!archive) throw new AppError('NOT_FOUND', '归档文件不存在');
      await audit(req, {
        action: 'download.auditArchive',
        entityType: 'audit',
        entityId: String(archive.id),
        note: archive.fileName,
      });
      res.setHeader('Content-Type', 'application/gzip');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(archive.fileName)}`);
      createReadStream(join(config.auditArchiveDir, archive.fileName))
        .on('error', () => sendError(req, res, new AppError('NOT_FOUND', '归档文件不在本服务器的归档目录中')))
        .pipe(res);
    } catch (error) {
      await fail(req, res, error);
    }
  });

  return router;
}

/** The query string as the audit log notes it (the filters a download was made with). */
function describeQuery(query: Request['query']): string | undefined {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length > 0 ? parts.join('&').slice(0, 500) : undefined;
}
