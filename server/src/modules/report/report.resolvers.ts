import type { Resolvers } from '../../generated/graphql.ts';

export const reportResolvers: Resolvers = {
  MonthlyReport: {
    submittedBy: (r, _, ctx) => (r.submittedById ? ctx.loaders.user.load(r.submittedById) : null),
  },
};
