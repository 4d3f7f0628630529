import type { CollectionReturnValue, Core, ElementDefinition, Position } from 'cytoscape';
import { diffElements, startPositions, type ElementDiff } from './element-diff.ts';

/**
 * Puts new elements on a Cytoscape map, as element-diff.ts decides: what leaves fades out first, what stays
 * is updated, what comes starts next to a neighbour and fades in. GraphView calls it from its elements effect.
 */

const FADE_MS = 300;
/** Bigger changes than this are not animated: the fade would cost more than it shows. */
const FADE_LIMIT = 400;

/** Counts fades, so a fade overtaken by a newer change gives way to it. */
export interface FadeCount {
  count: number;
}

/**
 * Brings the map to `next`. Resolves to the number of nodes added, or null when a newer change overtook this
 * one while its fade ran (then that change does the work).
 */
export async function pushElements(
  c: Core,
  next: ElementDefinition[],
  context: {
    /** Where the layout being shown last put each node (asked once the fade is over). */
    cached: () => ReadonlyMap<string, Position> | undefined;
    reducedMotion: boolean;
    fades: FadeCount;
  },
): Promise<number | null> {
  const ids = () => c.elements().map((e) => e.id());
  // What disappears fades out first (unless the person asked for less motion), so a change of date reads.
  const leaving = new Set(diffElements(ids(), next).remove);
  if (!context.reducedMotion && leaving.size > 0 && leaving.size < FADE_LIMIT) {
    const token = ++context.fades.count;
    // A fade stopped by a newer change never completes: the timer ends the wait all the same.
    await new Promise<void>((resolve) => {
      setTimeout(resolve, FADE_MS + 50);
      c.elements()
        .filter((e) => leaving.has(e.id()))
        .animate({ style: { opacity: 0 } }, { duration: FADE_MS });
    });
    if (token !== context.fades.count || c.destroyed()) return null;
  }
  const diff = diffElements(ids(), next);
  removeAndUpdate(c, diff);
  const starts = startPositions(diff.add, next, {
    cached: context.cached(),
    positionOf: (id) => {
      const node = c.getElementById(id);
      return node.nonempty() ? node.position() : null;
    },
    centre: { x: c.width() / 2, y: c.height() / 2 },
  });
  for (const def of diff.add) {
    const start = starts.get(String(def.data.id));
    if (start) def.position = start;
  }
  if (diff.add.length > 0) {
    const fresh = c.add(diff.add);
    if (!context.reducedMotion && fresh.length < FADE_LIMIT && c.elements().length > fresh.length) fadeIn(fresh);
  }
  return diff.add.filter((e) => e.group === 'nodes').length;
}

/** Removes what the diff says leaves and sets the data and classes of what stays, in one batch. */
function removeAndUpdate(c: Core, diff: ElementDiff): void {
  c.batch(() => {
    for (const id of diff.remove) c.getElementById(id).remove();
    for (const def of diff.update) {
      const existing = c.getElementById(String(def.data.id));
      existing.data(def.data);
      existing.classes(def.classes ?? '');
      // Left half-faded by a fade that a newer change overtook.
      existing.removeStyle('opacity');
    }
  });
}

/**
 * Puts exactly `next` on the map at the positions they carry, at once (no fades): the overview's window, which
 * changes as the map moves.
 */
export function replaceElements(c: Core, next: ElementDefinition[]): void {
  const diff = diffElements(c.elements().map((e) => e.id()), next);
  removeAndUpdate(c, diff);
  if (diff.add.length > 0) c.add(diff.add);
}

/** New elements fade in to the opacity their style gives them. */
function fadeIn(fresh: CollectionReturnValue) {
  fresh.forEach((ele) => {
    const target = Number(ele.style('opacity'));
    ele.style('opacity', 0);
    ele.animate({ style: { opacity: target } }, { duration: FADE_MS, complete: () => void ele.removeStyle('opacity') });
  });
}
