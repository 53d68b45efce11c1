import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { requireActor } from '../access/policy.ts';
import { quarterOf, raceAsOf, unitRace } from '../race/race.service.ts';
import { byIndustry, signingsByMonth, stageFunnel, warnings } from './dashboard.service.ts';

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
    byUnit: (d, _, ctx) => raceAsOf(ctx.db, d.asOf, ctx.loaders.scoreWeights.load('RACE')),
    race: (d, _, ctx) =>
      unitRace(ctx.db, quarterOf([d.asOf, today()].sort()[0] ?? d.asOf), ctx.loaders.scoreWeights.load('RACE')),
    warnings: (d, _, ctx) => warnings(ctx.db, d.asOf),
    weights: (_, __, ctx) => ctx.loaders.scoreWeights.load('RACE'),
  },
};
