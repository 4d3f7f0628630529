import { describe, expect, it } from 'vitest';
import { searchEntities, toLuceneQuery } from '../../server/src/db/entities.ts';
import { listNeighbourhood } from '../../server/src/db/graph.ts';
import { distinctRoutes } from '../../server/src/db/paths.ts';
import { cypher } from '../../server/src/db/cypher.ts';
import type { Db } from '../../server/src/db/run.ts';

/** Records what a query module sends, to check the Cypher shape and that values only travel as parameters. */
function recordingDb() {
  const calls: { cypher: string; params: Record<string, unknown> }[] = [];
  const db: Db = {
    async read(c, p = {}) {
      calls.push({ cypher: c, params: p });
      return [];
    },
    async write(c, p = {}) {
      calls.push({ cypher: c, params: p });
      return [];
    },
    async writeAll() {
      return [];
    },
  };
  return { db, calls };
}

const INJECTION = `x'}) MATCH (n) DETACH DELETE n //`;

describe('query modules', () => {
  it('send search text only as parameters', async () => {
    const { db, calls } = recordingDb();
    await searchEntities(db, INJECTION, ['TRUST'], 5);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cypher).not.toContain('DETACH');
    expect(calls[0]!.params.lower).toBe(INJECTION.toLowerCase());
    expect(String(calls[0]!.params.lucene)).not.toMatch(/[{}'"\/]/);
    expect(calls[0]!.params.kinds).toEqual(['TRUST']);
    // Ranked and cut before projecting, from a bounded number of Lucene hits.
    expect(calls[0]!.cypher).toContain('{limit: $candidates}');
    expect(calls[0]!.cypher.indexOf('LIMIT $limit')).toBeLessThan(calls[0]!.cypher.indexOf('AS node'));
  });

  it('pick the neighbourhood statement by depth and direction, with the id as a parameter', async () => {
    const { db, calls } = recordingDb();
    await listNeighbourhood(db, { id: INJECTION, depth: 2, direction: 'IN', types: ['OVERSEES'], asOf: '2016-06-01' });
    const [call] = calls;
    expect(call!.cypher).toContain('OPTIONAL MATCH p = (c) ((a)<-[r]-(b:Entity)');
    expect(call!.cypher).toContain('){1,2}');
    expect(call!.params.types).toEqual(['OVERSEES']);
    expect(call!.params.hubLimit).toBeDefined();
    expect(call!.cypher).not.toContain('DETACH');
    expect(call!.params.id).toBe(INJECTION);
    expect(String(call!.params.asOf)).toBe('2016-06-01');
  });

  it('expand the VALID, ENTITY, EDGE and SOURCE macros into fixed Cypher', () => {
    expect(cypher('WHERE VALID(r)')).toBe(
      'WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))',
    );
    expect(cypher('RETURN EDGE(r)')).toBe(
      'RETURN CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), ' +
        'toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END',
    );
    expect(cypher('collect(ENTITY(o))')).toBe(
      'collect(CASE WHEN o IS NULL THEN null ELSE [o.id, o.name, o.kind, o.aliases, o.description, o.odsCode, ' +
        'toString(o.validFrom), toString(o.validTo), o.sourceIds, o.quotes] END)',
    );
    expect(cypher('RETURN SOURCE(s)')).toBe(
      'RETURN CASE WHEN s IS NULL THEN null ELSE [s.id, s.title, s.url, s.publisher, toString(s.published), s.reference] END',
    );
    // Only the whole word: a name that ends in a macro's is left alone.
    expect(cypher('RETURN DATASOURCE(s)')).toBe('RETURN DATASOURCE(s)');
  });

  it('build Lucene queries that tolerate typos and escape special characters', () => {
    expect(toLuceneQuery('')).toBe('');
    expect(toLuceneQuery('  the of ')).toBe('');
    const q = toLuceneQuery('TDA');
    expect(q).toContain('name:((tda^4 OR tda*^2))^3');
    expect(toLuceneQuery('southnd')).toContain('southnd~1');
    expect(toLuceneQuery('a:b (c) "d~" \\e*')).toBe(toLuceneQuery('a b c d e'));
  });
});

describe('distinctRoutes', () => {
  const node = (id: string) => ({ id, name: id, kind: 'NATIONAL_BODY' as const, aliases: [], description: null, odsCode: null, validFrom: null, validTo: null, citations: [] });
  const edge = (type: any, fromId: string, toId: string) => ({ id: `${fromId}:${type}:${toId}`, type, fromId, toId, validFrom: null, validTo: null, note: null, confidence: 'CONFIRMED' as const, basis: 'CITED' as const, ruleId: null, premises: [], citations: [] });
  const path = (ids: string[], types: string[]) => ({
    nodes: ids.map(node),
    edges: types.map((t, i) => edge(t, ids[i]!, ids[i + 1]!)),
    length: types.length,
  });

  it('keeps one path per route, the one with the strongest relationships, strongest routes first', () => {
    const routes = distinctRoutes([
      path(['a', 'b', 'c'], ['FUNDS', 'COVERS']),
      path(['a', 'd', 'c'], ['PARTNER_IN', 'SUPPORTS']),
      path(['a', 'b', 'c'], ['OVERSEES', 'COVERS']),
      path(['a', 'b', 'c'], ['SUCCEEDED_BY', 'COVERS']),
    ]);
    expect(routes.map((r) => r.nodes.map((n) => n.id).join(''))).toEqual(['abc', 'adc']);
    expect(routes[0]!.edges.map((e) => e.type)).toEqual(['OVERSEES', 'COVERS']);
  });

  it('caps the number of routes', () => {
    const many = Array.from({ length: 40 }, (_, i) => path(['a', `m${i}`, 'z'], ['OVERSEES', 'OVERSEES']));
    expect(distinctRoutes(many, 25)).toHaveLength(25);
  });
});
