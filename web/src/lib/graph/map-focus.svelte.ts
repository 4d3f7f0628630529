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
}

const placedOf = (n: NodeSingular): Placed => ({ id: n.id(), ...n.position() });

/**
 * The keyboard on the map. The container holds the DOM focus; the entity with the keyboard focus is marked with
 * a class, and the page announces it (onKeyboardFocus), so a screen reader hears where the arrows have taken it.
 * What each key does is keyboard.ts's mapKeyAction; where an arrow goes, its nextFocus.
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
    if (this.id && c.getElementById(this.id).empty()) this.#set(c, null);
    else if (this.id && this.#inMap) c.getElementById(this.id).addClass('kbd-focus');
  }

  keydown(event: KeyboardEvent): void {
    const c = this.host.cy;
    if (!c) return;
    const current = this.id ? (c.getElementById(this.id) as NodeSingular) : null;
    const here = current && current.nonempty() ? current : null;
    const action = mapKeyAction(event, { focused: here !== null, selected: this.host.selection !== null });
    if (!action) return;
    if (takesKey(action)) event.preventDefault();
    const middle = { x: c.width() / 2, y: c.height() / 2 };
    if (action === 'move' && isArrow(event.key)) {
      if (c.nodes().empty()) return;
      if (!here) return this.#set(c, this.#start(c));
      const neighbours = here.neighborhood('node').map((n) => placedOf(n as NodeSingular));
      const next = nextFocus(placedOf(here), neighbours, c.nodes().map(placedOf), event.key);
      if (next) this.#set(c, next.id);
    } else if ((action === 'toggle' || action === 'details') && here) {
      if (action === 'toggle') this.host.onToggleExpand(here.id());
      this.host.onSelect({ type: 'node', id: here.id() });
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
    if (!c || c.nodes().empty()) return;
    const kept = this.id && c.getElementById(this.id).nonempty() ? this.id : null;
    if (kept) {
      c.getElementById(kept).addClass('kbd-focus');
      this.host.onKeyboardFocus(kept);
    } else this.#set(c, this.#start(c));
  }

  blur(): void {
    this.#inMap = false;
    // The ring shows only while the map has the focus; the place is kept for when it comes back.
    this.host.cy?.nodes('.kbd-focus').removeClass('kbd-focus');
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
    if (!c || c.getElementById(id).empty()) return;
    this.#byPointer = false;
    this.#set(c, id);
    this.host.container.focus();
  }

  #set(c: Core, id: string | null): void {
    c.nodes('.kbd-focus').removeClass('kbd-focus');
    const changed = id !== this.id;
    this.id = id;
    if (changed) this.host.onKeyboardFocus(id);
    if (!id) return;
    const node = c.getElementById(id);
    node.addClass('kbd-focus');
    // Keep the focused node in view.
    const ext = c.extent();
    const p = node.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) c.animate({ center: { eles: node }, duration: this.host.reducedMotion ? 0 : 200 });
  }

  #start(c: Core): string | null {
    const nodes = c.nodes().map((n) => ({ id: n.id(), name: String(n.data('name')), degree: n.connectedEdges().length }));
    const selection = this.host.selection;
    return startingFocus(nodes, [selection?.type === 'node' ? selection.id : null, this.host.root]);
  }
}
