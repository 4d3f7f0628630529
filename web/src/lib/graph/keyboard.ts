/**
 * Moving the keyboard focus around the map: pure, on plain positions, so it is tested without a browser.
 */

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const DIRECTIONS: Record<Arrow, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  // Screen coordinates: y grows downwards.
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export function isArrow(key: string): key is Arrow {
  return key in DIRECTIONS;
}

/**
 * The candidate nearest to `from` in the arrow's direction, or null when none lies that way. Distance across
 * the direction counts more than distance along it, so ArrowRight prefers the node straight to the right over
 * a nearer one far above; only candidates within 60 degrees either side of the direction count, so a node
 * below is never reached with ArrowRight.
 */
export function nearestInDirection(from: Placed, candidates: readonly Placed[], key: Arrow): Placed | null {
  const [dx0, dy0] = DIRECTIONS[key];
  let best: Placed | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * dx0 + dy * dy0;
    if (along <= 0) continue;
    const across = Math.abs(dx * dy0 - dy * dx0);
    // tan(60 degrees): wider than 45 so a neighbour a little off the axis is still found.
    if (across > along * Math.sqrt(3)) continue;
    const score = along + across * 2;
    if (score < bestScore || (score === bestScore && best !== null && c.id < best.id)) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * Where the arrow takes the focus: the nearest neighbour (an entity joined to the focused one by a drawn
 * relationship) that way; when no neighbour lies that way, the nearest entity of all that way, so an entity
 * with no relationships on the map can still be reached.
 */
export function nextFocus(from: Placed, neighbours: readonly Placed[], all: readonly Placed[], key: Arrow): Placed | null {
  return nearestInDirection(from, neighbours, key) ?? nearestInDirection(from, all, key);
}

/**
 * Where the focus starts when the map is entered: the selected entity, else the one the view is about, else
 * the entity with the most relationships on the map (by name on a tie), which is usually the hub of the view.
 */
export function startingFocus(
  nodes: readonly { id: string; name: string; degree: number }[],
  preferred: readonly (string | null | undefined)[],
): string | null {
  for (const id of preferred) if (id && nodes.some((n) => n.id === id)) return id;
  let best: { id: string; name: string; degree: number } | null = null;
  for (const n of nodes) {
    if (!best || n.degree > best.degree || (n.degree === best.degree && n.name.localeCompare(best.name) < 0)) best = n;
  }
  return best?.id ?? null;
}

/** What a key pressed on the map does (see GraphView.svelte and web/README.md's "Keyboard and screen readers"). */
export type MapKeyAction =
  /** An arrow: the focus moves that way, or starts when no entity has it. */
  | 'move'
  /** Enter on the focused entity: expand or collapse it, as a double-click does, and open its details. */
  | 'toggle'
  /** Space on the focused entity: open its details. */
  | 'details'
  /** Escape with an entity focused or selected: let go of it and close the details. */
  | 'release'
  /** Escape with nothing focused or selected: the person is leaving the map. */
  | 'leave'
  | 'zoom-in'
  | 'zoom-out';

export function mapKeyAction(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  state: { focused: boolean; selected: boolean },
): MapKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isArrow(event.key)) return 'move';
  switch (event.key) {
    case 'Enter':
      return state.focused ? 'toggle' : null;
    case ' ':
      return state.focused ? 'details' : null;
    case 'Escape':
      return state.focused || state.selected ? 'release' : 'leave';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
      return 'zoom-out';
    default:
      return null;
  }
}

/** The map's own keys stop the page from acting on them too (scrolling with the arrows or Space); zoom keys pass. */
export function takesKey(action: MapKeyAction): boolean {
  return action !== 'zoom-in' && action !== 'zoom-out';
}
