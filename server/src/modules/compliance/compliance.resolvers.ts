import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import { regionView } from '../region/region.service.ts';
import { measurementsDue } from './compliance.rules.ts';
import {
  inspectionsDue,
  listGradeThresholds,
  previewComplianceCheck,
  recordComplianceCheck,
  setAgreement,
  setGradeThresholds,
} from './compliance.service.ts';

const toNumber = (value: string | null) => (value === null ? null : Number(value));

export const complianceResolvers: Resolvers = {
  Query: {
    inspectionsDue: async (_, { asOf, first, regionId }, ctx) => {
      const view = await regionView(ctx.db, requireActor(ctx.actor), regionId);
      return inspectionsDue(ctx.db, asOf ?? ctx.today, pageSize(first, 1000, 500), view);
    },
    muGradeThresholds: (_, __, ctx) => {
      requireActor(ctx.actor);
      return listGradeThresholds(ctx.db);
    },
    previewComplianceCheck: (_, { input }, ctx) =>
      previewComplianceCheck({ db: ctx.db, actor: requireActor(ctx.actor), input }),
  },
  Mutation: {
    setAgreement: (_, { projectId, input }, ctx) =>
      setAgreement({ db: ctx.db, actor: requireActor(ctx.actor), projectId, input, requestId: ctx.requestId }),
    setMuGradeThresholds: (_, { input }, ctx) =>
      setGradeThresholds({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    recordComplianceCheck: (_, { input }, ctx) =>
      recordComplianceCheck({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
  },
  ComplianceAgreement: {
    measurementsDue: (agreement, { on }) => measurementsDue(agreement, on),
  },
  ComplianceCheck: {
    project: async (c, _, ctx) => {
      const project = await ctx.loaders.project.load(c.projectId);
      if (!project) throw new Error(`compliance check ${c.id} without its project`);
      return project;
    },
    clauses: (c) => c.clauses,
    taxPerMu: (c) => toNumber(c.taxPerMu),
    investmentIntensity: (c) => toNumber(c.investmentIntensity),
    supersedes: async (c, _, ctx) =>
      c.supersedesId
        ? ((await ctx.loaders.complianceChecks.load(c.projectId)).find((x) => x.id === c.supersedesId) ?? null)
        : null,
    inspector: (c, _, ctx) => (c.inspectorId ? ctx.loaders.user.load(c.inspectorId) : null),
    attachments: (c, _, ctx) => ctx.loaders.attachments.load(c.id),
  },
  Attachment: {
    url: (a) => `/api/attachments/${a.id}`,
  },
  GradeThreshold: {
    minTaxPerMu: (t) => Number(t.minTaxPerMu),
  },
};
