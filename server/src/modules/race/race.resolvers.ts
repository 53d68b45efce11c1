import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { regionView } from '../region/region.service.ts';
import { annualAssessment, publishRace, publishRegionRace, regionRace, unitRace } from './race.service.ts';

export const raceResolvers: Resolvers = {
  Query: {
    unitRace: async (_, { quarter }, ctx) => {
      const view = await regionView(ctx.db, requireActor(ctx.actor), null);
      return unitRace(ctx.db, quarter, view, (day) => ctx.loaders.race.load({ view, day }));
    },
    regionRace: async (_, { regionId, quarter }, ctx) =>
      regionRace(ctx.db, quarter, await regionView(ctx.db, requireActor(ctx.actor), regionId)),
    annualAssessment: async (_, { year }, ctx) =>
      annualAssessment(ctx.db, year, await regionView(ctx.db, requireActor(ctx.actor), null)),
  },
  Mutation: {
    publishRace: (_, { quarter }, ctx) =>
      publishRace({ db: ctx.db, actor: requireActor(ctx.actor), quarter, requestId: ctx.requestId }),
    publishRegionRace: (_, { regionId, quarter }, ctx) =>
      publishRegionRace({ db: ctx.db, actor: requireActor(ctx.actor), regionId, quarter, requestId: ctx.requestId }),
  },
  RaceResult: {
    publishedBy: (r, _, ctx) => (r.publishedById ? ctx.loaders.user.load(r.publishedById) : null),
  },
};
