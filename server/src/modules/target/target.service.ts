import type { Database, DatabaseOrTransaction, Transaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import {
  projects,
  regions,
  scoreWeights,
  targetPeriods,
  targetQuotas,
  targetRegionQuotas,
  targets,
  units,
} from '@zdyq/db/schema';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import { today } from '../../lib/dates.ts';
import { Dec, display, parseDecimal } from '../../lib/decimal.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { isoDate } from '../project/project.input.ts';
import { type ProjectRow, projectSelection } from '../project/project.service.ts';
import { andInView, ownRegion, type RegionView, regionView } from '../region/region.service.ts';
import { parseInput } from '../validation.ts';
import {
  achieved,
  elapsedDays,
  type Figure,
  growthSumsSql,
  isProjectRule,
  isTargetCode,
  onTrack,
  periodFor,
  rules,
  type TargetCode,
  yearOf,
} from './target.rules.ts';

type TargetDef = typeof targets.$inferSelect;
export type PeriodRow = typeof targetPeriods.$inferSelect;

export type UnitTargetRow = { unitId: string; quota: number | null; current: number; percent: number | null };

/** A region below's part of a city's target (SPEC 2.1 `byRegion`): its quota and its count by the same rule. */
export type RegionTargetRow = { regionId: number; quota: number | null; current: number };

/** The regions a figure covers: all the account reads (null), or these. */
type Covered = readonly number[] | null;

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
  /** False when the figure does not exist (growth without a year before, a rate of nothing). */
  available: boolean;
  percent: number;
  periodStart: string;
  periodEnd: string;
  elapsedPercent: number;
  onTrack: boolean;
  periodEnded: boolean;
  /** An ended period's final result; null while the period runs. */
  achieved: boolean | null;
  /** The day the figure is counted as of: asOf, or the period's last day once it ended. */
  asOf: string;
  /** The window counted in: the period, or a calendar year for annual targets. */
  window: { start: string; end: string };
  byUnit: UnitTargetRow[];
  /** The region whose target it is. */
  regionId: number;
  covered: Covered;
  byRegion: RegionTargetRow[];
};

/** A figure for people: two places for rates, whole for counts. */
const shown = (figure: Figure) => (figure === null ? 0 : Number(display(figure.value, 2)));

type Judged = {
  def: TargetDef;
  period: PeriodRow;
  ended: boolean;
  day: string;
  window: { start: string; end: string };
};

/** Which period, day and window each of a region's targets is judged in as of a day (SPEC 5.1). */
async function judgedTargets(db: DatabaseOrTransaction, asOf: string, regionId: number): Promise<Judged[]> {
  const [defs, periods] = await Promise.all([
    db.select().from(targets).orderBy(asc(targets.sortOrder)),
    db.select().from(targetPeriods).where(eq(targetPeriods.regionId, regionId)).orderBy(asc(targetPeriods.periodStart)),
  ]);
  return defs.flatMap((def) => {
    if (!isTargetCode(def.code)) return [];
    const found = periodFor(
      periods.filter((p) => p.code === def.code),
      asOf,
    );
    if (!found) return [];
    // An ended period is judged as it stood on its last day: its final result.
    const day = found.ended ? found.period.periodEnd : asOf;
    const window = def.annual ? yearOf(day) : { start: found.period.periodStart, end: found.period.periodEnd };
    return [{ def, period: found.period, ended: found.ended, day, window }];
  });
}

type Counts = Map<string, { counted: string; base: string }>;

/** The key of a unit's parts, and of a region below's. */
const unitKey = (id: string) => `unit:${id}`;
const regionKey = (id: number) => `region:${id}`;

/**
 * Every figure's parts over the view's projects, in all (key ''), per lead unit and per region below,
 * in one statement over projects and one over monthly reports: counts as numerator / 1, rates as
 * numerator / base, growth as this year / last year. Parts are counts, so a region's are its districts' added.
 */
