// Over 300 lines: the actions that change several state classes at once share its private #commit, so they stay in one class.
import type { ApiError } from '../api/client.ts';
import type { Api } from '../api/queries.ts';
import type { Entity, EntityKind, GroupLink, Subgraph } from '../api/types.ts';
import { formatDay } from '../text/phrasing.ts';
import { Arrangement } from './arrangement.svelte.ts';
import { Filters } from './filters.svelte.ts';
import { Folding } from './folding.svelte.ts';
import { describeLink, GROUP_LINK_PREFIX, groupedMap, groupedTitle, groupLinkId } from './grouping.ts';
import { drawnMap, kindOfGroup, type DrawnMap } from './kind-fold.ts';
import type { QuestionKind } from './question-form.svelte.ts';
import { Questions, fetchAnswer, type Question } from './questions.svelte.ts';
import { SelectionState, type Selection } from './selection.svelte.ts';
import { openShared, sharedOf } from './shared-view.ts';
import { Status } from './status.svelte.ts';
import { TimeState } from './time-state.svelte.ts';
import { changeView } from './time.ts';
import type { Opened, SharedView } from './url-state.ts';
import { ViewHistory } from './view-history.svelte.ts';
import { collapse, drawnSubgraph, expand, hide, showHidden, togglePin, viewOf, type View } from './view.ts';

/** The overview: the bodies that run the NHS and the programmes they run. */
export const OVERVIEW_KINDS: EntityKind[] = ['GOVERNMENT_DEPARTMENT', 'NATIONAL_BODY', 'REGULATOR', 'PROGRAMME'];

/** At most this many new neighbours appear at once when an entity is expanded or focused. */
export const EXPAND_CAP = 25;

/**
 * The explorer's app-wide state, composed of small state classes that components read through the context
 * (context.ts): `views` (what the map shows, undo and redo), `filters`, `folding` (grouped by kind), `arrangement`
 * (layout, dragged nodes), `time` (date, play, comparison, yearly counts), `questions` (form, answer),
 * `selection` (details), `status`.
 * Its own methods are the actions that change several of them at once: opening a view, expanding, asking.
 */
export class Explorer {
  readonly status = new Status();
  readonly views = new ViewHistory();
  readonly filters = new Filters();
  readonly folding = new Folding();
  readonly arrangement = new Arrangement();
  readonly questions = new Questions();
  readonly time: TimeState;
  readonly selection: SelectionState;
  /** What the current view was opened as (a question's answer counts as its subject's neighbourhood). */
  opened = $state.raw<Opened>({ kind: 'groups', path: [], prefer: null });
  /** On the grouped map: the groups opened, outermost first (a region, then one of its ICBs or STPs). */
  groupTrail = $state.raw<Entity[]>([]);

  /** The view as a link holds it (shared-view.ts, url-state.ts). */
  shared: SharedView = $derived(sharedOf(this));

  /** The view with the kind, type and basis filters applied: what is actually drawn. */
  drawn: Subgraph = $derived(drawnSubgraph(this.views.visible, this.filters));

  /** What the map and the list view draw: `drawn`, grouped by kind when asked (kind-fold.ts). */
  map: DrawnMap = $derived.by(() => {
    const open = this.folding.open;
    // The date only names kinds (area teams before April 2015): a plain map does not follow it before its data does.
    return drawnMap(this.drawn, this.views.view, open, open ? this.time.asOf : null);
  });

  /** Names for the search boxes (at most 8), and what they do when the server does not answer. */
  readonly suggest = (text: string, signal: AbortSignal) => this.api.search(text, 8, signal);
  readonly reportSearchError = (error: ApiError, retry: () => Promise<void>) => this.status.reportError(error, retry);

  constructor(readonly api: Api) {
    this.time = new TimeState(api, {
      home: () => this.showGroups(),
      failed: () => this.status.error !== null,
      firstScreen: this.status.firstScreen,
    });
    this.selection = new SelectionState(api, this.status);
  }

  // ---- the view and its history --------------------------------------------------------------------------

