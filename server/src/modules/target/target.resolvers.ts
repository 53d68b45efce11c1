import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../graphql/paging.ts';
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
    projects: (t, { first }, ctx) => targetProjects(ctx.db, t, pageSize(first, 1000, 1000)),
    pipeline: (t, _, ctx) => targetPipeline(ctx.db, t),
  },
};
