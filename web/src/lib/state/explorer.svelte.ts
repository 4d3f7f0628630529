import { ApiError } from '../api/client.ts';
import type { Api } from '../api/queries.ts';
import type { Basis, Entity, EntityDetail, EntityKind, Relationship, RelationshipType, Rule, Subgraph } from '../api/types.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { answerChain, answerDownward, answerPaths, type Answer } from '../text/answers.ts';
import { formatDay, listOf, todayIso, TYPE_LABELS } from '../text/phrasing.ts';
import { describeLink, GROUP_LINK_PREFIX, groupedMap, groupedTitle, groupLinkId } from './grouping.ts';
import { History } from './history.ts';
import { CHART_FROM, chartTo, type TimelinePoint } from './structure.ts';
import { changeView, playDates } from './time.ts';
import type { Opened, SharedView } from './url-state.ts';
import {
  EMPTY_VIEW,
  collapse,
  expand,
  hide,
  showHidden,
  togglePin,
  viewOf,
  visibleSubgraph,
  type View,
} from './view.ts';

/** The overview: the bodies that run the NHS and the programmes they run. */
export const OVERVIEW_KINDS: EntityKind[] = ['GOVERNMENT_DEPARTMENT', 'NATIONAL_BODY', 'REGULATOR', 'PROGRAMME'];

/** At most this many new neighbours appear at once when an entity is expanded or focused. */
export const EXPAND_CAP = 25;

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

export type Question =
  | { kind: 'overseers' | 'funders' | 'oversees' | 'funds'; subject: Entity }
  | { kind: 'paths'; from: Entity; to: Entity; types: RelationshipType[] | null };

interface Status {
  /** What is loading, in words, or null. */
  loading: string | null;
  error: ApiError | null;
  /** A passing note ("Showing 25 of 60 neighbours"). */
  notice: string | null;
}

/**
 * The explorer's app-wide state: what the map shows (with undo and redo), what is selected, the open answer,
 * filters, layout and the loading or error state. Components read it and call its methods.
 */
export class Explorer {
  #history = new History<View>(EMPTY_VIEW);
  #retry: (() => Promise<void>) | null = null;
  #detailRequest = 0;

  view = $state.raw<View>(EMPTY_VIEW);
  canUndo = $state(false);
  canRedo = $state(false);
  selection = $state.raw<Selection>(null);
  detail = $state.raw<EntityDetail | null>(null);
  detailLoading = $state(false);
  answer = $state.raw<Answer | null>(null);
  status = $state<Status>({ loading: null, error: null, notice: null });
  hiddenKinds = $state.raw<ReadonlySet<EntityKind>>(new Set());
  hiddenTypes = $state.raw<ReadonlySet<RelationshipType>>(new Set());
  /** Ways of knowing left off the map (say, only what a sentence or a register row states). */
  hiddenBases = $state.raw<ReadonlySet<Basis>>(new Set());
  layout = $state<LayoutName>('force');
  /** Bumped to ask the map to lay everything out afresh. */
  relayout = $state(0);
  /** Neighbours left out by the cap, per expanded entity. */
  leftOut = $state.raw<ReadonlyMap<string, number>>(new Map());
  readonly today = todayIso();
  /** The date the map is drawn at (YYYY-MM-DD), or null for all of history. Every dated query asks about it. */
  asOf = $state<string | null>(null);
  /** The open "what changed" comparison, as sentences. */
  comparison = $state.raw<{ from: string; to: string; added: string[]; removed: string[]; successions: string[] } | null>(null);
  /** The year the play button is showing, while it plays. */
  playing = $state(false);
  /** Opens the current view again: run when the date changes, so the view is redrawn as it stood then. */
  #reopen: (() => Promise<void>) | null = null;
  #playToken = 0;
  /** What the current view was opened as (a question's answer counts as its subject's neighbourhood). */
  opened = $state.raw<Opened>({ kind: 'groups', path: [], prefer: null });
  /** On the grouped map: the groups opened, outermost first (a region, then one of its ICBs or STPs). */
  groupTrail = $state.raw<Entity[]>([]);

