import type { Resolvers } from '../../generated/graphql.ts';

const toNumber = (value: string | null) => (value === null ? null : Number(value));

export const complianceResolvers: Resolvers = {
  ComplianceCheck: {
    clauses: (c) => c.clauses,
    taxPerMu: (c) => toNumber(c.taxPerMu),
    investmentIntensity: (c) => toNumber(c.investmentIntensity),
    supersedes: async (c, _, ctx) =>
      c.supersedesId
        ? ((await ctx.loaders.complianceChecks.load(c.projectId)).find((x) => x.id === c.supersedesId) ?? null)
        : null,
    inspector: (c, _, ctx) => (c.inspectorId ? ctx.loaders.user.load(c.inspectorId) : null),
  },
};
