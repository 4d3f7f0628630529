import { beforeAll, describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';

/** Every root field through the app, against the real seeded Neo4j. */
const graph = useTestGraph();

const ENTITY = 'id name kind aliases description odsCode validFrom validTo';
const EDGE = 'id type from { id name } to { id name } validFrom validTo note confidence sources { id title url publisher published quote }';

/** Looks an entity up by its exact name, as a user would find it. */
async function idOf(name: string): Promise<string> {
  const { body } = await graph.gql<{ search: { id: string; name: string }[] }>(
    'query($t: String!) { search(text: $t, limit: 5) { id name } }',
    { t: name },
  );
  const hit = body.data?.search.find((e) => e.name === name);
  if (!hit) throw new Error(`no entity named ${name}: ${JSON.stringify(body)}`);
  return hit.id;
}

let ids: Record<string, string>;
beforeAll(async () => {
  const names = {
    nhsEngland: 'NHS England',
    nhsi: 'NHS Improvement',
    monitor: 'Monitor',
    tda: 'NHS Trust Development Authority',
    regime: 'Mid and South Essex Success Regime',
    southend: 'Southend University Hospital NHS Foundation Trust',
  };
  ids = Object.fromEntries(await Promise.all(Object.entries(names).map(async ([k, n]) => [k, await idOf(n)])));
});

describe('entity', () => {
  it('returns an entity with its plain-language description and sources', async () => {
    const { status, body } = await graph.gql(`query($id: ID!) { entity(id: $id) { ${ENTITY} sources { title } } }`, { id: ids.nhsi });
    expect(status).toBe(200);
    expect(body.data.entity).toMatchObject({ name: 'NHS Improvement', validFrom: '2016-04-01', validTo: '2022-06-30' });
    expect(body.data.entity.description.length).toBeGreaterThan(20);
    expect(body.data.entity.aliases).toContain('NHSI');
  });

  it('returns null for an unknown id', async () => {
    const { body } = await graph.gql('{ entity(id: "no-such-entity") { id } }');
    expect(body).toEqual({ data: { entity: null } });
  });

  it('lists relationships both ways, filtered by direction, type and date', async () => {
    const { body } = await graph.gql(
      `query($id: ID!) { entity(id: $id) {
          in: relationships(direction: IN, types: [OVERSEES]) { ${EDGE} }
          early: relationships(direction: IN, types: [OVERSEES], asOf: "2015-12-01") { from { name } }
          out: relationships(direction: OUT) { type }
      } }`,
      { id: ids.regime },
    );
    const overseers = body.data.entity.in.map((r: any) => r.from.name);
    expect(overseers).toEqual(expect.arrayContaining(['NHS England', 'NHS Improvement']));
    expect(body.data.entity.in.every((r: any) => r.to.id === ids.regime && r.type === 'OVERSEES')).toBe(true);
    expect(body.data.entity.early.map((r: any) => r.from.name)).not.toContain('NHS Improvement');
    expect(body.data.entity.out.map((r: any) => r.type)).toContain('PART_OF');
  });
});

describe('the seed documents', () => {
  it('hold "NHS England and NHS Improvement oversee the Mid and South Essex Success Regime" with its quote', async () => {
    const { body } = await graph.gql(`query($id: ID!) { entity(id: $id) { relationships(direction: IN, types: [OVERSEES]) { ${EDGE} } } }`, {
      id: ids.regime,
    });
    const quotes = body.data.entity.relationships.flatMap((r: any) => r.sources.map((s: any) => s.quote));
    expect(quotes).toContain('NHS England and NHS Improvement oversee the Mid and South Essex Success Regime.');
  });

  it('say Monitor investigated Southend’s finances', async () => {
    const { body } = await graph.gql(`query($id: ID!) { entity(id: $id) { relationships(direction: IN, types: [INVESTIGATES]) { ${EDGE} } } }`, {
      id: ids.southend,
    });
    const investigation = body.data.entity.relationships.find((r: any) => r.sources.some((s: any) => s.quote));
    expect(investigation.from.name).toBe('Monitor');
    expect(investigation.sources.map((s: any) => s.quote).join(' ')).toMatch(/Southend University Hospital NHS Foundation Trust’s finances/);
  });

  it('name the Success Regime as a collaboration of the TDA, Monitor and NHS England', async () => {
    const { body } = await graph.gql(`{ search(text: "Success Regime", kinds: [PROGRAMME], limit: 10) { id name relationships(direction: IN) { type from { name } sources { quote } } } }`);
    const regime = body.data.search.find((e: any) => e.name === 'Success Regime');
    expect(regime).toBeDefined();
    const partners = regime.relationships.filter((r: any) => r.sources.some((s: any) => /collaboration between Trust Development Authority, Monitor and NHS England/.test(s.quote ?? '')));
    expect(partners.map((r: any) => r.from.name).sort()).toEqual(['Monitor', 'NHS England', 'NHS Trust Development Authority']);
  });
});

describe('search', () => {
  it('finds by name, acronym, ODS code and despite a typo, best match first', async () => {
    const { body } = await graph.gql(`{
      name: search(text: "NHS Improvement") { name }
      acronym: search(text: "TDA") { name }
      nhsi: search(text: "nhsi") { name }
      ods: search(text: "RAJ") { name odsCode }
      typo: search(text: "Southnd Univrsity") { name }
      kinds: search(text: "Essex", kinds: [CCG]) { kind }
      limited: search(text: "NHS", limit: 3) { id }
      blank: search(text: "  ") { id }
    }`);
    expect(body.data.name[0].name).toBe('NHS Improvement');
    expect(body.data.acronym[0].name).toBe('NHS Trust Development Authority');
    expect(body.data.nhsi[0].name).toBe('NHS Improvement');
    // RAJ was Southend's code; Mid and South Essex NHS Foundation Trust has held it since the 2020 merger.
    expect(body.data.ods[0]).toEqual({ name: 'Mid and South Essex NHS Foundation Trust', odsCode: 'RAJ' });
    expect(body.data.typo[0].name).toBe('Southend University Hospital NHS Foundation Trust');
    expect(body.data.kinds.length).toBeGreaterThan(0);
    expect(body.data.kinds.every((e: any) => e.kind === 'CCG')).toBe(true);
    expect(body.data.limited).toHaveLength(3);
    expect(body.data.blank).toEqual([]);
  });

  it('returns a Cypher-looking string as a plain search, changing nothing', async () => {
    const before = await graph.gql('{ graph { nodes { id } edges { id } } }');
    const { status, body } = await graph.gql('query($t: String!) { search(text: $t) { id } }', { t: "x'}) MATCH (n) DETACH DELETE n //" });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const after = await graph.gql('{ graph { nodes { id } edges { id } } }');
    expect(after.body.data.graph.nodes.length).toBe(before.body.data.graph.nodes.length);
    expect(after.body.data.graph.edges.length).toBe(before.body.data.graph.edges.length);
  });
});

describe('neighbourhood', () => {
  it('returns the entity and its neighbours with the edges between them', async () => {
    const { body } = await graph.gql(`query($id: ID!) { neighbourhood(id: $id) { nodes { id name } edges { id from { id } to { id } } } }`, { id: ids.regime });
    const { nodes, edges } = body.data.neighbourhood;
    const nodeIds = new Set(nodes.map((n: any) => n.id));
    expect(nodeIds.has(ids.regime)).toBe(true);
    expect(nodeIds.has(ids.nhsEngland)).toBe(true);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(nodeIds.has(e.from.id) && nodeIds.has(e.to.id)).toBe(true);
      expect([e.from.id, e.to.id]).toContain(ids.regime);
    }
  });

  it('goes deeper with depth and respects direction, types and date', async () => {
    const { body } = await graph.gql(
      `query($id: ID!) {
        one: neighbourhood(id: $id, depth: 1) { nodes { id } }
        two: neighbourhood(id: $id, depth: 2) { nodes { id } }
        up: neighbourhood(id: $id, depth: 3, direction: IN, types: [OVERSEES]) { nodes { name } edges { type to { id } } }
        in2015: neighbourhood(id: $id, depth: 2, asOf: "2015-10-01") { nodes { name } }
      }`,
      { id: ids.regime },
    );
    expect(body.data.two.nodes.length).toBeGreaterThan(body.data.one.nodes.length);
    expect(body.data.up.edges.every((e: any) => e.type === 'OVERSEES')).toBe(true);
    expect(body.data.up.nodes.map((n: any) => n.name)).toEqual(expect.arrayContaining(['NHS England', 'NHS Improvement']));
    expect(body.data.in2015.nodes.map((n: any) => n.name)).not.toContain('NHS Improvement');
  });

  it('is empty for an unknown id', async () => {
    const { body } = await graph.gql('{ neighbourhood(id: "no-such-entity") { nodes { id } edges { id } } }');
    expect(body.data.neighbourhood).toEqual({ nodes: [], edges: [] });
  });
});

