import type { Resolvers } from '../../generated/graphql.ts';
import { pageSize } from '../../lib/paging.ts';
import { requireActor } from '../access/policy.ts';
import type { UnitRow } from '../unit/unit.service.ts';
import {
  addMeetingDecision,
  agendaOf,
  attendingUnitIds,
  createMeeting,
  draftAgenda,
  getMeeting,
  listMeetings,
  updateMeeting,
} from './meeting.service.ts';

export const meetingResolvers: Resolvers = {
  Query: {
    meetings: (_, { first }, ctx) => {
      requireActor(ctx.actor);
      return listMeetings(ctx.db, pageSize(first));
    },
    meeting: (_, { id }, ctx) => {
      requireActor(ctx.actor);
      return getMeeting(ctx.db, id);
    },
    meetingAgendaDraft: (_, __, ctx) => {
      requireActor(ctx.actor);
      return draftAgenda(ctx.db);
    },
  },
  Mutation: {
    createMeeting: (_, { input }, ctx) =>
      createMeeting({ db: ctx.db, actor: requireActor(ctx.actor), input, requestId: ctx.requestId }),
    updateMeeting: (_, args, ctx) =>
      updateMeeting({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
    addMeetingDecision: (_, args, ctx) =>
      addMeetingDecision({ db: ctx.db, actor: requireActor(ctx.actor), ...args, requestId: ctx.requestId }),
  },
  Meeting: {
    chair: (m, _, ctx) => (m.chairId ? ctx.loaders.user.load(m.chairId) : null),
    createdBy: (m, _, ctx) => (m.createdById ? ctx.loaders.user.load(m.createdById) : null),
    attendingUnits: async (m, _, ctx) => {
      const found = await ctx.loaders.unit.loadMany(await attendingUnitIds(ctx.db, m.id));
      return found.filter((u): u is UnitRow => u !== null && !(u instanceof Error));
    },
    agenda: (m, _, ctx) => agendaOf(ctx.db, m.id),
    decisions: (m, _, ctx) => ctx.loaders.meetingDecisions.load(m.id),
  },
  AgendaItem: {
    id: (a) => a.id ?? null,
    project: (a, _, ctx) => (a.projectId ? ctx.loaders.project.load(a.projectId) : null),
    problem: (a, _, ctx) => (a.problemId ? ctx.loaders.problem.load(a.problemId) : null),
  },
  Problem: {
    meeting: (p, _, ctx) => (p.meetingId ? ctx.loaders.meeting.load(p.meetingId) : null),
    parentProblem: (p, _, ctx) => (p.parentProblemId ? ctx.loaders.problem.load(p.parentProblemId) : null),
  },
};
