import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  describeDifference,
  describeEntity,
  describeMap,
  describeMapChange,
  difference,
  type MapState,
} from '../../web/src/lib/text/announcements.ts';
import { AnnouncementQueue } from '../../web/src/lib/state/announce-queue.ts';

describe('announcements', () => {
  it('names an entity with its kind and relationships on the map', () => {
    expect(describeEntity({ name: 'NHS England', kind: 'NATIONAL_BODY' }, 12, false)).toBe(
      'NHS England, national body, 12 relationships on the map.',
    );
    expect(describeEntity({ name: 'Monitor', kind: 'REGULATOR' }, 1, true)).toBe('Monitor, regulator, 1 relationship on the map, expanded.');
    expect(describeEntity({ name: 'Southend University Hospital', kind: 'TRUST' }, 0, false)).toBe(
      'Southend University Hospital, NHS trust, 0 relationships on the map.',
    );
  });

  it('sums up the map with its date', () => {
    expect(describeMap(34, 51, '2017-04-01')).toBe('Map shows 34 entities and 51 relationships as of 1 April 2017.');
    expect(describeMap(1, 0, null)).toBe('Map shows 1 entity and 0 relationships.');
    expect(describeMap(0, 0, '2015-06-01')).toBe('Map is empty as of 1 June 2015.');
  });

  it('counts what came and went', () => {
    const change = difference(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd', 'e', 'f']));
    expect(change).toEqual({ added: 3, removed: 1 });
    expect(describeDifference(change)).toBe('3 added, 1 removed');
    expect(describeDifference({ added: 0, removed: 2 })).toBe('2 removed');
    expect(describeDifference({ added: 0, removed: 0 })).toBe('');
  });

  describe('describeMapChange', () => {
    const state = (ids: string[], overrides: Partial<MapState> = {}): MapState => ({
      ids: new Set(ids),
      nodes: ids.filter((id) => id.startsWith('n')).length,
      edges: ids.filter((id) => id.startsWith('r')).length,
      asOf: null,
      title: 'Overview',
      expanded: new Set(),
      ...overrides,
    });
    const name = (id: string) => ({ n1: 'NHS England', n2: 'Monitor' })[id] ?? id;

    it('sums up a first or a new view', () => {
      expect(describeMapChange(null, state(['n1', 'n2', 'r1']), name)).toBe('Map shows 2 entities and 1 relationship.');
      expect(describeMapChange(state(['n1']), state(['n1', 'n2', 'r1'], { title: 'Around Monitor' }), name)).toBe(
        'Map shows 2 entities and 1 relationship.',
      );
    });

    it('says what a date change added and removed', () => {
      const before = state(['n1', 'n2', 'r1'], { asOf: '2015-06-01' });
      const after = state(['n1', 'n3', 'n4', 'r2'], { asOf: '2017-06-01' });
      expect(describeMapChange(before, after, name)).toBe('3 added, 2 removed. Map shows 3 entities and 1 relationship as of 1 June 2017.');
      expect(describeMapChange(before, state(['n1', 'n2', 'r1'], { asOf: '2016-06-01' }), name)).toBe(
        'Map shows 2 entities and 1 relationship as of 1 June 2016.',
      );
    });

    it('names an expansion and a collapse', () => {
      const before = state(['n1', 'r1', 'n2']);
      const expanded = state(['n1', 'r1', 'n2', 'n5', 'r5'], { expanded: new Set(['n1']) });
      expect(describeMapChange(before, expanded, name)).toBe('Expanded NHS England: 2 added. Map shows 3 entities and 2 relationships.');
      expect(describeMapChange(expanded, before, name)).toBe('Collapsed NHS England: 2 removed. Map shows 2 entities and 1 relationship.');
    });

    it('says nothing when nothing a listener would notice changed', () => {
      expect(describeMapChange(state(['n1', 'r1']), state(['n1', 'r1']), name)).toBe('');
    });
  });
});

describe('AnnouncementQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once things settle, the latest message of each key, in the order said', () => {
    const announcer = { text: '' };
    const queue = new AnnouncementQueue((text) => (announcer.text = text), 300);
    queue.say('focus', 'Monitor, regulator.');
    queue.say('map', 'Map shows 2 entities.');
    queue.say('focus', 'NHS England, national body.');
    expect(announcer.text).toBe('');
    vi.advanceTimersByTime(299);
    expect(announcer.text).toBe('');
    vi.advanceTimersByTime(1);
    expect(announcer.text).toBe('Map shows 2 entities. NHS England, national body.');
    // The same words again are still a change, so they are read again.
    queue.say('map', 'Map shows 2 entities. NHS England, national body.');
    vi.advanceTimersByTime(300);
    expect(announcer.text).not.toBe('Map shows 2 entities. NHS England, national body.');
    expect(announcer.text.trim()).toBe('Map shows 2 entities. NHS England, national body.');
  });
});