describe('paths', () => {
  it('connects NHS England to Southend University Hospital, in order', async () => {
    const { body } = await graph.gql(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id name } edges { ${EDGE} } } }`, {
      a: ids.nhsEngland,
      b: ids.southend,
    });
    const paths = body.data.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0].id).toBe(ids.nhsEngland);
      expect(p.nodes.at(-1).id).toBe(ids.southend);
      expect(p.edges).toHaveLength(p.length);
      p.edges.forEach((e: any, i: number) => {
        expect([e.from.id, e.to.id].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
        expect(e.sources.length).toBeGreaterThan(0);
      });
    }
  });

  it('filters by type and honours maxLength', async () => {
    const { body } = await graph.gql(`query($a: ID!, $b: ID!) {
      onlyLeads: paths(from: $a, to: $b, types: [LEADS]) { length }
      short: paths(from: $a, to: $b, maxLength: 1) { length }
      same: paths(from: $a, to: $a) { length nodes { id } }
    }`, { a: ids.nhsEngland, b: ids.southend });
    expect(body.data.onlyLeads).toEqual([]);
    expect(body.data.short).toEqual([]);
    expect(body.data.same).toEqual([{ length: 0, nodes: [{ id: ids.nhsEngland }] }]);
  });
});

describe('overseers and funders', () => {
  it('answer "who oversees the Mid and South Essex Success Regime?", by date', async () => {
    const { body } = await graph.gql(`query($id: ID!) {
      now: overseers(id: $id) { name }
      in2015: overseers(id: $id, asOf: "2015-10-01") { name }
      chain: overseers(id: $id, transitive: true) { name }
      funders: funders(id: $id) { name }
    }`, { id: ids.regime });
    expect(body.data.now.map((e: any) => e.name).sort()).toEqual(['NHS England', 'NHS Improvement']);
    expect(body.data.in2015.map((e: any) => e.name)).toEqual(['NHS England']);
    expect(body.data.chain.length).toBeGreaterThan(body.data.now.length);
    expect(body.data.chain.slice(0, 2).map((e: any) => e.name).sort()).toEqual(['NHS England', 'NHS Improvement']);
    expect(body.data.funders.map((e: any) => e.name)).toContain('NHS England');
  });
});

describe('graph snapshots', () => {
  it('show NHS Improvement only from April 2016', async () => {
    const { body } = await graph.gql(`{
      y2015: graph(asOf: "2015-06-01") { nodes { name } }
      y2017: graph(asOf: "2017-06-01") { nodes { name } edges { from { id } to { id } } }
      all: graph { nodes { id } }
      trusts: graph(kinds: [TRUST], types: [MERGED_INTO]) { nodes { kind } edges { type } }
    }`);
    expect(body.data.y2015.nodes.map((n: any) => n.name)).not.toContain('NHS Improvement');
    expect(body.data.y2017.nodes.map((n: any) => n.name)).toContain('NHS Improvement');
    expect(body.data.all.nodes.length).toBeGreaterThan(body.data.y2017.nodes.length);
    const present = new Set(body.data.y2017.nodes.map((n: any) => n.name));
    expect(present.size).toBe(body.data.y2017.nodes.length);
    expect(body.data.trusts.nodes.every((n: any) => n.kind === 'TRUST')).toBe(true);
    expect(body.data.trusts.edges.every((e: any) => e.type === 'MERGED_INTO')).toBe(true);
  });

  it('cite a source for every relationship', async () => {
    const { body } = await graph.gql('{ graph { edges { id sources { id title } } } }');
    const unsourced = body.data.graph.edges.filter((e: any) => e.sources.length === 0).map((e: any) => e.id);
    expect(unsourced).toEqual([]);
  });
});

describe('sources', () => {
  it('lists every cited document with a title', async () => {
    const { body } = await graph.gql('{ sources { id title url publisher published } }');
    expect(body.data.sources.length).toBeGreaterThan(5);
    expect(body.data.sources.every((s: any) => s.title.length > 0)).toBe(true);
    expect(body.data.sources.map((s: any) => s.title)).toContain('Essex to benefit from success regime');
  });
});

describe('bad arguments', () => {
  it.each([
    ['depth above 4', '{ neighbourhood(id: "x", depth: 5) { nodes { id } } }', 'depth'],
    ['maxLength above 10', '{ paths(from: "a", to: "b", maxLength: 11) { length } }', 'maxLength'],
    ['limit of 0', '{ search(text: "nhs", limit: 0) { id } }', 'limit'],
    ['a huge id', `{ entity(id: "${'x'.repeat(500)}") { id } }`, 'id'],
  ])('%s gets BAD_USER_INPUT naming the argument', async (_, query, argument) => {
    const { status, body } = await graph.gql(query);
    expect(status).toBe(200);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([
    ['an impossible date', '{ graph(asOf: "2015-02-30") { nodes { id } } }'],
    ['a date in the wrong form', '{ graph(asOf: "01/04/2016") { nodes { id } } }'],
    ['a number for a date', '{ graph(asOf: 2016) { nodes { id } } }'],
  ])('%s gets BAD_USER_INPUT', async (_, query) => {
    const { body } = await graph.gql(query);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/YYYY-MM-DD/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a malformed date in variables gets BAD_USER_INPUT', async () => {
    const { body } = await graph.gql('query($d: Date) { graph(asOf: $d) { nodes { id } } }', { d: 'yesterday' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
