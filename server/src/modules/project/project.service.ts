import { randomUUID } from 'node:crypto';
import type { Database, DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import {
  DEFAULT_KIND,
  type ForwardStage,
  settleDates,
  stageDateField,
  stageOrder,
  type TemplateNode,
  templateMilestones,
} from '@zdyq/db/lifecycle';
import { kindTemplate, nextProjectCode, nodeTemplateRows } from '@zdyq/db/queries';
import {
  auditLog,
  type FieldChanges,
  milestones,
  projects,
  type Stage,
  stageEvents,
  type UnitKind,
  units,
  users,
} from '@zdyq/db/schema';
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { ProjectInput, ProjectPatch } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { compareDecimal, normalizeDecimal } from '../../lib/decimal.ts';
import { topPerGroup } from '../../lib/sql.ts';
import { type Actor, authorize, authorizeRole } from '../access/policy.ts';
import { type AuditValues, auditValues, diffFields, recordAudit } from '../audit/audit.service.ts';
import { findConflicts, linkInvestors } from '../investor/investor.service.ts';
import { closeProblemsOfTerminated } from '../problem/problem.service.ts';
import { countsTowardNewMfg10Sql } from '../target/target.rules.ts';
import { parseInput } from '../validation.ts';
import {
  type EditableField,
  editableFields,
  nullableFields,
  type ProjectFields,
  projectFields,
} from './project.input.ts';
import {
  creationStages,
  latestStageDate,
  needsResponsibleLeader,
  notTerminatedSql,
  reachedStage,
  stageIndex,
  stagesPassed,
  transitions,
} from './project.rules.ts';
import { refreshSummaries } from './summary.ts';

export type ProjectRow = typeof projects.$inferSelect & { countsTowardTarget: boolean };
export type StageEventRow = typeof stageEvents.$inferSelect;

/** Project columns plus what is derived in SQL, as of today. */
export function projectSelection() {
  return { ...getTableColumns(projects), countsTowardTarget: countsTowardNewMfg10Sql(today()) };
}

type ProjectColumn = keyof typeof projects._.columns;

/**
 * The columns each Project field resolved from something other than its own column needs; a field
 * named after a column needs that column. A field in neither (one added later) gets every column.
 */
const columnsOfField: Record<string, readonly ProjectColumn[]> = {
  __typename: [],
  leadUnit: ['leadUnitId'],
  region: ['regionId'],
  platform: ['platformId'],
  owner: ['ownerId'],
  responsibleLeaderUser: ['responsibleLeaderId'],
  serviceOfficer: ['serviceOfficerId'],
  viewerCanEdit: ['leadUnitId'],
  viewerCanInspect: [],
  light: [],
  muGrade: [],
  complianceStatus: [],
  openProblemCount: [],
  worstOpenProblemLevel: [],
  nextMilestone: [],
  milestones: [],
  countsTowardTarget: [],
};

/**
 * Only what the fields asked for read (selectedFields): a page of rows selects their columns and
 * derives `countsTowardTarget` only when asked, instead of every column of every row. Without the
 * fields, or with one this does not know, it is projectSelection().
 */
export function projectSelectionFor(fields?: ReadonlySet<string>): Partial<ReturnType<typeof projectSelection>> {
  const all = projectSelection();
  if (!fields) return all;
  const columns = getTableColumns(projects);
  const picked = new Set<ProjectColumn>(['id', 'regionId', 'leadUnitId']);
  for (const field of fields) {
    const needs = columnsOfField[field] ?? (field in columns ? [field as ProjectColumn] : null);
    if (!needs) return all;
    for (const column of needs) picked.add(column);
  }
  const selection: Partial<ReturnType<typeof projectSelection>> = {};
  for (const column of picked) Object.assign(selection, { [column]: columns[column] });
  if (fields.has('countsTowardTarget')) selection.countsTowardTarget = all.countsTowardTarget;
  return selection;
}

export async function getProject(db: DatabaseOrTransaction, id: string): Promise<ProjectRow | null> {
  const [row] = await db.select(projectSelection()).from(projects).where(eq(projects.id, id));
  return row ?? null;
}

export async function projectsByInvestors(
  db: DatabaseOrTransaction,
  investorIds: readonly string[],
): Promise<ProjectRow[]> {
  return await db
    .select(projectSelection())
    .from(projects)
    .where(inArray(projects.investorId, [...investorIds]))
    .orderBy(desc(projects.createdAt));
}

export async function projectsByIds(db: DatabaseOrTransaction, ids: readonly string[]): Promise<ProjectRow[]> {
  return await db
    .select(projectSelection())
    .from(projects)
    .where(inArray(projects.id, [...ids]));
}

/** Fields the audit log records for a project. */
const auditedFields = [
  ...editableFields.filter((f) => f !== 'stage' && f !== 'signedOn'),
  'stage',
  'signedOn',
  'startedOn',
  'acceptedOn',
  'productionOn',
  'capacityOn',
  'terminatedOn',
  'terminationReason',
] as const;

type Write = { actor: Actor; requestId?: string | undefined };

// ---------------------------------------------------------------------------------------------
// Validation shared by create and update

type Checked = ProjectFields & { startedOn?: string | null };

/**
 * Rules between fields (SPEC 3); the first broken one is reported with its field. A project kept
 * from before 投资总额（万美元）was recorded is asked for it only when its foreign details change.
 */
function checkProject(p: Checked, opts: { requireUsd: boolean } = { requireUsd: true }): void {
  if (p.fixedAssetInvestment !== null && compareDecimal(p.fixedAssetInvestment, p.totalInvestment) > 0) {
    throw badInput('fixedAssetInvestment', '固定资产投资不能大于总投资');
  }
  if (needsResponsibleLeader(p.totalInvestment) && !p.responsibleLeader && !p.responsibleLeaderId) {
    throw badInput('responsibleLeader', '总投资50亿元以上的项目须明确包抓领导');
  }
  if (!p.isForeign && p.foreignInvestmentUsd !== null) {
    throw badInput('foreignInvestmentUsd', '非外资项目不填写外资金额');
  }
  if (!p.isForeign && p.totalInvestmentUsd !== null) {
    throw badInput('totalInvestmentUsd', '非外资项目不填写投资总额（万美元）');
  }
  if (opts.requireUsd && p.isForeign && p.totalInvestmentUsd === null) {
    throw badInput('totalInvestmentUsd', '外资项目须填写投资总额（万美元）');
  }
  if (
    p.totalInvestmentUsd !== null &&
    p.foreignInvestmentUsd !== null &&
    compareDecimal(p.foreignInvestmentUsd, p.totalInvestmentUsd) > 0
  ) {
    throw badInput('foreignInvestmentUsd', '外方出资不能大于投资总额');
  }
  if ((p.latitude === null) !== (p.longitude === null)) {
    throw badInput(p.latitude === null ? 'latitude' : 'longitude', '经纬度须同时填写');
  }
  if (p.signedOn !== null && p.signedOn > today()) throw badInput('signedOn', '签约日期不能晚于今天');
  if (p.signedOn !== null && p.startedOn && p.signedOn > p.startedOn) {
    throw badInput('signedOn', '签约日期不能晚于开工日期');
  }
}

/** What a project's references resolve to: the kinds of its units, the users named, the leaders. */
export type References = {
  unitKinds: Map<string, UnitKind>;
  /** Active users named by the input: their role and unit. */
  activeUsers: Map<string, { role: string; unitId: string | null }>;
  /** Every active LEADER account: id → name, to link 包抓领导 text to and to check a chosen one. */
  leaders: Map<string, string>;
  /** Every 项目类型 and its node template as it stands now. */
  templates: Map<string, TemplateNode[]>;
};

/** Loads the units, users and node templates the given projects refer to, in four queries however many projects. */
export async function loadReferences(
  db: DatabaseOrTransaction,
  inputs: ReadonlyArray<Partial<Pick<ProjectFields, 'leadUnitId' | 'platformId' | 'ownerId' | 'serviceOfficerId'>>>,
): Promise<References> {
  const uuid = (v: unknown): v is string => typeof v === 'string' && z.uuid().safeParse(v).success;
  const unitIds = [...new Set(inputs.flatMap((p) => [p.leadUnitId, p.platformId]).filter(uuid))];
  const userIds = [...new Set(inputs.flatMap((p) => [p.ownerId, p.serviceOfficerId]).filter(uuid))];
  const [found, named, leaders, templates] = await Promise.all([
    unitIds.length ? db.select({ id: units.id, kind: units.kind }).from(units).where(inArray(units.id, unitIds)) : [],
    userIds.length
      ? db
          .select({ id: users.id, role: users.role, unitId: users.unitId })
          .from(users)
          .where(and(inArray(users.id, userIds), eq(users.active, true)))
      : [],
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(eq(users.role, 'LEADER'), eq(users.active, true))),
    nodeTemplateRows(db),
  ]);
  return {
    unitKinds: new Map(found.map((u) => [u.id, u.kind])),
    activeUsers: new Map(named.map((u) => [u.id, { role: u.role, unitId: u.unitId }])),
    leaders: new Map(leaders.map((l) => [l.id, l.name])),
    templates: new Map(templates.map((t) => [t.kind, t.nodes])),
  };
}

