/**
 * Messages for a live region, keyed by what they are about (the focused entity, the map). A newer message of
 * a key replaces an older one not yet written, and `write` is called only once things settle, so arrowing
 * across ten entities or a map redrawn in three steps is read out once, not ten or three times. Pure (timers
 * only), so it is tested with fake timers.
 */
export class AnnouncementQueue {
  #pending = new Map<string, string>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #last = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly delay = 350,
  ) {}

  say(key: string, message: string): void {
    if (!message) return;
    // Insertion order is reading order: a key said again moves to the end.
    this.#pending.delete(key);
    this.#pending.set(key, message);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), this.delay);
  }

  #flush(): void {
    this.#timer = null;
    const next = [...this.#pending.values()].join(' ');
    this.#pending.clear();
    // The same words again would not be read out: a trailing no-break space makes them a change.
    this.#last = next === this.#last ? `${next}\u00a0` : next;
    this.write(this.#last);
  }
}
