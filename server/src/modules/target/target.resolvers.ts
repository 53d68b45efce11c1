import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { requireActor } from '../access/policy.ts';
import {
  listScoreWeights,
  setScoreWeights,
  targetPipeline,
  targetProgress,
  targetProjects,
  updateTarget,
} from './target.service.ts';

export const targetResolvers: Resolvers = {
  Query: {
    targets: (_, { asOf }, ctx) => {
      requireActor(ctx.actor);
      return targetProgress(ctx.db, asOf ?? today());
    },
    scoreWeights: (_, __, ctx) => {
      requireActor(ctx.actor);
      return listScoreWeights(ctx.db);
    },
  },
  Mutation: {
    updateTarget: (_, { code, input }, ctx) =>
      updateTarget({
        db: ctx.db,
        actor: requireActor(ctx.actor),
        code,
        input,
        asOf: today(),
        requestId: ctx.requestId,
      }),
    setScoreWeights: (_, { input }, ctx) =>
      setScoreWeights({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
  },
  TargetProgress: {
    projects: (t, _, ctx) => targetProjects(ctx.db, t),
    pipeline: (t, _, ctx) => targetPipeline(ctx.db, t),
  },
};
