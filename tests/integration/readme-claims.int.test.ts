import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { createApp, createRequestListener } from '../../server/src/app.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { silent, useTestGraph } from '../helpers/graph.ts';

/**
 * What README.md says the running app does, with the numbers and codes it gives: the answers to its three
 * questions (its own GraphQL, compared with its own JSON), the limits at their edges, the timeout and the
 * driver's retries. The figures that live in configuration are in tests/unit/readme-claims.test.ts.
 */
const ROOT = path.join(import.meta.dirname, '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const graph = useTestGraph();

/** The README's ```graphql blocks in "Ask it questions", each with the ```json block after it (if any). */
function examples(): { query: string; answer: unknown }[] {
  const section = README.slice(README.indexOf('## Ask it questions'), README.indexOf('## The data'));
  const blocks = [...section.matchAll(/```(graphql|json)\n([\s\S]*?)\n```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));
  return blocks.flatMap((b, i) => (b.lang === 'graphql' ? [{ query: b.text, answer: blocks[i + 1]?.lang === 'json' ? JSON.parse(blocks[i + 1]!.text) : undefined }] : []));
}

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * Compares an answer with the README's shortened JSON: an object with a "..." key may hold more keys; a list
 * ending in "..." may hold more items, and one ending in "... two more sources" exactly two more.
 */
function expectDocumented(actual: unknown, documented: unknown, where = '$'): void {
  if (Array.isArray(documented)) {
    expect(Array.isArray(actual), where).toBe(true);
    const items = actual as unknown[];
    const tail = documented.at(-1);
    const elided = typeof tail === 'string' && tail.startsWith('...');
    const shown = elided ? documented.slice(0, -1) : documented;
    if (!elided) expect(items, where).toHaveLength(shown.length);
    else {
      const more = /^\.\.\. (\w+) more/.exec(tail as string)?.[1];
      if (more) expect(items, where).toHaveLength(shown.length + COUNTS[more]!);
      else expect(items.length, where).toBeGreaterThan(shown.length);
    }
    shown.forEach((d, i) => expectDocumented(items[i], d, `${where}[${i}]`));
  } else if (documented !== null && typeof documented === 'object') {
    const { '...': elided, ...keys } = documented as Record<string, unknown>;
    expect(actual, where).toBeTypeOf('object');
    if (elided === undefined) expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(keys).sort());
    for (const [k, v] of Object.entries(keys)) expectDocumented((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
  } else {
    expect(actual, where).toEqual(documented);
  }
}

describe('README: Ask it questions', () => {
  const [overseers, investigation, paths] = examples();

  it('has its three questions, each with an answer', () => {
    expect([overseers, investigation, paths].map((e) => e?.answer !== undefined)).toEqual([true, true, true]);
  });

  it('"Who oversees the Mid and South Essex Success Regime?" answers exactly as shown; on 2015-12-01 only NHS England', async () => {
    const { body } = await graph.gql(overseers!.query);
    expectDocumented(body, overseers!.answer);
    const dated = overseers!.query.replace('relationships(direction: IN, types: [OVERSEES])', 'relationships(direction: IN, types: [OVERSEES], asOf: "2015-12-01")');
    const early = await graph.gql(dated);
    expect(early.body.data.search[0].relationships.map((r: any) => r.from.name)).toEqual(['NHS England']);
  });

  it('"Who investigated Southend\'s finances?" answers as shown: Monitor, 2 June 2015 to 24 March 2016, four sources', async () => {
    const { body } = await graph.gql(investigation!.query);
    expectDocumented(body, investigation!.answer);
    const withEnd = await graph.gql(investigation!.query.replace('validFrom', 'validFrom validTo'));
    expect(withEnd.body.data.search[0].relationships[0]).toMatchObject({ validFrom: '2015-06-02', validTo: '2016-03-24' });
  });

  it('"How is NHS England connected to Southend University Hospital?" gives two three-step routes as shown, and one two-step route through the region without types', async () => {
    const { body } = await graph.gql(paths!.query);
    expect(README).toContain('The answer is two three-step routes of oversight and regulation as they stood in June 2016');
    expect(body.data.paths.map((p: any) => p.length)).toEqual([3, 3]);
    expectDocumented(body, paths!.answer);
    const untyped = await graph.gql(paths!.query.replace(',\n        types: [OVERSEES, REGULATES]', ''));
    expect(untyped.body.data.paths.map((p: any) => p.nodes.map((n: any) => n.name))).toEqual([
      ['NHS England', 'NHS England Midlands and East', 'Southend University Hospital NHS Foundation Trust'],
    ]);
    expect(untyped.body.data.paths[0].edges.map((e: any) => e.type)).toEqual(['PART_OF', 'PART_OF']);
  });
});

describe('README: limits', () => {
  const refusal = async (query: string) => (await graph.gql(query)).body.errors?.[0]?.extensions ?? null;
  /** Nested fields on an entity that does not exist: nothing is fetched, only the shape is judged. */
  const nested = (levels: number) => {
    let inner = 'id';
    for (let level = levels - 1; level > 1; level--) inner = `${level % 2 === 0 ? 'relationships' : 'from'} { ${inner} }`;
    return `{ entity(id: "no-such-entity") { ${inner} } }`;
  };

  it('takes a query 8 levels deep and refuses 9 with MAX_DEPTH_EXCEEDED', async () => {
    expect(await graph.gql(nested(8))).toMatchObject({ body: { data: { entity: null } } });
    expect(await refusal(nested(9))).toEqual({ code: 'MAX_DEPTH_EXCEEDED', limit: 8 });
  });

  it('takes 15 aliases and refuses 16 with MAX_ALIASES_EXCEEDED', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "x") { id }`).join(' ')} }`;
    expect(await refusal(aliases(15))).toBeNull();
    expect(await refusal(aliases(16))).toEqual({ code: 'MAX_ALIASES_EXCEEDED', limit: 15 });
  });

  it('takes 2,000 tokens and refuses 2,001 with MAX_TOKENS_EXCEEDED', async () => {
    // { search ( text : "nhs" kinds : [ ...n ] ) { id } } is 15 tokens and n more.
    const tokens = (n: number) => `{ search(text: "nhs", kinds: [${Array.from({ length: n - 15 }, () => 'CCG').join(' ')}]) { id } }`;
    expect(await refusal(tokens(2000))).toBeNull();
    expect(await refusal(tokens(2001))).toEqual({ code: 'MAX_TOKENS_EXCEEDED', limit: 2000 });
  });

  it('takes 10 directives and refuses 11 with MAX_DIRECTIVES_EXCEEDED', async () => {
    const directives = (n: number) => `{ entity(id: "nhs-england") { ${Array.from({ length: n }, (_, i) => `f${i}: name @include(if: true)`).join(' ')} } }`;
    expect(await refusal(directives(10))).toBeNull();
    expect(await refusal(directives(11))).toEqual({ code: 'MAX_DIRECTIVES_EXCEEDED', limit: 10 });
  });

  it('takes a cost of 20,000 and refuses more with COST_LIMIT_EXCEEDED', async () => {
    // graphql-armor's cost: a leaf 1, an object 2 plus 1.5 times its children. Leaves at depth 8 under a chain
    // of seven objects cost 64.34 + 17.0859 each: 1,166 of them come to 19,986.5 and 1,167 to 20,003.6.
    const names = ['id', 'name', 'kind', 'aliases', 'description', 'odsCode', 'validFrom', 'validTo'];
    const costly = (leaves: number) =>
      `{ entity(id: "no-such-entity") { relationships { from { relationships { from { relationships { from { ${Array.from({ length: leaves }, (_, i) => names[i % names.length]).join(' ')} } } } } } } } }`;
    const cost = (leaves: number) => 4 * (1.5 ** 7 - 1) + 1.5 ** 7 * leaves;
    expect([cost(1166) <= 20_000, cost(1167) > 20_000]).toEqual([true, true]);
    expect(await refusal(costly(1166))).toBeNull();
    expect(await refusal(costly(1167))).toEqual({ code: 'COST_LIMIT_EXCEEDED', limit: 20_000 });
  });

  it.each([
    ['depth', 4, (n: number) => `{ neighbourhood(id: "no-such-entity", depth: ${n}) { nodes { id } } }`],
    ['maxLength', 10, (n: number) => `{ paths(from: "no-such-entity", to: "nhs-england", maxLength: ${n}) { length } }`],
    ['limit', 100, (n: number) => `{ search(text: "nhs", limit: ${n}) { id } }`],
  ])('caps %s at %i: that many is answered, one more is BAD_USER_INPUT naming it', async (argument, cap, query) => {
    expect(await refusal(query(cap))).toBeNull();
    expect(await refusal(query(cap + 1))).toEqual({ code: 'BAD_USER_INPUT', argument });
  });

  it('limit 100 gives up to 100 entities', async () => {
    const { body } = await graph.gql('{ search(text: "NHS", limit: 100) { id } }');
    expect(body.data.search).toHaveLength(100);
  });

  it('shows field suggestions in development only', async () => {
    const dev = createApp({ db: graph.db, checkHealth: async () => ({ neo4j: 'up' }), logger: silent, development: true });
    const res = await dev.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entiti(id: "x") { id } }' }) });
    expect(((await res.json()) as any).errors[0].message).toBe('Cannot query field "entiti" on type "Query". Did you mean "entity"?');
    expect((await graph.gql('{ entiti(id: "x") { id } }')).body.errors[0].message).toBe('Cannot query field "entiti" on type "Query". [Suggestion hidden]');
  });
});

