import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import { decideConflict, saveInvestor, searchInvestors, undecided } from '../investor/investor.service.ts';
import { regionOf } from '../region/region.service.ts';
import { funnel } from './funnel.service.ts';
import { recordInteraction } from './interaction.service.ts';
import { convertLead, createLead, dropLead, handOverLead, listLeads, updateLead } from './lead.service.ts';

const present = <T>(rows: ReadonlyArray<T | null | Error>): T[] =>
  rows.filter((r): r is T => r !== null && !(r instanceof Error));

export const leadResolvers: Resolvers = {
  Query: {
    leads: (_, { filter, first, after }, ctx) => {
      requireActor(ctx.actor);
      return listLeads(ctx.db, filter, pageSize(first), after);
    },
    lead: (_, { id }, ctx) => {
      requireActor(ctx.actor);
      return ctx.loaders.lead.load(id);
    },
    investors: (_, { search, first }, ctx) => {
      requireActor(ctx.actor);
      return searchInvestors(ctx.db, search, pageSize(first, 100, 20));
    },
    investor: (_, { id }, ctx) => {
      requireActor(ctx.actor);
      return ctx.loaders.investor.load(id);
    },
    funnel: (_, args, ctx) => funnel(ctx.db, requireActor(ctx.actor), args),
  },
  Mutation: {
    saveInvestor: (_, { input }, ctx) =>
      saveInvestor({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    createLead: (_, { input }, ctx) =>
      createLead({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    updateLead: (_, args, ctx) =>
      updateLead({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    dropLead: (_, args, ctx) =>
      dropLead({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    convertLead: (_, args, ctx) =>
      convertLead({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    handOverLead: (_, args, ctx) =>
      handOverLead({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    recordInteraction: (_, { input }, ctx) =>
      recordInteraction({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    decideConflict: (_, args, ctx) =>
      decideConflict({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
  Investor: {
    contacts: (i, _, ctx) => ctx.loaders.contacts.load(i.id),
    leads: (i, _, ctx) => ctx.loaders.leadsOfInvestor.load(i.id),
    projects: (i, _, ctx) => ctx.loaders.projectsOfInvestor.load(i.id),
  },
  Lead: {
    investor: async (l, _, ctx) => {
      const investor = await ctx.loaders.investor.load(l.investorId);
      if (!investor) throw new Error(`lead ${l.id} without its investor`);
      return investor;
    },
    unit: async (l, _, ctx) => {
      const unit = await ctx.loaders.unit.load(l.unitId);
      if (!unit) throw new Error(`lead ${l.id} without its unit`);
      return unit;
    },
    owner: (l, _, ctx) => (l.ownerId ? ctx.loaders.user.load(l.ownerId) : null),
    region: (l, _, ctx) => regionOf(ctx, l.regionId),
    project: (l, _, ctx) => (l.projectId ? ctx.loaders.project.load(l.projectId) : null),
    conflict: async (l, _, ctx) => (await ctx.loaders.leadConflicts.load(l.id)).some(undecided),
    conflicts: (l, _, ctx) => ctx.loaders.leadConflicts.load(l.id),
    interactions: (l, _, ctx) => ctx.loaders.leadInteractions.load(l.id),
    documents: (l, _, ctx) => ctx.loaders.leadDocuments.load(l.id),
  },
  Project: {
    investorRecord: (p, _, ctx) => (p.investorId ? ctx.loaders.investor.load(p.investorId) : null),
    interactions: (p, _, ctx) => ctx.loaders.projectInteractions.load(p.id),
    documents: (p, _, ctx) => ctx.loaders.projectDocuments.load(p.id),
    conflict: async (p, _, ctx) => (await ctx.loaders.projectConflicts.load(p.id)).some(undecided),
    conflicts: (p, _, ctx) => ctx.loaders.projectConflicts.load(p.id),
    lead: (p, _, ctx) => ctx.loaders.leadOfProject.load(p.id),
  },
  Interaction: {
    ourParticipants: async (i, _, ctx) =>
      present(await ctx.loaders.user.loadMany((await ctx.loaders.participants.load(i.id)).map((p) => p.userId))),
    recordedBy: (i, _, ctx) => (i.recordedById ? ctx.loaders.user.load(i.recordedById) : null),
    lead: (i, _, ctx) => (i.leadId ? ctx.loaders.lead.load(i.leadId) : null),
    project: (i, _, ctx) => (i.projectId ? ctx.loaders.project.load(i.projectId) : null),
  },
  ProjectDocument: {
    versions: (d, _, ctx) => ctx.loaders.documentVersions.load(d.id),
    lead: (d, _, ctx) => (d.leadId ? ctx.loaders.lead.load(d.leadId) : null),
    project: (d, _, ctx) => (d.projectId ? ctx.loaders.project.load(d.projectId) : null),
  },
  DocumentVersion: {
    size: (v) => v.sizeBytes,
    uploadedBy: (v, _, ctx) => (v.uploadedById ? ctx.loaders.user.load(v.uploadedById) : null),
    url: (v) => `/api/documents/versions/${v.id}`,
    superseded: async (v, _, ctx) => (await ctx.loaders.documentVersions.load(v.documentId))[0]?.id !== v.id,
  },
  InvestorConflict: {
    first: (c) => ({ unitId: c.firstUnitId, leadId: c.firstLeadId, projectId: c.firstProjectId }),
    second: (c) => ({ unitId: c.secondUnitId, leadId: c.secondLeadId, projectId: c.secondProjectId }),
    leadingUnit: (c, _, ctx) => (c.leadingUnitId ? ctx.loaders.unit.load(c.leadingUnitId) : null),
    decidedBy: (c, _, ctx) => (c.decidedById ? ctx.loaders.user.load(c.decidedById) : null),
  },
  ConflictSide: {
    unit: async (s, _, ctx) => {
      const unit = await ctx.loaders.unit.load(s.unitId);
      if (!unit) throw new Error(`a 撞单 side without its unit ${s.unitId}`);
      return unit;
    },
    lead: (s, _, ctx) => (s.leadId ? ctx.loaders.lead.load(s.leadId) : null),
    project: (s, _, ctx) => (s.projectId ? ctx.loaders.project.load(s.projectId) : null),
  },
  FunnelGroup: {
    unit: (g, _, ctx) => (g.unitId ? ctx.loaders.unit.load(g.unitId) : null),
  },
  FunnelEntry: {
    lead: async (e, _, ctx) => {
      const lead = await ctx.loaders.lead.load(e.leadId);
      if (!lead) throw new Error(`funnel entry without its lead ${e.leadId}`);
      return lead;
    },
  },
};
