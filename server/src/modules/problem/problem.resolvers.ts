import type { Resolvers } from '../../generated/graphql.ts';
import { today } from '../../lib/dates.ts';
import type { UnitRow } from '../unit/unit.service.ts';
import { isOverdue } from './problem.service.ts';

export const problemResolvers: Resolvers = {
  Problem: {
    project: async (p, _, ctx) => {
      const project = await ctx.loaders.project.load(p.projectId);
      if (!project) throw new Error(`problem ${p.id} has no project`);
      return project;
    },
    leadUnit: async (p, _, ctx) => {
      const unit = await ctx.loaders.unit.load(p.leadUnitId);
      if (!unit) throw new Error(`problem ${p.id} has no lead unit`);
      return unit;
    },
    coUnits: async (p, _, ctx) => {
      const links = await ctx.loaders.problemCoUnits.load(p.id);
      const found = await ctx.loaders.unit.loadMany(links.map((l) => l.unitId));
      return found.filter((u): u is UnitRow => u !== null && !(u instanceof Error));
    },
    raisedBy: (p, _, ctx) => (p.raisedById ? ctx.loaders.user.load(p.raisedById) : null),
    overdue: (p, { asOf }) => isOverdue(p, asOf ?? today()),
    updates: (p, _, ctx) => ctx.loaders.problemUpdates.load(p.id),
  },
  ProblemUpdate: {
    author: (u, _, ctx) => (u.authorId ? ctx.loaders.user.load(u.authorId) : null),
  },
};
