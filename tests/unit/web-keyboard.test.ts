import { describe, expect, it } from 'vitest';
import { mapKeyAction, nearestInDirection, nextFocus, startingFocus, takesKey, type Placed } from '../../web/src/lib/graph/keyboard.ts';

const at = (id: string, x: number, y: number): Placed => ({ id, x, y });

describe('nearestInDirection', () => {
  const centre = at('c', 0, 0);
  const around = [at('right', 100, 10), at('left', -80, 0), at('up', 5, -90), at('down', -5, 120), at('far-right', 300, 0)];

  it('finds the nearest node each way, with screen y growing downwards', () => {
    expect(nearestInDirection(centre, around, 'ArrowRight')?.id).toBe('right');
    expect(nearestInDirection(centre, around, 'ArrowLeft')?.id).toBe('left');
    expect(nearestInDirection(centre, around, 'ArrowUp')?.id).toBe('up');
    expect(nearestInDirection(centre, around, 'ArrowDown')?.id).toBe('down');
  });

  it('prefers a node straight that way to a nearer one well off the axis', () => {
    const nodes = [at('diagonal', 60, 50), at('straight', 110, 0)];
    expect(nearestInDirection(centre, nodes, 'ArrowRight')?.id).toBe('straight');
  });

  it('never goes to a node behind or beside the direction, and gives null when none lies that way', () => {
    expect(nearestInDirection(centre, [at('below', 10, 100)], 'ArrowRight')).toBeNull();
    expect(nearestInDirection(centre, [at('behind', -10, 0)], 'ArrowRight')).toBeNull();
    expect(nearestInDirection(centre, [centre], 'ArrowUp')).toBeNull();
    expect(nearestInDirection(centre, [], 'ArrowUp')).toBeNull();
  });

  it('breaks a tie by id, so the same key always goes to the same node', () => {
    const nodes = [at('b', 100, 20), at('a', 100, -20)];
    expect(nearestInDirection(centre, nodes, 'ArrowRight')?.id).toBe('a');
    expect(nearestInDirection(centre, [...nodes].reverse(), 'ArrowRight')?.id).toBe('a');
  });
});

describe('nextFocus', () => {
  const centre = at('c', 0, 0);
  const neighbour = at('n', 200, 0);
  const stranger = at('s', 50, 0);

  it('goes to a neighbour that way before a nearer entity that is not joined to it', () => {
    expect(nextFocus(centre, [neighbour], [centre, neighbour, stranger], 'ArrowRight')?.id).toBe('n');
  });

  it('falls back to any entity that way when no neighbour lies that way', () => {
    expect(nextFocus(centre, [neighbour], [centre, neighbour, stranger, at('l', -40, 0)], 'ArrowLeft')?.id).toBe('l');
    expect(nextFocus(centre, [], [centre], 'ArrowLeft')).toBeNull();
  });
});

describe('startingFocus', () => {
  const nodes = [
    { id: 'a', name: 'Alpha', degree: 2 },
    { id: 'b', name: 'Beta', degree: 5 },
    { id: 'c', name: 'Aardvark', degree: 5 },
  ];

  it('starts on the first preferred entity that is on the map', () => {
    expect(startingFocus(nodes, ['gone', null, 'a'])).toBe('a');
  });

  it('otherwise starts on the best-connected entity, by name on a tie', () => {
    expect(startingFocus(nodes, [null, undefined])).toBe('c');
    expect(startingFocus([], ['a'])).toBeNull();
  });
});

describe('mapKeyAction', () => {
  const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  const focused = { focused: true, selected: false };
  const nothing = { focused: false, selected: false };

  it('moves with the arrows, focused or not', () => {
    for (const arrow of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      expect(mapKeyAction(key(arrow), nothing)).toBe('move');
      expect(mapKeyAction(key(arrow), focused)).toBe('move');
    }
  });

  it('expands with Enter and opens the details with Space, only with an entity focused', () => {
    expect(mapKeyAction(key('Enter'), focused)).toBe('toggle');
    expect(mapKeyAction(key(' '), focused)).toBe('details');
    expect(mapKeyAction(key('Enter'), nothing)).toBeNull();
    expect(mapKeyAction(key(' '), nothing)).toBeNull();
  });

  it('lets go with Escape while something is focused or selected, and leaves the map with it otherwise', () => {
    expect(mapKeyAction(key('Escape'), focused)).toBe('release');
    expect(mapKeyAction(key('Escape'), { focused: false, selected: true })).toBe('release');
    expect(mapKeyAction(key('Escape'), nothing)).toBe('leave');
  });

  it('zooms with + (or =) and -, leaving the key to the page as well', () => {
    expect(mapKeyAction(key('+'), nothing)).toBe('zoom-in');
    expect(mapKeyAction(key('='), nothing)).toBe('zoom-in');
    expect(mapKeyAction(key('-'), nothing)).toBe('zoom-out');
    expect(takesKey('zoom-in')).toBe(false);
    expect(takesKey('move')).toBe(true);
    expect(takesKey('leave')).toBe(true);
  });

  it('leaves keys with Ctrl, Alt or Meta, and other keys, to the page', () => {
    expect(mapKeyAction(key('ArrowUp', { ctrlKey: true }), focused)).toBeNull();
    expect(mapKeyAction(key('Enter', { altKey: true }), focused)).toBeNull();
    expect(mapKeyAction(key('-', { metaKey: true }), focused)).toBeNull();
    expect(mapKeyAction(key('a'), focused)).toBeNull();
  });
});
