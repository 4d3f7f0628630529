import { describe, expect, it } from 'vitest';
import type { Entity, GroupedView } from '../../web/src/lib/api/types.ts';
import { toElements } from '../../web/src/lib/graph/to-elements.ts';
import { countsLine, describeLink, groupedMap, groupedTitle, groupLinkId } from '../../web/src/lib/state/grouping.ts';

const entity = (id: string, name: string, kind: Entity['kind']): Entity => ({
  id, name, kind, aliases: [], description: null, odsCode: null, validFrom: null, validTo: null,
});

const TOP: GroupedView = {
  within: null,
  above: [],
  groupKind: 'REGION',
  groups: [
    { entity: entity('Y56', 'NHS England London', 'REGION'), counts: [{ kind: 'TRUST', count: 36 }, { kind: 'CCG', count: 32 }, { kind: 'STP', count: 5 }], size: 73 },
    { entity: entity('Y54', 'NHS England North of England', 'REGION'), counts: [{ kind: 'LOCAL_OFFICE', count: 1 }, { kind: 'TRUST', count: 71 }], size: 72 },
  ],
  loose: [entity('nhs-england', 'NHS England', 'NATIONAL_BODY'), entity('cqc', 'Care Quality Commission', 'REGULATOR')],
  links: [
    { from: 'cqc', type: 'REGULATES', to: 'Y56', count: 36 },
    { from: 'nhs-england', type: 'OVERSEES', to: 'Y54', count: 1 },
    { from: 'nhs-england', type: 'OVERSEES', to: 'elsewhere', count: 4 },
  ],
};

describe('the grouped map', () => {
  it('tells a group\'s counts with its own groups first, then by number, in the names of the date', () => {
    expect(countsLine(TOP.groups[0]!.counts, '2016-06-01')).toBe('5 STPs · 36 trusts · 32 CCGs');
    expect(countsLine(TOP.groups[1]!.counts, '2014-06-01')).toBe('1 area team · 71 trusts');
    expect(countsLine(TOP.groups[1]!.counts, '2016-06-01')).toBe('1 local office · 71 trusts');
    expect(countsLine([{ kind: 'TRUST', count: 1200 }, { kind: 'COUNCIL', count: 0 }], null)).toBe('1,200 trusts');
  });

  it('draws the groups and what stands alone as nodes, and only the links between them', () => {
    const map = groupedMap(TOP, '2016-06-01');
    expect(map.graph.nodes.map((n) => n.id)).toEqual(['Y56', 'Y54', 'nhs-england', 'cqc']);
    expect(map.graph.edges).toEqual([]);
    expect([...map.groups.keys()]).toEqual(['Y56', 'Y54']);
    expect(map.links.map(groupLinkId)).toEqual(['group-link:cqc|REGULATES|Y56', 'group-link:nhs-england|OVERSEES|Y54']);
    expect(groupedTitle(TOP, '2016-06-01')).toBe("England on 1 June 2016: national bodies and NHS England's regions");
    expect(describeLink(TOP.links[0]!, (id) => (id === 'cqc' ? 'the CQC' : 'London'))).toBe('36 regulates relationships from the CQC to London');
  });

  it('gives group nodes their counts as a second line and the links as counted edges', () => {
    const map = groupedMap(TOP, '2016-06-01');
    const elements = toElements(map.graph, { today: '2016-06-01', grouping: map });
    const london = elements.find((e) => e.data.id === 'Y56')!;
    expect(london.data.label).toBe('NHS England London\n5 STPs · 36 trusts · 32 CCGs');
    expect(london.classes).toBe('kind-REGION group');
    expect(elements.find((e) => e.data.id === 'cqc')!.classes).toBe('kind-REGULATOR');
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.id, e.data.source, e.data.target, e.data.count, e.classes])).toEqual([
      ['group-link:cqc|REGULATES|Y56', 'cqc', 'Y56', 36, 'type-REGULATES grouped'],
      ['group-link:nhs-england|OVERSEES|Y54', 'nhs-england', 'Y54', 1, 'type-OVERSEES grouped'],
    ]);
    expect(edges[0]!.data.label).toMatch(/×36$/);
  });
});
