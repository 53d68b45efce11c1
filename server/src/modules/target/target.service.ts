import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { projects, scoreWeights, targets } from '@zdyq/db/schema';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import { toUnits } from '../../lib/decimal.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { isoDate } from '../project/project.input.ts';
import { type ProjectRow, projectSelection } from '../project/project.service.ts';
import { parseInput } from '../validation.ts';
import { elapsedShare, isTargetCode, onTrack, rules, type TargetCode, type Window, yearOf } from './target.rules.ts';

type TargetRow = typeof targets.$inferSelect;

export type TargetProgressRow = {
  code: TargetCode;
  name: string;
  unit: string;
  kind: 'COUNT' | 'RATE';
  annual: boolean;
  baseline: number | null;
  baselineYear: number | null;
  target: number;
  current: number;
  percent: number;
  periodStart: string;
  periodEnd: string;
  elapsedPercent: number;
  onTrack: boolean;
  asOf: string;
};

/** The window a target counts in as of a day. */
function windowOf(row: TargetRow, asOf: string): { start: string; end: string } {
  return rules[row.code as TargetCode].annual ? yearOf(asOf) : { start: row.periodStart, end: row.periodEnd };
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Every target's figure as of a day, counted in one SQL statement. */
export async function targetProgress(db: DatabaseOrTransaction, asOf: string): Promise<TargetProgressRow[]> {
  const rows = (await db.select().from(targets).orderBy(asc(targets.sortOrder))).filter((r) => isTargetCode(r.code));
  if (rows.length === 0) return [];
  const columns: Record<string, SQL<number>> = {};
  for (const row of rows) {
    const rule = rules[row.code as TargetCode];
    const window = windowOf(row, asOf);
    columns[`${row.code}:counted`] = sql<number>`count(*) FILTER (WHERE ${rule.counted(window, asOf)})::int`;
    if (rule.base) columns[`${row.code}:base`] = sql<number>`count(*) FILTER (WHERE ${rule.base(window, asOf)})::int`;
  }
  const [counts] = await db.select(columns).from(projects);
  return rows.map((row) => {
    const code = row.code as TargetCode;
    const rule = rules[code];
    const window = windowOf(row, asOf);
    const counted = counts?.[`${code}:counted`] ?? 0;
    const base = counts?.[`${code}:base`] ?? 0;
    const current = rule.kind === 'RATE' ? (base === 0 ? 0 : round((counted / base) * 100)) : counted;
    const target = Number(row.targetValue);
    const elapsed = elapsedShare(window.start, window.end, asOf);
    return {
      code,
      name: row.name,
      unit: row.unit,
      kind: rule.kind,
      annual: rule.annual,
      baseline: row.baseline === null ? null : Number(row.baseline),
      baselineYear: row.baselineYear,
      target,
      current,
      percent: target > 0 ? round((current / target) * 100) : 0,
      periodStart: window.start,
      periodEnd: window.end,
      elapsedPercent: round(elapsed * 100),
      onTrack: onTrack(rule.kind, current, target, elapsed),
      asOf,
    };
  });
}

const window = (t: TargetProgressRow): Window => ({ start: t.periodStart, end: t.periodEnd });

/** The projects behind a figure: those counted, or for a rate those it is a share of. */
export async function targetProjects(
  db: DatabaseOrTransaction,
  t: TargetProgressRow,
  limit: number,
): Promise<ProjectRow[]> {
  const rule = rules[t.code];
  const where = (rule.base ?? rule.counted)(window(t), t.asOf);
  return await db
    .select(projectSelection())
    .from(projects)
    .where(where)
    .orderBy(asc(projects.signedOn), asc(projects.code))
    .limit(limit);
}

/** Projects in negotiation that would count once signed; the largest 1000. */
export async function targetPipeline(db: DatabaseOrTransaction, t: TargetProgressRow): Promise<ProjectRow[]> {
  const pipeline = rules[t.code].pipeline;
  if (!pipeline) return [];
  return await db
    .select(projectSelection())
    .from(projects)
    .where(pipeline(t.asOf))
    .orderBy(sql`${projects.totalInvestment} DESC`, asc(projects.code))
    .limit(1000);
}

const decimalText = (label: string) =>
  z.string().refine((v) => {
    const units = toUnits(v);
    return units !== undefined && units >= 0n;
  }, `${label}应为不小于0的数字，最多4位小数`);

export async function updateTarget(args: {
  db: Database;
  actor: Actor;
  code: string;
  input: {
    targetValue?: string | null;
    baseline?: string | null;
    periodStart?: string | null;
    periodEnd?: string | null;
  };
  asOf: string;
  requestId?: string;
}): Promise<TargetProgressRow> {
  authorize(args.actor, 'target.manage');
  const parsed = parseInput(
    z.object({
      targetValue: decimalText('目标值').optional(),
      baseline: decimalText('基数').nullable().optional(),
      periodStart: isoDate('起始日期').optional(),
      periodEnd: isoDate('截止日期').optional(),
    }),
    {
      targetValue: args.input.targetValue ?? undefined,
      baseline: args.input.baseline,
      periodStart: args.input.periodStart ?? undefined,
      periodEnd: args.input.periodEnd ?? undefined,
    },
  );
  const patch = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as Partial<typeof parsed>;
  if (patch.targetValue !== undefined && toUnits(patch.targetValue) === 0n)
    throw badInput('targetValue', '目标值必须大于0');
  await args.db.transaction(async (tx) => {
    const [before] = await tx.select().from(targets).where(eq(targets.code, args.code)).for('update');
    if (!before) throw new AppError('NOT_FOUND', '指标不存在', { field: 'code' });
    const after = { ...before, ...patch };
    if (after.periodStart > after.periodEnd) throw badInput('periodEnd', '截止日期不能早于起始日期');
    const changes = diffFields(before, after, ['targetValue', 'baseline', 'periodStart', 'periodEnd']);
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(targets)
      .set({ ...patch, version: sql`${targets.version} + 1`, updatedAt: new Date() })
      .where(eq(targets.code, args.code));
    await recordAudit(tx, {
      actor: args.actor,
      action: 'target.update',
      entityType: 'target',
      entityId: args.code,
      changes,
      note: before.name,
      requestId: args.requestId,
    });
  });
  const progress = (await targetProgress(args.db, args.asOf)).find((t) => t.code === args.code);
  if (!progress) throw new AppError('NOT_FOUND', '指标不存在', { field: 'code' });
  return progress;
}

export type ScoreWeightRow = { key: string; weight: number };

export async function listScoreWeights(db: DatabaseOrTransaction): Promise<ScoreWeightRow[]> {
  const rows = await db.select().from(scoreWeights).orderBy(asc(scoreWeights.sortOrder));
  return rows.map((r) => ({ key: r.key, weight: Number(r.weight) }));
}

export async function setScoreWeights(args: {
  db: Database;
  actor: Actor;
  input: ReadonlyArray<{ key: string; weight: number }>;
  requestId?: string;
}): Promise<ScoreWeightRow[]> {
  authorize(args.actor, 'target.manage');
  for (const [i, w] of args.input.entries()) {
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > 100) {
      throw badInput(`input.${i}.weight`, '权重应在0到100之间');
    }
  }
  await args.db.transaction(async (tx) => {
    const before = await listScoreWeights(tx);
    const known = new Map(before.map((w) => [w.key, w.weight]));
    for (const [i, w] of args.input.entries()) {
      if (!known.has(w.key)) throw badInput(`input.${i}.key`, `没有名为${w.key}的权重`);
    }
    const after = new Map(known);
    for (const w of args.input) after.set(w.key, w.weight);
    if ([...after.values()].every((v) => v === 0)) throw badInput('input', '至少一项权重须大于0');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const w of args.input) {
      if (known.get(w.key) !== w.weight) {
        changes[w.key] = { from: known.get(w.key), to: w.weight };
        await tx
          .update(scoreWeights)
          .set({ weight: String(w.weight), updatedAt: new Date() })
          .where(eq(scoreWeights.key, w.key));
      }
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        actor: args.actor,
        action: 'scoreWeights.update',
        entityType: 'scoreWeights',
        entityId: 'race',
        changes,
        requestId: args.requestId,
      });
    }
  });
  return listScoreWeights(args.db);
}
