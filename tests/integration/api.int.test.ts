import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../seed/load.ts';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** Every root field through the app, against the real seeded Neo4j. */
const graph = useTestGraph();
const build = useBuilders(graph.db, 'test-api-');

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
          out: relationships(direction: OUT) { type to { name } }
      } }`,
      { id: ids.regime },
    );
    const overseers = body.data.entity.in.map((r: any) => [r.from.name, r.type, r.to.id]).sort();
    expect(overseers).toEqual([
      ['NHS England', 'OVERSEES', ids.regime],
      ['NHS Improvement', 'OVERSEES', ids.regime],
    ]);
    expect(body.data.entity.early.map((r: any) => r.from.name)).toEqual(['NHS England']);
    expect(body.data.entity.out.map((r: any) => `${r.type} ${r.to.name}`).sort()).toEqual([
      'COVERS Essex',
      'COVERS Mid and south Essex',
      'LEADS Mid and South Essex Sustainability and Transformation Plan',
      'PART_OF Success Regime',
    ]);
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
    expect(regime?.name).toBe('Success Regime');
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
      kinds: search(text: "Essex", kinds: [CCG]) { name kind }
      limited: search(text: "NHS", limit: 3) { id }
      blank: search(text: "  ") { id }
    }`);
    expect(body.data.name[0].name).toBe('NHS Improvement');
    expect(body.data.acronym[0].name).toBe('NHS Trust Development Authority');
    expect(body.data.nhsi[0].name).toBe('NHS Improvement');
    // RAJ was Southend's code; Mid and South Essex NHS Foundation Trust has held it since the 2020 merger.
    expect(body.data.ods[0]).toEqual({ name: 'Mid and South Essex NHS Foundation Trust', odsCode: 'RAJ' });
    expect(body.data.typo[0].name).toBe('Southend University Hospital NHS Foundation Trust');
    // Every Essex CCG (the names that hold "Essex" and the ones found by what they cover), and only CCGs.
    const essexCcgs = ['NHS Basildon and Brentwood CCG', 'NHS Castle Point and Rochford CCG', 'NHS Mid Essex CCG', 'NHS North East Essex CCG', 'NHS Southend CCG', 'NHS Thurrock CCG', 'NHS West Essex CCG'];
    expect(body.data.kinds.map((e: any) => e.name)).toEqual(expect.arrayContaining(essexCcgs));
    expect(body.data.kinds.filter((e: any) => e.kind !== 'CCG')).toEqual([]);
    expect(body.data.limited).toHaveLength(3);
    expect(body.data.blank).toEqual([]);
  });

  it('returns a Cypher-looking string as a plain search, changing nothing', async () => {
    const a = build.entity('bystander-a');
    const b = build.entity('bystander-b');
    await build.write({ entities: [a, b], relationships: [build.relationship(a, 'PART_OF', b)] });
    const before = await build.count();
    const { status, body } = await graph.gql('query($t: String!) { search(text: $t) { id } }', { t: "x'}) MATCH (n) DETACH DELETE n //" });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { search: [] } });
    expect(await build.count()).toEqual(before);
    expect(before).toEqual({ entities: 2, relationships: 1, sources: 1, changes: 0 });
    expect((await graph.gql(`{ entity(id: "${ids.nhsEngland}") { name } }`)).body.data.entity).toEqual({ name: 'NHS England' });
  });
});

