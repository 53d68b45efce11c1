import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { annualAssessment, publishRace, unitRace } from './race.service.ts';

export const raceResolvers: Resolvers = {
  Query: {
    unitRace: (_, { quarter }, ctx) => {
      requireActor(ctx.actor);
      return unitRace(ctx.db, quarter, (day) => ctx.loaders.race.load(day));
    },
    annualAssessment: (_, { year }, ctx) => {
      requireActor(ctx.actor);
      return annualAssessment(ctx.db, year);
    },
  },
  Mutation: {
    publishRace: (_, { quarter }, ctx) =>
      publishRace({ db: ctx.db, actor: requireActor(ctx.actor), quarter, requestId: ctx.requestId }),
  },
  RaceResult: {
    publishedBy: (r, _, ctx) => (r.publishedById ? ctx.loaders.user.load(r.publishedById) : null),
  },
};
