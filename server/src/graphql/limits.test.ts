import { buildSchema, type DocumentNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as web from '../../../web/src/gql/graphql.ts';
import { estimateResolvedFields, queryLimits } from './limits.ts';
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
