import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import { requireActor } from '../access/policy.ts';
import { quarterOf, unitRace } from '../race/race.service.ts';
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
    stageFunnel: (d, _, ctx) => ctx.loaders.figures('stageFunnel', [d.asOf], () => stageFunnel(ctx.db, d.asOf)),
    byIndustry: (d, _, ctx) => ctx.loaders.figures('byIndustry', [d.asOf], () => byIndustry(ctx.db, d.asOf)),
    signingsByMonth: (d, _, ctx) =>
      ctx.loaders.figures('signingsByMonth', [d.asOf], () => signingsByMonth(ctx.db, d.asOf)),
    byUnit: (d, _, ctx) => ctx.loaders.race.load(d.asOf),
    race: (d, _, ctx) =>
      unitRace(ctx.db, quarterOf([d.asOf, today()].sort()[0] ?? d.asOf), (day) => ctx.loaders.race.load(day)),
    warnings: (d, _, ctx) => ctx.loaders.figures('warnings', [d.asOf], () => warnings(ctx.db, d.asOf)),
    weights: (_, __, ctx) => ctx.loaders.scoreWeights.load('RACE'),
  },
};
