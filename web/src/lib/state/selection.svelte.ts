import type { Api } from '../api/queries.ts';
import type { EntityDetail, Rule } from '../api/types.ts';
import { asApiError, type Status } from './status.svelte.ts';

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

/**
 * What is selected on the map (or in the list) and what the detail panel shows about it: an entity's details
 * are asked for when it is selected, and only the answer for the latest selection is kept.
 */
export class SelectionState {
  current = $state.raw<Selection>(null);
  detail = $state.raw<EntityDetail | null>(null);
  detailLoading = $state(false);
  #detailRequest = 0;
  /** The rules derived relationships follow, with their sources: asked for once, when first needed. */
  rules = $state.raw<ReadonlyMap<string, Rule>>(new Map());
  #rulesAsked = false;

  constructor(
    private readonly api: Pick<Api, 'detail' | 'rules'>,
    private readonly status: Status,
  ) {}

  /** Selects an entity (asking for its details, unless `detail` is false), a relationship, or nothing. */
  select(selection: Selection, options: { detail?: boolean } = {}): void {
    this.current = selection;
    if (selection?.type === 'node' && options.detail !== false) void this.#loadDetail(selection.id);
    else {
      this.detail = null;
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
      this.status.reportError(asApiError(error), () => this.#loadDetail(id));
    } finally {
      if (request === this.#detailRequest) this.detailLoading = false;
    }
  }
}
