import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { layOutHeadless } from './layout-headless.ts';
import { layOutOffThread, layoutJob, layoutJobFromElements, layoutsOffThread, positionsById, type LayoutJob } from './layout-job.ts';
import { LayoutPositions, PendingPlacement, layoutRun, planLayout } from './layout-plan.ts';
import { layoutOptions, type LayoutName } from './layouts.ts';
import { loadCytoscape, loadLayout } from './load.ts';

/**
 * The layout worker's positions for `job`, or null when the worker failed: then the layout's code is loaded, for
 * the caller to lay the map out on the page instead.
 */
async function offThreadOrLoaded(job: LayoutJob, name: LayoutName): Promise<Map<string, Position> | null> {
  try {
    return await layOutOffThread(job);
  } catch (error) {
    console.warn(`Laying the map out on the page: ${(error as Error).message}`);
    await loadLayout(name);
    return null;
  }
}

/**
 * Runs layouts on the map GraphView owns, as layout-plan.ts decides: after each change of elements, layout or
 * Re-arrange; keeps each layout's positions, the nodes dragged by hand, and positions waiting to be put back
 * (from a link, a saved view or a story step).
 */
export class MapLayout {
  /** "running" from the moment nodes are added until their layout stops: tests and fitting wait for "idle". */
  state = $state<'idle' | 'running'>('idle');
  /** The layout the map was last laid out with (null on a new Cytoscape instance). */
  shown: LayoutName | null = null;
  #shownRelayout = -1;
  #token = 0;
  readonly positions = new LayoutPositions();
  /** Nodes the person dragged (or a link put): layouts that can keep nodes in place keep these. */
  readonly #placed = new Set<string>();
  readonly #pending: PendingPlacement;

  constructor(
    initialPlacement: Iterable<readonly [string, Position]>,
    /** GraphView's props, read through getters when they are needed. */
    private readonly host: {
      readonly pinned: ReadonlySet<string>;
      /** Steps from the start of a path answer: drawn as rows by the hierarchical layout. */
      readonly ranks: ReadonlyMap<string, number> | null;
      readonly reducedMotion: boolean;
      /** Fits the map into its free part, once a layout stops or placed nodes moved. */
      fit(c: Core): void;
    },
  ) {
    this.#pending = new PendingPlacement(initialPlacement);
  }

  /** A node dragged by hand and let go: it stays there under this layout, and incremental layouts keep it. */
  dragged(id: string, position: Position): void {
    this.#placed.add(id);
    this.positions.moved(this.shown, id, position);
  }

