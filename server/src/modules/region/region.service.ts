import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { regions } from '@zdyq/db/schema';
import { asc, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError, badInput } from '../../errors.ts';
import type { Actor } from '../access/policy.ts';
import { scopeOf } from '../access/policy.ts';

export type RegionRow = typeof regions.$inferSelect;

/** Regions by id, for the loader. */
export async function regionsByIds(db: DatabaseOrTransaction, ids: readonly number[]): Promise<RegionRow[]> {
  return await db
    .select()
    .from(regions)
    .where(inArray(regions.id, [...ids]));
}

/** Each request's reading of its account's regions: an actor is made for one request, so read once for it. */
const readByActor = new WeakMap<Actor, Promise<RegionRow[]>>();

/** The account's region and those below it (SPEC 2.1), a city before its districts, by code; read once a request. */
export function visibleRegions(db: DatabaseOrTransaction, actor: Actor): Promise<RegionRow[]> {
  let read = readByActor.get(actor);
  if (!read) {
    read = (async () =>
      await db
        .select()
        .from(regions)
        .where(inArray(regions.id, [...scopeOf(actor).regions]))
        .orderBy(asc(regions.level), asc(regions.code)))();
    readByActor.set(actor, read);
    // A failure is not remembered.
    read.catch(() => readByActor.delete(actor));
  }
  return read;
}

/**
 * One region as a figure is asked of it (SPEC 2.1 `regionId`): the region, the regions its figures
 * cover (it and those below it), the regions directly below it, which of those each covered region
 * falls in (its district for a city), and whether it is all the account reads.
 */
export type RegionView = {
  region: RegionRow;
  covered: readonly number[];
  children: readonly RegionRow[];
  childOf: ReadonlyMap<number, number>;
  whole: boolean;
};

/**
 * The region a `regionId` argument names, default the account's own: NOT_FOUND for one the account does
 * not read (another district's existence is not revealed), BAD_USER_INPUT for what is not an id.
 */
export async function regionView(
  db: DatabaseOrTransaction,
  actor: Actor,
  regionId: string | number | null | undefined,
  field = 'regionId',
): Promise<RegionView> {
  const id = regionId === null || regionId === undefined ? actor.regionId : Number(regionId);
  if (!Number.isSafeInteger(id) || (typeof regionId === 'string' && !/^\d{1,9}$/.test(regionId))) {
    throw badInput(field, '地区不正确');
  }
  const readable = await visibleRegions(db, actor);
  const region = readable.find((r) => r.id === id);
  if (!region) throw new AppError('NOT_FOUND', '地区不存在', { field });
  const below = (parent: number): number[] =>
    readable.filter((r) => r.parentId === parent).flatMap((r) => [r.id, ...below(r.id)]);
  const children = readable.filter((r) => r.parentId === id);
  const childOf = new Map<number, number>();
  for (const child of children) for (const r of [child.id, ...below(child.id)]) childOf.set(r, child.id);
  const covered = [id, ...below(id)];
  return { region, covered, children, childOf, whole: covered.length === scopeOf(actor).regions.length };
}

/** The condition that keeps a row of the view's regions; none when the view is all the account reads. */
export function inView(column: PgColumn | SQL, view: { covered: readonly number[]; whole: boolean }): SQL | undefined {
  if (view.whole) return undefined;
  return sql`${column} IN (${sql.join(
    view.covered.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

/**
 * The same condition on a statement's alias as `AND …` (a city account asking for one district); empty
 * when the view is all the account reads.
 */
export function andInView(view: { covered: readonly number[]; whole: boolean }, alias: string): SQL {
  const condition = inView(sql.raw(`${alias}.region_id`), view);
  return condition ? sql`AND ${condition}` : sql``;
}

/** The region a write names must be the account's own: a city writes only city-level things (SPEC 2.1). */
export function ownRegion(actor: Actor, regionId: string | null | undefined, field = 'regionId'): number {
  if (regionId === null || regionId === undefined || regionId === String(actor.regionId)) return actor.regionId;
  if (!/^\d{1,9}$/.test(regionId)) throw badInput(field, '地区不正确');
  if (!scopeOf(actor).regions.includes(Number(regionId))) throw new AppError('NOT_FOUND', '地区不存在', { field });
  throw new AppError('FORBIDDEN', '只能修改本级的指标、权重与发布', { field });
}

/** A region by id through the request's loader; every row names an existing region (a foreign key). */
export async function regionOf(
  ctx: { loaders: { region: { load(id: number): Promise<RegionRow | null> } } },
  id: number,
): Promise<RegionRow> {
  const row = await ctx.loaders.region.load(id);
  if (!row) throw new Error(`a row names region ${id}, which does not exist`);
  return row;
}
