import { describe, expect, it } from 'vitest';
import type { Entity, EntityKind, Relationship, Subgraph } from '../../web/src/lib/api/types.ts';
import { toElements } from '../../web/src/lib/graph/to-elements.ts';
import { groupLinkId } from '../../web/src/lib/state/grouping.ts';
import { foldByKind, foldedHighlight, kindGroupId, kindOfGroup } from '../../web/src/lib/state/kind-fold.ts';

const entity = (id: string, kind: EntityKind): Entity => ({
  id, name: id.toUpperCase(), kind, aliases: [], description: null, odsCode: null, validFrom: null, validTo: null,
});

const rel = (id: string, from: string, type: Relationship['type'], to: string): Relationship => ({
  id, type, from: { id: from }, to: { id: to }, validFrom: null, validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, sourceCount: 0,
});

/** One department, one national body, one ICB (kinds of one), three trusts and two CCGs. */
const GRAPH: Subgraph = {
  nodes: [
    entity('dhsc', 'GOVERNMENT_DEPARTMENT'),
    entity('nhse', 'NATIONAL_BODY'),
    entity('t1', 'TRUST'),
    entity('c1', 'CCG'),
    entity('t2', 'TRUST'),
    entity('icb', 'INTEGRATED_CARE_BOARD'),
    entity('t3', 'TRUST'),
    entity('c2', 'CCG'),
  ],
  edges: [
    rel('r1', 'dhsc', 'OVERSEES', 'nhse'),
    rel('r2', 'nhse', 'OVERSEES', 't1'),
    rel('r3', 'nhse', 'OVERSEES', 't2'),
    rel('r4', 'nhse', 'OVERSEES', 't3'),
    rel('r5', 'c1', 'COMMISSIONS', 't1'),
    rel('r6', 'c2', 'COMMISSIONS', 't1'),
    rel('r7', 'c1', 'COMMISSIONS', 't2'),
    rel('r8', 't1', 'MERGED_INTO', 't2'),
    rel('r9', 'c1', 'PART_OF', 'icb'),
    rel('r10', 'nhse', 'FUNDS', 'c1'),
  ],
};

const linksOf = (map: ReturnType<typeof foldByKind>) => map.links.map((l) => [l.from, l.type, l.to, l.count]);