async function countParts(
  db: DatabaseOrTransaction,
  judged: readonly Judged[],
  view: RegionView,
): Promise<Map<TargetCode, Counts>> {
  const columns: SQL[] = [];
  const growth = judged.filter((j) => !isProjectRule(rules[j.def.code as TargetCode]));
  for (const j of judged) {
    const rule = rules[j.def.code as TargetCode];
    if (!isProjectRule(rule)) continue;
    const base = rule.base ? sql`count(*) FILTER (WHERE ${rule.base(j.window, j.day)})::text` : sql`'1'`;
    columns.push(
      sql`count(*) FILTER (WHERE ${rule.counted(j.window, j.day)})::text AS ${sql.identifier(`${j.def.code}:counted`)}`,
      sql`${base} AS ${sql.identifier(`${j.def.code}:base`)}`,
    );
  }
  const parts = new Map<TargetCode, Counts>();
  const put = (code: TargetCode, key: string, counted: string, base: string) => {
    const byKey = parts.get(code) ?? new Map();
    const before = byKey.get(key);
    byKey.set(
      key,
      before
        ? { counted: new Dec(before.counted).plus(counted).toFixed(), base: new Dec(before.base).plus(base).toFixed() }
        : { counted, base },
    );
    parts.set(code, byKey);
  };
  // A row per lead unit, per region of a project, and of all together; a region's row counts for the
  // region below the view it falls in (none for a district's own view).
  const keyOf = (row: { unit: string | null; region: number | null }) => {
    if (row.unit !== null) return unitKey(row.unit);
    if (row.region === null) return '';
    const child = view.childOf.get(row.region);
    return child === undefined ? null : regionKey(child);
  };
  const grouping = (unit: SQL, region: SQL) => sql`GROUPING SETS ((${unit}), (${region}), ())`;
  if (columns.length) {
    const rows = await rowsOf<Record<string, string | null> & { unit: string | null; region: number | null }>(
      db,
      sql`SELECT ${projects.leadUnitId} AS unit, ${projects.regionId} AS region, ${sql.join(columns, sql`, `)}
      FROM projects WHERE TRUE ${andInView(view, '"projects"')}
      GROUP BY ${grouping(sql`${projects.leadUnitId}`, sql`${projects.regionId}`)}`,
    );
    for (const row of rows) {
      const key = keyOf(row);
      if (key === null) continue;
      for (const j of judged) {
        const counted = row[`${j.def.code}:counted`];
        if (counted === undefined || counted === null) continue;
        put(j.def.code as TargetCode, key, counted, row[`${j.def.code}:base`] ?? '1');
      }
    }
  }
  for (const j of growth) {
    const sums = growthSumsSql(j.day);
    const rows = await rowsOf<{ unit: string | null; region: number | null; this_year: string; last_year: string }>(
      db,
      sql`SELECT p.lead_unit_id AS unit, p.region_id AS region,
        ${sums.thisYear} AS this_year, ${sums.lastYear} AS last_year
      FROM monthly_reports r JOIN projects p ON p.id = r.project_id
      WHERE p.is_manufacturing ${andInView(view, 'p')}
      GROUP BY ${grouping(sql`p.lead_unit_id`, sql`p.region_id`)}`,
    );
    for (const row of rows) {
      const key = keyOf(row);
      if (key !== null) put(j.def.code as TargetCode, key, row.this_year, row.last_year);
    }
  }
  return parts;
}

/** The figure from its parts (SPEC 5): a count, a share in %, or growth in %; null when it does not exist. */
function figureOf(code: TargetCode, parts: { counted: string; base: string } | undefined): Figure {
  const rule = rules[code];
  const counted = new Dec(parts?.counted ?? '0');
  const base = new Dec(parts?.base ?? (rule.kind === 'COUNT' ? '1' : '0'));
  if (rule.kind === 'COUNT') return { value: counted };
  if (base.isZero()) return null;
  if (!isProjectRule(rule)) return { value: counted.dividedBy(base).minus(1).times(100) };
  return { value: counted.dividedBy(base).times(100) };
}