/** The units and users a project refers to exist and are of the right kind; `leadUnitId` as it will be. */
function checkReferences(refs: References, p: Partial<ProjectFields>, leadUnitId: string | undefined): void {
  if (p.leadUnitId && !refs.unitKinds.has(p.leadUnitId)) throw badInput('leadUnitId', '责任单位不存在');
  if (p.kind && !refs.templates.has(p.kind)) throw badInput('kind', '项目类型不存在');
  if (p.platformId) {
    const kind = refs.unitKinds.get(p.platformId);
    if (!kind) throw badInput('platformId', '所在平台不存在');
    if (kind === 'DEPARTMENT') throw badInput('platformId', '所在平台应为开发区平台或乡镇街道');
  }
  if (p.ownerId && !refs.activeUsers.has(p.ownerId)) throw badInput('ownerId', '招商责任人不存在或已停用');
  if (p.serviceOfficerId) {
    const officer = refs.activeUsers.get(p.serviceOfficerId);
    if (!officer || officer.role !== 'PROMOTER' || officer.unitId !== leadUnitId) {
      throw badInput('serviceOfficerId', '首席服务员应为责任单位在用的招商人员');
    }
  }
}

/**
 * 包联领导 (SPEC 4.3's responsible leader as an account): a chosen LEADER account gives its name to
 * the text; text alone is linked to the one active leader it names, and to none when it names no
 * one or several (ADMIN resolves those). A cleared account with no new text keeps the text as said.
 */
