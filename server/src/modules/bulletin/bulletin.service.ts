import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { type BulletinKind, bulletinKinds, bulletins, racePublications } from '@zdyq/db/schema';
import { and, desc, eq, getTableColumns, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { BulletinInput } from '../../generated/graphql.ts';
import { isMonth, monthEnd, today } from '../../lib/dates.ts';
import { type Actor, authorizeRole } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { overdueNodeCountSql, overdueProblemCountSql, warnings } from '../dashboard/dashboard.service.ts';
import { quarterBounds, type RaceResultModel, unitRace } from '../race/race.service.ts';
import { type RegionView, regionView } from '../region/region.service.ts';
import { targetProgress } from '../target/target.service.ts';
import { parseInput } from '../validation.ts';
import { type BulletinFigures, bulletinDocument } from './bulletin.document.ts';

const { file: _file, ...listed } = getTableColumns(bulletins);
/** A bulletin as listed: everything but the file. */
export type BulletinRow = Omit<typeof bulletins.$inferSelect, 'file'>;

/** Overdue nodes and problems of each lead unit as of a day, by the rules the dashboard's warnings count with. */
async function overdueByUnit(db: DatabaseOrTransaction, asOf: string) {
  const rows = await rowsOf<BulletinFigures['overdueByUnit'][number]>(
    db,
    sql`SELECT u.id AS "unitId", u.name AS unit,
        ${overdueNodeCountSql(asOf, sql`u.id`)} AS nodes, ${overdueProblemCountSql(asOf, sql`u.id`)} AS problems
      FROM units u ORDER BY u.name`,
  );
  return rows
    .filter((r) => r.nodes > 0 || r.problems > 0)
    .sort((a, b) => b.nodes + b.problems - (a.nodes + a.problems));
}

/** The race a bulletin as of a day reports: its quarter's, else the latest published by then. */
async function raceFor(db: DatabaseOrTransaction, kind: BulletinKind, period: string, asOf: string, view: RegionView) {
  if (kind === 'QUARTERLY') {
    const race = await unitRace(db, period, view);
    if (!race.published) throw badInput('period', `${period}赛马尚未发布，请先发布再出季度通报`);
    return race;
  }
  const [latest] = await db
    .select({ quarter: racePublications.quarter })
    .from(racePublications)
    .where(and(eq(racePublications.regionId, view.region.id), lte(racePublications.asOf, asOf)))
    .orderBy(desc(racePublications.asOf))
    .limit(1);
  return latest ? unitRace(db, latest.quarter, view) : null;
}

const raceFigures = (race: RaceResultModel | null): BulletinFigures['race'] =>
  race && {
    quarter: race.quarter,
    asOf: race.asOf,
    publishedAt: race.publishedAt ? today(race.publishedAt) : null,
    rows: race.rows.map((r) => ({
      rank: r.rank,
      unitId: r.unit.id,
      unit: r.unit.name,
      score: r.score,
      overdueProblems: r.overdueProblems,
    })),
  };

/** The figures of a bulletin as of a day, each from the function the product shows it with. */
export async function bulletinFigures(
  db: DatabaseOrTransaction,
  kind: BulletinKind,
  period: string,
  asOf: string,
  view: RegionView,
): Promise<BulletinFigures> {
  const [race, targets, byUnit, totals] = await Promise.all([
    raceFor(db, kind, period, asOf, view),
    targetProgress(db, asOf, view),
    overdueByUnit(db, asOf),
    warnings(db, asOf, view),
  ]);
  return {
    asOf,
    race: raceFigures(race),
    targets: targets.map((t) => ({
      code: t.code,
      name: t.name,
      unit: t.unit,
      target: t.target,
      current: t.current,
      percent: t.percent,
      periodEnded: t.periodEnded,
      achieved: t.achieved,
    })),
    overdueByUnit: byUnit,
    totals: { overdueNodes: totals.overdueNodes, overdueProblems: totals.overdueProblems },
  };
}

const input = z.object({
  kind: z.enum(bulletinKinds, '通报类型不正确'),
  period: z.string().trim(),
  bestCase: z.string().trim().max(2000, '最佳案例不能超过2000个字').nullish(),
});

/** A period's last day, checked: "YYYY-MM" for a monthly bulletin, "YYYY-Qn" for a quarterly one, ended. */
export function periodEnd(kind: BulletinKind, period: string): string {
  let end: string;
  if (kind === 'MONTHLY') {
    if (!isMonth(period)) throw badInput('period', '月份格式应为 YYYY-MM，如 2026-10');
    end = monthEnd(period);
  } else {
    if (!/^\d{4}-Q[1-4]$/.test(period)) throw badInput('period', '季度格式应为 YYYY-Qn，如 2026-Q3');
    end = quarterBounds(period).end;
  }
  if (end >= today()) throw badInput('period', '只能就已结束的月份或季度出通报');
  return end;
}

export const bulletinTitle = (kind: BulletinKind, period: string) =>
  kind === 'MONTHLY'
    ? `招大引强项目督查通报（${period.slice(0, 4)}年${Number(period.slice(5))}月）`
    : `招大引强项目督查通报（${period.slice(0, 4)}年第${period.slice(6)}季度）`;

/** ADMIN: generates a 督查通报 as of the period's last day and keeps it, file and figures, with its date. */
export async function issueBulletin(args: {
  db: Database;
  actor: Actor;
  input: BulletinInput;
  requestId?: string;
}): Promise<BulletinRow> {
  authorizeRole(args.actor, 'bulletin.issue');
  const { kind, period, bestCase } = parseInput(input, args.input);
  const asOf = periodEnd(kind, period);
  if (kind === 'MONTHLY' && bestCase) throw badInput('bestCase', '最佳案例随季度通报发布');
  return args.db.transaction(async (tx) => {
    const figures = await bulletinFigures(tx, kind, period, asOf, await regionView(tx, args.actor, null));
    const title = bulletinTitle(kind, period);
    const issuedOn = today();
    const file = await bulletinDocument({ title, kind, period, issuedOn, figures, bestCase: bestCase || null });
    const [row] = await tx
      .insert(bulletins)
      .values({ kind, period, asOf, title, bestCase: bestCase || null, figures, file, issuedById: args.actor.id })
      .returning(listed);
    if (!row) throw new Error('bulletin insert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'bulletin.issue',
      entityType: 'bulletin',
      entityId: row.id,
      changes: { period: { from: null, to: period }, kind: { from: null, to: kind } },
      note: title,
      requestId: args.requestId,
    });
    return row;
  });
}

export async function listBulletins(db: DatabaseOrTransaction, first: number): Promise<BulletinRow[]> {
  return await db.select(listed).from(bulletins).orderBy(desc(bulletins.issuedAt)).limit(first);
}

/** A bulletin's file, for the download route. */
export async function bulletinFile(db: DatabaseOrTransaction, id: string) {
  if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND', '通报不存在', { field: 'id' });
  const [row] = await db
    .select({ title: bulletins.title, file: bulletins.file })
    .from(bulletins)
    .where(eq(bulletins.id, id));
  if (!row) throw new AppError('NOT_FOUND', '通报不存在', { field: 'id' });
  return row;
}
