import type { Core, ElementDefinition, Position } from 'cytoscape';
import { fitViewport } from './fit.ts';
import { NodeGrid, OverviewPlaces, overviewBounds, overviewData, windowElements, type OverviewData } from './overview.ts';
import { OverviewPainter } from './overview-painter.ts';

/** How long the map must be still before the overview is painted afresh and the window follows. */
const SETTLE_MS = 120;
/** The window reaches this share of the view's size beyond each edge, so a short pan finds entities drawn. */
const MARGIN = 0.25;
/** A pointer this close to an entity's dot (CSS pixels) is on it. */
const HIT_PX = 8;

/**
 * A view of thousands of entities on the map GraphView owns (overview.ts says why): the painter draws all of it;
 * Cytoscape draws what is in view once it is few enough (the window), and is kept in step as the map moves. It
 * answers what entity a pointer is over where Cytoscape has none, for hover and clicks.
 */
export class MapOverview {
  /** Entities Cytoscape draws now (0 when the view is too wide to draw them one by one). */
  windowSize = $state(0);
  /** Entities and relationships in the view. */
  nodes = $state(0);
  edges = $state(0);
  #data: OverviewData | null = null;
  #grid: NodeGrid | null = null;
  #nodeDefs = new Map<string, ElementDefinition>();
  #edgeDefs: ElementDefinition[] = [];
  #painter: OverviewPainter | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #selected: string | null = null;
  #focused: string | null = null;
  #places: OverviewPlaces | null = null;

  constructor(
    private readonly host: {
      readonly container: HTMLElement;
      /** Pixels on the right covered by the detail panel. */
      readonly insetRight: number;
      /** Pixels at the top covered by the toolbar. */
      readonly insetTop: number;
      /** Puts these elements on the map in place of what is there (they carry their positions). */
      showWindow(c: Core, elements: ElementDefinition[]): void;
    },
  ) {}

  get active(): boolean {
    return this.#data !== null;
  }

  /** Draws `elements` at `positions` (every node has one); `fit` zooms to show all of it. */
  show(c: Core, elements: readonly ElementDefinition[], positions: ReadonlyMap<string, Position>, fit: boolean): void {
    const data = overviewData(elements, positions);
    this.#data = data;
    this.#grid = new NodeGrid(data.positions);
    this.#nodeDefs = new Map(elements.filter((e) => e.group === 'nodes').map((e) => [String(e.data.id), e]));
    this.#edgeDefs = elements.filter((e) => e.group === 'edges');
    this.#places = new OverviewPlaces(data, new Map([...this.#nodeDefs].map(([id, e]) => [id, String(e.data.name ?? id)])));
    this.nodes = data.ids.length;
    this.edges = data.types.length;
    this.#painter ??= new OverviewPainter(this.host.container);
    this.#painter.set(data);
    this.#painter.select(this.#indexOf(this.#selected));
    this.#painter.focus(this.#indexOf(this.#focused));
    // Zoomed out far enough to see the whole view, whatever Cytoscape's own floor.
    c.minZoom(0.01);
    if (fit) {
      c.viewport(fitViewport(overviewBounds(data), { width: c.width(), height: c.height(), insetRight: this.host.insetRight, insetTop: this.host.insetTop, minZoom: c.minZoom() }));
    }
    this.#settle(c);
  }

  /** Back to an ordinary view: the painting goes, and Cytoscape draws everything again. */
  clear(c: Core | null): void {
    clearTimeout(this.#timer);
    this.#data = null;
    this.#grid = null;
    this.#nodeDefs = new Map();
    this.#edgeDefs = [];
    this.#places = null;
    this.#painter?.destroy();
    this.#painter = null;
    this.nodes = this.edges = this.windowSize = 0;
    if (c && !c.destroyed()) c.minZoom(0.08);
  }

  /** The map moved: the painting follows at once, the window once the map is still. */
  moved(c: Core): void {
    if (!this.#data || !this.#painter) return;
    this.#painter.move({ zoom: c.zoom(), pan: c.pan() }, c.width(), c.height());
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#settle(c), SETTLE_MS);
  }

  /** The box holding the whole view (model coordinates), for fitting. */
  bounds(): { x1: number; y1: number; w: number; h: number } | null {
    return this.#data ? overviewBounds(this.#data) : null;
  }

  /** The selected entity is ringed on the painting (Cytoscape marks it too when it is in the window). */
  select(c: Core, id: string | null): void {
    if (id === this.#selected) return;
    this.#selected = id;
    if (!this.#data || !this.#painter) return;
    this.#painter.select(this.#indexOf(id));
    this.#painter.paint({ zoom: c.zoom(), pan: c.pan() }, c.width(), c.height());
  }

  /** Every entity of the view for the arrow keys (map-focus.svelte.ts); null when not an overview. */
  places(): OverviewPlaces | null {
    return this.#places;
  }

  /** The entity with the keyboard focus is ringed on the painting (null: none, as when the map loses the focus). */
  ring(c: Core, id: string | null): void {
    if (id === this.#focused) return;
    this.#focused = id;
    if (!this.#painter) return;
    this.#painter.focus(this.#indexOf(id));
    this.#painter.paint({ zoom: c.zoom(), pan: c.pan() }, c.width(), c.height());
  }

  #indexOf(id: string | null): number {
    return id === null ? -1 : (this.#data?.index.get(id) ?? -1);
  }

  /** The whole view as it is drawn now (dragged entities where they were put), for exporting it; null when not an overview. */
  exportSource(): { data: OverviewData; nodeDefs: ReadonlyMap<string, ElementDefinition>; edgeDefs: readonly ElementDefinition[] } | null {
    return this.#data ? { data: this.#data, nodeDefs: this.#nodeDefs, edgeDefs: this.#edgeDefs } : null;
  }

  /** The entity whose dot is under a point of the map (model coordinates), or null. */
  nodeAt(c: Core, at: Position): string | null {
    if (!this.#data || !this.#grid) return null;
    const i = this.#grid.nearest(at.x, at.y, HIT_PX / c.zoom());
    return i < 0 ? null : this.#data.ids[i]!;
  }

  /** Where an entity is now, for one dragged by hand in the window. */
  place(id: string, position: Position): void {
    const i = this.#data?.index.get(id);
    if (i === undefined || !this.#data) return;
    this.#data.positions[i * 2] = position.x;
    this.#data.positions[i * 2 + 1] = position.y;
    this.#grid = new NodeGrid(this.#data.positions);
  }

  #settle(c: Core): void {
    if (!this.#data || !this.#grid || !this.#painter || c.destroyed()) return;
    const viewport = { zoom: c.zoom(), pan: c.pan() };
    this.#painter.paint(viewport, c.width(), c.height());
    const ext = c.extent();
    const box = { x1: ext.x1 - ext.w * MARGIN, y1: ext.y1 - ext.h * MARGIN, x2: ext.x2 + ext.w * MARGIN, y2: ext.y2 + ext.h * MARGIN };
    const shown = windowElements(this.#data, this.#grid, this.#nodeDefs, this.#edgeDefs, box);
    this.windowSize = shown.filter((e) => e.group === 'nodes').length;
    this.host.showWindow(c, shown);
  }
}

