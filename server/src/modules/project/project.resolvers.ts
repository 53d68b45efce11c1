import { nodeTemplateRows } from '@zdyq/db/queries';
import type { Resolvers } from '../../generated/graphql.ts';
import { pageOffset, pageSize } from '../../lib/paging.ts';
import { selectedFields } from '../../lib/selection.ts';
import { can, requireActor } from '../access/policy.ts';
import { levelOfRank } from '../problem/problem.rules.ts';
import { regionView } from '../region/region.service.ts';
import { isLate, isLateAgainstBaseline, milestoneStatus, slipDays } from './milestone.rules.ts';
import { addMilestone, updateMilestone } from './milestone.service.ts';
import { moveProject } from './project.move.ts';
import { battleMapCount, battleMapProjects, listProjects } from './project.queries.ts';
import {
  advanceStage,
  correctStage,
  createProject,
  getProject,
  terminateProject,
  unlinkedLeaderProjects,
  updateProject,
} from './project.service.ts';
import { saveNodeTemplate } from './template.service.ts';

export const projectResolvers: Resolvers = {
  Query: {
    unlinkedLeaderProjects: (_, __, ctx) => unlinkedLeaderProjects(ctx.db, requireActor(ctx.actor)),
    project: (_, { id }, ctx) => {
      requireActor(ctx.actor);
      return getProject(ctx.db, id);
    },
    battleMap: async (_, { asOf, minTier, first, regionId }, ctx, info) => {
      const view = await regionView(ctx.db, requireActor(ctx.actor), regionId);
      const day = asOf ?? ctx.today;
      const tier = minTier ?? 'MAJOR_50';
      const limit = pageSize(first, 1000, 500);
      const fields = selectedFields(info);
      // Leaders keep the board open: its rows are remembered until what they come from changes.
      const rows = await ctx.loaders.figures('battleMap', [view.region.id, day, tier, limit, [...fields].sort()], () =>
        battleMapProjects(ctx.db, day, tier, limit, view, ctx.today, fields),
      );
      const { light, complianceStatus, openProblems, unit, region } = ctx.loaders;
      for (const row of rows) {
        light(ctx.today).prime(row.id, { id: row.id, light: row.light });
        complianceStatus(ctx.today).prime(row.id, { id: row.id, status: row.complianceStatus });
        openProblems.prime(row.id, {
          projectId: row.id,
          count: row.openProblemCount,
          worst: levelOfRank(row.worstOpenProblemRank),
        });
        unit.prime(row.leadUnit.id, row.leadUnit);
        region.prime(row.region.id, row.region);
      }
      return rows;
    },
    nodeTemplates: (_, __, ctx) => {
      requireActor(ctx.actor);
      return nodeTemplateRows(ctx.db);
    },
    battleMapCount: async (_, { asOf, minTier, regionId }, ctx) => {
      const view = await regionView(ctx.db, requireActor(ctx.actor), regionId);
      const day = asOf ?? ctx.today;
      const tier = minTier ?? 'MAJOR_50';
      return ctx.loaders.figures('battleMapCount', [view.region.id, day, tier], () =>
        battleMapCount(ctx.db, day, tier, view),
      );
    },
    projects: async (_, args, ctx, info) => {
      requireActor(ctx.actor);
      const page = await listProjects(ctx.db, {
        fields: selectedFields(info, ['nodes']),
        filter: args.filter,
        first: pageSize(args.first),
        after: args.after,
        offset: pageOffset(args.offset, args.after),
        orderBy: args.orderBy,
      });
      // What each row shows beside the project came with it: the fields below read it from the loaders.
      const { light, muGrade, unit, region } = ctx.loaders;
      for (const row of page.nodes) {
        light(page.asOf).prime(row.id, { id: row.id, light: row.light });
        muGrade.prime(row.id, { projectId: row.id, grade: row.muGrade });
        unit.prime(row.leadUnit.id, row.leadUnit);
        region.prime(row.region.id, row.region);
      }
      return {
        nodes: page.nodes,
        totalCount: page.totalCount,
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },
  },
  Mutation: {
    moveProject: (_, { id, version, toRegionId, on, reason, leadUnitId }, ctx) =>
      moveProject({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        id,
        version,
        toRegionId,
        on,
        reason,
        leadUnitId,
        requestId: ctx.requestId,
      }),
    createProject: (_, { input }, ctx) =>
      createProject({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    updateProject: (_, { id, version, input }, ctx) =>
      updateProject({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        id,
        version,
        patch: input,
        requestId: ctx.requestId,
      }),
    advanceStage: (_, args, ctx) =>
      advanceStage({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    terminateProject: (_, args, ctx) =>
      terminateProject({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    correctStage: (_, args, ctx) =>
      correctStage({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    updateMilestone: (_, { id, ...patch }, ctx) =>
      updateMilestone({ db: ctx.db, actor: requireActor(ctx.actor), id, patch, requestId: ctx.requestId }),
    saveNodeTemplate: (_, { input }, ctx) =>
      saveNodeTemplate({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    addMilestone: (_, args, ctx) =>
      addMilestone({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
  Project: {
    kind: async (p, _, ctx) => {
      const template = await ctx.loaders.nodeTemplate.load(p.kind);
      if (!template) throw new Error(`project ${p.id} is of an unknown kind ${p.kind}`);
      return template;
    },
    leadUnit: async (p, _, ctx) => {
      const unit = await ctx.loaders.unit.load(p.leadUnitId);
      if (!unit) throw new Error(`project ${p.id} has no lead unit`);
      return unit;
    },
    platform: (p, _, ctx) => (p.platformId ? ctx.loaders.unit.load(p.platformId) : null),
    owner: (p, _, ctx) => (p.ownerId ? ctx.loaders.user.load(p.ownerId) : null),
    responsibleLeaderUser: (p, _, ctx) => (p.responsibleLeaderId ? ctx.loaders.user.load(p.responsibleLeaderId) : null),
    serviceOfficer: (p, _, ctx) => (p.serviceOfficerId ? ctx.loaders.user.load(p.serviceOfficerId) : null),
    light: async (p, { asOf }, ctx) => (await ctx.loaders.light(asOf).load(p.id))?.light ?? 'GREEN',
    milestones: (p, _, ctx) => ctx.loaders.milestones.load(p.id),
    nextMilestone: (p, _, ctx) => ctx.loaders.nextMilestone.load(p.id),
    stageEvents: (p, _, ctx) => ctx.loaders.stageEvents.load(p.id),
    history: (p, { first }, ctx) => ctx.loaders.history(pageSize(first, 500, 100)).load(p.id),
    problems: (p, _, ctx) => ctx.loaders.problems.load(p.id),
    openProblemCount: async (p, _, ctx) => (await ctx.loaders.openProblems.load(p.id))?.count ?? 0,
    worstOpenProblemLevel: async (p, _, ctx) => (await ctx.loaders.openProblems.load(p.id))?.worst ?? null,
    agreement: (p, _, ctx) => ctx.loaders.agreement.load(p.id),
    complianceChecks: (p, _, ctx) => ctx.loaders.complianceChecks.load(p.id),
    complianceStatus: async (p, _, ctx) => (await ctx.loaders.complianceStatus(ctx.today).load(p.id))?.status ?? 'NONE',
    muGrade: async (p, _, ctx) => (await ctx.loaders.muGrade.load(p.id))?.grade ?? null,
    monthlyReports: (p, _, ctx) => ctx.loaders.monthlyReports.load(p.id),
    viewerCanEdit: (p, _, ctx) => ctx.actor !== null && can(ctx.actor, 'project.write', { unitId: p.leadUnitId }),
    viewerCanInspect: (_, __, ctx) => ctx.actor !== null && can(ctx.actor, 'compliance.write'),
  },
  NodeTemplate: {
    projectCount: (t, _, ctx) => ctx.loaders.projectCountOfKind.load(t.kind),
  },
  Milestone: {
    late: (m) => isLate(m),
    lateAgainstBaseline: (m, _, ctx) => isLateAgainstBaseline(m, ctx.today),
    slipDays: (m) => slipDays(m),
    completedByStage: (m) => m.completedByStage,
    status: (m, { asOf }, ctx) => milestoneStatus(m, asOf ?? ctx.today),
  },
  StageEvent: {
    from: (e) => e.fromStage,
    to: (e) => e.toStage,
    by: (e, _, ctx) => (e.actorId ? ctx.loaders.user.load(e.actorId) : null),
  },
};
