import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { quarterOf, unitRace } from '../race/race.service.ts';
import { regionOf, regionView } from '../region/region.service.ts';
import { byIndustry, signingsByMonth, stageFunnel, warnings } from './dashboard.service.ts';

// Each part of the dashboard is computed only when asked for.
export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: async (_, { asOf, regionId }, ctx) => ({
      asOf: asOf ?? ctx.today,
      view: await regionView(ctx.db, requireActor(ctx.actor), regionId),
    }),
  },
  Dashboard: {
    region: (d, _, ctx) => regionOf(ctx, d.view.region.id),
    stageFunnel: (d, _, ctx) =>
      ctx.loaders.figures('stageFunnel', [d.asOf, d.view.region.id], () => stageFunnel(ctx.db, d.asOf, d.view)),
    byIndustry: (d, _, ctx) =>
      ctx.loaders.figures('byIndustry', [d.asOf, d.view.region.id], () => byIndustry(ctx.db, d.asOf, d.view)),
    signingsByMonth: (d, _, ctx) =>
      ctx.loaders.figures('signingsByMonth', [d.asOf, d.view.region.id], () => signingsByMonth(ctx.db, d.asOf, d.view)),
    byUnit: (d, _, ctx) => ctx.loaders.race.load({ view: d.view, day: d.asOf }),
    race: (d, _, ctx) =>
      unitRace(ctx.db, quarterOf([d.asOf, ctx.today].sort()[0] ?? d.asOf), d.view, (day) =>
        ctx.loaders.race.load({ view: d.view, day }),
      ),
    warnings: (d, _, ctx) =>
      ctx.loaders.figures('warnings', [d.asOf, d.view.region.id], () => warnings(ctx.db, d.asOf, d.view)),
    weights: (d, _, ctx) => ctx.loaders.scoreWeights.load({ regionId: d.view.region.id, scope: 'RACE' }),
  },
};