describe('README: request bodies', () => {
  it('takes a body of exactly 1 MB (MAX_BODY_BYTES, 1,048,576 bytes) and answers one byte more with 413', async () => {
    const server = createServer(createRequestListener(graph.app, { maxBodyBytes: 1024 * 1024 }));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
    try {
      const body = (bytes: number) => {
        const bare = JSON.stringify({ query: '{ entity(id: "nhs-england") { name } }', variables: { pad: '' } });
        return JSON.stringify({ query: '{ entity(id: "nhs-england") { name } }', variables: { pad: 'x'.repeat(bytes - bare.length) } });
      };
      expect(Buffer.byteLength(body(1_048_576))).toBe(1_048_576);
      const fits = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(1_048_576) });
      expect(await fits.json()).toEqual({ data: { entity: { name: 'NHS England' } } });
      const over = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(1_048_577) });
      expect(over.status).toBe(413);
      expect(((await over.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      server.close();
    }
  });
});

describe('README: timeouts and retries', () => {
  it('stops a transaction after 5 s by default with QUERY_TIMEOUT', async () => {
    const driver = createDriver(inject('neo4jUri'), 'neo4j', 'unused');
    try {
      const started = Date.now();
      const slow = createDb(driver, 'neo4j').read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
      await expect(slow).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(5_000);
      expect(took).toBeLessThan(15_000);
    } finally {
      await driver.close();
    }
  }, 30_000);

  it('retries a transaction that fails over until 2 s have passed: three tries over about 3 s', async () => {
    expect(README).toContain('is retried until 2 s\nhave passed since its first try');
    const driver = createDriver(inject('neo4jUri'), 'neo4j', 'unused');
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const tries: number[] = [];
    const started = Date.now();
    try {
      const failing = session.executeRead(async () => {
        tries.push(Date.now() - started);
        // What a cluster member going away mid-transaction looks like to the driver: a transient error.
        throw new Neo4jError('the leader moved', 'Neo.TransientError.Transaction.LeaderSwitch', '50N00', 'leader switch');
      });
      await expect(failing).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.LeaderSwitch' });
    } finally {
      await session.close();
      await driver.close();
    }
    // The driver waits about 1 s, then about 2 s (each give or take 20%), and tries again only while under 2 s.
    expect(tries).toHaveLength(3);
    expect(tries[1]).toBeLessThan(2_000);
    expect(tries[2]).toBeGreaterThanOrEqual(2_000);
  }, 30_000);
});

describe('README: the first start', () => {
  it('builds about 130 MB of jars into db/target/lib', async () => {
    const dir = path.join(ROOT, 'db', 'target', 'lib');
    const jars = (await readdir(dir)).filter((f) => f.endsWith('.jar'));
    const bytes = (await Promise.all(jars.map((f) => stat(path.join(dir, f))))).reduce((n, s) => n + s.size, 0);
    expect(README).toContain('130 MB of it the jars\nin `db/target/lib`');
    expect(bytes / 1e6).toBeGreaterThan(110);
    expect(bytes / 1e6).toBeLessThan(150);
  });
});
