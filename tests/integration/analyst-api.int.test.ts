import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../server/src/domain/cursor.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** relationships(...), entities(...), stats, timeline and search paging on the national graph (issue 12). */
const graph = useTestGraph();

const PAGE = `query($first: Int, $after: String, $types: [RelationshipType!], $fromKinds: [EntityKind!], $toKinds: [EntityKind!], $asOf: Date,
  $entity: ID, $direction: Direction, $bases: [Basis!], $confidences: [Confidence!], $overlaps: DateRange, $changedBetween: DateRange) {
  relationships(first: $first, after: $after, types: $types, fromKinds: $fromKinds, toKinds: $toKinds, asOf: $asOf, entity: $entity,
    direction: $direction, bases: $bases, confidences: $confidences, overlaps: $overlaps, changedBetween: $changedBetween) {
    edges { cursor node { id type validFrom validTo basis confidence from { id name kind } to { id name kind } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

type Edge = { id: string; type: string; validFrom: string | null; validTo: string | null; basis: string; confidence: string; from: { id: string; name: string; kind: string }; to: { id: string; name: string; kind: string } };
type Page = { edges: { cursor: string; node: Edge }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

async function page(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await graph.gql<{ relationships: Page }>(PAGE, variables);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.relationships;
}

/** Every page of a question, `first` at a time, following endCursor. */
async function walk(variables: Record<string, unknown>, first: number): Promise<{ ids: string[]; pages: number; counts: number[] }> {
  const ids: string[] = [];
  const counts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const p = await page({ ...variables, first, after });
    pages++;
    ids.push(...p.edges.map((e) => e.node.id));
    counts.push(p.totalCount);
    if (!p.pageInfo.hasNextPage) return { ids, pages, counts };
    after = p.pageInfo.endCursor;
    if (pages > 100) throw new Error('too many pages');
  }
}

/** The same question asked of Neo4j directly, for a count the API must match. */
async function cypherCount(statement: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await graph.db.read<{ n: number }>(statement, params);
  return row!.n;
}

describe('relationships(...)', () => {
  it('finds every REGULATES relationship in force on 2015-06-01 (all the CQC’s), as many as Neo4j counts', async () => {
    const p = await page({ types: ['REGULATES'], asOf: '2015-06-01', first: 500 });
    const expected = await cypherCount(
      `MATCH (a:Entity)-[r:REGULATES]->(b:Entity) WHERE all(x IN [r, a, b] WHERE (x.validFrom IS NULL OR x.validFrom <= date('2015-06-01'))
         AND (x.validTo IS NULL OR x.validTo >= date('2015-06-01'))) RETURN count(r) AS n`,
    );
    expect(expected).toBeGreaterThan(200);
    expect(p.totalCount).toBe(expected);
    expect(p.edges).toHaveLength(expected);
    expect(new Set(p.edges.map((e) => e.node.from.name))).toEqual(new Set(['Care Quality Commission']));
    expect(p.edges.filter((e) => e.node.type !== 'REGULATES')).toEqual([]);
  });

  it('counts every match on a page past the last one, which holds none', async () => {
    const question = { types: ['REGULATES'], asOf: '2015-06-01' };
    const whole = await page({ ...question, first: 500 });
    const last = whole.edges.at(-1)!.cursor;
    const past = await page({ ...question, first: 10, after: last });
    expect(past.edges).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
    expect(past.totalCount).toBe(whole.totalCount);
  });

  it('walks every page in id order with no duplicates or gaps, the same as one big page', async () => {
    const question = { types: ['PART_OF'], fromKinds: ['TRUST'], asOf: '2019-06-01' };
    const whole = await page({ ...question, first: 500 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.totalCount).toBeGreaterThan(300);
    const walked = await walk(question, 37);
    expect(walked.pages).toBe(Math.ceil(whole.totalCount / 37));
    expect(walked.ids).toEqual(whole.edges.map((e) => e.node.id));
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
    expect([...walked.ids].sort()).toEqual(walked.ids);
  });

  it("walks a hub's relationships both ways (NHS England's), every one once, in id order, each page counting them all", async () => {
    const expected = (
      await graph.db.read<{ id: string }>(`MATCH (:Entity {id: 'nhs-england'})-[r]-(:Entity) RETURN DISTINCT r.id AS id ORDER BY id`)
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(700);
    const walked = await walk({ entity: 'nhs-england', direction: 'BOTH' }, 97);
    expect(walked.ids).toEqual(expected);
    expect(walked.counts).toEqual(Array.from({ length: Math.ceil(expected.length / 97) }, () => expected.length));
    const into = await walk({ entity: 'nhs-england', direction: 'IN', types: ['PART_OF', 'MEMBER_OF'] }, 5);
    const expectedIn = (
      await graph.db.read<{ id: string }>(
        `MATCH (:Entity)-[r:PART_OF|MEMBER_OF]->(:Entity {id: 'nhs-england'}) RETURN r.id AS id ORDER BY id`,
      )
    ).map((r) => r.id);
    expect(expectedIn.length).toBeGreaterThan(3);
    expect(into.ids).toEqual(expectedIn);
  });

  it('gives each relationship its documents when they are asked for, read in the same answer', async () => {
    const { body } = await graph.gql<{ relationships: { edges: { node: { id: string; sources: { id: string; quote: string | null }[] } }[] } }>(
      `{ relationships(entity: "RR8", direction: IN, types: [OVERSEES], first: 10) { edges { node { id sources { id quote } } } } }`,
    );
    const cited = await graph.db.read<{ id: string; sources: string[] }>(
      `MATCH (:Entity)-[r:OVERSEES]->(:Entity {id: 'RR8'}) RETURN r.id AS id, r.sourceIds AS sources ORDER BY id`,
    );
    expect(cited.length).toBeGreaterThan(2);
    expect(body.data!.relationships.edges.map((e) => [e.node.id, e.node.sources.map((s) => s.id)])).toEqual(cited.map((c) => [c.id, c.sources]));
  });

  it("pages one entity's relationships: who oversaw Leeds Teaching Hospitals (RR8) in each period", async () => {
    const on = async (asOf: string) =>
      (await page({ entity: 'RR8', direction: 'IN', types: ['OVERSEES'], asOf, first: 10 })).edges.map((e) => [e.node.from.name, e.node.basis]);
    expect(await on('2015-06-01')).toEqual([['NHS Trust Development Authority', 'DERIVED']]);
    expect(await on('2019-06-01')).toEqual([['NHS Improvement', 'DERIVED']]);
    expect(await on('2023-06-01')).toEqual([['NHS England', 'DERIVED']]);
    const out = await page({ entity: 'RR8', direction: 'OUT', first: 500 });
    expect(out.edges.length).toBeGreaterThan(0);
    expect(out.edges.filter((e) => e.node.from.id !== 'RR8')).toEqual([]);
  });

  it('lists the trusts that changed ICB between July 2022 and 2024 (changedBetween)', async () => {
    const p = await page({
      types: ['PART_OF'],
      fromKinds: ['TRUST'],
      toKinds: ['INTEGRATED_CARE_BOARD'],
      changedBetween: { from: '2022-07-02', to: '2024-12-31' },
      first: 100,
    });
    const names = p.edges.map((e) => e.node.from.name);
    expect(names).toContain('Kingston Hospital NHS Foundation Trust');
    expect(names).toContain('Mersey and West Lancashire Teaching Hospitals NHS Trust');
    const inWindow = (d: string | null) => d !== null && d >= '2022-07-02' && d <= '2024-12-31';
    expect(p.edges.filter((e) => !inWindow(e.node.validFrom) && !inWindow(e.node.validTo))).toEqual([]);
    expect(p.totalCount).toBe(p.edges.length);
  });

  it('filters by basis, confidence and period', async () => {
    const quoted = await page({ bases: ['QUOTED'], first: 500 });
    expect(quoted.totalCount).toBe(await cypherCount(`MATCH (:Entity)-[r]->(:Entity) WHERE r.basis = 'QUOTED' RETURN count(r) AS n`));
    expect(quoted.edges.filter((e) => e.node.basis !== 'QUOTED')).toEqual([]);
    const confirmedDerived = await page({ bases: ['DERIVED'], confidences: ['CONFIRMED'], first: 10 });
    expect(confirmedDerived.totalCount).toBe(0);
    const nhsi = await page({ entity: 'RR8', types: ['OVERSEES'], overlaps: { from: '2016-03-31', to: '2016-04-01' }, first: 10 });
    expect(nhsi.edges.map((e) => e.node.from.name).sort()).toEqual(['NHS Improvement', 'NHS Trust Development Authority']);
  });

  it('refuses a bad cursor, another list’s cursor and a page over 500 with BAD_USER_INPUT naming the argument', async () => {
    for (const after of ['not-a-cursor!', 'AAAA', encodeCursor('e', 'RR8'), '']) {
      const { status, body } = await graph.gql(PAGE, { after, first: 5 });
      expect(status).toBe(200);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
    }
    for (const first of [0, 501]) {
      const { body } = await graph.gql(PAGE, { first });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    const { body } = await graph.gql(PAGE, { first: 5, overlaps: { from: '2020-01-01', to: '2019-01-01' } });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'overlaps' });
  });

  it('weighs a page by its first, given literally or as a variable, in the cost limit', async () => {
    // Each item also lists both ends' relationships: 42 a relationship in the cost, 21,000 for 500.
    const ends = 'id name relationships { id type from { id } to { id } }';
    const heavy = `edges { node { id type note premises from { ${ends} } to { ${ends} } sources { id title url quote } } }`;
    const literal = await graph.gql(`{ relationships(first: 500) { ${heavy} } }`);
    expect(literal.body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    const variable = await graph.gql(`query($n: Int) { relationships(first: $n) { ${heavy} } }`, { n: 500 });
    expect(variable.body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    const smaller = await graph.gql(`query($n: Int) { relationships(first: $n, types: [REGULATES]) { ${heavy} } }`, { n: 20 });
    expect(smaller.body.errors).toBeUndefined();
    expect(smaller.body.data.relationships.edges).toHaveLength(20);
  });
});

describe('entities(...)', () => {
  const ENTITIES = `query($kinds: [EntityKind!], $namePrefix: String, $odsCode: String, $asOf: Date, $partOf: ID, $first: Int, $after: String) {
    entities(kinds: $kinds, namePrefix: $namePrefix, odsCode: $odsCode, asOf: $asOf, partOf: $partOf, first: $first, after: $after) {
      edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } totalCount } }`;
  const ask = async (variables: Record<string, unknown>) => (await graph.gql(ENTITIES, { first: 100, ...variables })).body.data.entities;

  it("finds the trusts in West Yorkshire ICB (QWO) on a date, Leeds Teaching Hospitals among them", async () => {
    const found = await ask({ kinds: ['TRUST'], partOf: 'QWO', asOf: '2023-06-01' });
    expect(found.edges.map((e: any) => e.node.name)).toContain('Leeds Teaching Hospitals NHS Trust');
    expect(found.totalCount).toBe(found.edges.length);
    expect(found.edges.filter((e: any) => e.node.kind !== 'TRUST')).toEqual([]);
    expect((await ask({ kinds: ['TRUST'], partOf: 'QWO', asOf: '2021-06-01' })).totalCount).toBe(0);
  });

  it('matches a name prefix and an ODS code (held by the STP, then the ICB)', async () => {
    const leeds = await ask({ namePrefix: 'leeds teaching' });
    expect(leeds.edges.map((e: any) => e.node.id)).toEqual(['RR8']);
    const code = await ask({ odsCode: 'qwo' });
    expect(code.edges.map((e: any) => e.node.kind).sort()).toEqual(['INTEGRATED_CARE_BOARD', 'STP']);
    expect((await ask({ odsCode: 'QWO', asOf: '2023-06-01' })).edges.map((e: any) => e.node.id)).toEqual(['QWO']);
  });

  it('pages CCGs open in 2016 without duplicates or gaps, and refuses a relationships cursor', async () => {
    const whole = await ask({ kinds: ['CCG'], asOf: '2016-06-01', first: 500 });
    expect(whole.totalCount).toBe(209);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const p: any = await ask({ kinds: ['CCG'], asOf: '2016-06-01', first: 50, after });
      ids.push(...p.edges.map((e: any) => e.node.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(whole.edges.map((e: any) => e.node.id));
    const { body } = await graph.gql(ENTITIES, { after: encodeCursor('r', 'x:OVERSEES:y') });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('stats and timeline', () => {
  const COUNTS = 'asOf entities { kind count } relationships { type count } bases { basis count } entityCount relationshipCount';
  const kind = (s: any, k: string) => s.entities.find((e: any) => e.kind === k)?.count ?? 0;

  it('counts entities by kind and relationships by type and basis on a date', async () => {
    const { body } = await graph.gql(`{ stats(asOf: "2016-06-01") { ${COUNTS} } }`);
    const s = body.data.stats;
    expect([kind(s, 'TRUST'), kind(s, 'CCG'), kind(s, 'STP'), kind(s, 'INTEGRATED_CARE_BOARD')]).toEqual([238, 209, 44, 0]);
    const regulates = s.relationships.find((r: any) => r.type === 'REGULATES').count;
    expect(regulates).toBe((await page({ types: ['REGULATES'], asOf: '2016-06-01', first: 1 })).totalCount);
    const sum = (list: { count: number }[]) => list.reduce((a, b) => a + b.count, 0);
    expect(sum(s.bases)).toBe(s.relationshipCount);
    expect(sum(s.relationships)).toBe(s.relationshipCount);
    const all = (await graph.gql(`{ stats { ${COUNTS} } }`)).body.data.stats;
    expect(all.relationshipCount).toBe(await cypherCount('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'));
  });

  it('gives the same counts as a yearly series: 211 CCGs became 42 ICBs', async () => {
    const { body } = await graph.gql(`{ timeline(from: "2013-04-01", to: "2023-04-01", step: YEAR) { ${COUNTS} } }`);
    const points = body.data.timeline;
    expect(points.map((p: any) => p.asOf)).toEqual(Array.from({ length: 11 }, (_, i) => `${2013 + i}-04-01`));
    expect(kind(points[0], 'CCG')).toBe(211);
    expect(kind(points[10], 'CCG')).toBe(0);
    expect(kind(points[10], 'INTEGRATED_CARE_BOARD')).toBe(42);
    const one = (await graph.gql(`{ stats(asOf: "2016-04-01") { ${COUNTS} } }`)).body.data.stats;
    expect(points[3]).toEqual(one);
  });

  it('refuses a timeline of more than 200 points, or backwards', async () => {
    const long = await graph.gql('{ timeline(from: "2000-01-01", to: "2026-01-01", step: MONTH) { asOf } }');
    expect(long.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'step' });
    const back = await graph.gql('{ timeline(from: "2020-01-01", to: "2019-01-01") { asOf } }');
    expect(back.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});

describe('search paging', () => {
  it('gives the next ranked matches with offset, as one longer list would', async () => {
    const q = 'query($o: Int, $l: Int) { search(text: "hospital", limit: $l, offset: $o) { id } }';
    const whole = (await graph.gql(q, { o: 0, l: 40 })).body.data.search.map((e: any) => e.id);
    const second = (await graph.gql(q, { o: 20, l: 20 })).body.data.search.map((e: any) => e.id);
    expect(whole).toHaveLength(40);
    expect(second).toEqual(whole.slice(20));
    const bad = await graph.gql(q, { o: 990, l: 20 });
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'offset' });
  });
});

describe('graph size cap', () => {
  const capped = useTestGraph({ snapshotCap: 100 });
  let body: any;
  beforeAll(async () => {
    body = (await capped.gql('{ graph(asOf: "2016-06-01", types: [OVERSEES]) { nodes { id } } }')).body;
  });

  it('refuses a snapshot over the cap with SNAPSHOT_TOO_LARGE, pointing to the streamed export', () => {
    expect(body.errors[0].extensions).toMatchObject({ code: 'SNAPSHOT_TOO_LARGE', limit: 100, export: '/export?format=ndjson&asOf=2016-06-01&types=OVERSEES' });
    expect(body.errors[0].message).toMatch(/\/export\?format=ndjson/);
  });

  it('answers one under it', async () => {
    const { body: small } = await capped.gql('{ graph(kinds: [REGULATOR, GOVERNMENT_DEPARTMENT]) { nodes { id } } }');
    expect(small.errors).toBeUndefined();
    expect(small.data.graph.nodes.length).toBeGreaterThan(2);
  });
});
