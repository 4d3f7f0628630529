import { describe, expect, it } from 'vitest';
import type { Entity, Path, RelationshipDetail } from '../../web/src/lib/api/types.ts';
import { answerChain, answerDownward, answerPaths, distinctPaths, MAX_CHAINS, pathSentence } from '../../web/src/lib/text/answers.ts';

const today = '2025-01-15';
const source = { id: 's1', title: 'What is the Success Regime', url: 'https://example.org/s', publisher: 'MSE', published: '2016', reference: null, quote: 'NHS England and NHS Improvement oversee the regime.' };

function entity(id: string, name: string, kind: Entity['kind'] = 'NATIONAL_BODY'): Entity {
  return { id, name, kind, aliases: [], description: null, odsCode: null, validFrom: null, validTo: null };
}
function rel(id: string, type: RelationshipDetail['type'], from: string, to: string, dates: Partial<RelationshipDetail> = {}): RelationshipDetail {
  return { id, type, from: { id: from }, to: { id: to }, validFrom: null, validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, sourceCount: 1, premises: [], sources: [source], ...dates };
}

const dhsc = entity('dhsc', 'Department of Health and Social Care', 'GOVERNMENT_DEPARTMENT');
const nhse = entity('nhse', 'NHS England');
const nhsi = entity('nhsi', 'NHS Improvement');
const regime = entity('mse', 'Mid and South Essex Success Regime', 'PROGRAMME');
const committee = entity('jc', 'Joint committee', 'GROUP');
const trust = entity('raj', 'Southend University Hospital NHS Foundation Trust', 'TRUST');

describe('who oversees / funds', () => {
  const tree = {
    nodes: [regime, nhse, nhsi, dhsc],
    edges: [
      rel('e1', 'OVERSEES', 'nhse', 'mse', { validFrom: '2015-09-01' }),
      rel('e2', 'OVERSEES', 'nhsi', 'mse', { validFrom: '2016-04-01', validTo: '2022-06-30' }),
      rel('e3', 'OVERSEES', 'dhsc', 'nhse', { validFrom: '2013-04-01' }),
    ],
  };

  it('names the direct overseers with their dates, then the chain further up', () => {
    const answer = answerChain('OVERSEES', regime, [nhse, nhsi, dhsc], tree, today);
    expect(answer.question).toBe('Who oversees Mid and South Essex Success Regime?');
    expect(answer.summary).toBe(
      'Mid and South Essex Success Regime is overseen by NHS England (since September 2015) and was overseen by ' +
        'NHS Improvement (from April 2016 to June 2022). Further up the chain: Department of Health and Social Care.',
    );
    expect(answer.lines.map((l) => l.text)).toEqual([
      'NHS England oversees Mid and South Essex Success Regime since September 2015.',
      'NHS Improvement oversaw Mid and South Essex Success Regime from April 2016 to June 2022.',
      'Department of Health and Social Care oversees NHS England since April 2013.',
    ]);
    expect(answer.lines[0]?.sources[0]?.quote).toBe(source.quote);
    expect(new Set(answer.highlight)).toEqual(new Set(['mse', 'nhse', 'nhsi', 'dhsc', 'e1', 'e2', 'e3']));
    expect(answer.empty).toBe(false);
  });

  it('says so when no one oversees or funds the entity', () => {
    const answer = answerChain('FUNDS', dhsc, [], { nodes: [dhsc], edges: [] }, today);
    expect(answer.empty).toBe(true);
    expect(answer.summary).toBe('The graph records no one funding Department of Health and Social Care.');
  });

  it('lists what an entity oversees', () => {
    const around = { nodes: [nhse, regime, trust], edges: [rel('d1', 'OVERSEES', 'nhse', 'mse'), rel('d2', 'FUNDS', 'nhse', 'raj')] };
    const answer = answerDownward('OVERSEES', nhse, around, today);
    expect(answer.summary).toBe('NHS England oversees or has overseen 1 entity: Mid and South Essex Success Regime.');
    expect(answer.lines.map((l) => l.text)).toEqual(['NHS England oversees Mid and South Essex Success Regime.']);
    expect(answerDownward('FUNDS', regime, { nodes: [regime], edges: [] }, today).summary).toBe(
      'In the graph, Mid and South Essex Success Regime funds nothing.',
    );
  });
});

describe('how is X connected to Y', () => {
  const path: Path = {
    length: 3,
    nodes: [nhse, regime, committee, trust],
    edges: [
      rel('p1', 'OVERSEES', 'nhse', 'mse', { validFrom: '2015-09-01' }),
      rel('p2', 'PART_OF', 'jc', 'mse', { validFrom: '2016-02-17' }),
      rel('p3', 'MEMBER_OF', 'raj', 'jc', { validFrom: '2016-02-17', validTo: '2020-03-31' }),
    ],
  };

  it('walks a path reading each relationship the way the walk crosses it', () => {
    expect(pathSentence(path, today)).toBe(
      'NHS England oversees Mid and South Essex Success Regime, which includes Joint committee, which had as a member ' +
        'Southend University Hospital NHS Foundation Trust.',
    );
  });

  it('writes the chain, then each step with its dates and sources, and ranks entities by step', () => {
    const answer = answerPaths(nhse, trust, [path], today);
    expect(answer.summary).toBe('One shortest chain of 3 steps links NHS England and Southend University Hospital NHS Foundation Trust.');
    expect(answer.lines[0]?.heading).toBe(true);
    expect(answer.lines.slice(1).map((l) => l.text)).toEqual([
      'NHS England oversees Mid and South Essex Success Regime since September 2015.',
      'Mid and South Essex Success Regime includes Joint committee since 17 February 2016.',
      'Joint committee had as a member Southend University Hospital NHS Foundation Trust from 17 February 2016 to March 2020.',
    ]);
    expect(answer.ranks?.get('nhse')).toBe(0);
    expect(answer.ranks?.get('raj')).toBe(3);
  });

  it('drops repeated chains, caps how many are drawn, and says when nothing links them', () => {
    const twin: Path = { ...path, edges: [{ ...path.edges[0]!, id: 'p1-other-year' }, path.edges[1]!, path.edges[2]!] };
    expect(distinctPaths([path, twin])).toHaveLength(1);
    const many = Array.from({ length: MAX_CHAINS + 2 }, (_, i) => ({ ...path, nodes: [nhse, entity(`m${i}`, `M${i}`), committee, trust] }));
    const answer = answerPaths(nhse, trust, many, today);
    expect(answer.summary).toContain(`${MAX_CHAINS + 2} shortest chains`);
    expect(answer.summary).toContain(`The first ${MAX_CHAINS} are shown.`);
    expect(answer.lines.filter((l) => l.heading)).toHaveLength(MAX_CHAINS);
    const none = answerPaths(nhse, trust, [], today, ' through oversees relationships');
    expect(none.empty).toBe(true);
    expect(none.summary).toBe(
      'No chain of relationships links NHS England and Southend University Hospital NHS Foundation Trust through oversees relationships within six steps.',
    );
  });
});