  /** The view as a link holds it (see url-state.ts). */
  shared = $derived.by((): SharedView => ({
    opened: this.opened,
    expanded: [...this.view.expanded].filter((id) => this.opened.kind !== 'focus' || id !== this.opened.id),
    asOf: this.asOf,
    hiddenKinds: [...this.hiddenKinds],
    hiddenTypes: [...this.hiddenTypes],
    hiddenBases: [...this.hiddenBases],
    layout: this.layout,
    positions: [...this.moved].filter(([id]) => this.view.nodes.has(id)),
  }));
  /** Where the person dragged nodes to, by id. */
  moved = $state.raw<ReadonlyMap<string, { x: number; y: number }>>(new Map());

  place(id: string, position: { x: number; y: number }): void {
    this.moved = new Map([...this.moved, [id, { x: Math.round(position.x), y: Math.round(position.y) }]]);
  }

  visible = $derived(visibleSubgraph(this.view));
  /** The view with the kind and type filters applied: what is actually drawn. */
  drawn = $derived.by(() => {
    const nodes = this.visible.nodes.filter((n) => !this.hiddenKinds.has(n.kind));
    const ids = new Set(nodes.map((n) => n.id));
    const edges = this.visible.edges.filter(
      (e) => !this.hiddenTypes.has(e.type) && !this.hiddenBases.has(e.basis) && ids.has(e.from.id) && ids.has(e.to.id),
    );
    return { nodes, edges } satisfies Subgraph;
  });

  /** The rules derived relationships follow, with their sources: asked for once, when first needed. */
  rules = $state.raw<ReadonlyMap<string, Rule>>(new Map());
  #rulesAsked = false;

  /** How many trusts, CCGs, STPs and ICBs there were each year (the Time panel's chart): asked for once. */
  structure = $state.raw<TimelinePoint[] | null>(null);
  structureFailed = $state(false);
  #structureAsked = false;

  constructor(readonly api: Api) {}

  /** Loads the yearly counts the first time the Time panel is shown; later panels reuse them. */
  needStructure(): void {
    if (this.#structureAsked) return;
    this.#structureAsked = true;
    this.structureFailed = false;
    this.api.timeline(CHART_FROM, chartTo(this.today)).then(
      (points) => (this.structure = points),
      () => {
        this.#structureAsked = false;
        this.structureFailed = true;
      },
    );
  }

  /** Loads the rules (a dozen, with their sources) the first time a derived relationship is shown. */
  needRules(): void {
    if (this.#rulesAsked) return;
    this.#rulesAsked = true;
    this.api.rules().then(
      (rules) => (this.rules = new Map(rules.map((r) => [r.id, r]))),
      () => (this.#rulesAsked = false),
    );
  }

  entity(id: string): Entity | undefined {
    return this.view.nodes.get(id);
  }

  relationship(id: string): Relationship | undefined {
    return this.view.edges.get(id);
  }

  // ---- running requests -------------------------------------------------------------------------------

  /** Runs an API task with a loading message; a failure shows the error state, and Retry runs it again. */
  async #run(label: string, task: () => Promise<void>): Promise<boolean> {
    this.status = { loading: label, error: null, notice: null };
    try {
      await task();
      this.#retry = null;
      this.status = { ...this.status, loading: null, error: null };
      return true;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('server', (error as Error).message);
      this.#retry = task;
      this.status = { loading: null, error: apiError, notice: null };
      return false;
    }
  }

  async retry(): Promise<void> {
    const task = this.#retry;
    if (task) await this.#run('Trying again…', task);
  }

  dismissError(): void {
    this.status = { ...this.status, error: null };
  }

  /** Shows an error raised outside a map task (the search box's suggestions). */
  reportError(error: ApiError, retry: () => Promise<void>): void {
    this.#retry = retry;
    this.status = { loading: null, error, notice: null };
  }

  notify(notice: string | null): void {
    this.status = { ...this.status, notice };
  }

  // ---- the view and its history --------------------------------------------------------------------------

  #commit(next: View, options: { relayout?: boolean } = {}): void {
    this.view = this.#history.push(next);
    this.#sync(options.relayout ?? false);
  }

  #sync(relayout: boolean): void {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    if (this.selection && !this.#selectionVisible()) this.select(null);
    if (relayout) this.relayout++;
  }

