import type { Basis, EntityKind, RelationshipType } from '../api/types.ts';
import type { Hidden } from './view.ts';

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** The filter panel's choices: kinds of entity, types of relationship and ways of knowing left off the map. */
export class Filters implements Hidden {
  hiddenKinds = $state.raw<ReadonlySet<EntityKind>>(new Set());
  hiddenTypes = $state.raw<ReadonlySet<RelationshipType>>(new Set());
  /** Ways of knowing left off the map (say, only what a sentence or a register row states). */
  hiddenBases = $state.raw<ReadonlySet<Basis>>(new Set());

  /** Whether anything is filtered out. */
  get active(): boolean {
    return this.hiddenKinds.size > 0 || this.hiddenTypes.size > 0 || this.hiddenBases.size > 0;
  }

  toggleKind(kind: EntityKind): void {
    this.hiddenKinds = toggled(this.hiddenKinds, kind);
  }

  toggleType(type: RelationshipType): void {
    this.hiddenTypes = toggled(this.hiddenTypes, type);
  }

  toggleBasis(basis: Basis): void {
    this.hiddenBases = toggled(this.hiddenBases, basis);
  }

  /** Sets all three at once (a link or a saved view); nothing given shows everything. */
  set(hidden: { hiddenKinds?: Iterable<EntityKind>; hiddenTypes?: Iterable<RelationshipType>; hiddenBases?: Iterable<Basis> } = {}): void {
    this.hiddenKinds = new Set(hidden.hiddenKinds);
    this.hiddenTypes = new Set(hidden.hiddenTypes);
    this.hiddenBases = new Set(hidden.hiddenBases);
  }

  /** "Show all". */
  clear(): void {
    this.set();
  }
}