export function linkLeader(
  refs: References,
  p: Partial<ProjectFields>,
): Partial<Pick<ProjectFields, 'responsibleLeader' | 'responsibleLeaderId'>> {
  if (p.responsibleLeaderId) {
    const name = refs.leaders.get(p.responsibleLeaderId);
    if (!name) throw badInput('responsibleLeaderId', '包联领导应为在用的领导账号');
    return { responsibleLeaderId: p.responsibleLeaderId, responsibleLeader: name };
  }
  if (typeof p.responsibleLeader === 'string') {
    const text = p.responsibleLeader;
    const named = [...refs.leaders].filter(([, name]) => name.trim() !== '' && text.includes(name.trim()));
    return { responsibleLeader: text, responsibleLeaderId: named.length === 1 ? (named[0]?.[0] ?? null) : null };
  }
  return p.responsibleLeaderId === null ? { responsibleLeaderId: null } : {};
}

/** Canonical values: trimmed text with blanks as null, decimals without padding. */
function normalize<T extends Partial<ProjectFields>>(p: T): T {
  const out: Record<string, unknown> = { ...p };
  for (const field of ['responsibleLeader', 'address'] as const) {
    if (typeof out[field] === 'string' && out[field] === '') out[field] = null;
  }
  for (const field of [
    'totalInvestment',
    'fixedAssetInvestment',
    'landArea',
    'foreignInvestmentUsd',
    'totalInvestmentUsd',
  ] as const) {
    if (typeof out[field] === 'string') out[field] = normalizeDecimal(out[field] as string);
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Writes

/** The project, locked for this transaction, after the version and unit checks. */
async function lockForWrite(tx: Transaction, id: string, version: number, actor: Actor) {
  authorizeRole(actor, 'project.write');
  const [row] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', '项目不存在', { field: 'id' });
  authorize(actor, 'project.write', { unitId: row.leadUnitId });
  if (row.version !== version) {
    const [last] = await tx
      .select({ at: auditLog.at, by: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, 'project'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    throw new AppError('CONFLICT', `项目已被${last?.by ?? '他人'}修改，请刷新后再改`, {
      field: 'version',
      currentVersion: row.version,
      changedBy: last?.by ?? null,
      changedAt: last?.at?.toISOString() ?? null,
    });
  }
  return row;
}

/** Saves the changed columns with version + 1 and writes the audit entry, in the caller's transaction. */
async function saveProject(
  tx: Transaction,
  before: typeof projects.$inferSelect,
  set: Partial<typeof projects.$inferInsert>,
  audit: Write & { action: string; note?: string | null },
): Promise<ProjectRow> {
  const [updated] = await tx
    .update(projects)
    .set({ ...set, version: sql`${projects.version} + 1`, updatedAt: new Date() })
    .where(and(eq(projects.id, before.id), eq(projects.version, before.version)))
    .returning();
  if (!updated) throw new AppError('CONFLICT', '项目已被他人修改，请刷新后再改', { field: 'version' });
  await recordAudit(tx, {
    actor: audit.actor,
    action: audit.action,
    entityType: 'project',
    entityId: before.id,
    projectId: before.id,
    changes: diffFields(before, updated, auditedFields),
    note: audit.note ?? null,
    requestId: audit.requestId,
  });
  const row = await getProject(tx, before.id);
  if (!row) throw new Error('project vanished inside its transaction');
  return row;
}

/**
 * On signing: the nodes of the project's kind as its template stands now. A project signed before
 * (a correction took it back) keeps the nodes it was given then; a later template change never
 * reaches a project's nodes.
 */
async function ensureTemplateMilestones(tx: Transaction, project: typeof projects.$inferSelect) {
  if (!project.signedOn) return;
  const [given] = await tx
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.projectId, project.id), isNotNull(milestones.key)))
    .limit(1);
  if (given) return;
  const template = await kindTemplate(tx, project.kind);
  const nodes = templateMilestones(template, project.signedOn, project);
  if (nodes.length) await tx.insert(milestones).values(nodes.map((m) => ({ ...m, projectId: project.id })));
}

/**
 * Brings the template nodes in line with the stage dates (SPEC 4.2): a node the stages reached
 * settle is done on that stage's date (completedByStage); one settled by a stage a correction took
 * back is open again. A date a person set by hand is left as it is.
 */
async function syncStageNodes(tx: Transaction, project: typeof projects.$inferSelect) {
  const nodes = await tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.projectId, project.id), isNotNull(milestones.key)))
    .orderBy(asc(milestones.sortOrder), asc(milestones.plannedOn));
  const settledDates = settleDates(nodes, project);
  for (const [index, node] of nodes.entries()) {
    const settled = settledDates[index] ?? null;
    if (node.completedByStage ? settled === node.actualOn : node.actualOn !== null || settled === null) continue;
    await tx
      .update(milestones)
      .set({ actualOn: settled, completedByStage: settled !== null, updatedAt: new Date() })
      .where(eq(milestones.id, node.id));
  }
}

