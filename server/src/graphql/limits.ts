import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';

/**
 * How much one GraphQL request may ask for. The web's own operations stay well inside every limit
 * (limits.test.ts checks each of them): at most depth 6, no aliases, cost about 9,000.
 */
export const queryLimits = {
  /** Nesting of selections: `projects { nodes { problems { updates { author { unit { name } } } } } }` is 7. */
  depth: 8,
  /** Aliased fields in one document: no more than ten copies of anything. */
  aliases: 10,
  directives: 10,
  /** Lexical tokens in one document: the largest web operation has about 400. */
  tokens: 2_000,
  /** graphql-armor's static cost (objects 2, scalars 1, ×1.5 a level). */
  cost: 20_000,
  /**
   * Fields resolved for one response: past it the answer would be megabytes, and the work would hold
   * the event loop (every other request) for most of a second. The web's largest, the battle board's
   * timeline at 500 projects, resolves about 40,000.
   */
  resolvedFields: 50_000,
} as const;

/** The protections of graphql-armor with our limits; suggestions ("Did you mean …") off in production. */
export function armorProtection(env: 'development' | 'production' | 'test') {
  return new ApolloArmor({
    maxDepth: { n: queryLimits.depth },
    maxAliases: { n: queryLimits.aliases },
    maxDirectives: { n: queryLimits.directives },
    maxTokens: { n: queryLimits.tokens },
    costLimit: { maxCost: queryLimits.cost },
    blockFieldSuggestion: { enabled: env === 'production' },
  }).protect();
}

type Budget = { deadline: number; fields: number; exceeded: GraphQLError | null };
const budgets = new WeakMap<object, Budget>();

const tooLarge = () =>
  new GraphQLError('查询的数据量过大，请缩小范围或分页查询', {
    extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: queryLimits.resolvedFields },
  });
const tooSlow = (ms: number) =>
  new GraphQLError('查询超时，请缩小范围后重试', { extensions: { code: 'SERVICE_UNAVAILABLE', timeoutMs: ms } });

/**
 * A budget per request: a deadline and a count of resolved fields. Once either is spent every
 * further field fails at once, without touching the database, and the answer becomes one error
 * instead of a partial result.
 */
export function budgetPlugin(timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(start: GraphQLRequestContext<Context>) {
      const budget: Budget = { deadline: Date.now() + timeoutMs, fields: 0, exceeded: null };
      budgets.set(start.contextValue, budget);
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (budget.exceeded) throw budget.exceeded;
              budget.fields += 1;
              if (budget.fields > queryLimits.resolvedFields) budget.exceeded = tooLarge();
              else if ((budget.fields & 0xff) === 0 && Date.now() > budget.deadline)
                budget.exceeded = tooSlow(timeoutMs);
              if (budget.exceeded) throw budget.exceeded;
            },
          };
        },
        async willSendResponse({ response }) {
          if (!budget.exceeded || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [budget.exceeded] };
          response.http.status = budget.exceeded.extensions.code === 'SERVICE_UNAVAILABLE' ? 503 : 400;
        },
      };
    },
  };
}
