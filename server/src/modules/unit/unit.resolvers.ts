import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { createUnit, listUnits, renameUnit } from './unit.service.ts';

export const unitResolvers: Resolvers = {
  Query: {
    units: (_, __, ctx) => {
      requireActor(ctx.actor);
      // Every list page asks for them: remembered until a unit changes (the figures version moves).
      return ctx.loaders.figures('units', [], () => listUnits(ctx.db));
    },
  },
  Mutation: {
    createUnit: (_, { name, kind }, ctx) =>
      createUnit({ db: ctx.db, actor: requireActor(ctx.actor), name, kind, requestId: ctx.requestId }),
    renameUnit: (_, { id, name }, ctx) =>
      renameUnit({ db: ctx.db, actor: requireActor(ctx.actor), id, name, requestId: ctx.requestId }),
  },
};
