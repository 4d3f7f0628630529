import type { LayoutName } from '../graph/layouts.ts';

/** How the map is arranged: the layout chosen, Re-arrange, and where the person dragged nodes to. */
export class Arrangement {
  layout = $state<LayoutName>('force');
  /** Bumped to ask the map to lay everything out afresh. */
  relayout = $state(0);
  /** Where the person dragged nodes to, by id (model coordinates, whole numbers). */
  moved = $state.raw<ReadonlyMap<string, { x: number; y: number }>>(new Map());

  setLayout(name: LayoutName): void {
    this.layout = name;
  }

  rearrange(): void {
    this.relayout++;
  }

  place(id: string, position: { x: number; y: number }): void {
    this.moved = new Map([...this.moved, [id, { x: Math.round(position.x), y: Math.round(position.y) }]]);
  }
}