/**
 * Every target of a region as of a day, judged in its period over the projects of the region and those
 * below (SPEC 2.1), with each unit's part and quota and each region below's.
 */
export async function targetProgress(
  db: DatabaseOrTransaction,
  asOf: string,
  view: RegionView,
): Promise<TargetProgressRow[]> {
  const regionId = view.region.id;
  const judged = await judgedTargets(db, asOf, regionId);
  if (judged.length === 0) return [];
  const ofPeriods = (code: SQL, start: SQL) =>
    inArray(
      sql`(${code}, ${start})`,
      judged.map((j) => sql`(${j.def.code}, ${j.period.periodStart}::date)`),
    );
  const [parts, quotas, regionQuotas] = await Promise.all([
    countParts(db, judged, view),
    db
      .select()
      .from(targetQuotas)
      .where(
        and(
          eq(targetQuotas.regionId, regionId),
          ofPeriods(sql`${targetQuotas.code}`, sql`${targetQuotas.periodStart}`),
        ),
      ),
    view.children.length
      ? db
          .select()
          .from(targetRegionQuotas)
          .where(
            and(
              eq(targetRegionQuotas.regionId, regionId),
              ofPeriods(sql`${targetRegionQuotas.code}`, sql`${targetRegionQuotas.periodStart}`),
            ),
          )
      : Promise.resolve([]),
  ]);
  return judged.map((j) => {
    const code = j.def.code as TargetCode;
    const rule = rules[code];
    const byParts = parts.get(code);
    const figure = figureOf(code, byParts?.get(''));
    const target = j.period.targetValue;
    const time = elapsedDays(j.window.start, j.window.end, j.day);
    const unitQuotas = new Map(quotas.filter((q) => q.code === code).map((q) => [q.unitId, q.value]));
    const unitIds = new Set([
      ...unitQuotas.keys(),
      ...[...(byParts?.entries() ?? [])]
        .filter(
          ([key, p]) => key.startsWith('unit:') && (p.counted !== '0' || (rule.kind === 'RATE' && p.base !== '0')),
        )
        .map(([key]) => key.slice('unit:'.length)),
    ]);
    const byUnit = [...unitIds].map((unitId) => {
      const current = figureOf(code, byParts?.get(unitKey(unitId)));
      const quota = unitQuotas.get(unitId) ?? null;
      return {
        unitId,
        quota: quota === null ? null : Number(quota),
        current: shown(current),
        percent:
          quota === null || current === null || new Dec(quota).isZero()
            ? null
            : Number(display(current.value.dividedBy(quota).times(100), 2)),
      };
    });
    byUnit.sort((a, b) => (b.quota ?? -1) - (a.quota ?? -1) || b.current - a.current);
    const quotaOf = new Map(
      regionQuotas
        .filter((q) => q.code === code && q.periodStart === j.period.periodStart)
        .map((q) => [q.quotaRegionId, Number(q.value)]),
    );
    const byRegion = view.children.map((child) => ({
      regionId: child.id,
      quota: quotaOf.get(child.id) ?? null,
      current: shown(figureOf(code, byParts?.get(regionKey(child.id)))),
    }));
    return {
      code,
      name: j.def.name,
      unit: j.def.unit,
      kind: rule.kind,
      annual: j.def.annual,
      baseline: j.period.baseline === null ? null : Number(j.period.baseline),
      baselineYear: j.period.baselineYear,
      target: Number(target),
      current: shown(figure),
      available: figure !== null,
      percent: figure === null ? 0 : Number(display(figure.value.dividedBy(target).times(100), 2)),
      // The days counted: the period, or for an annual target the calendar year.
      periodStart: j.window.start,
      periodEnd: j.window.end,
      elapsedPercent: Number(display(new Dec(time.elapsed).dividedBy(time.total).times(100), 2)),
      onTrack: j.ended ? achieved(figure, target) : onTrack(rule.kind, figure, target, time),
      periodEnded: j.ended,
      achieved: j.ended ? achieved(figure, target) : null,
      asOf: j.day,
      window: j.window,
      byUnit,
      regionId,
      covered: view.whole ? null : view.covered,
      byRegion,
    };
  });
}

