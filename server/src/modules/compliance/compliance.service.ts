import type { Database, DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import {
  checkAttachments,
  complianceActionEnum,
  complianceAgreements,
  complianceChecks,
  milestones,
  muGradeThresholds,
  projects,
} from '@zdyq/db/schema';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { AgreementInput, ComplianceCheckInput } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { compareDecimal, parseDecimal, toUnits } from '../../lib/decimal.ts';
import { topPerGroup } from '../../lib/sql.ts';
import { type Actor, authorize, authorizeRole } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { isoDate } from '../project/project.input.ts';
import { type ProjectRow, projectSelection } from '../project/project.service.ts';
import { refreshSummaries, summaryOrRule } from '../project/summary.ts';
import { inView, type RegionView } from '../region/region.service.ts';
import { parseInput, singleLine } from '../validation.ts';
import {
  type Agreement,
  type ClauseVerdict,
  clauseVerdicts,
  complianceStatusSql,
  type GradeThreshold,
  gradeOf,
  inspectionDueSql,
  resultOf,
} from './compliance.rules.ts';

export type AgreementRow = typeof complianceAgreements.$inferSelect;
export type ComplianceCheckRow = typeof complianceChecks.$inferSelect;
export type AttachmentRow = typeof checkAttachments.$inferSelect;

export async function agreementsByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return await db
    .select()
    .from(complianceAgreements)
    .where(inArray(complianceAgreements.projectId, [...projectIds]));
}

/** Checks newest first, corrections included (a check is never edited): the latest 100. */
export async function checksByProjects(db: DatabaseOrTransaction, projectIds: readonly string[]) {
  return await db
    .select()
    .from(complianceChecks)
    .where(
      topPerGroup({
        table: complianceChecks,
        id: complianceChecks.id,
        partition: complianceChecks.projectId,
        where: inArray(complianceChecks.projectId, [...projectIds]),
        orderBy: sql`${complianceChecks.checkedOn} DESC, ${complianceChecks.createdAt} DESC`,
        limit: 100,
      }),
    )
    .orderBy(desc(complianceChecks.checkedOn), desc(complianceChecks.createdAt));
}

export async function attachmentsByChecks(db: DatabaseOrTransaction, checkIds: readonly string[]) {
  return await db
    .select()
    .from(checkAttachments)
    .where(inArray(checkAttachments.checkId, [...checkIds]))
    .orderBy(asc(checkAttachments.createdAt));
}

export async function complianceStatusesOf(db: DatabaseOrTransaction, projectIds: readonly string[], asOf: string) {
  return await db
    .select({ id: projects.id, status: summaryOrRule('compliance_status', asOf, complianceStatusSql(asOf)) })
    .from(projects)
    .where(inArray(projects.id, [...projectIds]));
}

export async function inspectionsDue(
  db: DatabaseOrTransaction,
  asOf: string,
  limit: number,
  view: RegionView,
): Promise<ProjectRow[]> {
  return await db
    .select(projectSelection())
    .from(projects)
    .where(and(inspectionDueSql(asOf), inView(projects.regionId, view)))
    .orderBy(asc(projects.code))
    .limit(limit);
}

const amount = (label: string) =>
  z
    .string()
    .refine((v) => {
      const units = toUnits(v);
      return units !== undefined && units >= 0n;
    }, `${label}应为不小于0的数字，最多4位小数`)
    .nullish();

const agreementInput = z.object({
  agreedInvestment: amount('协议投资'),
  investmentIntensity: amount('投资强度'),
  landArea: amount('用地面积'),
  plotRatio: amount('容积率'),
  startDeadline: isoDate('开工期限').nullish(),
  completionDeadline: isoDate('竣工期限').nullish(),
  productionDeadline: isoDate('投产期限').nullish(),
  capacityDeadline: isoDate('达产期限').nullish(),
  annualOutput: amount('达产年产值'),
  taxPerMu: amount('亩均税收'),
});

/** The node whose planned date each agreement deadline sets (SPEC 4.2). */
const deadlineNodes = {
  startDeadline: 'CONSTRUCTION_STARTED',
  completionDeadline: 'ACCEPTED',
  productionDeadline: 'PRODUCTION_STARTED',
  capacityDeadline: 'AT_CAPACITY',
} as const;