  #selectionVisible(): boolean {
    const s = this.selection;
    if (!s) return true;
    return s.type === 'node' ? this.view.nodes.has(s.id) && !this.view.hidden.has(s.id) : this.view.edges.has(s.id);
  }

  undo(): void {
    this.view = this.#history.undo();
    this.answer = null;
    this.#sync(false);
  }

  redo(): void {
    this.view = this.#history.redo();
    this.#sync(false);
  }

  // ---- opening views -------------------------------------------------------------------------------------

  async showOverview(): Promise<void> {
    this.#reopen = () => this.showOverview();
    this.opened = { kind: 'overview' };
    await this.#run('Loading the overview…', async () => {
      const graph = await this.api.overview(OVERVIEW_KINDS);
      this.answer = null;
      this.comparison = null;
      this.#commit(viewOf(graph, { title: 'Overview: national bodies, regulators and programmes', previous: this.view }));
    });
  }

  /**
   * The grouped map: England's regions with the national bodies (path empty), or inside the last group of
   * `path` (a region's ICBs, STPs or local offices; an ICB's or STP's members). `prefer` chooses which kind a
   * region's groups are when it has several on the date. A group not there on the date opens England instead.
   */
  async showGroups(path: string[] = [], prefer: EntityKind | null = null): Promise<void> {
    this.#reopen = () => this.showGroups(path, prefer);
    await this.#run('Loading the map of England…', async () => {
      // Groups are of one day: with all of history on the map, today's.
      const on = this.asOf ?? this.today;
      let answer = await this.api.groups(path.at(-1) ?? null, prefer, on);
      if (!answer) {
        this.status.notice = `That group is not there ${this.asOf ? `on ${formatDay(this.asOf)}` : 'today'}: showing England instead.`;
        path = [];
        answer = await this.api.groups(null, prefer, on);
        if (!answer) return;
      }
      const trail = answer.within ? [...answer.above, answer.within] : [];
      this.opened = { kind: 'groups', path: trail.map((e) => e.id), prefer };
      this.groupTrail = trail;
      this.answer = null;
      this.comparison = null;
      const grouping = groupedMap(answer, on);
      this.#commit(viewOf(grouping.graph, { title: groupedTitle(answer, this.asOf), previous: this.view, grouping }), { relayout: true });
    });
  }

  /** Opens a group on the grouped map (double-click, Enter, or the detail panel's button). */
  async openGroup(id: string): Promise<void> {
    const opened = this.opened;
    const path = opened.kind === 'groups' ? opened.path : [];
    await this.showGroups([...path, id], opened.kind === 'groups' ? opened.prefer : null);
  }

  /** Whether `id` is a group on the map now, and so opens rather than expands. */
  isGroup(id: string): boolean {
    return this.view.grouping?.groups.has(id) ?? false;
  }

  async showEverything(): Promise<void> {
    this.#reopen = () => this.showEverything();
    this.opened = { kind: 'everything' };
    await this.#run('Loading the whole graph…', async () => {
      const graph = await this.api.wholeGraph();
      this.answer = null;
      this.comparison = null;
      this.#commit(viewOf(graph, { title: 'The whole graph', previous: this.view }));
    });
  }

  /** "Focus on this": the entity and its nearest neighbours (capped), plus whatever is pinned. */
  async focus(id: string): Promise<boolean> {
    this.#reopen = () => this.#refocus(id);
    let found = false;
    await this.#run('Loading the neighbourhood…', async () => {
      const around = await this.api.neighbourhood(id, { depth: 1, limit: EXPAND_CAP });
      const centre = around.nodes.find((n) => n.id === id);
      found = centre !== undefined;
      if (!centre) {
        this.status.notice = this.asOf
          ? `That entity is not in the graph on ${formatDay(this.asOf)}.`
          : 'That entity is no longer in the graph.';
        return;
      }
      this.answer = null;
      this.comparison = null;
      this.#setLeftOut(id, around.leftOut);
      this.#commit(viewOf(around, { title: `Around ${centre.name}`, root: id, previous: this.view }));
      this.selectNode(id);
      this.opened = { kind: 'focus', id };
      if (around.leftOut > 0) this.status.notice = this.#capNotice(centre.name, around.total - around.leftOut, around.total);
    });
    return found;
  }

  /**
   * Opens a view read from a link. Entities the graph does not hold (a mistyped or out-of-date link) are
   * reported in the notice rather than leaving the map blank.
   */
  async openShared(shared: SharedView, problems: string[] = []): Promise<void> {
    this.asOf = shared.asOf;
    this.hiddenKinds = new Set(shared.hiddenKinds);
    this.hiddenTypes = new Set(shared.hiddenTypes);
    this.hiddenBases = new Set(shared.hiddenBases);
    this.layout = shared.layout;
    this.moved = new Map(shared.positions);
    const missing: string[] = [];
    const opened = shared.opened;
    if (opened.kind === 'focus') {
      if (!(await this.focus(opened.id))) {
        if (this.status.error) return;
        missing.push(opened.id);
        await this.showGroups();
      }
    } else if (opened.kind === 'groups') await this.showGroups(opened.path, opened.prefer);
    else if (opened.kind === 'everything') await this.showEverything();
    else if (opened.kind === 'changes') await this.compare(opened.from, opened.to);
    else await this.showOverview();
    for (const id of shared.expanded) {
      if (this.status.error) return;
      if (this.view.nodes.has(id)) {
        if (!this.view.expanded.has(id)) await this.expand(id);
      } else missing.push(id);
    }
    const notes = [...problems];
    if (missing.length > 0) {
      const date = this.asOf ? ` on ${formatDay(this.asOf)}` : '';
      notes.unshift(
        `This link names ${missing.length === 1 ? 'an entity' : 'entities'} not in the graph${date}: ${missing.map((m) => `"${m}"`).join(', ')}.` +
          (opened.kind === 'focus' && missing.includes(opened.id) ? ' Showing England instead.' : ''),
      );
    }
    if (notes.length > 0) this.status.notice = notes.join(' ');
  }

  /** Focus on an entity again, and expand again what was expanded and is still there on the new date. */
  async #refocus(id: string): Promise<void> {
    const expanded = [...this.view.expanded].filter((e) => e !== id);
    await this.focus(id);
    for (const other of expanded) if (this.view.nodes.has(other) && !this.view.expanded.has(other)) await this.expand(other);
  }

  // ---- time ----------------------------------------------------------------------------------------------

  /** Draws the current view as it stood on `date` (null: all of history). */
  async setAsOf(date: string | null): Promise<void> {
    if (date === this.asOf && !this.comparison) return;
    this.asOf = date;
    // A comparison has no date of its own: a date chosen from it shows England on that date.
    const reopen = (!this.comparison && this.#reopen) || (() => this.showGroups());
    await reopen();
  }

  /** Steps the date through the years, one a step, until today or until stopped. */
  async play(pause: () => Promise<void>): Promise<void> {
    const token = ++this.#playToken;
    this.playing = true;
    try {
      for (const date of playDates(this.asOf ?? this.today, this.today)) {
        if (token !== this.#playToken) return;
        await this.setAsOf(date);
        if (this.status.error) return;
        await pause();
      }
    } finally {
      if (token === this.#playToken) this.playing = false;
    }
  }

  stopPlaying(): void {
    this.#playToken++;
    this.playing = false;
  }

  /** "What changed between A and B": the added and removed entities and relationships, marked and listed. */
  async compare(from: string, to: string): Promise<void> {
    await this.#run('Finding what changed…', async () => {
      const changes = await this.api.changes(from, to);
      const drawn = changeView(changes, this.today);
      this.answer = null;
      this.asOf = null;
      this.#reopen = () => this.compare(from, to);
      this.comparison = { from, to, added: drawn.added, removed: drawn.removed, successions: drawn.successions };
      this.opened = { kind: 'changes', from, to };
      const title = `What changed between ${formatDay(from)} and ${formatDay(to)}`;
      this.#commit({ ...viewOf(drawn.subgraph, { title, previous: this.view, expanded: [] }), marks: drawn.marks }, { relayout: true });
      // Changes cut across the hierarchy (many have no chain of command between them): a network reads better.
      this.layout = 'force';
      this.selection = null;
      this.detail = null;
    });
  }

  closeComparison(): void {
    this.comparison = null;
    if (this.view.marks) this.#commit({ ...this.view, marks: undefined });
  }

  #capNotice(name: string, shown: number, total: number): string {
    return `Showing ${shown} of ${total} neighbours of ${name}. Use "Show more" in its details, or the filters.`;
  }

  #setLeftOut(id: string, left: number): void {
    const next = new Map(this.leftOut);
    if (left > 0) next.set(id, left);
    else next.delete(id);
    this.leftOut = next;
  }

  // ---- exploring -----------------------------------------------------------------------------------------

  isExpanded(id: string): boolean {
    return this.view.expanded.has(id);
  }

  /** Double-click or Enter: expand an entity's neighbours, or collapse them when it is expanded. */
  async toggleExpand(id: string): Promise<void> {
    if (this.isGroup(id)) await this.openGroup(id);
    else if (this.view.expanded.has(id)) this.collapse(id);
    else await this.expand(id);
  }

  async expand(id: string): Promise<void> {
    await this.#run('Expanding…', async () => {
      const around = await this.api.neighbourhood(id, { depth: 1, limit: EXPAND_CAP, exclude: [...this.view.nodes.keys()] });
      const name = around.nodes.find((n) => n.id === id)?.name ?? this.view.nodes.get(id)?.name ?? id;
      this.#setLeftOut(id, around.leftOut);
      this.#commit(expand(this.view, id, around));
      if (around.leftOut > 0) this.status.notice = this.#capNotice(name, around.total - around.leftOut, around.total);
      else if (around.total === 0) this.status.notice = `${name} has no neighbours that are not already on the map.`;
    });
  }

  collapse(id: string): void {
    this.#setLeftOut(id, 0);
    this.#commit(collapse(this.view, id));
  }

  hide(id: string): void {
    this.#commit(hide(this.view, id));
  }

  showHidden(): void {
    this.#commit(showHidden(this.view));
  }

  togglePin(id: string): void {
    this.#commit(togglePin(this.view, id));
  }

  // ---- selection and details -----------------------------------------------------------------------------

  select(selection: Selection): void {
    if (selection?.type === 'edge' && selection.id.startsWith(GROUP_LINK_PREFIX)) {
      const link = this.view.grouping?.links.find((l) => groupLinkId(l) === selection.id);
      if (link) this.notify(`${describeLink(link, (id) => this.view.nodes.get(id)?.name ?? id)}: open a group to see them one by one.`);
      return;
    }
    this.selection = selection;
    if (selection?.type === 'node') void this.#loadDetail(selection.id);
    else {
      this.detail = null;
      this.detailLoading = false;
    }
  }

  selectNode(id: string): void {
    this.select({ type: 'node', id });
  }

  async #loadDetail(id: string): Promise<void> {
    const request = ++this.#detailRequest;
    this.detailLoading = true;
    try {
      const detail = await this.api.detail(id);
      if (request !== this.#detailRequest) return;
      this.detail = detail;
    } catch (error) {
      if (request !== this.#detailRequest) return;
      this.detail = null;
      const apiError = error instanceof ApiError ? error : new ApiError('server', (error as Error).message);
      this.reportError(apiError, () => this.#loadDetail(id));
    } finally {
      if (request === this.#detailRequest) this.detailLoading = false;
    }
  }

  /** Adds an entity seen in the detail panel to the map (with the relationship to the selected one) and selects it. */
  async bringIn(id: string): Promise<void> {
    if (this.view.nodes.has(id) && !this.view.hidden.has(id)) {
      this.selectNode(id);
      return;
    }
    await this.#run('Adding to the map…', async () => {
      // No new neighbours, only the entity and its relationships to what the map shows.
      const around = await this.api.neighbourhood(id, { depth: 1, limit: 0, exclude: [...this.view.nodes.keys()] });
      this.#commit(expand(this.view, this.view.root ?? id, around));
      this.selectNode(id);
    });
  }

  // ---- filters and layout --------------------------------------------------------------------------------

  toggleKind(kind: EntityKind): void {
    const next = new Set(this.hiddenKinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.hiddenKinds = next;
  }

  toggleType(type: RelationshipType): void {
    const next = new Set(this.hiddenTypes);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    this.hiddenTypes = next;
  }

  toggleBasis(basis: Basis): void {
    const next = new Set(this.hiddenBases);
    if (next.has(basis)) next.delete(basis);
    else next.add(basis);
    this.hiddenBases = next;
  }

  clearFilters(): void {
    this.hiddenKinds = new Set();
    this.hiddenTypes = new Set();
    this.hiddenBases = new Set();
  }

  setLayout(name: LayoutName): void {
    this.layout = name;
  }

  // ---- questions -----------------------------------------------------------------------------------------

  async ask(question: Question): Promise<void> {
    this.#reopen = () => this.ask(question);
    await this.#run('Finding the answer…', async () => {
      const answer = await this.#answer(question);
      this.answer = answer;
      this.comparison = null;
      const root = question.kind === 'paths' ? question.from.id : question.subject.id;
      this.opened = { kind: 'focus', id: root };
      this.#commit(
        viewOf(answer.subgraph, {
          title: answer.question,
          root,
          previous: this.view,
          highlight: answer.highlight,
          expanded: [],
          ranks: answer.ranks ?? null,
        }),
        // An answer is drawn afresh, even when its entities were already on the map.
        { relayout: true },
      );
      // A chain of command, or a chain of links from one entity to another, reads best top-down.
      if (!answer.empty) this.layout = 'hierarchical';
      this.selection = null;
      this.detail = null;
    });
  }

  clearAnswer(): void {
    this.answer = null;
    if (this.view.highlight.size > 0) this.#commit({ ...this.view, highlight: new Set() });
  }

  async #answer(question: Question): Promise<Answer> {
    switch (question.kind) {
      case 'overseers':
      case 'funders': {
        const type = question.kind === 'overseers' ? 'OVERSEES' : 'FUNDS';
        const found = await this.api.chain(type, question.subject.id);
        const upwards = found.nodes.filter((n) => n.id !== question.subject.id);
        return answerChain(type, question.subject, upwards, found, this.today);
      }
      case 'oversees':
      case 'funds': {
        const type = question.kind === 'oversees' ? 'OVERSEES' : 'FUNDS';
        const around = await this.api.neighbourhood(question.subject.id, { depth: 1, direction: 'OUT', types: [type] });
        return answerDownward(type, question.subject, around, this.today);
      }
      case 'paths': {
        const paths = await this.api.paths(question.from.id, question.to.id, question.types);
        const note = question.types ? ` through ${listOf(question.types.map((t) => TYPE_LABELS[t].toLowerCase()))} relationships` : '';
        return answerPaths(question.from, question.to, paths, this.today, note);
      }
    }
  }
}
