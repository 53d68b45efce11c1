import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import type { UnitRow } from '../unit/unit.service.ts';
import { allowedActions } from './problem.rules.ts';
import {
  addProblemNote,
  escalateProblem,
  extendProblemDue,
  getProblem,
  handOverProblem,
  listProblems,
  raiseProblem,
  setProblemStatus,
} from './problem.service.ts';

export const problemResolvers: Resolvers = {
  Query: {
    problems: (_, args, ctx) => {
      requireActor(ctx.actor);
      return listProblems(ctx.db, { filter: args.filter, first: pageSize(args.first), after: args.after });
    },
    problem: (_, { id }, ctx) => {
      requireActor(ctx.actor);
      return getProblem(ctx.db, id);
    },
  },
  Mutation: {
    raiseProblem: (_, { input }, ctx) =>
      raiseProblem({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    setProblemStatus: (_, args, ctx) =>
      setProblemStatus({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    escalateProblem: (_, args, ctx) =>
      escalateProblem({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    addProblemNote: (_, args, ctx) =>
      addProblemNote({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    extendProblemDue: (_, args, ctx) =>
      extendProblemDue({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    handOverProblem: (_, args, ctx) =>
      handOverProblem({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
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
    overdue: async (p, { asOf }, ctx) => (await ctx.loaders.problemOverdue(asOf).load(p.id))?.overdue ?? false,
    updates: (p, _, ctx) => ctx.loaders.problemUpdates.load(p.id),
    viewerActions: async (p, _, ctx) => {
      if (!ctx.actor) return [];
      const links = await ctx.loaders.problemCoUnits.load(p.id);
      return allowedActions(
        ctx.actor,
        p,
        links.map((l) => l.unitId),
      );
    },
  },
  ProblemUpdate: {
    author: (u, _, ctx) => (u.authorId ? ctx.loaders.user.load(u.authorId) : null),
    fromUnit: (u, _, ctx) => (u.fromUnitId ? ctx.loaders.unit.load(u.fromUnitId) : null),
    toUnit: (u, _, ctx) => (u.toUnitId ? ctx.loaders.unit.load(u.toUnitId) : null),
  },
};
