import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../seed/load.ts';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * Checks on the seeded dataset itself, as the API gives it: sourcing, dates, uniqueness, and snapshots that make
 * sense. Only what the seed files hold is looked at (other test files add their own entities meanwhile).
 */
const graph = useTestGraph();
let seededIds: { entities: Set<string>; relationships: Set<string> };
beforeAll(async () => {
  const files = (await checkAll()).dataset;
  seededIds = { entities: new Set(files.entities.map((e) => e.id)), relationships: new Set(files.relationships.map((r) => r.id)) };
});

interface Node { id: string; name: string; kind: string; odsCode: string | null; validFrom: string | null; validTo: string | null }
interface Edge { id: string; type: string; from: { id: string }; to: { id: string }; validFrom: string | null; validTo: string | null; confidence: string; sources: { id: string }[] }

async function snapshot(asOf?: string): Promise<{ nodes: Node[]; edges: Edge[] }> {
  const { body } = await graph.gql(
    `query($d: Date) { graph(asOf: $d) { nodes { id name kind odsCode validFrom validTo }
      edges { id type from { id } to { id } validFrom validTo confidence sources { id } } } }`,
    { d: asOf ?? null },
  );
  const { nodes, edges } = body.data.graph as { nodes: Node[]; edges: Edge[] };
  return { nodes: nodes.filter((n) => seededIds.entities.has(n.id)), edges: edges.filter((e) => seededIds.relationships.has(e.id)) };
}

/** The entities reachable from NHS England over that day's relationships, in either direction. */
function reachableFromNhsEngland(nodes: Node[], edges: Edge[]): Set<string> {
  const start = nodes.find((n) => n.name === 'NHS England');
  if (!start) return new Set();
  const next = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    next.get(e.from.id)?.push(e.to.id);
    next.get(e.to.id)?.push(e.from.id);
  }
  const seen = new Set([start.id]);
  const queue = [start.id];
  while (queue.length > 0) for (const id of next.get(queue.shift()!) ?? []) if (!seen.has(id)) seen.add(id) && queue.push(id);
  return seen;
}

/** Kinds that sit in the NHS's own lines of accountability, so must hang together with NHS England. */
const ACCOUNTABLE = ['GOVERNMENT_DEPARTMENT', 'NATIONAL_BODY', 'REGULATOR', 'REGION', 'TRUST', 'CCG', 'INTEGRATED_CARE_BOARD', 'PROGRAMME'];

