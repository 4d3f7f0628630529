import type { EntityKind } from '../api/types.ts';

/**
 * "Group by kind" and "Ungroup" in the toolbar: whether the map draws each kind as one node (kind-fold.ts), and
 * which kinds were opened one by one. Like the filters it stays as views change and is not part of the undo
 * history; the grouped map of England is grouped already and ignores it.
 */
export class Folding {
  /** Null when the map is drawn as it is; otherwise the kinds opened, in the order they were opened. */
  open = $state.raw<readonly EntityKind[] | null>(null);

  get folded(): boolean {
    return this.open !== null;
  }

  /** The toolbar's toggle: folds every kind, or draws the view as it is again. */
  toggle(): void {
    this.open = this.open ? null : [];
  }

  /** Shows a folded kind's members (opening its node). */
  openKind(kind: EntityKind): void {
    if (this.open && !this.open.includes(kind)) this.open = [...this.open, kind];
  }

  /** Folds an opened kind back into its node. */
  closeKind(kind: EntityKind): void {
    if (this.open) this.open = this.open.filter((k) => k !== kind);
  }

  /** As a link, a saved view or a story step holds it (url-state.ts). */
  set(fold: { by: 'kind'; open: readonly EntityKind[] } | null): void {
    this.open = fold ? [...fold.open] : null;
  }
}
