import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import {
  addTargetPeriod,
  listScoreWeights,
  periodsOf,
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
    targets: (_, { asOf }, ctx) => {
      requireActor(ctx.actor);
      const day = asOf ?? today();
      return ctx.loaders.figures('targets', [day], () => targetProgress(ctx.db, day));
    },
    scoreWeights: (_, __, ctx) => {
      requireActor(ctx.actor);
      return listScoreWeights(ctx.db, 'RACE');
    },
    assessmentWeights: (_, __, ctx) => {
      requireActor(ctx.actor);
      return listScoreWeights(ctx.db, 'ANNUAL');
    },
  },
  Mutation: {
    updateTarget: (_, { code, input, periodStart }, ctx) =>
      updateTarget({ db: ctx.db, actor: requireActor(ctx.actor), code, input, periodStart, requestId: ctx.requestId }),
    addTargetPeriod: (_, { code, input }, ctx) =>
      addTargetPeriod({ db: ctx.db, actor: requireActor(ctx.actor), code, input, requestId: ctx.requestId }),
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
    periods: (t, _, ctx) => periodsOf(ctx.db, t.code),
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
