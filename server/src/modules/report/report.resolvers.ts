import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { closeReportMonth, reportSheet, reviewMonthlyReport, submitMonthlyReport } from './report.service.ts';

export const reportResolvers: Resolvers = {
  Query: {
    monthlyReportSheet: (_, { month, unitId }, ctx) => reportSheet(ctx.db, requireActor(ctx.actor), month, unitId),
  },
  Mutation: {
    submitMonthlyReport: (_, args, ctx) =>
      submitMonthlyReport({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    closeReportMonth: (_, { month }, ctx) =>
      closeReportMonth({ db: ctx.db, actor: requireActor(ctx.actor), month, requestId: ctx.requestId }),
    reviewMonthlyReport: (_, args, ctx) =>
      reviewMonthlyReport({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
  MonthlyReport: {
    submittedBy: (r, _, ctx) => (r.submittedById ? ctx.loaders.user.load(r.submittedById) : null),
    reviewedBy: (r, _, ctx) => (r.reviewedById ? ctx.loaders.user.load(r.reviewedById) : null),
  },
};
