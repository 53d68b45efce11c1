import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema, type DocumentNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as web from '../../../web/src/gql/graphql.ts';
import type { Context } from '../context.ts';
import { type RowBudget, rowBudget } from '../lib/row-budget.ts';
import { budgetPlugin, estimateResolvedFields, queryLimits } from './limits.ts';
import { typeDefs } from './server.ts';

const schema = buildSchema(typeDefs);
const estimate = (document: DocumentNode, variables: Record<string, unknown> = {}) => {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return estimateResolvedFields(schema, document, operation, variables);
};

describe('the estimate of fields a query resolves', () => {
  const documents = Object.entries(web).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') &&
      typeof entry[1] === 'object' &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
  );

  it('lets every operation of the web through, at its largest page', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, document] of documents) {
      expect(estimate(document, { first: 200 }), name).toBeLessThanOrEqual(queryLimits.resolvedFields);
    }
    // The battle board's timeline is the largest: 500 projects with their nodes.
    expect(estimate(web.BattleTimelineDocument)).toBeGreaterThan(30_000);
  });

  it('refuses three copies of the timeline with every field of a node before they run', () => {
    const fields = 'id key name plannedOn baselineOn actualOn note late completedByStage status';
    const copy = (alias: string) => `${alias}: battleMap(minTier: OVER_1) { milestones { ${fields} } }`;
    expect(estimate(parse(`{ ${copy('a')} ${copy('b')} ${copy('c')} }`))).toBeGreaterThan(queryLimits.resolvedFields);
    // A page asked for by a variable counts at its size.
    const paged = parse('query($n: Int) { battleMap(first: $n) { milestones { id name } } }');
    expect(estimate(paged, { n: 1000 })).toBeGreaterThan(estimate(paged, { n: 10 }) * 50);
  });
});

describe('the row budget a request runs on', () => {
  const schema = `type Query { rows(n: Int!): Int! late: Int! }`;
  const serve = async (budget: RowBudget, query: string) => {
    const server = new ApolloServer<Pick<Context, 'budget'>>({
      typeDefs: schema,
      resolvers: {
        Query: {
          // What a loader does with each batch it loads.
          rows: (_, { n }: { n: number }, ctx) => {
            ctx.budget.check();
            ctx.budget.spend(n);
            return n;
          },
          late: (_, __, ctx) => {
            ctx.budget.check();
            return 1;
          },
        },
      },
      plugins: [budgetPlugin(50) as ApolloServerPlugin<Pick<Context, 'budget'>>],
    });
    await server.start();
    try {
      const res = await server.executeOperation({ query }, { contextValue: { budget } });
      if (res.body.kind !== 'single') throw new Error('not a single result');
      return { status: res.http.status, ...res.body.singleResult };
    } finally {
      await server.stop();
    }
  };

  it('answers within it as asked', async () => {
    const res = await serve(rowBudget(1000, 100), '{ a: rows(n: 60) b: rows(n: 40) }');
    expect(res.data).toEqual({ a: 60, b: 40 });
    expect(res.errors).toBeUndefined();
  });

  it('answers one error naming the query, and no data, once the rows loaded pass the limit', async () => {
    const res = await serve(rowBudget(1000, 100), '{ a: rows(n: 60) b: rows(n: 41) }');
    expect(res.data).toBeNull();
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('answers 503 once a load finds the deadline passed', async () => {
    let now = 0;
    const budget = rowBudget(50, 100, () => now);
    now = 51;
    const res = await serve(budget, '{ late }');
    expect(res.status).toBe(503);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', timeoutMs: 50 });
  });

  it('sends an answer finished past the deadline as it is when no load found it overrun', async () => {
    let now = 0;
    const budget = rowBudget(50, 100, () => now);
    const res = await serve(budget, '{ rows(n: 1) }');
    now = 100;
    expect(res.data).toEqual({ rows: 1 });
    expect(budget.overrun).toBeNull();
  });
});
