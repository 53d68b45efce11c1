import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor, requireSignedIn } from '../access/policy.ts';
import { addRegion } from './region.admin.ts';
import { regionOf, visibleRegions } from './region.service.ts';

export const regionResolvers: Resolvers = {
  Query: {
    regions: (_, __, ctx) => visibleRegions(ctx.db, requireSignedIn(ctx.actor)),
  },
  Mutation: {
    addRegion: (_, { input }, ctx) =>
      addRegion({ db: ctx.db, actor: requireActor(ctx.actor), input, ip: ctx.ip, requestId: ctx.requestId }),
  },
  Region: {
    id: (r) => String(r.id),
    // The region above is named to all below it (a district's city), as on any letterhead.
    parent: (r, _, ctx) => (r.parentId === null ? null : ctx.loaders.region.load(r.parentId)),
    // Those below it the account sees (SPEC 2.1: its own region and those below).
    children: async (r, _, ctx) =>
      (await visibleRegions(ctx.db, requireSignedIn(ctx.actor))).filter((c) => c.parentId === r.id),
  },
  User: { region: (u, _, ctx) => regionOf(ctx, u.regionId) },
  Unit: { region: (u, _, ctx) => regionOf(ctx, u.regionId) },
  Project: { region: (p, _, ctx) => regionOf(ctx, p.regionId) },
};
