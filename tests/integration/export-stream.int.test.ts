import { once } from 'node:events';
import { createServer, get as httpGet, type Server, type ServerResponse } from 'node:http';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '../../server/src/app.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** GET /export: the snapshot streamed, compared with what the API answers for the same filter. */
const graph = useTestGraph();
const PREFIX = `export-test-${Date.now().toString(36)}`;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(createRequestListener(graph.app));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // Our own groups, dated in 1900 so that an export of the groups of 1900-06-01 holds them alone; one name is a
  // formula a spreadsheet would run.
  await graph.db.write(
    `CREATE (a:Entity:Group {id: $p + '-a', name: '=HYPERLINK("http://x")', kind: 'GROUP', aliases: ['+plus'], validFrom: date('1900-01-01'), validTo: date('1900-12-31'),
              description: '@home', sourceIds: [], quotes: []})
     CREATE (b:Entity:Group {id: $p + '-b', name: $p + ' B', kind: 'GROUP', aliases: [], validFrom: date('1900-01-01'), validTo: date('1900-12-31'),
              description: 'plain', sourceIds: [], quotes: []})
     CREATE (a)-[:MEMBER_OF {id: $p + ':MEMBER_OF', validFrom: date('1900-02-01'), confidence: 'reported', basis: 'CITED', note: '-minus', sourceIds: [], quotes: []}]->(b)`,
    { p: PREFIX },
  );
});

afterAll(async () => {
  await graph.db.write('MATCH (e:Entity) WHERE e.id STARTS WITH $p DETACH DELETE e', { p: PREFIX });
  server.close();
});

const get = async (query: string) => {
  const res = await fetch(`${base}/export?${query}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text(), disposition: res.headers.get('content-disposition') };
};

describe('GET /export', () => {
  it('streams NDJSON with the same relationships as relationships(...) and the same entities as graph(...)', async () => {
    const { status, type, text } = await get('format=ndjson&asOf=2016-06-01&types=OVERSEES');
    expect(status).toBe(200);
    expect(type).toMatch(/application\/x-ndjson/);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    const end = lines.at(-1);
    const nodes = lines.filter((l) => l.record === 'node');
    const edges = lines.filter((l) => l.record === 'edge');
    expect(end).toEqual({ record: 'end', asOf: '2016-06-01', counts: { nodes: nodes.length, edges: edges.length } });

    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { body }: { body: any } = await graph.gql(
        'query($after: String) { relationships(types: [OVERSEES], asOf: "2016-06-01", first: 300, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      ids.push(...body.data.relationships.edges.map((e: any) => e.node.id));
      after = body.data.relationships.pageInfo.hasNextPage ? body.data.relationships.pageInfo.endCursor : null;
    } while (after);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.map((e) => e.id).sort()).toEqual(ids.sort());
    const { body } = await graph.gql('{ graph(asOf: "2016-06-01", types: [OVERSEES]) { nodes { id } } }');
    expect(nodes.map((n) => n.id).sort()).toEqual(body.data.graph.nodes.map((n: any) => n.id).sort());
    expect(edges.find((e) => e.basis === 'DERIVED')).toMatchObject({ ruleId: expect.any(String), premises: [expect.any(String)] });
    expect(edges.find((e) => e.basis === 'QUOTED')).toMatchObject({ sources: [expect.objectContaining({ title: expect.any(String), quote: expect.any(String) })] });
  });

  it('writes CSV tables safe to open in a spreadsheet', async () => {
    const nodes = await get('format=csv&table=nodes&asOf=1900-06-01&kinds=GROUP');
    const edges = await get('format=csv&asOf=1900-06-01&kinds=GROUP');
    expect(nodes.disposition).toBe('attachment; filename="nhs-graph-1900-06-01.nodes.csv"');
    const nodeRows = parse(nodes.text, { columns: true }) as Record<string, string>[];
    const edgeRows = parse(edges.text, { columns: true }) as Record<string, string>[];
    expect(nodeRows.map((r) => [r.Id, r.Label, r.aliases, r.description])).toEqual([
      [`${PREFIX}-a`, `'=HYPERLINK("http://x")`, "'+plus", "'@home"],
      [`${PREFIX}-b`, `${PREFIX} B`, '', 'plain'],
    ]);
    expect(edgeRows).toHaveLength(1);
    expect(edgeRows[0]).toMatchObject({ Source: `${PREFIX}-a`, Target: `${PREFIX}-b`, Label: 'MEMBER_OF', note: "'-minus", basis: 'cited' });
  });

  it('writes GraphML that parses, limited by kind', async () => {
    const { text, type } = await get('format=graphml&asOf=1900-06-01&kinds=GROUP');
    expect(type).toMatch(/graphml/);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    expect([doc.graphml.graph.node].flat().map((n: any) => n['@_id'])).toEqual([`${PREFIX}-a`, `${PREFIX}-b`]);
    expect(doc.graphml.graph.edge['@_id']).toBe(`${PREFIX}:MEMBER_OF`);
  });

  it('refuses bad parameters with 400 and BAD_USER_INPUT naming the parameter', async () => {
    for (const [query, argument] of [
      ['format=xlsx', 'format'],
      ['asOf=2016-02-30', 'asOf'],
      ['kinds=TRUST,NOPE', 'kinds'],
      ['types=OVERSEEZ', 'types'],
      ['format=csv&table=both', 'table'],
    ] as const) {
      const { status, text } = await get(query);
      expect(status).toBe(400);
      expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
    const post = await fetch(`${base}/export`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('waits for a slow reader one drain at a time, leaving no listeners behind on the response', async () => {
    const listener = createRequestListener(graph.app);
    // At each drain (this listener runs first), how many close and error listeners the response holds.
    const atDrain: { close: number; error: number }[] = [];
    const slow = createServer((req, res: ServerResponse) => {
      res.on('drain', () => atDrain.push({ close: res.listenerCount('close'), error: res.listenerCount('error') }));
      listener(req, res);
    });
    slow.listen(0, '127.0.0.1');
    await once(slow, 'listening');
    try {
      const text = await new Promise<string>((resolve, reject) => {
        httpGet(`http://127.0.0.1:${(slow.address() as { port: number }).port}/export?format=ndjson`, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
            // A reader slower than the server: the socket fills, and the export must wait for it.
            res.pause();
            setTimeout(() => res.resume(), 2);
          });
          res.on('end', () => resolve(body));
          res.on('error', reject);
        }).on('error', reject);
      });
      const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { record: string; counts?: { nodes: number; edges: number } });
      expect(lines.at(-1)!.counts).toEqual({ nodes: lines.filter((l) => l.record === 'node').length, edges: lines.filter((l) => l.record === 'edge').length });
      expect(lines.filter((l) => l.record === 'edge').length).toBeGreaterThan(5000);
    } finally {
      slow.close();
    }
    // It did wait, many times, and each wait took its listeners away with it: one close listener (the export's
    // abort) and one error listener (the wait's own) at every drain, however many came before.
    expect(atDrain.length).toBeGreaterThan(10);
    expect([...new Set(atDrain.map((d) => `${d.close} close, ${d.error} error`))]).toEqual(['1 close, 1 error']);
  });
});
