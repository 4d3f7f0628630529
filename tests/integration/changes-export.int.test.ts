import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAll } from '../../seed/load.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

const graph = useTestGraph();
const tempDir = useTempDirs();
const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..', '..');

/** The seed files' ids: answers are compared on these alone, as other test files add entities meanwhile. */
let seeded: Set<string>;
beforeAll(async () => {
  const files = (await checkAll()).dataset;
  seeded = new Set([...files.entities.map((e) => e.id), ...files.relationships.map((r) => r.id)]);
});
const ofSeed = <T extends { id: string }>(items: T[]) => items.filter((x) => seeded.has(x.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
const ofSeedChanges = (c: any) => ({
  added: { nodes: ofSeed(c.added.nodes), edges: ofSeed(c.added.edges) },
  removed: { nodes: ofSeed(c.removed.nodes), edges: ofSeed(c.removed.edges) },
});

describe('changes', () => {
  it('shows NHS Improvement arriving between 2015-06-01 and 2016-06-01', async () => {
    const { body } = await graph.gql(`{ changes(from: "2015-06-01", to: "2016-06-01") {
      added { nodes { name validFrom } edges { type from { name } to { name } validFrom } }
      removed { nodes { name } edges { type from { name } to { name } validTo } } } }`);
    const { added, removed } = body.data.changes;
    expect(added.nodes).toContainEqual({ name: 'NHS Improvement', validFrom: '2016-04-01' });
    expect(removed.nodes.map((n: any) => n.name)).not.toContain('NHS Improvement');
    expect(added.edges.some((e: any) => e.from.name === 'NHS Improvement' || e.to.name === 'NHS Improvement')).toBe(true);
  });

  it('is symmetrical: swapping the dates swaps added and removed', async () => {
    const q = `query($a: Date!, $b: Date!) { changes(from: $a, to: $b) { added { nodes { id } edges { id } } removed { nodes { id } edges { id } } } }`;
    const forward = await graph.gql(q, { a: '2020-06-01', b: '2022-09-01' });
    const back = await graph.gql(q, { a: '2022-09-01', b: '2020-06-01' });
    const [f, b] = [ofSeedChanges(forward.body.data.changes), ofSeedChanges(back.body.data.changes)];
    expect(f.added).toEqual(b.removed);
    expect(f.removed).toEqual(b.added);
    // The CCGs went in July 2022, and integrated care boards came.
    expect(f.removed.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['nhs-southend-ccg', 'nhs-thurrock-ccg']));
    expect(f.added.nodes.length).toBeGreaterThan(0);
  });

  it('is empty between a date and itself, and refuses a bad date', async () => {
    const same = await graph.gql('{ changes(from: "2017-01-01", to: "2017-01-01") { added { nodes { id } edges { id } } removed { nodes { id } edges { id } } } }');
    expect(same.body.data.changes).toEqual({ added: { nodes: [], edges: [] }, removed: { nodes: [], edges: [] } });
    const bad = await graph.gql('{ changes(from: "2017-13-01", to: "2017-01-01") { added { nodes { id } } } }');
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('npm run export', () => {
  const exportTo = async (...args: string[]) => {
    const out = await tempDir('export');
    const { stderr } = await run('npx', ['tsx', 'server/src/export/cli.ts', ...args, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    return { out, stderr, files: (await readdir(out)).sort() };
  };

  it('writes a dated snapshot as JSON that matches the API', async () => {
    const { out, stderr, files } = await exportTo('--as-of', '2016-06-01', '--format', 'json');
    expect(files).toEqual(['nhs-graph-2016-06-01.json']);
    const data = JSON.parse(await readFile(path.join(out, files[0]!), 'utf8'));
    const api = await graph.gql('{ graph(asOf: "2016-06-01") { nodes { id } edges { id } } }');
    const apiNodes = ofSeed(api.body.data.graph.nodes).map((n) => n.id);
    expect(ofSeed(data.nodes).map((n: any) => n.id)).toEqual(apiNodes);
    expect(ofSeed(data.edges).map((e: any) => e.id)).toEqual(ofSeed(api.body.data.graph.edges).map((e) => e.id));
    expect(data.nodes.map((n: any) => n.name)).toEqual(expect.arrayContaining(['NHS Improvement', 'Monitor', 'NHS Trust Development Authority']));
    expect(apiNodes.length).toBeGreaterThan(50);
    const [, entities, relationships] = /Exported (\d+) entities and (\d+) relationships/.exec(stderr) ?? [];
    expect([Number(entities), Number(relationships)]).toEqual([data.nodes.length, data.edges.length]);
  });

  it('writes CSV node and edge tables', async () => {
    const { out, files } = await exportTo('--as-of', '2016-06-01', '--format', 'csv');
    expect(files).toEqual(['nhs-graph-2016-06-01-edges.csv', 'nhs-graph-2016-06-01-nodes.csv']);
    const nodes = parse(await readFile(path.join(out, files[1]!), 'utf8'), { columns: true }) as any[];
    const edges = parse(await readFile(path.join(out, files[0]!), 'utf8'), { columns: true }) as any[];
    // Gephi's column names, and the same entities and relationships as the API on that date.
    expect(Object.keys(nodes[0]).slice(0, 2)).toEqual(['Id', 'Label']);
    expect(Object.keys(edges[0]).slice(0, 3)).toEqual(['Source', 'Target', 'Type']);
    const api = (await graph.gql('{ graph(asOf: "2016-06-01") { nodes { id name } edges { id from { id } to { id } } } }')).body.data.graph;
    const seededNodes = nodes.filter((n) => seeded.has(n.Id));
    expect(seededNodes.map((n) => [n.Id, n.Label]).sort()).toEqual(ofSeed(api.nodes).map((n: any) => [n.id, n.name]).sort());
    const apiEdges = ofSeed(api.edges).map((e: any) => [e.from.id, e.to.id].join(' ')).sort();
    const seededEdges = edges.filter((e) => seeded.has(e.Source) && seeded.has(e.Target) && seeded.has(e.Id));
    expect(seededEdges.map((e) => [e.Source, e.Target].join(' ')).sort()).toEqual(apiEdges);
    expect(seededEdges.filter((e) => e.sources.length === 0)).toEqual([]);
  });

  it('writes GraphML that parses, limited by kind', async () => {
    const { out, files } = await exportTo('--format', 'graphml', '--kinds', 'NATIONAL_BODY,REGULATOR');
    const text = await readFile(path.join(out, files[0]!), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    const nodes = [doc.graphml.graph.node].flat().filter((n: any) => seeded.has(n['@_id']));
    const kinds = new Set(nodes.map((n: any) => [n.data].flat().find((d: any) => d['@_key'] === 'n_kind')['#text']));
    expect([...kinds].sort()).toEqual(['NATIONAL_BODY', 'REGULATOR']);
    expect(nodes.map((n: any) => n['@_id'])).toEqual(expect.arrayContaining(['nhs-england', 'monitor', 'care-quality-commission']));
  });

  it('refuses a bad date with a clear message', async () => {
    const error = await exportTo('--as-of', '2016-02-30').catch((e: { stderr: string; code: number }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toContain('--as-of must be a date written YYYY-MM-DD');
  });
});
