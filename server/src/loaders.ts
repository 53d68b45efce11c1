import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { nodeTemplateRows } from '@zdyq/db/queries';
import DataLoader from 'dataloader';
import { today } from './lib/dates.ts';
import { type Figures, uncached } from './lib/figures-cache.ts';
import { type RowBudget, unlimited } from './lib/row-budget.ts';
import { lockedUsernames } from './modules/auth/auth.service.ts';
import {
  agreementsByProjects,
  attachmentsByChecks,
  checksByProjects,
  complianceStatusesOf,
} from './modules/compliance/compliance.service.ts';
import { conflictsOf, contactsByInvestors, investorsByIds } from './modules/investor/investor.service.ts';
import { documentsOf, versionsOf } from './modules/lead/document.service.ts';
import { interactionsOf, participantsOf } from './modules/lead/interaction.service.ts';
import { leadsByIds, leadsByInvestors, leadsByProjects } from './modules/lead/lead.service.ts';
import { decisionsByMeetings, meetingsByIds } from './modules/meeting/meeting.service.ts';
import {
  coUnitsByProblems,
  openProblemsOf,
  overdueOf,
  problemsByIds,
  problemsByProjects,
  updatesByProblems,
} from './modules/problem/problem.service.ts';
import { milestonesByProjects, nextMilestonesOf } from './modules/project/milestone.service.ts';
import { gradesOf, lightsOf } from './modules/project/project.queries.ts';
import {
  historyByProjects,
  projectsByIds,
  projectsByInvestors,
  stageEventsByProjects,
} from './modules/project/project.service.ts';
import { type NodeTemplateRow, projectCountsByKind } from './modules/project/template.service.ts';
import { raceAsOf, type UnitRaceRowModel } from './modules/race/race.service.ts';
import { type RegionView, regionsByIds } from './modules/region/region.service.ts';
import { reportsByProjects } from './modules/report/report.service.ts';
import { listScoreWeights, type ScoreWeightRow } from './modules/target/target.service.ts';
import { unitsByIds } from './modules/unit/unit.service.ts';
import { usersByIds } from './modules/user/user.service.ts';