describe('the dataset', () => {
  it('is all in the store, and big enough: at least 150 entities and 300 relationships', async () => {
    const { nodes, edges } = await snapshot();
    expect(nodes).toHaveLength(seededIds.entities.size);
    expect(edges).toHaveLength(seededIds.relationships.size);
    expect(nodes.length).toBeGreaterThanOrEqual(150);
    expect(edges.length).toBeGreaterThanOrEqual(300);
  });

  it('sources every relationship, with sources that exist', async () => {
    const { edges } = await snapshot();
    const [row] = await graph.db.read<{ dangling: string[] }>(
      `MATCH ()-[r]->() WHERE r.id IN $ids UNWIND r.sourceIds AS sid
       OPTIONAL MATCH (s:Source {id: sid})
       WITH sid WHERE s IS NULL RETURN collect(DISTINCT sid) AS dangling`,
      { ids: [...seededIds.relationships] },
    );
    expect(edges.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
    expect(row!.dangling).toEqual([]);
  });

  it('gives every source a real title and a link or a reference a person can follow', async () => {
    const sources = await graph.db.read<{ id: string; title: string; url: string | null; reference: string | null }>(
      'MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url, s.reference AS reference ORDER BY id',
    );
    expect(sources.length).toBeGreaterThan(200);
    expect(sources.filter((s) => !s.url && !s.reference).map((s) => s.id)).toEqual([]);
    expect(sources.filter((s) => /unnamed|untitled/i.test(s.title)).map((s) => s.id)).toEqual([]);
    expect(sources.find((s) => s.id === 'seed-essex-to-benefit-2015')?.reference).toMatch(/seed\/documents\/essex-to-benefit-from-success-regime-2015\.txt/);
  });

  it('has validFrom <= validTo everywhere', async () => {
    const { nodes, edges } = await snapshot();
    const backwards = [...nodes, ...edges].filter((x) => x.validFrom && x.validTo && x.validTo < x.validFrom);
    expect(backwards).toEqual([]);
  });

  it('never gives two entities the same name, nor one ODS code to two entities on the same day', async () => {
    const { nodes } = await snapshot();
    const dupes = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(dupes(nodes.map((n) => n.name.toLowerCase()))).toEqual([]);
    const overlap = (a: Node, b: Node) =>
      (a.validTo === null || b.validFrom === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom === null || a.validFrom <= b.validTo);
    const coded = nodes.filter((n) => n.odsCode);
    const clashes = coded.flatMap((a, i) => coded.slice(i + 1).filter((b) => b.odsCode === a.odsCode && overlap(a, b)).map((b) => `${a.id}/${b.id}`));
    expect(clashes).toEqual([]);
    // Codes that passed from one organisation to the next: a CCG's to its sub-ICB location, an STP's to its ICB.
    const passedOn = new Set(coded.filter((a) => coded.some((b) => b !== a && b.odsCode === a.odsCode)).map((a) => a.odsCode));
    expect(passedOn).toContain('QH8');
    expect(passedOn).toContain('RAJ');
    expect(passedOn).toContain('15F');
  });

  it('keeps unverified facts marked as such', async () => {
    const { edges } = await snapshot();
    const counts = Object.fromEntries(['CONFIRMED', 'REPORTED', 'UNVERIFIED'].map((c) => [c, edges.filter((e) => e.confidence === c).length]));
    expect(counts.UNVERIFIED).toBeGreaterThan(0);
    expect(counts.CONFIRMED).toBeGreaterThan(0);
    expect(counts.CONFIRMED! + counts.REPORTED! + counts.UNVERIFIED!).toBe(edges.length);
  });
});

describe.each(['2014-06-01', '2016-06-01', '2020-06-01', '2022-09-01'])('the snapshot on %s', (date) => {
  it('hangs together around NHS England', async () => {
    const { nodes, edges } = await snapshot(date);
    const reached = reachableFromNhsEngland(nodes, edges);
    const stray = nodes.filter((n) => ACCOUNTABLE.includes(n.kind) && !reached.has(n.id)).map((n) => `${n.name} (${n.kind})`);
    expect(stray).toEqual([]);
    // People, places and outside groups may stand apart, but most of the picture is one connected whole.
    expect(reached.size / nodes.length).toBeGreaterThan(0.85);
  });

  it('holds only what existed then', async () => {
    const { nodes } = await snapshot(date);
    expect(nodes.length).toBeGreaterThan(50);
    for (const n of nodes) {
      expect(n.validFrom === null || n.validFrom <= date, `${n.name} starts ${n.validFrom}`).toBe(true);
      expect(n.validTo === null || n.validTo >= date, `${n.name} ended ${n.validTo}`).toBe(true);
    }
  });
});

describe('the reorganisations', () => {
  const names = async (date: string) => new Set((await snapshot(date)).nodes.map((n) => n.name));
  const kinds = async (date: string) => (await snapshot(date)).nodes.map((n) => n.kind);

  it('has no CCG after 1 July 2022, and integrated care boards from then', async () => {
    expect(await kinds('2022-06-30')).toContain('CCG');
    expect(await kinds('2022-07-01')).not.toContain('CCG');
    expect(await kinds('2022-07-01')).toContain('INTEGRATED_CARE_BOARD');
    expect(await kinds('2022-06-30')).not.toContain('INTEGRATED_CARE_BOARD');
  });

  it('has no NHS Improvement before 1 April 2016, nor after June 2022', async () => {
    expect((await names('2016-03-31')).has('NHS Improvement')).toBe(false);
    expect((await names('2016-04-01')).has('NHS Improvement')).toBe(true);
    expect((await names('2022-07-01')).has('NHS Improvement')).toBe(false);
  });

  it('has Mid and South Essex NHS Foundation Trust only from 1 April 2020, after the three Essex trusts', async () => {
    const before = await names('2020-03-31');
    const after = await names('2020-04-01');
    expect(before.has('Mid and South Essex NHS Foundation Trust')).toBe(false);
    expect(after.has('Mid and South Essex NHS Foundation Trust')).toBe(true);
    expect(before.has('Southend University Hospital NHS Foundation Trust')).toBe(true);
    expect(after.has('Southend University Hospital NHS Foundation Trust')).toBe(false);
  });
});
