import { ApiError } from '../api/client.ts';

/** Any failure as the coded error the status banner explains. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('server', (error as Error).message);
}

/**
 * What the map is waiting for, what went wrong and a passing note: the status banner reads it. Map tasks run
 * through `run`, so a failure shows the error and Retry runs the task again.
 */
export class Status {
  /** What is loading, in words, or null. */
  loading = $state<string | null>(null);
  error = $state.raw<ApiError | null>(null);
  /** A passing note ("Showing 25 of 60 neighbours"). */
  notice = $state<string | null>(null);
  #retry: (() => Promise<void>) | null = null;
  #firstShown = () => {};
  /**
   * Settles once the map has drawn its first view (`drawn`), or a map task failed: what can wait for the first
   * screen waits for this, so it does not take the machine from the first picture.
   */
  readonly firstScreen = new Promise<void>((resolve) => (this.#firstShown = resolve));

  /** Runs an API task with a loading message; a failure shows the error state, and Retry runs it again. */
  async run(label: string, task: () => Promise<void>): Promise<boolean> {
    this.loading = label;
    this.error = null;
    this.notice = null;
    try {
      await task();
      this.#retry = null;
      this.loading = null;
      this.error = null;
      return true;
    } catch (error) {
      this.#retry = task;
      this.loading = null;
      this.error = asApiError(error);
      this.notice = null;
      this.#firstShown();
      return false;
    }
  }

  /** The map has drawn a view (its layout has settled). */
  drawn(): void {
    this.#firstShown();
  }

  async retry(): Promise<void> {
    const task = this.#retry;
    if (task) await this.run('Trying again…', task);
  }

  dismissError(): void {
    this.error = null;
  }

  /** Shows an error raised outside a map task (the search box's suggestions, the details). */
  reportError(error: ApiError, retry: () => Promise<void>): void {
    this.#retry = retry;
    this.loading = null;
    this.error = error;
    this.notice = null;
  }

  notify(notice: string | null): void {
    this.notice = notice;
  }
}