describe('grouping by kind', () => {
  it('folds each kind of more than one into a node named by its count, kinds in their usual order', () => {
    const map = foldByKind(GRAPH, new Set(), '2016-06-01');
    expect(map.graph.nodes.map((n) => [n.id, n.name, n.kind])).toEqual([
      ['kind:TRUST', '3 trusts', 'TRUST'],
      ['kind:CCG', '2 CCGs', 'CCG'],
      ['dhsc', 'DHSC', 'GOVERNMENT_DEPARTMENT'],
      ['nhse', 'NHSE', 'NATIONAL_BODY'],
      ['icb', 'ICB', 'INTEGRATED_CARE_BOARD'],
    ]);
    expect([...map.groups]).toEqual([
      ['kind:TRUST', { counts: [{ kind: 'TRUST', count: 3 }], size: 3, line: '' }],
      ['kind:CCG', { counts: [{ kind: 'CCG', count: 2 }], size: 2, line: '' }],
    ]);
  });

  it('counts the relationships between kinds per (kind, type, kind), keeps those between lone entities, and drops those inside a kind', () => {
    const map = foldByKind(GRAPH, new Set(), null);
    expect(map.graph.edges.map((e) => e.id)).toEqual(['r1']);
    // r8 (a trust merged into a trust) is inside the trusts' node.
    expect(linksOf(map)).toEqual([
      ['kind:CCG', 'COMMISSIONS', 'kind:TRUST', 3],
      ['kind:CCG', 'PART_OF', 'icb', 1],
      ['nhse', 'FUNDS', 'kind:CCG', 1],
      ['nhse', 'OVERSEES', 'kind:TRUST', 3],
    ]);
    expect(map.links.map(groupLinkId)[0]).toBe('group-link:kind:CCG|COMMISSIONS|kind:TRUST');
  });

  it('shows an open kind\'s members, their relationships to folded kinds counted per member', () => {
    const map = foldByKind(GRAPH, new Set(['TRUST']), null);
    expect(map.graph.nodes.map((n) => n.id)).toEqual(['kind:CCG', 'dhsc', 'nhse', 't1', 't2', 'icb', 't3']);
    expect([...map.groups.keys()]).toEqual(['kind:CCG']);
    expect(map.graph.edges.map((e) => e.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r8']);
    expect(linksOf(map)).toEqual([
      ['kind:CCG', 'COMMISSIONS', 't1', 2],
      ['kind:CCG', 'COMMISSIONS', 't2', 1],
      ['kind:CCG', 'PART_OF', 'icb', 1],
      ['nhse', 'FUNDS', 'kind:CCG', 1],
    ]);
    // Every kind open is the plain view again.
    const all = foldByKind(GRAPH, new Set(['TRUST', 'CCG']), null);
    expect(all.graph).toEqual(GRAPH);
    expect(all.links).toEqual([]);
  });

  it('names a kind in the words of the date: area teams before April 2015', () => {
    const offices: Subgraph = { nodes: [entity('a', 'LOCAL_OFFICE'), entity('b', 'LOCAL_OFFICE')], edges: [] };
    expect(foldByKind(offices, new Set(), '2014-06-01').graph.nodes[0]!.name).toBe('2 area teams');
    expect(foldByKind(offices, new Set(), '2016-06-01').graph.nodes[0]!.name).toBe('2 local offices');
  });

  it('reads a kind node\'s id back, and nothing else', () => {
    expect(kindGroupId('TRUST')).toBe('kind:TRUST');
    expect(kindOfGroup('kind:TRUST')).toBe('TRUST');
    expect(kindOfGroup('kind:WIZARD')).toBeNull();
    expect(kindOfGroup('nhs-england')).toBeNull();
  });

  it('draws kind nodes with their count as the label and the links as counted edges', () => {
    const map = foldByKind(GRAPH, new Set(), null);
    const elements = toElements(map.graph, { today: '2025-01-01', grouping: map });
    const trusts = elements.find((e) => e.data.id === 'kind:TRUST')!;
    expect([trusts.data.label, trusts.data.size, trusts.classes]).toEqual(['3 trusts', 3, 'kind-TRUST group']);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.id, e.data.count, e.classes])).toEqual([
      ['group-link:kind:CCG|COMMISSIONS|kind:TRUST', 3, 'type-COMMISSIONS grouped'],
      ['group-link:kind:CCG|PART_OF|icb', 1, 'type-PART_OF grouped'],
      ['group-link:nhse|FUNDS|kind:CCG', 1, 'type-FUNDS grouped'],
      ['group-link:nhse|OVERSEES|kind:TRUST', 3, 'type-OVERSEES grouped'],
      ['rel:r1', undefined, 'type-OVERSEES'],
    ]);
  });

  it('lets a kind node answer a question when one of its members does', () => {
    const map = foldByKind(GRAPH, new Set(), null);
    const highlight = foldedHighlight(new Set(['nhse', 't2', 'r3']), GRAPH, map);
    expect([...highlight]).toEqual(['nhse', 'kind:TRUST', 'r3']);
    const elements = toElements(map.graph, { today: '2025-01-01', grouping: map, highlight });
    const classesOf = (id: string) => elements.find((e) => e.data.id === id)!.classes;
    expect(classesOf('kind:TRUST')).toBe('kind-TRUST answer group');
    expect(classesOf('kind:CCG')).toBe('kind-CCG faded group');
    expect(classesOf('group-link:nhse|OVERSEES|kind:TRUST')).toBe('type-OVERSEES grouped answer');
    expect(classesOf('group-link:nhse|FUNDS|kind:CCG')).toBe('type-FUNDS grouped faded');
  });
});
