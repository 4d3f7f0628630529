/** Undo and redo over immutable states: `present` plus what lies behind and ahead of it. */
export class History<T> {
  #past: T[] = [];
  #future: T[] = [];

  constructor(
    public present: T,
    private readonly limit = 100,
  ) {}

  /** Makes `next` the present; what was undone can no longer be redone. */
  push(next: T): T {
    if (next === this.present) return next;
    this.#past.push(this.present);
    if (this.#past.length > this.limit) this.#past.shift();
    this.#future = [];
    this.present = next;
    return next;
  }

  undo(): T {
    const previous = this.#past.pop();
    if (previous === undefined) return this.present;
    this.#future.push(this.present);
    this.present = previous;
    return previous;
  }

  redo(): T {
    const next = this.#future.pop();
    if (next === undefined) return this.present;
    this.#past.push(this.present);
    this.present = next;
    return next;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }
}
