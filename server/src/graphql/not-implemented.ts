import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { requireActor } from '../modules/access/policy.ts';

/**
 * Operations of the contract whose feature is not built yet answer a clear NOT_IMPLEMENTED
 * (after the sign-in check, so they reveal nothing to strangers).
 */
const pending = {
  Query: [] as string[],
  Mutation: ['submitMonthlyReport'],
} as const;

function notImplemented(_parent: unknown, _args: unknown, ctx: Context): never {
  requireActor(ctx.actor);
  throw new AppError('NOT_IMPLEMENTED', '该功能尚未上线');
}

export const notImplementedResolvers = {
  Query: Object.fromEntries(pending.Query.map((f) => [f, notImplemented])),
  Mutation: Object.fromEntries(pending.Mutation.map((f) => [f, notImplemented])),
} as Resolvers;