/** The condition that keeps the projects a figure covers. */
const coveredBy = (t: { covered: Covered }) =>
  t.covered === null ? undefined : inArray(projects.regionId, [...t.covered]);

/** The projects behind a figure: those counted, or for a rate those it is a share of. */
export async function targetProjects(
  db: DatabaseOrTransaction,
  t: TargetProgressRow,
  limit: number,
): Promise<ProjectRow[]> {
  const rule = rules[t.code];
  if (!isProjectRule(rule)) {
    // Growth: the manufacturing projects with investment reported in the window or the year before.
    const last = String(Number(t.window.start.slice(0, 4)) - 1);
    return await db
      .select(projectSelection())
      .from(projects)
      .where(
        and(
          sql`${projects.isManufacturing} AND EXISTS (SELECT 1 FROM monthly_reports r WHERE r.project_id = ${projects.id}
          AND r.month BETWEEN ${`${last}-01`} AND ${t.asOf.slice(0, 7)})`,
          coveredBy(t),
        ),
      )
      .orderBy(asc(projects.code))
      .limit(limit);
  }
  const where = (rule.base ?? rule.counted)(t.window, t.asOf);
  return await db
    .select(projectSelection())
    .from(projects)
    .where(and(where, coveredBy(t)))
    .orderBy(asc(projects.signedOn), asc(projects.code))
    .limit(limit);
}

/** Projects in negotiation that would count once signed; none once the period has ended. The largest 1000. */
export async function targetPipeline(db: DatabaseOrTransaction, t: TargetProgressRow): Promise<ProjectRow[]> {
  const rule = rules[t.code];
  if (t.periodEnded || !isProjectRule(rule) || !rule.pipeline) return [];
  return await db
    .select(projectSelection())
    .from(projects)
    .where(and(rule.pipeline(t.asOf), coveredBy(t)))
    .orderBy(sql`${projects.totalInvestment} DESC`, asc(projects.code))
    .limit(1000);
}

/** How many of the pipeline are likely to sign (likelihood HIGH, SPEC 3.1), however long it is. */
export async function targetPipelineHigh(db: DatabaseOrTransaction, t: TargetProgressRow): Promise<number> {
  const rule = rules[t.code];
  if (t.periodEnded || !isProjectRule(rule) || !rule.pipeline) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(projects)
    .where(and(rule.pipeline(t.asOf), eq(projects.likelihood, 'HIGH'), coveredBy(t)));
  return row?.n ?? 0;
}

export type UnitQuotaModel = typeof targetQuotas.$inferSelect;
export type RegionQuotaModel = typeof targetRegionQuotas.$inferSelect;
export type TargetPeriodModel = PeriodRow & { quotas: UnitQuotaModel[]; regionQuotas: RegionQuotaModel[] };

/** Every period of a region's target, with its quotas among units and among the regions below, oldest first. */
export async function periodsOf(
  db: DatabaseOrTransaction,
  code: string,
  regionId: number,
): Promise<TargetPeriodModel[]> {
  const [periods, quotas, regionQuotas] = await Promise.all([
    db
      .select()
      .from(targetPeriods)
      .where(and(eq(targetPeriods.code, code), eq(targetPeriods.regionId, regionId)))
      .orderBy(asc(targetPeriods.periodStart)),
    db
      .select()
      .from(targetQuotas)
      .where(and(eq(targetQuotas.code, code), eq(targetQuotas.regionId, regionId))),
    db
      .select()
      .from(targetRegionQuotas)
      .where(and(eq(targetRegionQuotas.code, code), eq(targetRegionQuotas.regionId, regionId))),
  ]);
  return periods.map((p) => ({
    ...p,
    quotas: quotas.filter((q) => q.periodStart === p.periodStart),
    regionQuotas: regionQuotas.filter((q) => q.periodStart === p.periodStart),
  }));
}