  #commit(next: View, options: { relayout?: boolean } = {}): void {
    this.views.commit(next);
    this.#afterChange(options.relayout ?? false);
  }

  /** A selection the view no longer shows is let go; a view drawn afresh asks the map to lay it out again. */
  #afterChange(relayout: boolean): void {
    const s = this.selection.current;
    if (s && !(s.type === 'node' ? this.views.isShown(s.id) || this.isGroup(s.id) : this.views.view.edges.has(s.id))) this.selection.select(null);
    // Grouped by kind, an entity folded into its kind's node is off the map too.
    if (this.folding.folded) this.#letGoUnseen();
    if (relayout) this.arrangement.rearrange();
  }

  undo(): void {
    this.views.undo();
    this.questions.answer = null;
    this.#afterChange(false);
  }

  redo(): void {
    this.views.redo();
    this.#afterChange(false);
  }

  // ---- opening views -------------------------------------------------------------------------------------

  async showOverview(): Promise<void> {
    this.time.reopenWith(() => this.showOverview());
    this.opened = { kind: 'overview' };
    await this.status.run('Loading the overview…', async () => {
      const graph = await this.api.overview(OVERVIEW_KINDS);
      this.#leaveAnswers();
      this.#commit(viewOf(graph, { title: 'Overview: national bodies, regulators and programmes', previous: this.views.view }));
    });
  }

  async showEverything(): Promise<void> {
    this.time.reopenWith(() => this.showEverything());
    this.opened = { kind: 'everything' };
    await this.status.run('Loading the whole graph…', async () => {
      const graph = await this.api.wholeGraph();
      this.#leaveAnswers();
      this.#commit(viewOf(graph, { title: 'The whole graph', previous: this.views.view }));
    });
  }

  /**
   * The grouped map: England's regions with the national bodies (path empty), or inside the last group of
   * `path` (a region's ICBs, STPs or local offices; an ICB's or STP's members). `prefer` chooses which kind a
   * region's groups are when it has several on the date. A group not there on the date opens England instead.
   */
  async showGroups(path: string[] = [], prefer: EntityKind | null = null): Promise<void> {
    this.time.reopenWith(() => this.showGroups(path, prefer));
    // The grouped map is grouped already: grouping by kind ends here.
    this.folding.set(null);
    await this.status.run('Loading the map of England…', async () => {
      // Groups are of one day: with all of history on the map, today's.
      const on = this.time.asOf ?? this.time.today;
      let answer = await this.api.groups(path.at(-1) ?? null, prefer, on);
      if (!answer) {
        this.status.notice = `That group is not there ${this.time.asOf ? `on ${formatDay(this.time.asOf)}` : 'today'}: showing England instead.`;
        // The date's reopen (above) shows England from now on too.
        path = [];
        answer = await this.api.groups(null, prefer, on);
        if (!answer) return;
      }
      const trail = answer.within ? [...answer.above, answer.within] : [];
      this.opened = { kind: 'groups', path: trail.map((e) => e.id), prefer };
      this.groupTrail = trail;
      this.#leaveAnswers();
      const grouping = groupedMap(answer, on);
      const title = groupedTitle(answer, this.time.asOf);
      this.#commit(viewOf(grouping.graph, { title, previous: this.views.view, grouping }), { relayout: true });
    });
  }

  /** Opens a group (double-click, Enter, or the detail panel's button): a kind's node shows its members. */
  async openGroup(id: string): Promise<void> {
    const kind = kindOfGroup(id);
    if (kind) {
      this.folding.openKind(kind);
      this.#letGoUnseen();
      return;
    }
    const opened = this.opened;
    await this.showGroups([...(opened.kind === 'groups' ? opened.path : []), id], opened.kind === 'groups' ? opened.prefer : null);
  }

  /** "Focus on this": the entity and its nearest neighbours (capped), plus whatever is pinned. */
  async focus(id: string): Promise<boolean> {
    this.time.reopenWith(() => this.#refocus(id));
    let found = false;
    await this.status.run('Loading the neighbourhood…', async () => {
      const around = await this.api.neighbourhood(id, { depth: 1, limit: EXPAND_CAP });
      const centre = around.nodes.find((n) => n.id === id);
      found = centre !== undefined;
      if (!centre) {
        const asOf = this.time.asOf;
        this.status.notice = asOf ? `That entity is not in the graph on ${formatDay(asOf)}.` : 'That entity is no longer in the graph.';
        return;
      }
      this.#leaveAnswers();
      this.views.setLeftOut(id, around.leftOut);
      this.#commit(viewOf(around, { title: `Around ${centre.name}`, root: id, previous: this.views.view }));
      this.selection.selectNode(id);
      this.opened = { kind: 'focus', id };
      if (around.leftOut > 0) this.status.notice = capNotice(centre.name, around.total - around.leftOut, around.total);
    });
    return found;
  }

  /** Opens a view a link, a saved view or a story step holds (shared-view.ts). */
  openShared(shared: SharedView, problems: string[] = []): Promise<void> {
    return openShared(this, shared, problems);
  }

  // ---- grouping by kind ----------------------------------------------------------------------------------

  /** "Group by kind" and "Ungroup": each kind one node, or the view as it is; laid out afresh either way. */
  toggleFold(): void {
    this.folding.toggle();
    this.#letGoUnseen();
    this.arrangement.rearrange();
  }

  /** Folds an opened kind back into its node. */
  foldKind(kind: EntityKind): void {
    this.folding.closeKind(kind);
    this.#letGoUnseen();
  }

  /** An entity on the map now, a kind's node included. */
  entity(id: string): Entity | undefined {
    return kindOfGroup(id) ? this.map.graph.nodes.find((n) => n.id === id) : this.views.entity(id);
  }

  /** Whether `id` is a group on the map now (of the grouped map, or a kind's node), and so opens rather than expands. */
  isGroup(id: string): boolean {
    return this.map.grouping?.groups.has(id) ?? false;
  }

  /** The counted link that `id` names, on a grouped map. */
  groupLink(id: string): GroupLink | undefined {
    return this.map.grouping?.links.find((l) => groupLinkId(l) === id);
  }

  /** A selection that folding took off the map (into a kind's node) is let go. */
  #letGoUnseen(): void {
    const s = this.selection.current;
    if (!s) return;
    const shown = s.type === 'node' ? this.map.graph.nodes.some((n) => n.id === s.id) : this.map.graph.edges.some((e) => e.id === s.id);
    if (!shown) this.selection.select(null);
  }

  /** Focus on an entity again, and expand again what was expanded and is still there on the new date. */
  async #refocus(id: string): Promise<void> {
    const expanded = [...this.views.view.expanded].filter((e) => e !== id);
    await this.focus(id);
    for (const other of expanded) if (this.views.view.nodes.has(other) && !this.views.isExpanded(other)) await this.expand(other);
  }

  /** A new view, not an answer or a comparison: both are closed. */
  #leaveAnswers(): void {
    this.questions.answer = null;
    this.time.comparison = null;
  }

  // ---- time ----------------------------------------------------------------------------------------------

  /** "What changed between A and B": the added and removed entities and relationships, marked and listed. */
  async compare(from: string, to: string): Promise<void> {
    await this.status.run('Finding what changed…', async () => {
      const changes = await this.api.changes(from, to);
      const drawn = changeView(changes, this.time.today);
      this.questions.answer = null;
      this.time.asOf = null;
      this.time.reopenWith(() => this.compare(from, to));
      this.time.comparison = { from, to, added: drawn.added, removed: drawn.removed, successions: drawn.successions };
      this.opened = { kind: 'changes', from, to };
      const title = `What changed between ${formatDay(from)} and ${formatDay(to)}`;
      this.#commit({ ...viewOf(drawn.subgraph, { title, previous: this.views.view, expanded: [] }), marks: drawn.marks }, { relayout: true });
      // Changes cut across the hierarchy (many have no chain of command between them): a network reads better.
      this.arrangement.layout = 'force';
      this.selection.clear();
    });
  }

  closeComparison(): void {
    this.time.comparison = null;
    if (this.views.view.marks) this.#commit({ ...this.views.view, marks: undefined });
  }

  // ---- exploring -----------------------------------------------------------------------------------------

  /** Double-click or Enter: expand an entity's neighbours, or collapse them when it is expanded. */
  async toggleExpand(id: string): Promise<void> {
    if (this.isGroup(id)) await this.openGroup(id);
    else if (this.views.isExpanded(id)) this.collapse(id);
    else await this.expand(id);
  }

  async expand(id: string): Promise<void> {
    await this.status.run('Expanding…', async () => {
      const around = await this.api.neighbourhood(id, { depth: 1, limit: EXPAND_CAP, exclude: [...this.views.view.nodes.keys()] });
      const name = around.nodes.find((n) => n.id === id)?.name ?? this.views.entity(id)?.name ?? id;
      this.views.setLeftOut(id, around.leftOut);
      this.#commit(expand(this.views.view, id, around));
      if (around.leftOut > 0) this.status.notice = capNotice(name, around.total - around.leftOut, around.total);
      else if (around.total === 0) this.status.notice = `${name} has no neighbours that are not already on the map.`;
    });
  }

  collapse(id: string): void {
    this.views.setLeftOut(id, 0);
    this.#commit(collapse(this.views.view, id));
  }

  hide(id: string): void {
    this.#commit(hide(this.views.view, id));
  }

  showHidden(): void {
    this.#commit(showHidden(this.views.view));
  }

  togglePin(id: string): void {
    this.#commit(togglePin(this.views.view, id));
  }

  /** A click on the map or the list: a counted link between groups is told in the notice, not selected. */
  select(selection: Selection): void {
    if (selection?.type === 'edge' && selection.id.startsWith(GROUP_LINK_PREFIX)) {
      const link = this.groupLink(selection.id);
      if (link) this.status.notify(`${describeLink(link, (id) => this.entity(id)?.name ?? id)}: open a group to see them one by one.`);
      return;
    }
    // A kind's node is no entity of the graph: it has no details to ask for.
    this.selection.select(selection, { detail: !(selection?.type === 'node' && kindOfGroup(selection.id)) });
  }

  /** Adds an entity seen in the detail panel to the map (with the relationship to the selected one) and selects it. */
  async bringIn(id: string): Promise<void> {
    if (this.views.isShown(id)) {
      this.selection.selectNode(id);
      return;
    }
    await this.status.run('Adding to the map…', async () => {
      // No new neighbours, only the entity and its relationships to what the map shows.
      const around = await this.api.neighbourhood(id, { depth: 1, limit: 0, exclude: [...this.views.view.nodes.keys()] });
      this.#commit(expand(this.views.view, this.views.view.root ?? id, around));
      this.selection.selectNode(id);
    });
  }

  // ---- questions -----------------------------------------------------------------------------------------

  async ask(question: Question): Promise<void> {
    this.time.reopenWith(() => this.ask(question));
    await this.status.run('Finding the answer…', async () => {
      const answer = await fetchAnswer(this.api, question, this.time.today);
      this.questions.answer = answer;
      this.time.comparison = null;
      const root = question.kind === 'paths' ? question.from.id : question.subject.id;
      this.opened = { kind: 'focus', id: root };
      const { question: title, highlight, ranks } = answer;
      // An answer is drawn afresh, even when its entities were already on the map.
      this.#commit(viewOf(answer.subgraph, { title, root, previous: this.views.view, highlight, expanded: [], ranks: ranks ?? null }), { relayout: true });
      // A chain of command, or a chain of links from one entity to another, reads best top-down.
      if (!answer.empty) this.arrangement.layout = 'hierarchical';
      this.selection.clear();
    });
  }

  /** Fills in the question form (the detail panel's questions, the hint's examples) and asks it once complete. */
  async askAbout(kind: QuestionKind, subject: Entity, other?: Entity | null): Promise<void> {
    const question = this.questions.form.fill(kind, subject, other);
    if (question) await this.ask(question);
  }

  clearAnswer(): void {
    this.questions.answer = null;
    if (this.views.view.highlight.size > 0) this.#commit({ ...this.views.view, highlight: new Set() });
  }
}

function capNotice(name: string, shown: number, total: number): string {
  return `Showing ${shown} of ${total} neighbours of ${name}. Use "Show more" in its details, or the filters.`;
}