describe('neighbourhood', () => {
  it('returns the entity and its neighbours with the edges between them', async () => {
    const { body } = await graph.gql(
      `query($id: ID!) { neighbourhood(id: $id) { nodes { id name } edges { id from { id } to { id } } }
         entity(id: $id) { relationships { id from { id } to { id } } } }`,
      { id: ids.regime },
    );
    const { nodes, edges } = body.data.neighbourhood;
    const nodeIds = new Set(nodes.map((n: any) => n.id));
    expect(nodeIds.has(ids.regime)).toBe(true);
    expect(nodeIds.has(ids.nhsEngland)).toBe(true);
    // One hop: exactly the entity's own relationships, and the entities at their other ends.
    const own = body.data.entity.relationships;
    expect(edges.map((e: any) => e.id).sort()).toEqual(own.map((r: any) => r.id).sort());
    expect([...nodeIds].sort()).toEqual([...new Set([ids.regime, ...own.flatMap((r: any) => [r.from.id, r.to.id])])].sort());
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
        up: neighbourhood(id: $id, depth: 3, direction: IN, types: [OVERSEES]) { nodes { name } edges { type from { name } to { name } } }
        in2015: neighbourhood(id: $id, depth: 2, asOf: "2015-10-01") { nodes { name } }
      }`,
      { id: ids.regime },
    );
    expect(body.data.two.nodes.length).toBeGreaterThan(body.data.one.nodes.length);
    // Upwards through oversight only: the regime's two overseers. Both are hubs (they oversee every trust or ICB),
    // so the neighbourhood reaches them but goes no further: the department above NHS England is not in it.
    expect(body.data.up.nodes.map((n: any) => n.name).sort()).toEqual(['Mid and South Essex Success Regime', 'NHS England', 'NHS Improvement']);
    expect(body.data.up.edges.map((e: any) => `${e.from.name} ${e.type} ${e.to.name}`).sort()).toEqual([
      'NHS England OVERSEES Mid and South Essex Success Regime',
      'NHS Improvement OVERSEES Mid and South Essex Success Regime',
    ]);
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
    // Over all dates, five two-step routes: through Monitor and NHS Improvement, each of which oversaw the trust;
    // through the two regions it lay in (Midlands and East to 2018, then East of England); through its successor.
    expect(paths.map((p: any) => p.nodes.map((n: any) => n.name).join(' / ')).sort()).toEqual([
      'NHS England / Mid and South Essex NHS Foundation Trust / Southend University Hospital NHS Foundation Trust',
      'NHS England / Monitor / Southend University Hospital NHS Foundation Trust',
      'NHS England / NHS England East of England / Southend University Hospital NHS Foundation Trust',
      'NHS England / NHS England Midlands and East / Southend University Hospital NHS Foundation Trust',
      'NHS England / NHS Improvement / Southend University Hospital NHS Foundation Trust',
    ]);
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
      trusts: graph(kinds: [TRUST], types: [MERGED_INTO]) { nodes { name kind } edges { type from { name } to { name } } }
    }`);
    expect(body.data.y2015.nodes.map((n: any) => n.name)).toEqual(expect.arrayContaining(['Monitor', 'NHS Trust Development Authority']));
    expect(body.data.y2015.nodes.map((n: any) => n.name)).not.toContain('NHS Improvement');
    expect(body.data.y2017.nodes.map((n: any) => n.name)).toContain('NHS Improvement');
    const present = new Set(body.data.y2017.nodes.map((n: any) => n.name));
    expect(present.size).toBe(body.data.y2017.nodes.length);
    // Trusts only, and of their relationships only mergers: the three Essex acute trusts' merger among them.
    expect(body.data.trusts.nodes.filter((n: any) => n.kind !== 'TRUST')).toEqual([]);
    expect(body.data.trusts.edges.filter((e: any) => e.type !== 'MERGED_INTO')).toEqual([]);
    expect(body.data.trusts.edges.map((e: any) => `${e.from.name} -> ${e.to.name}`)).toEqual(
      expect.arrayContaining([
        'Basildon and Thurrock University Hospitals NHS Foundation Trust -> Mid and South Essex NHS Foundation Trust',
        'Mid Essex Hospital Services NHS Trust -> Mid and South Essex NHS Foundation Trust',
      ]),
    );
  });

  it('answer a map\'s question (no sources or premises) with the same entities and relationships as a full one', async () => {
    const fields = `nodes { ${ENTITY} } edges { id type from { id name } to { id } validFrom validTo note confidence basis rule { id name } sourceCount }`;
    for (const asOf of [null, '2016-06-01']) {
      const { body } = await graph.gql(
        `query($d: Date) { map: graph(asOf: $d) { ${fields} } full: graph(asOf: $d) { ${fields} edges { premises sources { id } } } }`,
        { d: asOf },
      );
      const { map, full } = body.data;
      expect(map.nodes.length).toBeGreaterThan(700);
      expect(map.nodes).toEqual(full.nodes);
      expect(map.edges).toEqual(full.edges.map(({ premises: _, sources, ...e }: any) => ({ ...e, sourceCount: sources.length })));
    }
  });

  it('leave other fields of the same request their sources', async () => {
    const { body } = await graph.gql(`query($id: ID!) {
      graph(kinds: [NATIONAL_BODY]) { nodes { id } edges { from { id } } }
      entity(id: $id) { name sources { title } }
    }`, { id: ids.nhsi });
    expect(body.data.graph.nodes.map((n: any) => n.id)).toContain(ids.nhsi);
    expect(body.data.entity.sources.length).toBeGreaterThan(0);
    expect(body.data.entity.sources.filter((s: any) => !s.title)).toEqual([]);
  });

  it('cite a source for every seeded relationship', async () => {
    const seeded = new Set((await checkAll()).dataset.relationships.map((r) => r.id));
    const { body } = await graph.gql('{ graph { edges { id sources { id title } } } }');
    const edges = body.data.graph.edges.filter((e: any) => seeded.has(e.id));
    expect(edges).toHaveLength(seeded.size);
    expect(edges.filter((e: any) => e.sources.length === 0).map((e: any) => e.id)).toEqual([]);
  });
});