// ---------------------------------------------------------------------------------------------
// ADMIN: periods and quotas

const decimalText = (label: string) =>
  z.string().refine((v) => {
    const d = parseDecimal(v);
    return d !== undefined && !d.isNegative();
  }, `${label}应为不小于0的数字，最多4位小数`);

const periodInput = z.object({
  targetValue: decimalText('目标值').optional(),
  baseline: decimalText('基数').nullable().optional(),
  baselineYear: z
    .number()
    .int('基数年份应为整数')
    .min(1990, '基数年份不正确')
    .max(2100, '基数年份不正确')
    .nullable()
    .optional(),
  periodStart: isoDate('起始日期').optional(),
  periodEnd: isoDate('截止日期').optional(),
});
type PeriodInput = {
  targetValue?: string | null;
  baseline?: string | null;
  baselineYear?: number | null;
  periodStart?: string | null;
  periodEnd?: string | null;
};

/** The input with GraphQL's nulls as "not given", but for the baseline, where null clears it. */
function parsePeriod(input: PeriodInput) {
  const parsed = parseInput(periodInput, {
    targetValue: input.targetValue ?? undefined,
    baseline: input.baseline,
    baselineYear: input.baselineYear,
    periodStart: input.periodStart ?? undefined,
    periodEnd: input.periodEnd ?? undefined,
  });
  if (parsed.targetValue !== undefined && new Dec(parsed.targetValue).isZero()) {
    throw badInput('targetValue', '目标值必须大于0');
  }
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as Partial<{
    targetValue: string;
    baseline: string | null;
    baselineYear: number | null;
    periodStart: string;
    periodEnd: string;
  }>;
}

/** Locks a target's periods in a region, to check a new shape of one of them against the others. */
async function lockPeriods(tx: Transaction, code: string, regionId: number): Promise<PeriodRow[]> {
  // The target's row is the lock: a region with no period yet has no period row to lock.
  const [def] = await tx.select().from(targets).where(eq(targets.code, code)).for('update');
  if (!def) throw new AppError('NOT_FOUND', '指标不存在', { field: 'code' });
  return tx
    .select()
    .from(targetPeriods)
    .where(and(eq(targetPeriods.code, code), eq(targetPeriods.regionId, regionId)))
    .orderBy(asc(targetPeriods.periodStart));
}

function checkNoOverlap(others: readonly PeriodRow[], start: string, end: string) {
  if (start > end) throw badInput('periodEnd', '截止日期不能早于起始日期');
  const clash = others.find((p) => p.periodStart <= end && start <= p.periodEnd);
  if (clash) throw badInput('periodStart', `与${clash.periodStart}至${clash.periodEnd}的考核期重叠`);
}

/** The account's own target of a code as of a day, after a change. */
async function progressOf(
  db: DatabaseOrTransaction,
  actor: Actor,
  code: string,
  asOf: string,
): Promise<TargetProgressRow> {
  const progress = (await targetProgress(db, asOf, await regionView(db, actor, null))).find((t) => t.code === code);
  if (!progress) throw new AppError('NOT_FOUND', '指标在该日期没有考核期', { field: 'code' });
  return progress;
}

