import { unitByName } from '@zdyq/db/seed';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/server.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';
import { figures } from './figures.ts';

/**
 * Property-based fuzzing of every mutation of the schema: arbitrary input, typed and mistyped, with
 * real ids mixed in so it reaches past the first check. However bad the input, the answer is never
 * an internal error, and a refused call leaves the database exactly as it was.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const figure = figures('fuzz');
const schema = buildSchema(typeDefs);
const mutationType = schema.getMutationType();
if (!mutationType) throw new Error('no Mutation type');

/**
 * Every table a mutation may write, summed up so any change shows. Aside: sign-in attempts and the
 * audit rows of refusals (failed sign-ins, denials), which are how a refusal is meant to be recorded.
 */
const FINGERPRINT = sql`SELECT concat_ws('|',
  (SELECT max(id) FROM audit_log WHERE result = 'SUCCESS'), (SELECT count(*) FROM projects), (SELECT sum(version) FROM projects),
  (SELECT max(code) FROM projects), (SELECT count(*) FROM milestones), (SELECT max(updated_at) FROM milestones),
  (SELECT count(*) FROM stage_events), (SELECT count(*) FROM problems), (SELECT sum(version) FROM problems),
  (SELECT count(*) FROM problem_updates), (SELECT count(*) FROM problem_co_units),
  (SELECT count(*) FROM compliance_agreements), (SELECT sum(version) FROM compliance_agreements),
  (SELECT count(*) FROM compliance_checks), (SELECT count(*) FROM check_attachments),
  (SELECT count(*) FROM monthly_reports), (SELECT sum(version) FROM monthly_reports),
  (SELECT count(*) FROM report_month_closures), (SELECT count(*) FROM users), (SELECT max(updated_at) FROM users),
  (SELECT count(*) FROM units), (SELECT max(updated_at) FROM units),
  (SELECT count(*) FROM target_periods), (SELECT sum(version) FROM target_periods),
  (SELECT count(*) FROM target_quotas), (SELECT max(updated_at) FROM target_quotas),
  (SELECT count(*) FROM race_publications), (SELECT max(updated_at) FROM project_summaries),
  (SELECT max(updated_at) FROM score_weights), (SELECT max(updated_at) FROM mu_grade_thresholds),
  (SELECT count(*) FROM sessions), (SELECT count(*) FROM import_jobs),
  (SELECT count(*) FROM node_templates), (SELECT sum(version) FROM node_templates),
  (SELECT count(*) FROM node_template_nodes), (SELECT max(months) FROM node_template_nodes),
  (SELECT count(*) FROM password_history), (SELECT count(*) FROM recovery_codes),
  (SELECT string_agg(coalesce(totp_secret, '-') || coalesce(totp_last_step::text, '-'), ',' ORDER BY id) FROM users),
  (SELECT max(updated_at) FROM security_settings)) AS print`;

