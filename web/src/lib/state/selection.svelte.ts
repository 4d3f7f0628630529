import type { Api } from '../api/queries.ts';
import type { EntityDetail, RelationshipDetail, Rule } from '../api/types.ts';
import { asApiError, type Status } from './status.svelte.ts';

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

/**
 * What is selected on the map (or in the list) and what the detail panel shows about it: an entity's details, or
 * a relationship's sources, rule and premises (the map's relationships carry none), are asked for when it is
 * selected, and only the answer for the latest selection is kept.
 */
export class SelectionState {
  current = $state.raw<Selection>(null);
  detail = $state.raw<EntityDetail | null>(null);
  detailLoading = $state(false);
  /** The selected relationship in full, once it has come. */
  relationship = $state.raw<RelationshipDetail | null>(null);
  #detailRequest = 0;
  /** The rules derived relationships follow, with their sources: asked for once, when first needed. */
  rules = $state.raw<ReadonlyMap<string, Rule>>(new Map());
  #rulesAsked = false;

  constructor(
    private readonly api: Pick<Api, 'detail' | 'relationship' | 'rules'>,
    private readonly status: Status,
  ) {}

  /** Selects an entity (asking for its details, unless `detail` is false), a relationship, or nothing. */
  select(selection: Selection, options: { detail?: boolean } = {}): void {
    this.current = selection;
    // An entity's earlier details stay until the new ones come: the panel shows only those of the selection.
    this.relationship = null;
    if (selection?.type === 'node' && options.detail !== false) {
      void this.#load(() => this.api.detail(selection.id), (d) => (this.detail = d));
      return;
    }
    this.detail = null;
    if (selection?.type === 'edge') void this.#load(() => this.api.relationship(selection.id), (r) => (this.relationship = r));
    else {
      this.#detailRequest++;
      this.detailLoading = false;
    }
  }

  selectNode(id: string): void {
    this.select({ type: 'node', id });
  }

  /** Nothing selected, as a new answer or comparison leaves it (a detail still on its way is not stopped). */
  clear(): void {
    this.current = null;
    this.detail = null;
    this.relationship = null;
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

  /** Asks for what the detail panel shows about the selection; an answer for an earlier selection is dropped. */
  async #load<T>(ask: () => Promise<T | null>, keep: (answer: T | null) => void): Promise<void> {
    const request = ++this.#detailRequest;
    this.detailLoading = true;
    try {
      const answer = await ask();
      if (request === this.#detailRequest) keep(answer);
    } catch (error) {
      if (request !== this.#detailRequest) return;
      keep(null);
      this.status.reportError(asApiError(error), () => this.#load(ask, keep));
    } finally {
      if (request === this.#detailRequest) this.detailLoading = false;
    }
  }
}
