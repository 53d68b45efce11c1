import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import { regionOf, regionView } from '../region/region.service.ts';
import {
  addTargetPeriod,
  listScoreWeights,
  periodsOf,
  setRegionQuotas,
  setScoreWeights,
  setTargetQuotas,
  targetPipeline,
  targetPipelineHigh,
  targetProgress,
  targetProjects,
  updateTarget,
} from './target.service.ts';

export const targetResolvers: Resolvers = {
  Query: {
    targets: async (_, { asOf, regionId }, ctx) => {
      const view = await regionView(ctx.db, requireActor(ctx.actor), regionId);
      const day = asOf ?? ctx.today;
      return ctx.loaders.figures('targets', [day, view.region.id], () => targetProgress(ctx.db, day, view));
    },
    scoreWeights: (_, __, ctx) => listScoreWeights(ctx.db, requireActor(ctx.actor).regionId, 'RACE'),
    assessmentWeights: (_, __, ctx) => listScoreWeights(ctx.db, requireActor(ctx.actor).regionId, 'ANNUAL'),
  },
  Mutation: {
    updateTarget: (_, { code, input, periodStart }, ctx) =>
      updateTarget({ db: ctx.db, actor: requireActor(ctx.actor), code, input, periodStart, requestId: ctx.requestId }),
    addTargetPeriod: (_, { code, input, regionId }, ctx) =>
      addTargetPeriod({ db: ctx.db, actor: requireActor(ctx.actor), code, input, regionId, requestId: ctx.requestId }),
    setRegionQuotas: (_, { code, regionId, periodStart, quotas }, ctx) =>
      setRegionQuotas({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        code,
        regionId,
        periodStart,
        quotas,
        requestId: ctx.requestId,
      }),
    setTargetQuotas: (_, { code, periodStart, quotas }, ctx) =>
      setTargetQuotas({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        code,
        periodStart,
        quotas,
        requestId: ctx.requestId,
      }),
    setScoreWeights: (_, { input }, ctx) =>
      setScoreWeights({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    setAssessmentWeights: (_, { input }, ctx) =>
      setScoreWeights({ db: ctx.db, actor: requireActor(ctx.actor), input, scope: 'ANNUAL', requestId: ctx.requestId }),
  },
  TargetProgress: {
    projects: (t, { first }, ctx) => targetProjects(ctx.db, t, pageSize(first, 1000, 1000)),
    pipeline: (t, _, ctx) => targetPipeline(ctx.db, t),
    pipelineHigh: (t, _, ctx) => targetPipelineHigh(ctx.db, t),
    periods: (t, _, ctx) => periodsOf(ctx.db, t.code, t.regionId),
    region: (t, _, ctx) => regionOf(ctx, t.regionId),
  },
  RegionTargetProgress: {
    region: (r, _, ctx) => regionOf(ctx, r.regionId),
  },
  RegionQuota: {
    region: (q, _, ctx) => regionOf(ctx, q.quotaRegionId),
  },
  UnitTargetProgress: {
    unit: async (u, _, ctx) => {
      const unit = await ctx.loaders.unit.load(u.unitId);
      if (!unit) throw new Error(`no unit ${u.unitId}`);
      return unit;
    },
  },
  TargetPeriod: {
    quotas: (p) => p.quotas,
    regionQuotas: (p) => p.regionQuotas,
  },
  UnitQuota: {
    unit: async (q, _, ctx) => {
      const unit = await ctx.loaders.unit.load(q.unitId);
      if (!unit) throw new Error(`no unit ${q.unitId}`);
      return unit;
    },
  },
  ScoreWeight: {
    weight: (w) => Number(w.weight),
  },
};
