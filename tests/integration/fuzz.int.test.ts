import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * Property tests: whatever is thrown at the API (random documents, variables, dates, ids, huge strings), the
 * answer is a 200 or 400 with GraphQL errors or data, never a 5xx, never a stack trace, and the data is intact.
 */
const graph = useTestGraph({ adminToken: 'fuzz-admin-token-0123456789' });

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await graph.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text };
}

function expectWellFormed({ status, text }: { status: number; text: string }) {
  expect([200, 400, 413, 415]).toContain(status);
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  if (text) {
    const body = JSON.parse(text);
    expect(body.errors !== undefined || body.data !== undefined).toBe(true);
    for (const e of body.errors ?? []) expect(typeof e.extensions?.code === 'string' || typeof e.message === 'string').toBe(true);
  }
}

const counts = async () =>
  (await graph.db.read<{ n: number; r: number }>('CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r'))[0];

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
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), nasty), async (doc) => {
        expectWellFormed(await post(JSON.stringify({ query: doc })));
      }),
      { numRuns: 150 },
    );
    expect(await counts()).toEqual(before);
  });

  it('survives random arguments to every root field', async () => {
    const before = await counts();
    const query = `query($id: ID!, $text: String!, $d: Date, $n: Int, $types: [RelationshipType!], $kinds: [EntityKind!]) {
      entity(id: $id) { id }
      search(text: $text, limit: $n, kinds: $kinds) { id }
      neighbourhood(id: $id, depth: $n, types: $types, asOf: $d) { nodes { id } }
      paths(from: $id, to: $text, maxLength: $n, asOf: $d, types: $types) { length }
      overseers(id: $id, transitive: true, asOf: $d) { id }
      funders(id: $id, asOf: $d) { id }
      graph(asOf: $d, kinds: $kinds, types: $types) { nodes { id } }
    }`;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.oneof(nasty, fc.constantFrom('nhs-england', 'monitor', 'RAJ')),
          text: nasty,
          d: maybeDate,
          n: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(2 ** 40), fc.constant(null), fc.double()),
          types: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('OVERSEES', 'FUNDS', 'NOPE', 'PART_OF'), { maxLength: 3 })),
          kinds: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('TRUST', 'CCG', 'HOSPITAL'), { maxLength: 2 })),
        }),
        async (variables) => {
          expectWellFormed(await post(JSON.stringify({ query, variables })));
        },
      ),
      { numRuns: 120 },
    );
    expect(await counts()).toEqual(before);
  });

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
    const before = await counts();
    const mutation = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name description } }';
    await fc.assert(
      fc.asyncProperty(anyJson, async (input) => {
        expectWellFormed(await post(JSON.stringify({ query: mutation, variables: { input } }), { authorization: 'Bearer fuzz-admin-token-0123456789' }));
      }),
      { numRuns: 60 },
    );
    expect(await counts()).toEqual(before);

    const strange = "Robert'); MATCH (n) DETACH DELETE n; // \u{1F3E5} <script>alert(1)</script>";
    const res = await post(
      JSON.stringify({ query: mutation, variables: { input: { id: 'test-fuzz-strange', name: 'Test Fuzz Strange Body', kind: 'GROUP', description: strange } } }),
      { authorization: 'Bearer fuzz-admin-token-0123456789' },
    );
    expect(JSON.parse(res.text).data.upsertEntity).toEqual({ id: 'test-fuzz-strange', name: 'Test Fuzz Strange Body', description: strange });
    const after = await counts();
    expect(after!.n).toBe(before!.n + 2); // the entity and its change record, nothing else touched
    expect(after!.r).toBe(before!.r);
    await graph.db.write("MATCH (n:Entity {id: 'test-fuzz-strange'}) DETACH DELETE n");
    await graph.db.write("MATCH (c:Change {targetId: 'test-fuzz-strange'}) DELETE c");
  });
});
