import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { seededState } from '../helpers/seeded.ts';

/**
 * Property tests: whatever is thrown at the API (random documents, variables, dates, ids, huge strings), the
 * answer is a 200 or 400 with GraphQL errors or data, never a 5xx, never a stack trace, and the data is intact.
 */
// Random paths between real entities can be costly: a short transaction timeout keeps the runs moving (a
// QUERY_TIMEOUT is one of the coded answers allowed).
const graph = useTestGraph({ adminToken: 'fuzz-admin-token-0123456789', queryTimeoutMs: 1000 });
const own = useBuilders(graph.db, 'test-fuzz-');
/** Edits sent here say who they are from, so the change log tells this file's writes from other files'. */
const ADMIN = { authorization: 'Bearer fuzz-admin-token-0123456789', 'x-explorer-actor': 'fuzz tests' };
const seen = new Map<string, number>();

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await graph.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text };
}

/** Codes an answer to a bad request may carry: each one something a client can act on. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'UNAUTHENTICATED', 'QUERY_TIMEOUT',
  'MAX_DEPTH_EXCEEDED', 'MAX_ALIASES_EXCEEDED', 'MAX_TOKENS_EXCEEDED', 'MAX_DIRECTIVES_EXCEEDED', 'COST_LIMIT_EXCEEDED',
]);

/**
 * A 200 or 400 whose body is JSON with data or errors, every error with a message and one of the codes above:
 * never an empty body, a stack trace, or a masked "Unexpected error." (which would be a bug behind it).
 */
function expectWellFormed({ status, text }: { status: number; text: string }) {
  expect([200, 400]).toContain(status);
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: unknown; extensions?: { code?: unknown } }[] };
  expect(body.errors !== undefined || body.data !== undefined, text.slice(0, 300)).toBe(true);
  for (const e of body.errors ?? []) {
    expect(typeof e.message, text.slice(0, 300)).toBe('string');
    expect(e.message).not.toBe('Unexpected error.');
    expect(CLIENT_CODES.has(String(e.extensions?.code)), text.slice(0, 300)).toBe(true);
    seen.set(String(e.extensions?.code), (seen.get(String(e.extensions?.code)) ?? 0) + 1);
  }
  if (body.errors === undefined) seen.set('data', (seen.get('data') ?? 0) + 1);
}

/** Change records of edits this file sent: none may come from a refused one. */
const fuzzChanges = async () =>
  (await graph.db.read<{ n: number }>("MATCH (c:Change {actor: 'fuzz tests'}) RETURN count(c) AS n"))[0]!.n;

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom("'; MATCH (n) DETACH DELETE n //", '`) DETACH DELETE n', '\\u0000', '${x}', '*', '~', 'AND OR NOT', '"', '{}', '[]'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
const maybeDate = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

describe('fuzzing the API', () => {
  it('survives random documents', async () => {
    const before = await seededState(graph.wholeStore);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), nasty), async (doc) => {
        expectWellFormed(await post(JSON.stringify({ query: doc })));
      }),
      { numRuns: 150 },
    );
    expect(await seededState(graph.wholeStore)).toEqual(before);
  });

  it('survives random arguments to every root field', async () => {
    const before = await seededState(graph.wholeStore);
    const query = `query($id: ID!, $to: ID!, $text: String!, $d: Date, $n: Int, $types: [RelationshipType!], $kinds: [EntityKind!]) {
      entity(id: $id) { id }
      search(text: $text, limit: $n, kinds: $kinds) { id }
      neighbourhood(id: $id, depth: $n, types: $types, asOf: $d) { nodes { id } }
      paths(from: $id, to: $to, maxLength: $n, asOf: $d, types: $types) { length }
      overseers(id: $id, transitive: true, asOf: $d) { id }
      funders(id: $id, asOf: $d) { id }
      graph(asOf: $d, kinds: $kinds, types: $types) { nodes { id } }
    }`;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.oneof(nasty, fc.constantFrom('nhs-england', 'monitor', 'RAJ')),
          text: nasty,
          to: fc.oneof(nasty, fc.constantFrom('southend-university-hospital-nhs-foundation-trust', 'nhs-england')),
          d: maybeDate,
          n: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(2 ** 40), fc.constant(null), fc.double()),
          types: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('OVERSEES', 'FUNDS', 'NOPE', 'PART_OF'), { maxLength: 3 })),
          kinds: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('TRUST', 'CCG', 'HOSPITAL'), { maxLength: 2 })),
        }),
        async (variables) => {
          expectWellFormed(await post(JSON.stringify({ query, variables })));
        },
      ),
      { numRuns: 80 },
    );
    expect(await seededState(graph.wholeStore)).toEqual(before);
  }, 120_000);

  it('survives random variables and bodies that are not GraphQL requests', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.string({ maxLength: 200 }), async (variables, raw) => {
        expectWellFormed(await post(JSON.stringify({ query: '{ sources { id } }', variables })));
        expectWellFormed(await post(raw));
        expectWellFormed(await post(JSON.stringify(variables)));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses random edits without writing, and stores accepted strange strings verbatim', async () => {
    const before = await seededState(graph.wholeStore);
    const mutation = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name description } }';
    await fc.assert(
      fc.asyncProperty(anyJson, async (input) => {
        expectWellFormed(await post(JSON.stringify({ query: mutation, variables: { input } }), ADMIN));
      }),
      { numRuns: 60 },
    );
    expect(await fuzzChanges()).toBe(0);
    expect(await seededState(graph.wholeStore)).toEqual(before);

    const strange = "Robert'); MATCH (n) DETACH DELETE n; // \u{1F3E5} <script>alert(1)</script>";
    const res = await post(
      JSON.stringify({ query: mutation, variables: { input: { id: own.id('strange'), name: 'Test Fuzz Strange Body', kind: 'GROUP', description: strange } } }),
      ADMIN,
    );
    expect(JSON.parse(res.text).data.upsertEntity).toEqual({ id: own.id('strange'), name: 'Test Fuzz Strange Body', description: strange });
    // The entity and its change record, nothing else touched.
    expect(await own.count()).toEqual({ entities: 1, relationships: 0, sources: 0, changes: 1 });
    expect(await fuzzChanges()).toBe(1);
    expect(await seededState(graph.wholeStore)).toEqual(before);
  });

  it('met the answers it is meant to: data, and refusals of each kind', () => {
    // Guards the properties above against passing vacuously (say, every request refused the same way).
    for (const code of ['data', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']) {
      expect(seen.get(code) ?? 0, `${code} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    }
  });
});