/** Projects not terminated whose 包抓领导 text is linked to no account, by code: for ADMIN to link. */
export async function unlinkedLeaderProjects(db: DatabaseOrTransaction, actor: Actor): Promise<ProjectRow[]> {
  authorizeRole(actor, 'leader.link');
  return await db
    .select(projectSelection())
    .from(projects)
    .where(
      and(
        isNull(projects.responsibleLeaderId),
        sql`btrim(coalesce(${projects.responsibleLeader}, '')) <> ''`,
        notTerminatedSql(today()),
      ),
    )
    .orderBy(desc(projects.totalInvestment), projects.code)
    .limit(500);
}

/**
 * A new project's fields: the optional ones default to empty. Built once: a schema compiles its
 * checks on first use, which an import of thousands of rows must not pay per row.
 */
const newProjectSchema = z.object({
  ...projectFields,
  isForeign: projectFields.isForeign.default(false),
  isChainProject: projectFields.isChainProject.default(false),
  kind: projectFields.kind.default(DEFAULT_KIND),
  ...Object.fromEntries(
    [...nullableFields].map((f) => [f, (projectFields[f] as z.ZodType).optional().transform((v) => v ?? null)]),
  ),
  stage: projectFields.stage.default('NEGOTIATING'),
});

/** A patch's fields: any of them, each checked as on a new project. */
const projectPatchSchema = z.object(projectFields).partial();

