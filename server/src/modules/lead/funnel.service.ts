import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { leads, projects } from '@zdyq/db/schema';
import { type FunnelStep, funnelSteps, type LeadSource } from '@zdyq/db/values';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { AppError, badInput } from '../../errors.ts';
import { daysBetween } from '../../lib/dates.ts';
import { parseIsoDate } from '../../lib/scalars.ts';
import type { Actor } from '../access/policy.ts';

export type FunnelEntryModel = {
  leadId: string;
  reached: FunnelStep;
  daysToSign: number | null;
  daysToStart: number | null;
};
type Counts = { leads: number; negotiating: number; signed: number; started: number };
export type FunnelGroupModel = Counts & { source: LeadSource | null; unitId: string | null };
export type FunnelModel = Counts & {
  from: string;
  to: string;
  negotiatingRate: number | null;
  signedRate: number | null;
  startedRate: number | null;
  medianDaysToSign: number | null;
  medianDaysToStart: number | null;
  bySource: FunnelGroupModel[];
  byUnit: FunnelGroupModel[];
  entries: FunnelEntryModel[];
};

/** A window longer than this is refused: the funnel lists every lead behind its figures. */
export const FUNNEL_MAX_LEADS = 10_000;

const atLeast = (reached: FunnelStep, step: FunnelStep) => funnelSteps.indexOf(reached) >= funnelSteps.indexOf(step);

function counted(entries: ReadonlyArray<{ reached: FunnelStep }>): Counts {
  return {
    leads: entries.length,
    negotiating: entries.filter((e) => atLeast(e.reached, 'NEGOTIATING')).length,
    signed: entries.filter((e) => atLeast(e.reached, 'SIGNED')).length,
    started: entries.filter((e) => atLeast(e.reached, 'STARTED')).length,
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function grouped<K extends string>(
  rows: ReadonlyArray<{ key: K; reached: FunnelStep }>,
  make: (key: K) => Pick<FunnelGroupModel, 'source' | 'unitId'>,
): FunnelGroupModel[] {
  const groups = new Map<K, Array<{ reached: FunnelStep }>>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return [...groups].map(([key, members]) => ({ ...make(key), ...counted(members) })).sort((a, b) => b.leads - a.leads);
}

/**
 * The promotion funnel (SPEC 3.1): the leads received from `from` to `to` (in the account's regions,
 * or the one named), and how far each went by `to` — 在谈 when converted, then 签约 and 开工 by the
 * project's dates — with the conversion rates and the median days lead → 签约 and 签约 → 开工.
 * Every figure is a count of `entries`.
 */
export async function funnel(
  db: DatabaseOrTransaction,
  actor: Actor,
  args: { from: string; to: string; regionId?: string | null },
): Promise<FunnelModel> {
  if (!parseIsoDate(args.from)) throw badInput('from', '开始日期应为有效日期');
  if (!parseIsoDate(args.to)) throw badInput('to', '结束日期应为有效日期');
  if (args.from > args.to) throw badInput('to', '结束日期不能早于开始日期');
  let regionId: number | undefined;
  if (args.regionId != null) {
    regionId = Number(args.regionId);
    const visible = actor.regionIds ?? [actor.regionId];
    if (!Number.isInteger(regionId) || !visible.includes(regionId))
      throw new AppError('NOT_FOUND', '地区不存在', { field: 'regionId' });
  }
  const rows = await db
    .select({
      id: leads.id,
      source: leads.source,
      unitId: leads.unitId,
      receivedOn: leads.receivedOn,
      convertedOn: leads.convertedOn,
      signedOn: projects.signedOn,
      startedOn: projects.startedOn,
    })
    .from(leads)
    .leftJoin(projects, eq(projects.id, leads.projectId))
    .where(
      and(
        gte(leads.receivedOn, args.from),
        lte(leads.receivedOn, args.to),
        regionId === undefined ? undefined : eq(leads.regionId, regionId),
      ),
    )
    .orderBy(asc(leads.receivedOn), asc(leads.id))
    .limit(FUNNEL_MAX_LEADS + 1);
  if (rows.length > FUNNEL_MAX_LEADS) throw badInput('from', `时间范围内线索超过${FUNNEL_MAX_LEADS}条，请缩短时间范围`);
  const by = (date: string | null) => date !== null && date <= args.to;
  const measured = rows.map((r) => {
    const negotiating = by(r.convertedOn);
    const signed = negotiating && by(r.signedOn);
    const started = signed && by(r.startedOn);
    const reached: FunnelStep = started ? 'STARTED' : signed ? 'SIGNED' : negotiating ? 'NEGOTIATING' : 'LEAD';
    return {
      ...r,
      reached,
      daysToSign: signed ? daysBetween(r.receivedOn, r.signedOn as string) : null,
      daysToStart: started ? daysBetween(r.signedOn as string, r.startedOn as string) : null,
    };
  });
  const totals = counted(measured);
  return {
    from: args.from,
    to: args.to,
    ...totals,
    negotiatingRate: percent(totals.negotiating, totals.leads),
    signedRate: percent(totals.signed, totals.leads),
    startedRate: percent(totals.started, totals.signed),
    medianDaysToSign: median(measured.flatMap((e) => (e.daysToSign === null ? [] : [e.daysToSign]))),
    medianDaysToStart: median(measured.flatMap((e) => (e.daysToStart === null ? [] : [e.daysToStart]))),
    bySource: grouped(
      measured.map((e) => ({ key: e.source, reached: e.reached })),
      (source) => ({ source, unitId: null }),
    ),
    byUnit: grouped(
      measured.map((e) => ({ key: e.unitId, reached: e.reached })),
      (unitId) => ({ source: null, unitId }),
    ),
    entries: measured.map((e) => ({
      leadId: e.id,
      reached: e.reached,
      daysToSign: e.daysToSign,
      daysToStart: e.daysToStart,
    })),
  };
}