  /** After elements were pushed (`added` new nodes): lays the map out when `planLayout` says so. */
  async update(c: Core, name: LayoutName, bump: number, added: number): Promise<void> {
    const layoutChanged = this.shown !== name;
    const bumped = bump !== this.#shownRelayout;
    this.#shownRelayout = bump;
    const nodeIds = () => c.nodes().map((n) => n.id());
    const plan = planLayout({ name, layoutChanged, bumped, added, nodeIds: nodeIds(), cached: this.positions.get(name), ranks: this.host.ranks });
    if (plan.kind === 'unchanged') return;
    this.shown = name;
    if (plan.kind === 'empty') return;
    // Say "running" at once, before any await, so nobody reads the map between adding nodes and laying them out.
    this.state = 'running';
    const animate = !this.host.reducedMotion;
    if (plan.kind === 'restore' || plan.kind === 'ranked') {
      const at = plan.positions;
      const animationDuration = plan.kind === 'restore' ? 300 : 350;
      this.#run(c, name, { name: 'preset', positions: (n: NodeSingular) => at.get(n.id()), fit: false, animate, animationDuration } as never);
      return;
    }
    if (!layoutsOffThread(c.nodes().length)) await loadLayout(name);
    if (c.destroyed()) return;
    const run = layoutRun({ layoutChanged, bumped, added, nodeIds: nodeIds(), pinned: this.host.pinned, placed: this.#placed, reducedMotion: !animate });
    const keep = new Set(run.keep);
    const kept = c.nodes().map((n) => n).filter((n) => keep.has(n.id()));
    const fixed = kept.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    // Locked nodes keep their place whatever the layout computes; they are unlocked again afterwards.
    kept.forEach((n) => {
      n.lock();
    });
    const options = layoutOptions(name, { animate: run.animate, incremental: run.incremental, fixed, size: c.nodes().length });
    const unlock = () =>
      kept.forEach((n) => {
        if (!this.host.pinned.has(n.id())) n.unlock();
      });
    const includeLabels = Boolean((options as { nodeDimensionsIncludeLabels?: boolean }).nodeDimensionsIncludeLabels);
    if (layoutsOffThread(c.nodes().length)) {
      await this.#runOffThread(c, name, run.incremental, keep, includeLabels, unlock);
      return;
    }
    if (name === 'hierarchical') {
      await this.#runHierarchy(c, run.incremental, keep, includeLabels, options, unlock);
      return;
    }
    this.#run(c, name, options, unlock);
  }

  /**
   * The hierarchy on a small map: dagre puts an edge's source above its target and takes no edge the other way
   * round, so it runs on a headless copy whose upward edges (PART_OF and the like, layouts.ts) are turned round,
   * as the layout worker does; the positions then go onto the map, animated as dagre would.
   */
  async #runHierarchy(c: Core, incremental: boolean, keep: ReadonlySet<string>, includeLabels: boolean, options: object, unlock: () => void): Promise<void> {
    const token = ++this.#token;
    const cytoscape = await loadCytoscape();
    if (token !== this.#token || c.destroyed()) return unlock();
    const job = layoutJob(c, 0, 'hierarchical', incremental, keep, includeLabels);
    const positions = positionsById(job.ids, layOutHeadless(cytoscape, job));
    const { animate, animationDuration, animationEasing } = options as { animate?: boolean; animationDuration?: number; animationEasing?: string };
    const preset = { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()), fit: false, animate, animationDuration, animationEasing };
    this.#run(c, 'hierarchical', preset as never, unlock);
  }

  /**
   * A large map: the positions come from the layout worker (layout-job.ts) while the page stays free, then go
   * on in one step. A newer layout started meanwhile wins; a worker that fails leaves the layout to the page.
   */
  async #runOffThread(c: Core, name: LayoutName, incremental: boolean, keep: ReadonlySet<string>, includeLabels: boolean, unlock: () => void): Promise<void> {
    const token = ++this.#token;
    const job = layoutJob(c, token, name, incremental, keep, includeLabels);
    // A fresh picture: until the positions come, the nodes wait in a heap, drawn from afar (no labels) so the
    // page does not spend seconds drawing a heap it is about to move.
    if (!incremental) c.zoom({ level: c.minZoom(), renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    const positions = await offThreadOrLoaded(job, name);
    if (!positions) {
      if (token !== this.#token || c.destroyed()) return;
      const options = layoutOptions(name, { animate: false, incremental, fixed: [], size: c.nodes().length });
      if (name === 'hierarchical') await this.#runHierarchy(c, incremental, keep, includeLabels, options, unlock);
      else this.#run(c, name, options, unlock);
      return;
    }
    if (token !== this.#token || c.destroyed()) return unlock();
    this.#run(c, name, { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(), fit: false, animate: false } as never, unlock);
  }

  /**
   * Positions for a view before its elements are drawn (an overview, or a large view drawn afresh), so that they
   * go on the map once, where they belong: those this layout last had for every node (none new, no Re-arrange),
   * else the layout worker's from the elements alone; positions from a link are put on top. Resolves to null
   * when a newer layout overtook this one. `fresh` says the picture changed (the map fits it).
   */
  async layOutBefore(elements: readonly ElementDefinition[], name: LayoutName, bump: number): Promise<{ positions: Map<string, Position>; fresh: boolean } | null> {
    const ids = elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
    const cached = this.positions.get(name);
    const bumped = bump !== this.#shownRelayout;
    const layoutChanged = this.shown !== name;
    this.#shownRelayout = bump;
    if (!bumped && cached && ids.every((id) => cached.has(id))) {
      this.shown = name;
      return { positions: new Map(ids.map((id) => [id, cached.get(id)!])), fresh: layoutChanged };
    }
    const token = ++this.#token;
    this.state = 'running';
    const job = layoutJobFromElements(elements, token, name, name !== 'force');
    const positions = (await offThreadOrLoaded(job, name)) ?? positionsById(job.ids, layOutHeadless(await loadCytoscape(), job));
    if (token !== this.#token) return null;
    for (const [id, position] of this.#pending.take((id) => positions.has(id))) {
      positions.set(id, position);
      this.#placed.add(id);
    }
    this.shown = name;
    this.positions.remember(name, positions);
    return { positions, fresh: true };
  }

  /** The view laid out before it was drawn is on the map: fitted (unless `fit` is false), and the layout idle. */
  settle(c: Core, fit = true): void {
    if (fit) this.host.fit(c);
    this.state = 'idle';
  }

  /**
   * Puts nodes where a saved view or a story step had them (model coordinates by id). Positions of nodes on the
   * map and not being laid out are applied at once; the rest when the next layout ends and they are there.
   */
  place(c: Core | null, positions: Iterable<readonly [string, Position]>, layout: LayoutName): void {
    this.#pending.set(positions);
    if (c && this.state === 'idle' && this.#applyPlacement(c)) {
      this.host.fit(c);
      this.#remember(c, layout);
    }
  }

  #run(c: Core, name: LayoutName, options: Parameters<Core['layout']>[0], after?: () => void): void {
    const token = ++this.#token;
    this.state = 'running';
    const run = c.layout(options);
    run.one('layoutstop', () => {
      after?.();
      if (token !== this.#token || c.destroyed()) return;
      this.#applyPlacement(c);
      this.host.fit(c);
      this.#remember(c, name);
      this.state = 'idle';
    });
    run.run();
  }

  /** Moves the nodes still waiting for a position that are on the map now; true when one moved. */
  #applyPlacement(c: Core): boolean {
    const ready = this.#pending.take((id) => c.getElementById(id).nonempty());
    for (const [id, position] of ready) {
      c.getElementById(id).position(position);
      this.#placed.add(id);
    }
    return ready.length > 0;
  }

  #remember(c: Core, name: LayoutName): void {
    this.positions.remember(name, c.nodes().map((n) => [n.id(), n.position()] as const));
  }
}