describe('one relationship', () => {
  it('comes by id with its documents and quotes, and the map\'s answer says how many without them', async () => {
    const a = build.entity('cited-a');
    const b = build.entity('cited-b');
    const second = build.source('second', { title: 'Second test document' });
    const link = build.relationship(a, 'OVERSEES', b, {
      note: 'a note',
      sources: [{ source: build.id('doc'), quote: 'A oversees B, the first says.' }, { source: second.id, quote: 'So says the second.' }],
    });
    await build.write({ sources: [second], entities: [a, b], relationships: [link] });
    const { body } = await graph.gql(
      `query($id: ID!) {
        relationship(id: $id) { id type from { id } to { id } note sourceCount sources { id title quote } }
        graph(kinds: [GROUP]) { edges { id sourceCount } }
      }`,
      { id: link.id },
    );
    expect(body.data.relationship).toEqual({
      id: link.id,
      type: 'OVERSEES',
      from: { id: a.id },
      to: { id: b.id },
      note: 'a note',
      sourceCount: 2,
      sources: [
        { id: build.id('doc'), title: `Test document ${build.id('doc')}`, quote: 'A oversees B, the first says.' },
        { id: second.id, title: 'Second test document', quote: 'So says the second.' },
      ],
    });
    expect(body.data.graph.edges.find((e: any) => e.id === link.id)).toEqual({ id: link.id, sourceCount: 2 });
  });

  it('gives a derived relationship its rule and premises, as the entity\'s own list does', async () => {
    const listed = (await graph.gql(
      'query($id: ID!) { entity(id: $id) { relationships(direction: IN, types: [OVERSEES]) { id basis premises rule { id name } sources { id } } } }',
      { id: 'RR8' },
    )).body.data.entity.relationships.find((r: any) => r.basis === 'DERIVED' && /NHS TDA/.test(r.rule.name));
    expect(listed.premises[0]).toBe('Leeds Teaching Hospitals NHS Trust (RR8) was an NHS trust, open from 1998-04-01 (trusts/etr_2025.csv, line 160).');
    const { body } = await graph.gql('query($id: ID!) { relationship(id: $id) { id basis premises rule { id name } sources { id } } }', { id: listed.id });
    expect(body.data.relationship).toEqual(listed);
  });

  it('is null for an id no relationship has, and refuses an id too long to be one', async () => {
    expect((await graph.gql('{ relationship(id: "no:SUCH:relationship") { id } }')).body).toEqual({ data: { relationship: null } });
    const { body } = await graph.gql('query($id: ID!) { relationship(id: $id) { id } }', { id: 'x'.repeat(1001) });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('sources', () => {
  it('lists every cited document with a title', async () => {
    const { body } = await graph.gql('{ sources { id title url publisher published } }');
    expect(body.data.sources.map((s: any) => s.title)).toEqual(
      expect.arrayContaining(['Essex to benefit from success regime', 'What is the Success Regime', 'Regulator to investigate finances at Essex teaching hospital']),
    );
    expect(body.data.sources.filter((s: any) => s.title.trim().length === 0)).toEqual([]);
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

  it.each([
    ['a string for an Int', 'query($n: Int) { search(text: "nhs", limit: $n) { id } }', { n: 'ten' }],
    ['a list for an input object', 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input: [] }],
    ['a missing required variable', 'query($id: ID!) { entity(id: $id) { id } }', {}],
    ['an unknown relationship type', 'query($t: [RelationshipType!]) { graph(types: $t) { nodes { id } } }', { t: ['NOPE'] }],
  ])('%s in variables gets BAD_USER_INPUT, before anything runs', async (_, query, variables) => {
    const { body } = await graph.gql(query, variables);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(/^Variable "\$\w+"/);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('a malformed date in variables gets BAD_USER_INPUT', async () => {
    const { body } = await graph.gql('query($d: Date) { graph(asOf: $d) { nodes { id } } }', { d: 'yesterday' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