/** ADMIN: change a period's value, baseline or dates; by default the period judged today. */
export async function updateTarget(args: {
  db: Database;
  actor: Actor;
  code: string;
  periodStart?: string | null;
  input: PeriodInput;
  requestId?: string;
}): Promise<TargetProgressRow> {
  authorize(args.actor, 'target.manage');
  const patch = parsePeriod(args.input);
  const asOf = today();
  const regionId = args.actor.regionId;
  await args.db.transaction(async (tx) => {
    const periods = await lockPeriods(tx, args.code, regionId);
    const before = args.periodStart
      ? periods.find((p) => p.periodStart === args.periodStart)
      : periodFor(periods, asOf)?.period;
    if (!before) throw new AppError('NOT_FOUND', '没有该考核期', { field: 'periodStart' });
    const after = { ...before, ...patch };
    checkNoOverlap(
      periods.filter((p) => p !== before),
      after.periodStart,
      after.periodEnd,
    );
    const changes = diffFields(before, after, ['targetValue', 'baseline', 'baselineYear', 'periodStart', 'periodEnd']);
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(targetPeriods)
      .set({ ...patch, version: sql`${targetPeriods.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(targetPeriods.regionId, regionId),
          eq(targetPeriods.code, args.code),
          eq(targetPeriods.periodStart, before.periodStart),
        ),
      );
    await recordAudit(tx, {
      actor: args.actor,
      action: 'target.update',
      entityType: 'target',
      entityId: args.code,
      changes,
      note: `${before.periodStart}至${before.periodEnd}`,
      requestId: args.requestId,
    });
  });
  return progressOf(args.db, args.actor, args.code, asOf);
}

/** ADMIN: a new plan period (e.g. 2024–2026) of the account's own region, with its own value and baseline. */
export async function addTargetPeriod(args: {
  db: Database;
  actor: Actor;
  code: string;
  regionId?: string | null;
  input: PeriodInput;
  requestId?: string;
}): Promise<TargetProgressRow> {
  authorize(args.actor, 'target.manage');
  const regionId = ownRegion(args.actor, args.regionId);
  const input = parsePeriod(args.input);
  if (!input.periodStart) throw badInput('periodStart', '请填写起始日期');
  if (!input.periodEnd) throw badInput('periodEnd', '请填写截止日期');
  if (!input.targetValue) throw badInput('targetValue', '请填写目标值');
  const { periodStart, periodEnd, targetValue } = input;
  await args.db.transaction(async (tx) => {
    checkNoOverlap(await lockPeriods(tx, args.code, regionId), periodStart, periodEnd);
    const row = {
      regionId,
      code: args.code,
      periodStart,
      periodEnd,
      targetValue,
      baseline: input.baseline ?? null,
      baselineYear: input.baselineYear ?? null,
    };
    await tx.insert(targetPeriods).values(row);
    await recordAudit(tx, {
      actor: args.actor,
      action: 'target.addPeriod',
      entityType: 'target',
      entityId: args.code,
      changes: diffFields(null, row, ['periodStart', 'periodEnd', 'targetValue', 'baseline', 'baselineYear']),
      requestId: args.requestId,
    });
  });
  return progressOf(args.db, args.actor, args.code, [today(), periodStart].sort().at(-1) ?? periodStart);
}

/** ADMIN: divide a period's value among units (指标分解); the list replaces the period's quotas. */
export async function setTargetQuotas(args: {
  db: Database;
  actor: Actor;
  code: string;
  periodStart: string;
  quotas: ReadonlyArray<{ unitId: string; value: string }>;
  requestId?: string;
}): Promise<TargetProgressRow> {
  authorize(args.actor, 'target.manage');
  const { quotas } = parseInput(
    z.object({
      quotas: z.array(z.object({ unitId: z.uuid('单位不正确'), value: decimalText('分解值') })).max(500, '单位过多'),
    }),
    { quotas: args.quotas },
  );
  const seen = new Set<string>();
  for (const [i, q] of quotas.entries()) {
    if (seen.has(q.unitId)) throw badInput(`quotas.${i}.unitId`, '同一单位只能有一个分解值');
    seen.add(q.unitId);
  }
  const regionId = args.actor.regionId;
  let period: PeriodRow | undefined;
  await args.db.transaction(async (tx) => {
    period = (await lockPeriods(tx, args.code, regionId)).find((p) => p.periodStart === args.periodStart);
    if (!period) throw new AppError('NOT_FOUND', '没有该考核期', { field: 'periodStart' });
    if (quotas.length) {
      // The region's own units: a city reads its districts' units but divides its targets among its own.
      const found = new Set(
        (
          await tx
            .select({ id: units.id })
            .from(units)
            .where(
              and(
                eq(units.regionId, regionId),
                inArray(
                  units.id,
                  quotas.map((q) => q.unitId),
                ),
              ),
            )
        ).map((u) => u.id),
      );
      const missing = quotas.findIndex((q) => !found.has(q.unitId));
      if (missing >= 0) throw badInput(`quotas.${missing}.unitId`, '单位不存在');
    }
    const ofPeriod = and(
      eq(targetQuotas.regionId, regionId),
      eq(targetQuotas.code, args.code),
      eq(targetQuotas.periodStart, args.periodStart),
    );
    const before = await tx.select().from(targetQuotas).where(ofPeriod);
    await tx.delete(targetQuotas).where(ofPeriod);
    if (quotas.length) {
      await tx.insert(targetQuotas).values(
        quotas.map((q) => ({
          code: args.code,
          periodStart: args.periodStart,
          unitId: q.unitId,
          value: new Dec(q.value).toFixed(),
        })),
      );
    }
    await auditDivision(tx, args, 'target.setQuotas', 'quotas', {
      before: before.map((q) => [q.unitId, q.value]),
      after: quotas.map((q) => [q.unitId, q.value]),
    });
  });
  return progressOf(args.db, args.actor, args.code, dayOfPeriod(period));
}

/** Audits a period's division replaced (指标分解, among units or regions below), when it changed. */
async function auditDivision(
  tx: Transaction,
  args: { actor: Actor; code: string; periodStart: string; requestId?: string },
  action: 'target.setQuotas' | 'target.setRegionQuotas',
  field: 'quotas' | 'regionQuotas',
  division: { before: ReadonlyArray<[string, string]>; after: ReadonlyArray<[string, string]> },
): Promise<void> {
  const asMap = (rows: ReadonlyArray<[string, string]>) =>
    Object.fromEntries(rows.map(([id, value]) => [id, new Dec(value).toFixed()]));
  const changes = diffFields({ [field]: asMap(division.before) }, { [field]: asMap(division.after) }, [field]);
  if (Object.keys(changes).length === 0) return;
  await recordAudit(tx, {
    actor: args.actor,
    action,
    entityType: 'target',
    entityId: args.code,
    changes,
    note: `${args.periodStart}起考核期`,
    requestId: args.requestId,
  });
}

/** The day a period's progress is shown as of after a change: today within it, else its nearer end. */
function dayOfPeriod(period: PeriodRow | undefined): string {
  const asOf = [today(), period?.periodStart ?? today()].sort().at(-1) ?? today();
  return period && period.periodEnd < asOf ? period.periodEnd : asOf;
}

/**
 * ADMIN of a city (SPEC 2.1): divide one of its periods among the regions directly below it (各区县分解);
 * the list replaces the period's division. Only the account's own region's periods.
 */
export async function setRegionQuotas(args: {
  db: Database;
  actor: Actor;
  code: string;
  regionId: string;
  periodStart: string;
  quotas: ReadonlyArray<{ regionId: string; value: string }>;
  requestId?: string;
}): Promise<TargetProgressRow> {
  authorize(args.actor, 'target.manage');
  const regionId = ownRegion(args.actor, args.regionId);
  const { quotas } = parseInput(
    z.object({
      quotas: z
        .array(z.object({ regionId: z.string().regex(/^\d{1,9}$/, '地区不正确'), value: decimalText('分解值') }))
        .max(100, '地区过多'),
    }),
    { quotas: args.quotas },
  );
  const below = new Set(
    (await args.db.select({ id: regions.id }).from(regions).where(eq(regions.parentId, regionId))).map((r) => r.id),
  );
  const seen = new Set<string>();
  for (const [i, q] of quotas.entries()) {
    if (!below.has(Number(q.regionId))) throw badInput(`quotas.${i}.regionId`, '只能分解给下一级地区');
    if (seen.has(q.regionId)) throw badInput(`quotas.${i}.regionId`, '同一地区只能有一个分解值');
    seen.add(q.regionId);
  }
  let period: PeriodRow | undefined;
  await args.db.transaction(async (tx) => {
    period = (await lockPeriods(tx, args.code, regionId)).find((p) => p.periodStart === args.periodStart);
    if (!period) throw new AppError('NOT_FOUND', '没有该考核期', { field: 'periodStart' });
    const ofPeriod = and(
      eq(targetRegionQuotas.regionId, regionId),
      eq(targetRegionQuotas.code, args.code),
      eq(targetRegionQuotas.periodStart, args.periodStart),
    );
    const before = await tx.select().from(targetRegionQuotas).where(ofPeriod);
    await tx.delete(targetRegionQuotas).where(ofPeriod);
    if (quotas.length) {
      await tx.insert(targetRegionQuotas).values(
        quotas.map((q) => ({
          regionId,
          code: args.code,
          periodStart: args.periodStart,
          quotaRegionId: Number(q.regionId),
          value: new Dec(q.value).toFixed(),
        })),
      );
    }
    await auditDivision(tx, args, 'target.setRegionQuotas', 'regionQuotas', {
      before: before.map((q) => [String(q.quotaRegionId), q.value]),
      after: quotas.map((q) => [q.regionId, q.value]),
    });
  });
  return progressOf(args.db, args.actor, args.code, dayOfPeriod(period));
}

// ---------------------------------------------------------------------------------------------
// Weights

export type ScoreWeightRow = { key: string; weight: string };

/** A region's weights of a scope, exact: the race's composite score, or the year's assessment. */
export async function listScoreWeights(
  db: DatabaseOrTransaction,
  regionId: number,
  scope: 'RACE' | 'ANNUAL' = 'RACE',
): Promise<ScoreWeightRow[]> {
  const rows = await db
    .select()
    .from(scoreWeights)
    .where(and(eq(scoreWeights.regionId, regionId), eq(scoreWeights.scope, scope)))
    .orderBy(asc(scoreWeights.sortOrder));
  return rows.map((r) => ({ key: r.key, weight: r.weight }));
}

export async function setScoreWeights(args: {
  db: Database;
  actor: Actor;
  input: ReadonlyArray<{ key: string; weight: number }>;
  scope?: 'RACE' | 'ANNUAL';
  requestId?: string;
}): Promise<ScoreWeightRow[]> {
  authorize(args.actor, 'target.manage');
  const scope = args.scope ?? 'RACE';
  const regionId = args.actor.regionId;
  const given = args.input.map((w, i) => {
    // The API carries weights as JSON numbers; their shortest text is the decimal typed.
    const exact = Number.isFinite(w.weight) ? parseDecimal(String(w.weight)) : undefined;
    if (exact === undefined || exact.isNegative() || exact.greaterThan(100)) {
      throw badInput(`input.${i}.weight`, '权重应在0到100之间，最多4位小数');
    }
    return { key: w.key, weight: exact.toFixed() };
  });
  await args.db.transaction(async (tx) => {
    const before = await listScoreWeights(tx, regionId, scope);
    const known = new Map(before.map((w) => [w.key, w.weight]));
    for (const [i, w] of given.entries()) {
      if (!known.has(w.key)) throw badInput(`input.${i}.key`, `没有名为${w.key}的权重`);
    }
    const after = new Map(known);
    for (const w of given) after.set(w.key, w.weight);
    if ([...after.values()].every((v) => new Dec(v).isZero())) throw badInput('input', '至少一项权重须大于0');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const w of given) {
      if (known.get(w.key) !== w.weight) {
        changes[w.key] = { from: known.get(w.key), to: w.weight };
        await tx
          .update(scoreWeights)
          .set({ weight: w.weight, updatedAt: new Date() })
          .where(and(eq(scoreWeights.regionId, regionId), eq(scoreWeights.key, w.key)));
      }
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        actor: args.actor,
        action: 'scoreWeights.update',
        entityType: 'scoreWeights',
        entityId: scope === 'RACE' ? 'race' : 'annual',
        changes,
        requestId: args.requestId,
      });
    }
  });
  return listScoreWeights(args.db, regionId, scope);
}
