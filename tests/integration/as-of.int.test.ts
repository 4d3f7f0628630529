import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBuilders } from '../helpers/builders.ts';
import { dayToIso } from '../helpers/date-arbitraries.ts';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * The as-of filter as a property: an entity or relationship is in graph(asOf: D) and in a neighbourhood on D
 * exactly when D lies in its [validFrom, validTo] (either end open), checked against a plain reference on
 * intervals and dates drawn around their ends (the day before, the day, the day after).
 */
const graph = useTestGraph();
const own = useBuilders(graph.db, 'test-asof-');

interface Interval {
  from: number | null;
  to: number | null;
}

/** An interval of days, either end open, never ending before it starts. */
const interval: fc.Arbitrary<Interval> = fc
  .record({ a: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }), b: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }) })
  .map(({ a, b }) => (a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b }));

/** Three intervals (the entity asked about, its neighbour, the relationship) and a day near one of their ends. */
const scenario = fc.record({ center: interval, neighbour: interval, link: interval }).chain((s) => {
  const ends = [s.center, s.neighbour, s.link].flatMap((i) => [i.from, i.to]).filter((d): d is number => d !== null);
  const near = ends.flatMap((d) => [d - 1, d, d + 1]);
  return fc.record({ ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, fc.constant(v)])), day: near.length ? fc.oneof(fc.constantFrom(...near), fc.integer({ min: -5, max: 305 })) : fc.integer({ min: -5, max: 305 }) }) as fc.Arbitrary<typeof s & { day: number }>;
});

/** The reference: D in [from, to], either end open. */
const holds = (i: Interval, day: number) => (i.from === null || i.from <= day) && (i.to === null || i.to >= day);
const dated = (i: Interval) => i.from !== null || i.to !== null;
const iso = (d: number | null) => (d === null ? null : dayToIso(d));

let run = 0;

describe('the as-of filter', () => {
  it('puts an entity or relationship on the map of a day exactly when the day is in its interval', async () => {
    const seen = { centerIn: 0, centerOut: 0, linkIn: 0, linkOut: 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async ({ center, neighbour, link, day }) => {
        const n = run++;
        const c = own.entity(`r${n}-center`, { validFrom: iso(center.from), validTo: iso(center.to) });
        const o = own.entity(`r${n}-neighbour`, { validFrom: iso(neighbour.from), validTo: iso(neighbour.to) });
        const r = own.relationship(c, 'PART_OF', o, { validFrom: iso(link.from), validTo: iso(link.to) });
        await own.write({ entities: [c, o], relationships: [r] });
        const { body } = await graph.gql(
          // Groups only (what the builders make), so each snapshot stays small however big the seeded graph grows.
          `query($d: Date!, $id: ID!) { graph(asOf: $d, kinds: [GROUP]) { nodes { id } edges { id } }
             neighbourhood(id: $id, asOf: $d) { nodes { id } edges { id } } }`,
          { d: dayToIso(day), id: c.id },
        );
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        const mine = (xs: { id: string }[]) => xs.map((x) => x.id).filter((id) => id.startsWith(own.id(`r${n}-`))).sort();

        // The reference. The relationship counts when it and both its ends hold on the day. A dated entity is
        // there when it holds; an undated one (a person, a place) only through a relationship that does.
        const linked = holds(link, day) && holds(center, day) && holds(neighbour, day);
        const onMap = (i: Interval) => holds(i, day) && (dated(i) || linked);
        const nodes = [onMap(center) ? c.id : null, onMap(neighbour) ? o.id : null].filter((x): x is string => x !== null).sort();
        expect(mine(body.data.graph.nodes), 'graph nodes').toEqual(nodes);
        expect(mine(body.data.graph.edges), 'graph edges').toEqual(linked ? [r.id] : []);
        // The neighbourhood of the centre: its neighbour and the relationship exactly when the relationship counts.
        expect(mine(body.data.neighbourhood.edges), 'neighbourhood edges').toEqual(linked ? [r.id] : []);
        expect(mine(body.data.neighbourhood.nodes).filter((id) => id !== c.id), 'neighbourhood neighbours').toEqual(linked ? [o.id] : []);
        // The entity asked about is in its own neighbourhood on any day (the schema: "the entity and everything
        // within depth hops"); only what lies around it is filtered by the date.
        expect(mine(body.data.neighbourhood.nodes).includes(c.id), 'neighbourhood centre').toBe(true);
        seen[holds(center, day) ? 'centerIn' : 'centerOut']++;
        seen[linked ? 'linkIn' : 'linkOut']++;
      }),
      { numRuns: 40 },
    );
    // The runs met both answers, for the entity and for the relationship.
    expect(Math.min(...Object.values(seen)), JSON.stringify(seen)).toBeGreaterThan(0);
  });
});