type Write = { db: Database; actor: Actor; requestId?: string };

export async function setAgreement(args: Write & { projectId: string; input: AgreementInput }): Promise<AgreementRow> {
  authorizeRole(args.actor, 'compliance.write');
  const parsed = parseInput(agreementInput, args.input);
  // A clause left out of the input is no clause: every field is optional, and absent means null.
  const values = Object.fromEntries(
    Object.keys(agreementInput.shape).map((k) => [k, parsed[k as keyof typeof parsed] ?? null]),
  ) as Agreement;
  if (values.landArea !== null && toUnits(values.landArea) === 0n) throw badInput('landArea', '用地面积必须大于0');
  const order = ['startDeadline', 'completionDeadline', 'productionDeadline', 'capacityDeadline'] as const;
  for (let i = 1; i < order.length; i++) {
    const before = order
      .slice(0, i)
      .map((f) => values[f])
      .filter(Boolean)
      .sort()
      .at(-1);
    const current = values[order[i] as (typeof order)[number]];
    if (before && current && current < before)
      throw badInput(order[i] as string, '期限应按开工、竣工、投产、达产的顺序');
  }
  return args.db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, args.projectId));
    if (!project) throw badInput('projectId', '项目不存在');
    const [before] = await tx
      .select()
      .from(complianceAgreements)
      .where(eq(complianceAgreements.projectId, project.id))
      .for('update');
    const [row] = await tx
      .insert(complianceAgreements)
      .values({ ...values, projectId: project.id })
      .onConflictDoUpdate({
        target: complianceAgreements.projectId,
        set: { ...values, version: sql`${complianceAgreements.version} + 1`, updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error('agreement upsert returned no row');
    for (const [field, key] of Object.entries(deadlineNodes) as Array<[keyof typeof deadlineNodes, string]>) {
      const deadline = values[field];
      if (deadline) {
        await tx
          .update(milestones)
          .set({ plannedOn: deadline, updatedAt: new Date() })
          .where(and(eq(milestones.projectId, project.id), eq(milestones.key, key)));
      }
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: before ? 'agreement.update' : 'agreement.create',
      entityType: 'agreement',
      entityId: project.id,
      projectId: project.id,
      changes: diffFields(before ?? null, row, Object.keys(agreementInput.shape) as Array<keyof AgreementRow & string>),
      requestId: args.requestId,
    });
    await refreshSummaries(tx, [project.id]);
    return row;
  });
}

const checkInput = z.object({
  projectId: z.uuid('项目不正确'),
  checkedOn: isoDate('检查日期'),
  period: singleLine('考核期', 20).min(1, '请填写考核期'),
  actualInvestment: amount('实际投资'),
  annualOutput: amount('年产值'),
  annualTax: amount('年税收'),
  plotRatio: amount('容积率'),
  findings: z.string().trim().max(2000, '检查情况不能超过2000个字').nullish(),
  action: z.enum(complianceActionEnum.enumValues, '处置措施不正确').nullish(),
  rectifyBy: isoDate('整改期限').nullish(),
  supersedesId: z.uuid('被更正的检查不正确').nullish(),
  attachmentIds: z.array(z.uuid('附件不正确')).max(20, '附件不能超过20个').nullish(),
});

type Evaluated = {
  input: z.infer<typeof checkInput>;
  clauses: ClauseVerdict[];
  result: 'COMPLIANT' | 'NON_COMPLIANT';
  /** Rounded to four places for storage and display; the grade and verdicts came from the exact values. */
  taxPerMu: string | null;
  investmentIntensity: string | null;
  grade: string | null;
};

