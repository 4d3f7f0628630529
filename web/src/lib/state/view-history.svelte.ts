import type { Entity, Relationship } from '../api/types.ts';
import { History } from './history.ts';
import { EMPTY_VIEW, visibleSubgraph, type View } from './view.ts';

/** What the map shows (an immutable View, view.ts), with undo and redo over every change. */
export class ViewHistory {
  #history = new History<View>(EMPTY_VIEW);
  view = $state.raw<View>(EMPTY_VIEW);
  canUndo = $state(false);
  canRedo = $state(false);
  /** The view with hidden entities left out (the filters are applied on top: Explorer.drawn). */
  visible = $derived(visibleSubgraph(this.view));
  /** Neighbours left out by the cap, per expanded entity ("Show 25 more"); not part of the history. */
  leftOut = $state.raw<ReadonlyMap<string, number>>(new Map());

  /** Makes `next` what the map shows; what was undone can no longer be redone. */
  commit(next: View): void {
    this.view = this.#history.push(next);
    this.#sync();
  }

  undo(): void {
    this.view = this.#history.undo();
    this.#sync();
  }

  redo(): void {
    this.view = this.#history.redo();
    this.#sync();
  }

  #sync(): void {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
  }

  entity(id: string): Entity | undefined {
    return this.view.nodes.get(id);
  }

  relationship(id: string): Relationship | undefined {
    return this.view.edges.get(id);
  }

  isExpanded(id: string): boolean {
    return this.view.expanded.has(id);
  }

  /** On the map and not hidden. */
  isShown(id: string): boolean {
    return this.view.nodes.has(id) && !this.view.hidden.has(id);
  }

  setLeftOut(id: string, left: number): void {
    const next = new Map(this.leftOut);
    if (left > 0) next.set(id, left);
    else next.delete(id);
    this.leftOut = next;
  }
}
