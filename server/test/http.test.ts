import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './api.ts';

describe('HTTP surface', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('reports health with the database reachable', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('tags every response with a request id, keeping a well-formed one from the caller', async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
    const fresh = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id; drop table' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the field when a variable has the wrong form', async () => {
    const admin = await t.as('admin');
    const error = await admin.fails('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', {
      input: {
        name: 'x',
        investor: 'y',
        industry: 'CHEMICAL',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '十亿',
        leadUnitId: 'x',
      },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totalInvestment' });
    const date = await admin.fails('query { targets(asOf: "2023-02-30") { code } }');
    expect(date.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers 400, never a 5xx, to every request the client got wrong, with the code saying why', async () => {
    const admin = await t.as('admin');
    const post = (body: string) =>
      admin.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const cases: Array<[string, string]> = [
      [JSON.stringify({ query: '{me{id}}}' }), 'GRAPHQL_PARSE_FAILED'],
      [JSON.stringify({ query: '{ me { id }' }), 'GRAPHQL_PARSE_FAILED'],
      [JSON.stringify({ query: `{ ${'me { id } '.repeat(1_000)}}` }), 'GRAPHQL_PARSE_FAILED'],
      [JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
      [
        JSON.stringify({ query: 'query($a: Int!) { projects(first: $a) { totalCount } }', variables: { a: 'x' } }),
        'BAD_USER_INPUT',
      ],
      [JSON.stringify({ query: 'query A { me { id } } query B { me { id } }' }), 'OPERATION_RESOLUTION_FAILURE'],
      [JSON.stringify({ query: '' }), 'BAD_REQUEST'],
      ['{"query": ', 'BAD_USER_INPUT'],
    ];
    for (const [body, code] of cases) {
      const res = await post(body);
      const answer = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect([res.status, answer.errors?.[0]?.extensions?.code], body.slice(0, 60)).toEqual([400, code]);
    }
    const get = await admin.request(`/graphql?query=${encodeURIComponent('{me{id}}}')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(400);
  });

  it('asks for sign-in before anything but sign-in itself', async () => {
    const report =
      'mutation { submitMonthlyReport(projectId: "00000000-0000-0000-0000-000000000000", month: "2026-10", investment: "1") { id } }';
    for (const query of [
      report,
      '{ dashboard { asOf } }',
      '{ problems { totalCount } }',
      '{ inspectionsDue { id } }',
    ]) {
      expect((await t.anonymous().fails(query)).extensions?.code, query).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a cross-site form post (CSRF)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
  });

  it('answers 503 on health once the database is gone', async () => {
    await t.handle.close();
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(503);
  });
});
