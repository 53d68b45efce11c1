import type { Resolvers } from '../../generated/graphql.ts';
import { translate } from '../../i18n/translate.ts';
import { requireSignedIn } from '../access/policy.ts';
import { markTodoSeen, myTodo } from './todo.service.ts';

export const todoResolvers: Resolvers = {
  Query: {
    myTodo: async (_, { asOf }, ctx) => await myTodo(ctx.db, requireSignedIn(ctx.actor), asOf ?? ctx.today),
  },
  Mutation: {
    markTodoSeen: async (_, { ids }, ctx) => await markTodoSeen(ctx.db, requireSignedIn(ctx.actor).id, ids),
  },
  TodoItem: {
    id: (item) => item.key,
    title: (item, _, ctx) => translate(item.title, ctx.language),
    project: (item, _, ctx) => (item.projectId ? ctx.loaders.project.load(item.projectId) : null),
    problem: (item, _, ctx) => (item.problemId ? ctx.loaders.problem.load(item.problemId) : null),
    lead: (item, _, ctx) => (item.leadId ? ctx.loaders.lead.load(item.leadId) : null),
  },
};
