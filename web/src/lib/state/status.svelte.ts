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
  #firstEnded = () => {};
  /** Settles when the first map task has ended, well or not: what can wait for the first screen waits for this. */
  readonly firstTaskEnded = new Promise<void>((resolve) => (this.#firstEnded = resolve));

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
      return false;
    } finally {
      this.#firstEnded();
    }
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
