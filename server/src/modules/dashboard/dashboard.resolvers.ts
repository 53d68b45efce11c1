import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { requireActor } from '../access/policy.ts';
import { listScoreWeights } from '../target/target.service.ts';
import { byIndustry, signingsByMonth, stageFunnel, unitRace, warnings } from './dashboard.service.ts';

// Each part of the dashboard is computed only when asked for.
export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_, { asOf }, ctx) => {
      requireActor(ctx.actor);
      return { asOf: asOf ?? today() };
    },
  },
  Dashboard: {
    stageFunnel: (d, _, ctx) => stageFunnel(ctx.db, d.asOf),
    byIndustry: (d, _, ctx) => byIndustry(ctx.db, d.asOf),
    signingsByMonth: (d, _, ctx) => signingsByMonth(ctx.db, d.asOf),
    byUnit: (d, _, ctx) => unitRace(ctx.db, d.asOf),
    warnings: (d, _, ctx) => warnings(ctx.db, d.asOf),
    weights: (_, __, ctx) => listScoreWeights(ctx.db),
  },
};