/** A new project's input, validated and in canonical form; the actor may create it. No database. */
export function prepareNewProject(
  actor: Actor,
  raw: Record<string, unknown> & { stage?: Stage | null },
): ProjectFields {
  authorizeRole(actor, 'project.write');
  const stage = raw.stage ?? 'NEGOTIATING';
  if (!creationStages.includes(stage)) {
    throw new AppError('INVALID_TRANSITION', '新建项目只能处于“在谈”或“已签约”阶段', { field: 'stage' });
  }
  const input = normalize(parseInput(newProjectSchema, { ...raw, stage }) as ProjectFields);
  if (stage === 'SIGNED' && input.signedOn === null) throw badInput('signedOn', '已签约项目须填写签约日期');
  if (stage === 'NEGOTIATING' && input.signedOn !== null) throw badInput('signedOn', '在谈项目不填写签约日期');
  checkProject(input);
  authorize(actor, 'project.write', { unitId: input.leadUnitId });
  return input;
}

export type NewProjectRecords = {
  project: typeof projects.$inferInsert & { id: string };
  stageEvent: typeof stageEvents.$inferInsert | null;
  milestones: Array<typeof milestones.$inferInsert>;
  audit: AuditValues;
};

/**
 * Every row a new project brings, from its prepared input: the project, and when signed its stage
 * event and standard nodes; and the audit entry. The code is left to the caller, who numbers it.
 */
export function newProjectRecords(
  input: ProjectFields,
  refs: References,
  meta: Write & { code: string; id?: string },
): NewProjectRecords {
  checkReferences(refs, input, input.leadUnitId);
  const { actor } = meta;
  const id = meta.id ?? randomUUID();
  const project = {
    ...input,
    ...linkLeader(refs, input),
    id,
    code: meta.code,
    // A promoter who logs a project is its 招商责任人 unless someone else is named.
    ownerId: input.ownerId ?? (actor.role === 'PROMOTER' ? actor.id : null),
    createdById: actor.id,
  };
  const signed = project.stage === 'SIGNED' && project.signedOn ? project.signedOn : null;
  return {
    project,
    stageEvent: signed ? { projectId: id, toStage: 'SIGNED', on: signed, actorId: actor.id } : null,
    milestones: signed
      ? templateMilestones(refs.templates.get(project.kind) ?? [], signed, project).map((m) => ({
          ...m,
          projectId: id,
        }))
      : [],
    audit: auditValues({
      actor,
      action: 'project.create',
      entityType: 'project',
      entityId: id,
      projectId: id,
      changes: diffFields(null, project as Partial<typeof projects.$inferSelect>, auditedFields),
      requestId: meta.requestId,
    }),
  };
}

