import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { documentKindEnum, documentVersions, leads, projectDocuments, projects } from '@zdyq/db/schema';
import { recordKinds } from '@zdyq/db/values';
import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isoDate } from '../project/project.input.ts';
import { parseInput, requiredText } from '../validation.ts';
import { isOpenLead } from './lead.rules.ts';

export type DocumentRow = typeof projectDocuments.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;

/** The documents of leads or projects, newest first; a converted lead's are its project's too. */
export async function documentsOf(
  db: DatabaseOrTransaction,
  side: 'lead' | 'project',
  ids: readonly string[],
): Promise<DocumentRow[]> {
  const column = side === 'lead' ? projectDocuments.leadId : projectDocuments.projectId;
  return await db
    .select()
    .from(projectDocuments)
    .where(inArray(column, [...ids]))
    .orderBy(desc(projectDocuments.createdAt));
}

/** Each document's versions, newest first: the first is in force. */
export async function versionsOf(db: DatabaseOrTransaction, documentIds: readonly string[]): Promise<VersionRow[]> {
  return await db
    .select()
    .from(documentVersions)
    .where(inArray(documentVersions.documentId, [...documentIds]))
    .orderBy(desc(documentVersions.uploadedAt), desc(documentVersions.id));
}

export async function getVersion(db: DatabaseOrTransaction, id: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(documentVersions).where(eq(documentVersions.id, id));
  return row ?? null;
}

/** The upload's form fields: a new document on a lead or project, or `documentId` for a new version. */
export const documentForm = z.union([
  z.object({ documentId: z.uuid('文档不正确') }),
  z.object({
    ownerType: z.enum(recordKinds, '文档所属不正确'),
    ownerId: z.uuid('文档所属记录不正确'),
    kind: z.enum(documentKindEnum.enumValues, '文档类型不正确'),
    title: requiredText('文档名称', 100),
    signedOn: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(isoDate('签署日期').optional()),
  }),
]);
export type DocumentForm = z.infer<typeof documentForm>;

export type StoredFile = { fileName: string; mimeType: string; sizeBytes: number; sha256: string; storagePath: string };

/** Who may add to a document: a promoter of the lead's or project's unit (an open lead), or ADMIN. */
async function ownerUnit(db: DatabaseOrTransaction, owner: { leadId: string | null; projectId: string | null }) {
  if (owner.projectId) {
    const [p] = await db.select({ unitId: projects.leadUnitId }).from(projects).where(eq(projects.id, owner.projectId));
    if (!p) throw new AppError('NOT_FOUND', '项目不存在', { field: 'ownerId' });
    return { unitId: p.unitId, permission: 'project.write' as const };
  }
  const [l] = await db
    .select({ unitId: leads.unitId, status: leads.status })
    .from(leads)
    .where(eq(leads.id, owner.leadId as string));
  if (!l) throw new AppError('NOT_FOUND', '线索不存在', { field: 'ownerId' });
  if (!isOpenLead(l.status)) throw new AppError('INVALID_TRANSITION', '线索已结束', { field: 'ownerId' });
  return { unitId: l.unitId, permission: 'lead.write' as const };
}

/** Checks the form and the rights before the file is stored; the document the version goes to, if any. */
export async function checkDocumentUpload(db: DatabaseOrTransaction, actor: Actor, raw: unknown) {
  const form = parseInput(documentForm, raw);
  let owner: { leadId: string | null; projectId: string | null };
  let document: DocumentRow | null = null;
  if ('documentId' in form) {
    const [found] = await db.select().from(projectDocuments).where(eq(projectDocuments.id, form.documentId));
    if (!found) throw new AppError('NOT_FOUND', '文档不存在', { field: 'documentId' });
    document = found;
    // A converted lead's document is added to on its project.
    owner = { leadId: found.leadId, projectId: found.projectId };
  } else {
    owner =
      form.ownerType === 'LEAD' ? { leadId: form.ownerId, projectId: null } : { leadId: null, projectId: form.ownerId };
  }
  const { unitId, permission } = await ownerUnit(db, owner);
  authorize(actor, permission, { unitId });
  return { form, owner, document };
}

/**
 * A document's new version (a new document with its first): the file is already stored; the row
 * only names it. The version supersedes the ones before; none is ever changed.
 */
export async function saveDocumentVersion(
  db: DatabaseOrTransaction,
  actor: Actor,
  raw: unknown,
  file: StoredFile,
  requestId?: string,
): Promise<{ document: DocumentRow; versions: VersionRow[] }> {
  return db.transaction(async (tx) => {
    const { form, owner, document: existing } = await checkDocumentUpload(tx, actor, raw);
    let document = existing;
    if (!document) {
      if ('documentId' in form) throw new Error('unreachable: a version without its document');
      const [created] = await tx
        .insert(projectDocuments)
        .values({
          leadId: owner.leadId,
          projectId: owner.projectId,
          kind: form.kind,
          title: form.title,
          signedOn: form.signedOn ?? null,
          createdById: actor.id,
        })
        .returning();
      if (!created) throw new Error('document insert returned no row');
      document = created;
    }
    const [version] = await tx
      .insert(documentVersions)
      .values({ documentId: document.id, ...file, uploadedById: actor.id })
      .returning();
    if (!version) throw new Error('version insert returned no row');
    await recordAudit(tx, {
      actor,
      action: existing ? 'document.version' : 'document.create',
      entityType: 'document',
      entityId: document.id,
      projectId: document.projectId,
      changes: { version: { from: null, to: version.id }, fileName: { from: null, to: version.fileName } },
      note: `${document.title}：${version.fileName}（${version.sizeBytes}字节）`,
      requestId,
    });
    return { document, versions: await versionsOf(tx, [document.id]) };
  });
}