/** Validates a check and computes its verdicts against the project's agreement and stage dates. */
async function evaluate(db: DatabaseOrTransaction, raw: ComplianceCheckInput): Promise<Evaluated> {
  const input = parseInput(checkInput, raw);
  if (input.checkedOn > today()) throw badInput('checkedOn', '检查日期不能晚于今天');
  const action = input.action ?? 'NONE';
  if (action === 'RECTIFICATION_NOTICE' && !input.rectifyBy) throw badInput('rectifyBy', '下发整改通知须填写整改期限');
  if (input.rectifyBy && input.rectifyBy < input.checkedOn) throw badInput('rectifyBy', '整改期限不能早于检查日期');
  const [project] = await db.select().from(projects).where(eq(projects.id, input.projectId));
  if (!project) throw badInput('projectId', '项目不存在');
  const [agreement] = await db
    .select()
    .from(complianceAgreements)
    .where(eq(complianceAgreements.projectId, project.id));
  if (!agreement) throw badInput('projectId', '该项目尚未签订履约监管协议');
  const { clauses, taxPerMu, investmentIntensity } = clauseVerdicts(
    agreement,
    {
      checkedOn: input.checkedOn,
      actualInvestment: input.actualInvestment ?? null,
      annualOutput: input.annualOutput ?? null,
      annualTax: input.annualTax ?? null,
      plotRatio: input.plotRatio ?? null,
    },
    project,
    agreement.landArea ?? project.landArea,
  );
  const thresholds = await listGradeThresholds(db);
  return {
    input,
    clauses,
    result: resultOf(clauses),
    taxPerMu: taxPerMu?.toFixed() ?? null,
    investmentIntensity: investmentIntensity?.toFixed() ?? null,
    grade: taxPerMu === null ? null : gradeOf(taxPerMu, thresholds),
  };
}

export async function previewComplianceCheck(args: { db: Database; actor: Actor; input: ComplianceCheckInput }) {
  authorizeRole(args.actor, 'compliance.write');
  const { clauses, result, taxPerMu, investmentIntensity, grade } = await evaluate(args.db, args.input);
  return {
    clauses,
    result,
    taxPerMu: taxPerMu === null ? null : Number(taxPerMu),
    investmentIntensity: investmentIntensity === null ? null : Number(investmentIntensity),
    grade,
  };
}

/** Records a check; it is never edited afterwards: a correction is a new check that supersedes it. */
export async function recordComplianceCheck(
  args: Write & { input: ComplianceCheckInput },
): Promise<ComplianceCheckRow> {
  authorizeRole(args.actor, 'compliance.write');
  return args.db.transaction(async (tx) => {
    const e = await evaluate(tx, args.input);
    const { input } = e;
    if (input.supersedesId) {
      const [earlier] = await tx.select().from(complianceChecks).where(eq(complianceChecks.id, input.supersedesId));
      if (!earlier || earlier.projectId !== input.projectId) throw badInput('supersedesId', '被更正的检查不属于该项目');
      const [already] = await tx
        .select({ id: complianceChecks.id })
        .from(complianceChecks)
        .where(eq(complianceChecks.supersedesId, earlier.id));
      if (already) throw new AppError('CONFLICT', '该检查已被更正过，请更正最新的检查', { field: 'supersedesId' });
    }
    const [row] = await tx
      .insert(complianceChecks)
      .values({
        projectId: input.projectId,
        checkedOn: input.checkedOn,
        period: input.period,
        actualInvestment: input.actualInvestment ?? null,
        annualOutput: input.annualOutput ?? null,
        annualTax: input.annualTax ?? null,
        plotRatio: input.plotRatio ?? null,
        findings: input.findings || null,
        action: input.action ?? 'NONE',
        rectifyBy: input.rectifyBy ?? null,
        result: e.result,
        clauses: e.clauses,
        taxPerMu: e.taxPerMu,
        investmentIntensity: e.investmentIntensity,
        grade: e.grade,
        supersedesId: input.supersedesId ?? null,
        inspectorId: args.actor.id,
      })
      .returning();
    if (!row) throw new Error('check insert returned no row');
    await linkAttachments(tx, row.id, input.attachmentIds ?? [], args.actor);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'compliance.check',
      entityType: 'complianceCheck',
      entityId: row.id,
      projectId: row.projectId,
      changes: diffFields(null, row, ['checkedOn', 'period', 'result', 'grade', 'action', 'rectifyBy', 'supersedesId']),
      note: row.findings,
      requestId: args.requestId,
    });
    await refreshSummaries(tx, [row.projectId]);
    return row;
  });
}