/**
 * Inserts a new project from its prepared input, numbered in its district, with its nodes when signed
 * and its audit entry; `investorId` when the caller knows the investor (a converted lead's).
 */
export async function insertNewProject(
  tx: Transaction,
  input: ProjectFields,
  meta: Write & { investorId?: string | null },
): Promise<string> {
  const refs = await loadReferences(tx, [input]);
  const code = await nextProjectCode(tx, Number(today().slice(0, 4)));
  const records = newProjectRecords(input, refs, { actor: meta.actor, requestId: meta.requestId, code });
  await tx.insert(projects).values({ ...records.project, investorId: meta.investorId ?? null });
  if (records.stageEvent) await tx.insert(stageEvents).values(records.stageEvent);
  if (records.milestones.length) await tx.insert(milestones).values(records.milestones);
  await tx.insert(auditLog).values(records.audit);
  await refreshSummaries(tx, [records.project.id]);
  return records.project.id;
}

export async function createProject(
  args: Write & { db: DatabaseOrTransaction; input: ProjectInput },
): Promise<ProjectRow> {
  const input = prepareNewProject(args.actor, args.input);
  return args.db.transaction(async (tx) => {
    const id = await insertNewProject(tx, input, args);
    await linkInvestors(tx, [id]);
    await findConflicts(tx, { projectIds: [id] });
    return (await getProject(tx, id)) as ProjectRow;
  });
}

/** A patch as the API gives it: GraphQL null is "clear" for optional fields, "not given" for required ones. */
export function parseProjectPatch(raw: Record<string, unknown>): Partial<ProjectFields> {
  const given = Object.fromEntries(
    Object.entries(raw).filter(
      ([k, v]) => editableFields.includes(k as EditableField) && (v !== null || nullableFields.has(k as EditableField)),
    ),
  );
  return normalize(parseInput(projectPatchSchema, given) as Partial<ProjectFields>);
}

/**
 * What a patch changes on a project, after every rule of SPEC 3 and the actor's rights for the new
 * values; null when it changes nothing. No database: the caller has loaded and locked `before`.
 */
/** What a patch would write over a project as it stands, and the fields it would change (none: it is as it stands). */
export function projectPatchChanges(
  before: typeof projects.$inferSelect,
  patch: Partial<ProjectFields>,
  refs: References,
): { linked: Partial<ProjectFields>; changes: FieldChanges } {
  const linked: Partial<ProjectFields> = { ...patch, ...linkLeader(refs, patch) };
  // Handed to another unit, the project's 首席服务员 is that unit's to name.
  const leadUnitId = patch.leadUnitId ?? before.leadUnitId;
  if (leadUnitId !== before.leadUnitId && linked.serviceOfficerId === undefined && before.serviceOfficerId) {
    linked.serviceOfficerId = null;
  }
  const changes = diffFields(before, { ...before, ...linked }, editableFields);
  return { linked, changes };
}

export function prepareProjectUpdate(
  actor: Actor,
  before: typeof projects.$inferSelect,
  patch: Partial<ProjectFields>,
  refs: References,
): { set: Partial<typeof projects.$inferInsert>; changes: FieldChanges } | null {
  authorize(actor, 'project.write', { unitId: before.leadUnitId });
  if (patch.stage !== undefined && patch.stage !== before.stage) {
    throw new AppError('INVALID_TRANSITION', '阶段请通过推进、终止或纠正来变更', { field: 'stage' });
  }
  if (patch.leadUnitId !== undefined && patch.leadUnitId !== before.leadUnitId) {
    authorize(actor, 'project.write', { unitId: patch.leadUnitId });
  }
  if (patch.signedOn !== undefined && patch.signedOn !== before.signedOn) {
    // Moving the signing date can move a project into or out of a target period: a correction.
    authorize(actor, 'stage.correct');
    if (before.stage === 'NEGOTIATING' || (before.stage === 'TERMINATED' && !before.signedOn)) {
      throw new AppError('INVALID_TRANSITION', '未签约项目没有签约日期', { field: 'signedOn' });
    }
    if (patch.signedOn === null) throw badInput('signedOn', '已签约项目须有签约日期');
  }
  const { linked, changes } = projectPatchChanges(before, patch, refs);
  if (Object.keys(changes).length === 0) return null;
  const leadUnitId = patch.leadUnitId ?? before.leadUnitId;
  const foreignChanged = 'isForeign' in changes || 'totalInvestmentUsd' in changes || 'foreignInvestmentUsd' in changes;
  checkProject({ ...before, ...linked } as unknown as Checked, { requireUsd: foreignChanged });
  checkReferences(refs, linked, leadUnitId);
  const { stage: _, ...set } = linked;
  return { set, changes };
}