/** One row per key, in the order of the keys, null where missing. */
function byIdOf<T, K = string>(load: (ids: readonly K[]) => Promise<T[]>, key: (row: T) => K) {
  return new DataLoader<K, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((r) => [key(r), r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Every row per key (a row may be under several: a 撞单 is both sides'), in the order the query returns them. */
function groupedOf<T>(
  load: (ids: readonly string[]) => Promise<T[]>,
  key: (row: T) => string | ReadonlyArray<string | null>,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) {
      const keys = key(row);
      for (const k of new Set(typeof keys === 'string' ? [keys] : keys)) if (k) groups.get(k)?.push(row);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** A loader per value of an argument (a day, a limit), made when first asked for. */
function perKey<A, V>(make: (arg: A) => DataLoader<string, V>) {
  const loaders = new Map<A, DataLoader<string, V>>();
  return (arg: A) => {
    let loader = loaders.get(arg);
    if (!loader) {
      loader = make(arg);
      loaders.set(arg, loader);
    }
    return loader;
  };
}

/** A loader per day, for values judged "as of" a date (the request's today when none is given). */
function perDay<V>(day: string, make: (asOf: string) => DataLoader<string, V>) {
  const byDay = perKey(make);
  return (asOf: string | null | undefined) => byDay(asOf ?? day);
}

const id = (r: { id: string }) => r.id;
const projectId = (r: { projectId: string }) => r.projectId;
const problemId = (r: { problemId: string }) => r.problemId;

type WeightsOf = { regionId: number; scope: 'RACE' | 'ANNUAL' };
type RaceOf = { view: RegionView; day: string };

/**
 * Per-request loaders, so nested fields cost one query per kind, not one per row. Each load is
 * charged to the request's budget (graphql/limits.ts): refused once its deadline has passed, and its
 * rows counted against what one answer may hold.
 */
export function createLoaders(
  db: DatabaseOrTransaction,
  figures: Figures = uncached,
  budget: RowBudget = unlimited,
  day: string = today(),
) {
  const charged =
    <T, K>(load: (ids: readonly K[]) => Promise<T[]>) =>
    async (ids: readonly K[]) => {
      budget.check();
      const rows = await load(ids);
      budget.spend(rows.length);
      return rows;
    };
  const byId = <T, K = string>(load: (ids: readonly K[]) => Promise<T[]>, key: (row: T) => K) =>
    byIdOf(charged(load), key);
  const grouped = <T>(
    load: (ids: readonly string[]) => Promise<T[]>,
    key: (row: T) => string | ReadonlyArray<string | null>,
  ) => groupedOf(charged(load), key);
  const scoreWeights = new DataLoader<WeightsOf, ScoreWeightRow[], string>(
    async (keys) => Promise.all(keys.map((k) => listScoreWeights(db, k.regionId, k.scope))),
    { cacheKeyFn: (k) => `${k.regionId}:${k.scope}` },
  );
  return {
    region: byId(
      (ids: readonly number[]) => regionsByIds(db, ids),
      (r) => r.id,
    ),
    unit: byId((ids) => unitsByIds(db, ids), id),
    user: byId((ids) => usersByIds(db, ids), id),
    project: byId((ids) => projectsByIds(db, ids), id),
    milestones: grouped((ids) => milestonesByProjects(db, ids), projectId),
    nextMilestone: byId((ids) => nextMilestonesOf(db, ids), projectId),
    stageEvents: grouped((ids) => stageEventsByProjects(db, ids), projectId),
    history: perKey((limit: number) =>
      grouped(
        (ids) => historyByProjects(db, ids, limit),
        (r) => r.projectId ?? '',
      ),
    ),
    problem: byId((ids) => problemsByIds(db, ids), id),
    meeting: byId((ids) => meetingsByIds(db, ids), id),
    meetingDecisions: grouped(
      (ids) => decisionsByMeetings(db, ids),
      (r) => r.meetingId ?? '',
    ),
    problems: grouped((ids) => problemsByProjects(db, ids), projectId),
    openProblems: byId((ids) => openProblemsOf(db, ids), projectId),
    problemCoUnits: grouped((ids) => coUnitsByProblems(db, ids), problemId),
    problemUpdates: grouped((ids) => updatesByProblems(db, ids), problemId),
    agreement: byId((ids) => agreementsByProjects(db, ids), projectId),
    complianceChecks: grouped((ids) => checksByProjects(db, ids), projectId),
    muGrade: byId((ids) => gradesOf(db, ids), projectId),
    attachments: grouped(
      (ids) => attachmentsByChecks(db, ids),
      (r) => r.checkId ?? '',
    ),
    monthlyReports: grouped((ids) => reportsByProjects(db, ids), projectId),
    investor: byId((ids) => investorsByIds(db, ids), id),
    contacts: grouped(
      (ids) => contactsByInvestors(db, ids),
      (r) => r.investorId,
    ),
    lead: byId((ids) => leadsByIds(db, ids), id),
    leadOfProject: byId(
      (ids) => leadsByProjects(db, ids),
      (r) => r.projectId ?? '',
    ),
    leadsOfInvestor: grouped(
      (ids) => leadsByInvestors(db, ids),
      (r) => r.investorId,
    ),
    projectsOfInvestor: grouped(
      (ids) => projectsByInvestors(db, ids),
      (r) => r.investorId ?? '',
    ),
    leadConflicts: grouped(
      (ids) => conflictsOf(db, 'lead', ids),
      (r) => [r.firstLeadId, r.secondLeadId],
    ),
    projectConflicts: grouped(
      (ids) => conflictsOf(db, 'project', ids),
      (r) => [r.firstProjectId, r.secondProjectId],
    ),
    leadInteractions: grouped(
      (ids) => interactionsOf(db, 'lead', ids),
      (r) => r.leadId ?? '',
    ),
    projectInteractions: grouped(
      (ids) => interactionsOf(db, 'project', ids),
      (r) => r.projectId ?? '',
    ),
    participants: grouped(
      (ids) => participantsOf(db, ids),
      (r) => r.interactionId,
    ),
    leadDocuments: grouped(
      (ids) => documentsOf(db, 'lead', ids),
      (r) => r.leadId ?? '',
    ),
    projectDocuments: grouped(
      (ids) => documentsOf(db, 'project', ids),
      (r) => r.projectId ?? '',
    ),
    documentVersions: grouped(
      (ids) => versionsOf(db, ids),
      (r) => r.documentId,
    ),
    light: perDay(day, (asOf) => byId((ids) => lightsOf(db, ids, asOf), id)),
    complianceStatus: perDay(day, (asOf) => byId((ids) => complianceStatusesOf(db, ids, asOf), id)),
    problemOverdue: perDay(day, (asOf) => byId((ids) => overdueOf(db, ids, asOf), id)),
    /** A region's weights by scope, read once per request however many parts of an answer use them. */
    scoreWeights,
    /** A district's provisional race by day, computed once per request (the dashboard shows it twice for today). */
    race: new DataLoader<RaceOf, UnitRaceRowModel[], string>(
      async (keys) =>
        Promise.all(
          keys.map(({ view, day }) =>
            figures('race', [view.region.id, day], () =>
              raceAsOf(db, day, view, scoreWeights.load({ regionId: view.region.id, scope: 'RACE' })),
            ),
          ),
        ),
      { cacheKeyFn: (k) => `${k.view.region.id}:${k.day}` },
    ),
    /** Aggregate figures, remembered across requests until the data they come from changes. */
    figures,
    /** 项目类型 by kind: all of them in one query (a handful of rows). */
    nodeTemplate: new DataLoader<string, NodeTemplateRow | null>(async (kinds) => {
      const templates = await nodeTemplateRows(db);
      return kinds.map((kind) => templates.find((t) => t.kind === kind) ?? null);
    }),
    projectCountOfKind: new DataLoader<string, number>((kinds) => projectCountsByKind(db, kinds)),
    /** Keyed by lower-case username. */
    locked: new DataLoader<string, boolean>(async (names) => {
      const locked = await lockedUsernames(db, names);
      return names.map((n) => locked.has(n));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
