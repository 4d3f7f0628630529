import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

const graph = useTestGraph();
const tempDir = useTempDirs();
const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..', '..');

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
    expect(forward.body.data.changes.added).toEqual(back.body.data.changes.removed);
    expect(forward.body.data.changes.removed).toEqual(back.body.data.changes.added);
    expect(forward.body.data.changes.removed.nodes.length).toBeGreaterThan(0); // the CCGs went in July 2022
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
    expect(data.nodes.map((n: any) => n.id).sort()).toEqual(api.body.data.graph.nodes.map((n: any) => n.id).sort());
    expect(data.edges).toHaveLength(api.body.data.graph.edges.length);
    expect(data.nodes.map((n: any) => n.name)).toContain('NHS Improvement');
    expect(stderr).toMatch(/Exported \d+ entities and \d+ relationships/);
  });

  it('writes CSV node and edge tables', async () => {
    const { out, files } = await exportTo('--as-of', '2016-06-01', '--format', 'csv');
    expect(files).toEqual(['nhs-graph-2016-06-01-edges.csv', 'nhs-graph-2016-06-01-nodes.csv']);
    const nodes = parse(await readFile(path.join(out, files[1]!), 'utf8'), { columns: true }) as any[];
    const edges = parse(await readFile(path.join(out, files[0]!), 'utf8'), { columns: true }) as any[];
    const ids = new Set(nodes.map((n) => n.Id));
    expect(nodes.length).toBeGreaterThan(10);
    expect(edges.every((e) => ids.has(e.Source) && ids.has(e.Target) && e.sources.length > 0)).toBe(true);
  });

  it('writes GraphML that parses, limited by kind', async () => {
    const { out, files } = await exportTo('--format', 'graphml', '--kinds', 'NATIONAL_BODY,REGULATOR');
    const text = await readFile(path.join(out, files[0]!), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    const kinds = new Set([doc.graphml.graph.node].flat().map((n: any) => [n.data].flat().find((d: any) => d['@_key'] === 'n_kind')['#text']));
    expect([...kinds].every((k) => k === 'NATIONAL_BODY' || k === 'REGULATOR')).toBe(true);
  });

  it('refuses a bad date with a clear message', async () => {
    const error = await exportTo('--as-of', '2016-02-30').catch((e: { stderr: string; code: number }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toContain('--as-of must be a date written YYYY-MM-DD');
  });
});
