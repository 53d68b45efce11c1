import type { Resolvers } from '../../generated/graphql.ts';
import { requireActor } from '../access/policy.ts';
import { closeReportMonth, reportSheet, reviewMonthlyReport, submitMonthlyReport } from './report.service.ts';
import { getMonitoringSettings, setReportDueDay } from './report.settings.ts';

export const reportResolvers: Resolvers = {
  Query: {
    monthlyReportSheet: (_, { month, unitId }, ctx) => reportSheet(ctx.db, requireActor(ctx.actor), month, unitId),
    monitoringSettings: async (_, __, ctx) => {
      requireActor(ctx.actor);
      return await getMonitoringSettings(ctx.db);
    },
  },
  Mutation: {
    submitMonthlyReport: (_, args, ctx) =>
      submitMonthlyReport({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    closeReportMonth: (_, { month }, ctx) =>
      closeReportMonth({ db: ctx.db, actor: requireActor(ctx.actor), month, requestId: ctx.requestId }),
    setReportDueDay: (_, { day }, ctx) =>
      setReportDueDay({ db: ctx.db, actor: requireActor(ctx.actor), day, ip: ctx.ip, requestId: ctx.requestId }),
    reviewMonthlyReport: (_, args, ctx) =>
      reviewMonthlyReport({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
  MonthlyReport: {
    submittedBy: (r, _, ctx) => (r.submittedById ? ctx.loaders.user.load(r.submittedById) : null),
    reviewedBy: (r, _, ctx) => (r.reviewedById ? ctx.loaders.user.load(r.reviewedById) : null),
  },
};
