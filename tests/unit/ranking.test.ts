import { describe, expect, it } from 'vitest';
import type { Entity, Relationship, Subgraph } from '../../server/src/domain/model.ts';
import { rankNeighbours, strengthOf, TYPE_STRENGTH } from '../../server/src/domain/ranking.ts';
import { RELATIONSHIP_TYPES } from '../../server/src/domain/model.ts';

const of = (id: string, kind: Entity['kind'] = 'TRUST'): Entity => ({
  id, name: id, kind, aliases: [], description: null, odsCode: null, validFrom: null, validTo: null, citations: [],
});
const rel = (fromId: string, type: Relationship['type'], toId: string): Relationship => ({
  id: `${fromId}:${type}:${toId}`, type, fromId, toId, validFrom: null, validTo: null, note: null,
  confidence: 'CONFIRMED', basis: 'CITED', ruleId: null, premises: [], citations: [],
});

describe('the one strength order', () => {
  it('ranks every relationship type once, command and money first and history last', () => {
    expect([...TYPE_STRENGTH].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(strengthOf('OVERSEES')).toBe(0);
    expect(strengthOf('SUCCEEDED_BY')).toBe(RELATIONSHIP_TYPES.length - 1);
  });
});

describe('a limit on neighbours', () => {
  const star: Subgraph = {
    nodes: ['hub', 'a', 'b', 'c', 'd'].map((id) => of(id)),
    edges: [rel('hub', 'MEMBER_OF', 'a'), rel('hub', 'OVERSEES', 'b'), rel('c', 'FUNDS', 'hub'), rel('hub', 'COVERS', 'd')],
  };

  it('keeps oversight and money first, and says how many it left out', () => {
    const ranked = rankNeighbours(star, 'hub', { limit: 2 });
    expect(ranked.subgraph.nodes.map((n) => n.id).sort()).toEqual(['b', 'c', 'hub']);
    expect(ranked.subgraph.edges).toHaveLength(2);
    expect({ leftOut: ranked.leftOut, total: ranked.total }).toEqual({ leftOut: 2, total: 4 });
  });

  it('counts only what is not excluded, and keeps the relationships to excluded entities', () => {
    const ranked = rankNeighbours(star, 'hub', { limit: 1, exclude: new Set(['b']) });
    expect(ranked.subgraph.nodes.map((n) => n.id).sort()).toEqual(['c', 'hub']);
    expect(ranked.subgraph.edges.map((e) => e.id).sort()).toEqual(['c:FUNDS:hub', 'hub:OVERSEES:b']);
    expect({ leftOut: ranked.leftOut, total: ranked.total }).toEqual({ leftOut: 2, total: 3 });
    expect(rankNeighbours(star, 'hub', { limit: 0, exclude: new Set(['a']) }).subgraph.edges.map((e) => e.id)).toEqual(['hub:MEMBER_OF:a']);
  });

  it('lets the kinds take turns within a type, so a hub shows a sample of each kind it oversees', () => {
    const hub: Subgraph = {
      nodes: [of('nhse', 'NATIONAL_BODY'), of('t1'), of('t2'), of('t3'), of('icb1', 'INTEGRATED_CARE_BOARD'), of('icb2', 'INTEGRATED_CARE_BOARD'), of('r', 'REGION')],
      edges: [
        rel('nhse', 'OVERSEES', 't1'), rel('nhse', 'OVERSEES', 't2'), rel('nhse', 'OVERSEES', 't3'),
        rel('nhse', 'OVERSEES', 'icb1'), rel('nhse', 'OVERSEES', 'icb2'), rel('r', 'PART_OF', 'nhse'),
      ],
    };
    const kept = (limit: number) => rankNeighbours(hub, 'nhse', { limit }).subgraph.nodes.map((n) => n.id).filter((id) => id !== 'nhse');
    expect(kept(2)).toEqual(['t1', 'icb1']);
    expect(kept(4).sort()).toEqual(['icb1', 'icb2', 't1', 't2']);
    expect(kept(6).sort()).toEqual(['icb1', 'icb2', 'r', 't1', 't2', 't3']);
  });
});