export async function updateProject(
  args: Write & { db: DatabaseOrTransaction; id: string; version: number; patch: ProjectPatch },
): Promise<ProjectRow> {
  const patch = parseProjectPatch(args.patch);
  return args.db.transaction(async (tx) => {
    const before = await lockForWrite(tx, args.id, args.version, args.actor);
    const update = prepareProjectUpdate(args.actor, before, patch, await loadReferences(tx, [patch]));
    if (!update) return (await getProject(tx, before.id)) as ProjectRow;
    await saveProject(tx, before, update.set, {
      actor: args.actor,
      action: 'project.update',
      requestId: args.requestId,
    });
    if ('investor' in update.changes) await linkInvestors(tx, [before.id]);
    if ('investor' in update.changes || 'leadUnitId' in update.changes) {
      await findConflicts(tx, { projectIds: [before.id] });
    }
    await refreshSummaries(tx, [before.id]);
    return (await getProject(tx, before.id)) as ProjectRow;
  });
}

function assertStageDate(on: string, before: typeof projects.$inferSelect) {
  if (on > today()) throw new AppError('INVALID_TRANSITION', '日期不能晚于今天', { field: 'on' });
  const latest = latestStageDate(before);
  if (latest !== null && on < latest) {
    throw new AppError('INVALID_TRANSITION', `日期不能早于上一阶段的日期（${latest}）`, { field: 'on' });
  }
}

export async function advanceStage(
  args: Write & { db: Database; id: string; version: number; to: Stage; on: string; note?: string | null },
): Promise<ProjectRow> {
  return args.db.transaction(async (tx) => {
    const before = await lockForWrite(tx, args.id, args.version, args.actor);
    const allowed = transitions[before.stage].forward as readonly Stage[];
    if (!allowed.includes(args.to)) {
      throw new AppError('INVALID_TRANSITION', `项目不能从当前阶段推进到该阶段`, {
        field: 'to',
        from: before.stage,
        to: args.to,
      });
    }
    assertStageDate(args.on, before);
    const passed = stagesPassed(before.stage as ForwardStage, args.to as ForwardStage);
    const set: Partial<typeof projects.$inferInsert> = { stage: args.to };
    for (const stage of passed) if (stage !== 'NEGOTIATING') set[stageDateField[stage]] = args.on;
    const note = args.note?.trim() || null;
    const after = await saveProject(tx, before, set, {
      actor: args.actor,
      action: 'project.advanceStage',
      note,
      requestId: args.requestId,
    });
    await tx.insert(stageEvents).values({
      projectId: before.id,
      fromStage: before.stage,
      toStage: args.to,
      on: args.on,
      note,
      actorId: args.actor.id,
    });
    await ensureTemplateMilestones(tx, after);
    await syncStageNodes(tx, after);
    await refreshSummaries(tx, [before.id]);
    return after;
  });
}

