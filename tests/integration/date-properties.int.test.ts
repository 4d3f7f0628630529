import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../web/src/lib/state/url-state.ts';
import { useBuilders } from '../helpers/builders.ts';
import { invalidIsoDate, validIsoDate } from '../helpers/date-arbitraries.ts';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * Property tests of dates end to end: any real date goes into Neo4j and comes back the same through GraphQL
 * (written by the builders, and through the API's own mutation); any other string is refused with
 * BAD_USER_INPUT, never a stack trace or a 5xx, whether it comes as a variable, a literal or from a link.
 */
const TOKEN = 'test-date-properties-token-0123456789';
const graph = useTestGraph({ adminToken: TOKEN });
const own = useBuilders(graph.db, 'test-dateprop-');
const admin = { authorization: `Bearer ${TOKEN}`, 'x-explorer-actor': 'date property tests' };
let run = 0;

const READ = `query($id: ID!) { entity(id: $id) { validFrom validTo relationships(direction: OUT) { validFrom validTo } } }`;

describe('a valid date', () => {
  it('is stored and read back unchanged, on an entity and a relationship, at either end', async () => {
    await fc.assert(
      fc.asyncProperty(validIsoDate, validIsoDate, async (d, e) => {
        const [from, to] = d <= e ? [d, e] : [e, d];
        const n = run++;
        const a = own.entity(`built-${n}-a`, { validFrom: from, validTo: to });
        const b = own.entity(`built-${n}-b`);
        await own.write({ entities: [a, b], relationships: [own.relationship(a, 'PART_OF', b, { validFrom: from, validTo: to })] });
        const { body } = await graph.gql(READ, { id: a.id });
        expect(body).toEqual({ data: { entity: { validFrom: from, validTo: to, relationships: [{ validFrom: from, validTo: to }] } } });
      }),
      { numRuns: 25 },
    );
  });

  it('goes in and comes out of the API unchanged: a mutation writes it, a query reads it, asOf takes it', async () => {
    const mutation = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id validFrom } }';
    await fc.assert(
      fc.asyncProperty(validIsoDate, async (d) => {
        const id = own.id(`edited-${run++}`);
        const input = { id, name: `Test Date Property ${id}`, kind: 'GROUP', description: 'Made by the date property test.', validFrom: d };
        const written = await graph.gql(mutation, { input }, admin);
        expect(written.body).toEqual({ data: { upsertEntity: { id, validFrom: d } } });
        // On its first day it is on the map of that day (the literal and the variable forms agree).
        const { body } = await graph.gql(
          `query($d: Date, $id: ID!) { entity(id: $id) { validFrom } byVariable: neighbourhood(id: $id, asOf: $d) { nodes { id } }
             byLiteral: neighbourhood(id: $id, asOf: ${JSON.stringify(d)}) { nodes { id } } }`,
          { d, id },
        );
        expect(body).toEqual({ data: { entity: { validFrom: d }, byVariable: { nodes: [{ id }] }, byLiteral: { nodes: [{ id }] } } });
      }),
      { numRuns: 15 },
    );
  });
});

describe('an invalid date', () => {
  const refused = (body: any, bad: unknown) => {
    expect(body.data?.graph, JSON.stringify(bad)).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/\.(?:ts|js|mjs|cjs):\d+:\d+/); // no stack trace
  };

  it('is refused with BAD_USER_INPUT as a variable, as a literal, in a mutation, and from a link', async () => {
    await fc.assert(
      fc.asyncProperty(invalidIsoDate, async (bad) => {
        // A variable that does not fit its type is a request error: 400, as GraphQL over HTTP has it.
        const asVariable = await graph.gql('query($d: Date) { graph(asOf: $d) { nodes { id } } }', { d: bad });
        expect(asVariable.status).toBe(400);
        refused(asVariable.body, bad);
        expect(asVariable.body.errors[0].message).toMatch(/Dates are written YYYY-MM-DD/);

        const asLiteral = await graph.gql(`{ graph(asOf: ${JSON.stringify(bad)}) { nodes { id } } }`);
        expect([200, 400]).toContain(asLiteral.status);
        refused(asLiteral.body, bad);

        const input = { id: own.id('refused'), name: 'Test Date Refused', kind: 'GROUP', description: 'Never written.', validFrom: bad };
        const edit = await graph.gql('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input }, admin);
        refused(edit.body, bad);

        // From a link: either the link reader drops it (and says so), or what it lets through the API refuses.
        const { view } = decodeView(`asOf=${encodeURIComponent(bad)}`);
        if (view.asOf !== null) refused((await graph.gql('query($d: Date) { graph(asOf: $d) { nodes { id } } }', { d: view.asOf })).body, bad);
      }),
      { numRuns: 60 },
    );
    expect((await graph.gql('{ entity(id: "test-dateprop-refused") { id } }')).body).toEqual({ data: { entity: null } });
  });

  it('that is not a string at all (a number, true, a list, an object) is refused the same way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 })), async (bad) => {
        const { status, body } = await graph.gql('query($d: Date) { graph(asOf: $d) { nodes { id } } }', { d: bad });
        expect(status).toBe(400);
        refused(body, bad);
      }),
      { numRuns: 40 },
    );
  });
});
