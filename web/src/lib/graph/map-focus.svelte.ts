import type { Core, NodeSingular } from 'cytoscape';
import type { Selection } from '../state/selection.svelte.ts';
import { isArrow, mapKeyAction, nextFocus, startingFocus, takesKey, type Placed } from './keyboard.ts';

/** What the keyboard focus reads from the map and tells it; GraphView passes its props through getters. */
export interface FocusHost {
  readonly cy: Core | null;
  readonly container: HTMLElement;
  readonly selection: Selection;
  /** The entity the view is about. */
  readonly root: string | null;
  readonly reducedMotion: boolean;
  onKeyboardFocus(id: string | null): void;
  onToggleExpand(id: string): void;
  onSelect(selection: Selection): void;
  onHoverEnd(): void;
  onLeave(): void;
  /** On an overview, every entity of the view (Cytoscape draws only those in view, or none), and its painting. */
  readonly overview: {
    places(): FocusSpace | null;
    /** Rings the entity with the keyboard focus on the painting (null: none). */
    ring(c: Core, id: string | null): void;
  };
}

/** The entities the arrows move among: Cytoscape's nodes, or on an overview all of the view's (OverviewPlaces). */
export interface FocusSpace {
  has(id: string): boolean;
  at(id: string): Placed | null;
  all(): Placed[];
  neighbours(id: string): Placed[];
  starts(): { id: string; name: string; degree: number }[];
}

const placedOf = (n: NodeSingular): Placed => ({ id: n.id(), ...n.position() });

function cytoscapeSpace(c: Core): FocusSpace {
  const node = (id: string) => c.getElementById(id) as NodeSingular;
  return {
    has: (id) => node(id).nonempty(),
    at: (id) => (node(id).nonempty() ? placedOf(node(id)) : null),
    all: () => c.nodes().map(placedOf),
    neighbours: (id) => node(id).neighborhood('node').map((n) => placedOf(n as NodeSingular)),
    starts: () => c.nodes().map((n) => ({ id: n.id(), name: String(n.data('name')), degree: n.connectedEdges().length })),
  };
}

/**
 * The keyboard on the map. The container holds the DOM focus; the entity with the keyboard focus is marked with
 * a class, and the page announces it (onKeyboardFocus), so a screen reader hears where the arrows have taken it.
 * What each key does is keyboard.ts's mapKeyAction; where an arrow goes, its nextFocus. On an overview the arrows
 * move among all the view's entities at any zoom: the focused one is ringed on the painting, and kept in view, so
 * that once few enough are in view Cytoscape draws it too, with its ring.
 */
export class MapFocus {
  /** The entity with the keyboard focus, or null. */
  id = $state<string | null>(null);
  /** Whether the map holds the page focus: the ring shows only then. */
  #inMap = false;
  /** Set on a press of the pointer, so a click into the map does not put a keyboard focus ring on an entity. */
  #byPointer = false;

  constructor(private readonly host: FocusHost) {}

  /** After the map changed: an entity that left loses the focus; one still there keeps its ring. */
  refresh(c: Core): void {
    if (this.id && !this.#space(c).has(this.id)) this.#set(c, null);
    else if (this.id && this.#inMap) c.getElementById(this.id).addClass('kbd-focus');
  }

  keydown(event: KeyboardEvent): void {
    const c = this.host.cy;
    if (!c) return;
    const space = this.#space(c);
    const here = this.id ? space.at(this.id) : null;
    const action = mapKeyAction(event, { focused: here !== null, selected: this.host.selection !== null });
    if (!action) return;
    if (takesKey(action)) event.preventDefault();
    const middle = { x: c.width() / 2, y: c.height() / 2 };
    if (action === 'move' && isArrow(event.key)) {
      if (!here) return this.#set(c, this.#start(space));
      const next = nextFocus(here, space.neighbours(here.id), space.all(), event.key);
      if (next) this.#set(c, next.id);
    } else if ((action === 'toggle' || action === 'details') && here) {
      if (action === 'toggle') this.host.onToggleExpand(here.id);
      this.host.onSelect({ type: 'node', id: here.id });
    } else if (action === 'release' || action === 'leave') {
      this.host.onHoverEnd();
      if (action === 'leave') return this.host.onLeave();
      this.#set(c, null);
      this.host.onSelect(null);
    } else if (action === 'zoom-in') c.zoom({ level: c.zoom() * 1.2, renderedPosition: middle });
    else if (action === 'zoom-out') c.zoom({ level: c.zoom() / 1.2, renderedPosition: middle });
  }

  /** The map took the page focus: from the keyboard, the ring goes where it was, or where it starts. */
  focus(): void {
    const c = this.host.cy;
    this.#inMap = true;
    if (this.#byPointer) {
      this.#byPointer = false;
      return;
    }
    if (!c) return;
    const space = this.#space(c);
    const kept = this.id && space.has(this.id) ? this.id : null;
    if (kept) {
      c.getElementById(kept).addClass('kbd-focus');
      this.host.overview.ring(c, kept);
      this.host.onKeyboardFocus(kept);
    } else this.#set(c, this.#start(space));
  }

  blur(): void {
    this.#inMap = false;
    // The ring shows only while the map has the focus; the place is kept for when it comes back.
    const c = this.host.cy;
    c?.nodes('.kbd-focus').removeClass('kbd-focus');
    if (c) this.host.overview.ring(c, null);
  }

  pointerDown(): void {
    this.#byPointer = document.activeElement !== this.host.container;
  }

  /** Moves the page focus to the map (the skip link). */
  focusMap(): void {
    this.#byPointer = false;
    this.host.container.focus();
  }

  /** Puts the keyboard focus on an entity and the page focus on the map (from the list view). */
  focusEntity(id: string): void {
    const c = this.host.cy;
    if (!c || !this.#space(c).has(id)) return;
    this.#byPointer = false;
    this.#set(c, id);
    this.host.container.focus();
  }

  #set(c: Core, id: string | null): void {
    c.nodes('.kbd-focus').removeClass('kbd-focus');
    const changed = id !== this.id;
    this.id = id;
    if (changed) this.host.onKeyboardFocus(id);
    this.host.overview.ring(c, id);
    if (!id) return;
    c.getElementById(id).addClass('kbd-focus');
    // Keep the focused entity in view.
    const ext = c.extent();
    const p = this.#space(c).at(id);
    if (!p || (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2)) return;
    const pan = { x: c.width() / 2 - p.x * c.zoom(), y: c.height() / 2 - p.y * c.zoom() };
    if (this.host.reducedMotion) c.pan(pan);
    else c.animate({ pan, duration: 200 });
  }

  #space(c: Core): FocusSpace {
    return this.host.overview.places() ?? cytoscapeSpace(c);
  }

  #start(space: FocusSpace): string | null {
    const selection = this.host.selection;
    return startingFocus(space.starts(), [selection?.type === 'node' ? selection.id : null, this.host.root]);
  }
}
