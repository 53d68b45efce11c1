import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

/**
 * How much one GraphQL request may ask for. The web's own operations stay well inside every limit
 * (src/graphql/limits.test.ts checks each of them): at most depth 6, no aliases, cost about 9,000.
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
  /**
   * Rows one answer may load through the loaders: what the estimate cannot see (a list with no page of
   * its own, under another) is bounded here. The battle board's timeline loads about 6,000.
   */
  loadedRows: 25_000,
} as const;

/**
 * The parser's own token limit: a longer document stops being parsed at the limit and is a syntax
 * error like any other (HTTP 400). graphql-armor's token plugin would parse once more in a hook
 * Apollo treats as a server fault, answering every syntax error with a 500.
 */
export const parseOptions = { maxTokens: queryLimits.tokens } as const;

/** The protections of graphql-armor with our limits; suggestions ("Did you mean …") off in production. */
export function armorProtection(env: 'development' | 'production' | 'test') {
  return new ApolloArmor({
    maxDepth: { n: queryLimits.depth },
    maxAliases: { n: queryLimits.aliases },
    maxDirectives: { n: queryLimits.directives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: queryLimits.cost },
    blockFieldSuggestion: { enabled: env === 'production' },
  }).protect();
}

const tooLarge = () =>
  new GraphQLError('查询的数据量过大，请缩小范围或分页查询', {
    extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: queryLimits.resolvedFields },
  });
const tooSlow = (ms: number) =>
  new GraphQLError('查询超时，请缩小范围后重试', { extensions: { code: 'SERVICE_UNAVAILABLE', timeoutMs: ms } });

/** Typical sizes of lists with no `first` of their own, for the estimate below. */
const typicalListSizes: Record<string, number> = { milestones: 12 };

/**
 * The fields a query would resolve, estimated before it runs: each field counts one, and what is
 * below a field with `first` (its argument, or the schema's default) or a list of a typical size is
 * counted that many times. A query estimated past the budget is refused whole before it runs, so
 * it never holds the event loop; the row budget while it runs bounds what the estimate misses.
 */
export function estimateResolvedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const first = field.args.find((a) => a.name === 'first');
    if (first) {
      const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
      const value =
        given?.kind === Kind.INT
          ? Number(given.value)
          : given?.kind === Kind.VARIABLE
            ? variables[given.name.value]
            : first.defaultValue;
      return typeof value === 'number' && value > 0 ? value : 1;
    }
    return String(field.type).startsWith('[') ? (typicalListSizes[field.name] ?? 1) : 1;
  };
  // Types are read by name and shape, not instanceof: the schema may come from another copy of graphql.
  const named = (field: GraphQLField<unknown, unknown>) => schema.getType(String(field.type).replace(/[[\]!]/g, ''));
  const walk = (type: GraphQLNamedType | null | undefined, set: SelectionSetNode | undefined): number => {
    if (!set || !type || !('getFields' in type)) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        if (!field || !('args' in field)) {
          total += 1;
          continue;
        }
        total += 1 + sizeOf(field, selection) * walk(named(field), selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += walk(on, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) total += walk(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet);
      }
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return walk(root, operation.selectionSet);
}

/**
 * A request's limits: a query estimated past the field budget is refused whole before it runs; while it
 * runs, its loads are charged to the context's row budget (a deadline and a count of rows,
 * lib/row-budget.ts), so no hook wraps every field. Once a load finds the budget overrun, every further
 * load fails at once and the answer becomes one error instead of a partial result.
 */
export function budgetPlugin(timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const estimate = estimateResolvedFields(schema, document, operation, request.variables ?? {});
          if (estimate <= queryLimits.resolvedFields) return;
          const { message } = tooLarge();
          const details = { field: 'query', limit: queryLimits.resolvedFields, estimate };
          throw new GraphQLError(message, {
            originalError: new AppError('BAD_USER_INPUT', message, details),
            extensions: { code: 'BAD_USER_INPUT', ...details, http: { status: 400 } },
          });
        },
        async willSendResponse({ contextValue, response }) {
          const overrun = contextValue.budget.overrun;
          if (!overrun || response.body.kind !== 'single') return;
          response.body.singleResult = {
            data: null,
            errors: [overrun === 'deadline' ? tooSlow(timeoutMs) : tooLarge()],
          };
          response.http.status = overrun === 'deadline' ? 503 : 400;
        },
      };
    },
  };
}