/** Attaches uploads to the new check: only the uploader's own files that belong to no check yet. */
async function linkAttachments(tx: Transaction, checkId: string, ids: readonly string[], actor: Actor) {
  if (ids.length === 0) return;
  const linked = await tx
    .update(checkAttachments)
    .set({ checkId })
    .where(
      and(
        inArray(checkAttachments.id, [...ids]),
        isNull(checkAttachments.checkId),
        eq(checkAttachments.uploadedById, actor.id),
      ),
    )
    .returning({ id: checkAttachments.id });
  if (linked.length !== new Set(ids).size) throw badInput('attachmentIds', '附件不存在或已被使用');
}

export async function saveAttachment(
  db: DatabaseOrTransaction,
  file: { fileName: string; mimeType: string; sizeBytes: number; storagePath: string },
  actor: Actor,
): Promise<AttachmentRow> {
  authorizeRole(actor, 'compliance.write');
  const [row] = await db
    .insert(checkAttachments)
    .values({ ...file, uploadedById: actor.id })
    .returning();
  if (!row) throw new Error('attachment insert returned no row');
  return row;
}

export async function getAttachment(db: DatabaseOrTransaction, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(checkAttachments).where(eq(checkAttachments.id, id));
  return row ?? null;
}

/** A grade and its lowest tax per mu (万元/亩/年) as an exact decimal. */
export type GradeThresholdRow = GradeThreshold;

export async function listGradeThresholds(db: DatabaseOrTransaction): Promise<GradeThresholdRow[]> {
  const rows = await db.select().from(muGradeThresholds).orderBy(desc(muGradeThresholds.minTaxPerMu));
  return rows.map((r) => ({ grade: r.grade, minTaxPerMu: r.minTaxPerMu }));
}

/** ADMIN: the lowest tax per mu of each grade; A above B above C above D, and D from 0. */
export async function setGradeThresholds(args: {
  db: Database;
  actor: Actor;
  input: ReadonlyArray<{ grade: string; minTaxPerMu: number }>;
  requestId?: string;
}): Promise<GradeThresholdRow[]> {
  authorize(args.actor, 'target.manage');
  return args.db.transaction(async (tx) => {
    const before = await listGradeThresholds(tx);
    const next = new Map(before.map((t) => [t.grade, t.minTaxPerMu]));
    for (const [i, t] of args.input.entries()) {
      if (!next.has(t.grade)) throw badInput(`input.${i}.grade`, `没有${t.grade}档`);
      // The API carries the figure as a JSON number; its shortest text is the decimal typed.
      const exact = Number.isFinite(t.minTaxPerMu) ? parseDecimal(String(t.minTaxPerMu)) : undefined;
      if (exact === undefined || exact.isNegative() || exact.greaterThan(10_000)) {
        throw badInput(`input.${i}.minTaxPerMu`, '亩均税收门槛应在0到10000之间，最多4位小数');
      }
      next.set(t.grade, exact.toFixed());
    }
    const ordered = [...next.entries()].sort(([a], [b]) => a.localeCompare(b));
    for (let i = 1; i < ordered.length; i++) {
      if (compareDecimal(ordered[i]?.[1] ?? '0', ordered[i - 1]?.[1] ?? '0') >= 0) {
        throw badInput('input', '各档门槛应从A到D依次降低');
      }
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const t of before) {
      const to = next.get(t.grade);
      if (to !== t.minTaxPerMu) {
        changes[t.grade] = { from: t.minTaxPerMu, to };
        await tx
          .update(muGradeThresholds)
          .set({ minTaxPerMu: to, updatedAt: new Date() })
          .where(eq(muGradeThresholds.grade, t.grade));
      }
    }
    if (Object.keys(changes).length) {
      await recordAudit(tx, {
        actor: args.actor,
        action: 'muGrades.update',
        entityType: 'muGrades',
        entityId: 'grades',
        changes,
        requestId: args.requestId,
      });
    }
    return listGradeThresholds(tx);
  });
}