export async function terminateProject(
  args: Write & { db: Database; id: string; version: number; on: string; reason: string },
): Promise<ProjectRow> {
  const reason = args.reason.trim();
  return args.db.transaction(async (tx) => {
    const before = await lockForWrite(tx, args.id, args.version, args.actor);
    if (!transitions[before.stage].terminate) {
      throw new AppError('INVALID_TRANSITION', before.stage === 'TERMINATED' ? '项目已终止' : '已达产项目不能终止', {
        field: 'id',
        from: before.stage,
      });
    }
    if (!reason) throw badInput('reason', '请填写终止原因');
    if (reason.length > 500) throw badInput('reason', '终止原因不能超过500个字');
    assertStageDate(args.on, before);
    const after = await saveProject(
      tx,
      before,
      { stage: 'TERMINATED', terminatedOn: args.on, terminationReason: reason },
      { actor: args.actor, action: 'project.terminate', note: reason, requestId: args.requestId },
    );
    await tx.insert(stageEvents).values({
      projectId: before.id,
      fromStage: before.stage,
      toStage: 'TERMINATED',
      on: args.on,
      note: reason,
      actorId: args.actor.id,
    });
    await closeProblemsOfTerminated(tx, { projectId: before.id, reason, actor: args.actor, requestId: args.requestId });
    await refreshSummaries(tx, [before.id]);
    return after;
  });
}

/** ADMIN only: back to an earlier stage; later stage dates (and a termination) are cleared. */
export async function correctStage(
  args: Write & { db: Database; id: string; version: number; to: Stage; reason: string },
): Promise<ProjectRow> {
  authorize(args.actor, 'stage.correct');
  const reason = args.reason.trim();
  if (!reason) throw badInput('reason', '请填写纠正原因');
  return args.db.transaction(async (tx) => {
    const before = await lockForWrite(tx, args.id, args.version, args.actor);
    const reached = before.stage === 'TERMINATED' ? reachedStage(before) : before.stage;
    const to = args.to;
    const valid =
      to !== 'TERMINATED' &&
      (before.stage === 'TERMINATED'
        ? stageIndex(to) <= stageIndex(reached)
        : stageIndex(to) < stageIndex(reached as ForwardStage));
    if (!valid) {
      throw new AppError('INVALID_TRANSITION', '纠正只能退回到更早的阶段', { field: 'to', from: before.stage, to });
    }
    const cleared = stageOrder.slice(stageIndex(to as ForwardStage) + 1);
    const set: Partial<typeof projects.$inferInsert> = { stage: to, terminatedOn: null, terminationReason: null };
    for (const stage of cleared) if (stage !== 'NEGOTIATING') set[stageDateField[stage]] = null;
    const after = await saveProject(tx, before, set, {
      actor: args.actor,
      action: 'project.correctStage',
      note: reason,
      requestId: args.requestId,
    });
    await tx.insert(stageEvents).values({
      projectId: before.id,
      fromStage: before.stage,
      toStage: to,
      on: today(),
      note: reason,
      isCorrection: true,
      actorId: args.actor.id,
    });
    await syncStageNodes(tx, after);
    await refreshSummaries(tx, [before.id]);
    return after;
  });
}

/** The stage changes of each project, oldest first: the latest 200. */
export async function stageEventsByProjects(db: DatabaseOrTransaction, ids: readonly string[]) {
  return await db
    .select()
    .from(stageEvents)
    .where(
      topPerGroup({
        table: stageEvents,
        id: stageEvents.id,
        partition: stageEvents.projectId,
        where: inArray(stageEvents.projectId, [...ids]),
        orderBy: sql`${stageEvents.at} DESC, ${stageEvents.seq} DESC`,
        limit: 200,
      }),
    )
    .orderBy(stageEvents.at, stageEvents.seq);
}

/** Each project's history, newest first: the latest `limit` entries. */
export async function historyByProjects(db: DatabaseOrTransaction, ids: readonly string[], limit: number) {
  return await db
    .select()
    .from(auditLog)
    .where(
      topPerGroup({
        table: auditLog,
        id: auditLog.id,
        partition: auditLog.projectId,
        where: inArray(auditLog.projectId, [...ids]),
        orderBy: sql`${auditLog.id} DESC`,
        limit,
      }),
    )
    .orderBy(desc(auditLog.id));
}