describe('fuzzing every mutation', () => {
  let t: TestServer;
  let admin: ApiClient;
  let ids: string[];

  const fingerprint = async () =>
    ((await t.handle.db.execute(FINGERPRINT)) as unknown as { rows: Array<{ print: string }> }).rows[0]?.print;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const platform = (await unitByName(t.handle.db, '崧厦街道')).id;
    const created = await admin.ok<{ createProject: { id: string; milestones: Array<{ id: string }> } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { id milestones { id } } }',
      {
        i: {
          name: '模糊测试项目',
          investor: '模糊投资',
          industry: 'CHEMICAL',
          source: 'NEW',
          isManufacturing: true,
          totalInvestment: '12',
          leadUnitId: unit,
          stage: 'SIGNED',
          signedOn: '2024-01-02',
          landArea: '80',
        },
      },
    );
    const problem = await admin.ok<{ raiseProblem: { id: string } }>(
      'mutation($i: ProblemInput!) { raiseProblem(input: $i) { id } }',
      { i: { projectId: created.createProject.id, title: '用地', category: 'LAND', leadUnitId: unit } },
    );
    await admin.ok(
      'mutation($id: ID!) { setAgreement(projectId: $id, input: { landArea: "80", taxPerMu: "20" }) { landArea } }',
      {
        id: created.createProject.id,
      },
    );
    ids = [
      created.createProject.id,
      ...created.createProject.milestones.slice(0, 2).map((m) => m.id),
      problem.raiseProblem.id,
      unit,
      platform,
      t.users.promoter,
      t.users.leader,
    ];
  }, 120_000);
  afterAll(async () => {
    figure.save();
    await t.close();
  });

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0007b',
      '\ud800',
      "=cmd|'/C calc'!A0",
      "'; DROP TABLE projects; --",
      '😀'.repeat(50),
    ),
    fc.string({ minLength: 500, maxLength: 3000 }),
  );
  const decimal = fc.oneof(
    fc.constantFrom('0', '-1', '1e9', 'NaN', '99999999999', '0.00001', '1.23456', '10', '9.9999', '50', '１０', ' 5 '),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.integer().map(String),
    text,
  );
  const date = fc.oneof(
    fc.constantFrom('2024-02-30', '2024-13-01', '0000-01-01', '9999-12-31', '2024-2-1', '2100-01-01', '2023-06-01'),
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    text,
  );

  /** Any value for a GraphQL input type, mostly of the right shape, sometimes not. */
  function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    const inner = isNonNullType(type) ? type.ofType : type;
    const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), text, fc.constant({}), fc.constant([]));
    const maybeNull = (arb: fc.Arbitrary<unknown>) =>
      isNonNullType(type)
        ? fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: wrong })
        : fc.option(arb, { freq: 4 });
    if (isListType(inner))
      return maybeNull(fc.array(arbitraryOf(inner.ofType, depth + 1), { maxLength: depth > 1 ? 3 : 25 }));
    if (isEnumType(inner)) return maybeNull(fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), text));
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      return maybeNull(
        fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
          requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
        }),
      );
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'ID':
          return maybeNull(fc.oneof(fc.constantFrom(...ids), fc.uuid(), text));
        case 'Int':
          return maybeNull(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, 1.5, 2 ** 53)));
        case 'Float':
          return maybeNull(
            fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(91, -181, 1e308)),
          );
        case 'Boolean':
          return maybeNull(fc.boolean());
        case 'Date':
          return maybeNull(date);
        case 'Decimal':
          return maybeNull(decimal);
        default:
          return maybeNull(text);
      }
    }
    return wrong;
  }

  const typeName = (type: GraphQLInputType): string =>
    isNonNullType(type) ? `${typeName(type.ofType)}!` : isListType(type) ? `[${typeName(type.ofType)}]` : type.name;

  /** The mutation with every argument as a variable, selecting a scalar of its result when it has one. */
  function document(name: string, args: readonly GraphQLArgument[], resultType: ReturnType<typeof getNamedType>) {
    const vars = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
    const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isObjectType(resultType)
      ? ` { ${Object.values(resultType.getFields()).find((f) => isScalarType(getNamedType(f.type)) && f.args.length === 0)?.name ?? '__typename'} }`
      : '';
    return `mutation${vars ? `(${vars})` : ''} { ${name}${call ? `(${call})` : ''}${selection} }`;
  }

  // Signing out would end the session the rest of the run uses, and each backup writes an archive of
  // the whole database; neither takes any input to fuzz.
  const unfuzzed = new Set(['logout', 'startBackup']);
  const fuzzed = Object.values(mutationType.getFields()).filter((m) => !unfuzzed.has(m.name));

  it(`malformed documents: ${RUNS} broken operations, each answered 400 with its code, never a 5xx`, async () => {
    const documents = fuzzed.map((m) => document(m.name, m.args, getNamedType(m.type)));
    const broken = fc
      .tuple(
        fc.constantFrom(...documents),
        fc.nat(),
        fc.nat({ max: 8 }),
        fc.oneof(fc.constantFrom('}', '{', '(', ')', '$', '"', '...', '#', '@', ':', '!', '[', '\\'), text),
      )
      .map(([doc, at, cut, insert]) => {
        const i = at % (doc.length + 1);
        return doc.slice(0, i) + insert + doc.slice(i + cut);
      });
    await fc.assert(
      fc.asyncProperty(broken, async (query) => {
        const res = await admin.request('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        figure.add('fuzzInputs');
        if (res.status >= 500) figure.add('internalErrors');
        expect(res.status, `${query} → ${JSON.stringify(body)}`).toBeLessThan(500);
        const code = body.errors?.[0]?.extensions?.code;
        // A document that does not parse or validate is the client's error: 400, as GraphQL over HTTP says.
        if (code && /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/.test(code)) expect(res.status, query).toBe(400);
      }),
      { numRuns: RUNS, seed: 20221205 },
    );
  }, 600_000);

  for (const mutation of fuzzed) {
    it(`${mutation.name}: ${RUNS} inputs, no internal error, nothing changed when refused`, async () => {
      const doc = document(mutation.name, mutation.args, getNamedType(mutation.type));
      const variables = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, arbitraryOf(a.type)])));
      // Sign-in is fuzzed from a client of its own, which it may sign in as whoever the input names.
      const client = mutation.name === 'login' ? t.anonymous() : admin;
      // The database as it stands; only an accepted call may move it.
      let current = await fingerprint();
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const res = await client.request('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: doc, variables: vars }),
          });
          const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
          figure.add('fuzzInputs');
          const internal = (body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (internal.length || res.status >= 500) figure.add('internalErrors');
          expect(res.status, JSON.stringify(body)).toBeLessThan(500);
          expect(internal, JSON.stringify(vars).slice(0, 500)).toEqual([]);
          const after = await fingerprint();
          if (body.errors?.length) expect(after, 'the database changed on refusal').toBe(current);
          current = after;
        }),
        { numRuns: RUNS, seed: 20221205 },
      );
    }, 600_000);
  }
});
