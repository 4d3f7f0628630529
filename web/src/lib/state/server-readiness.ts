import { writable } from 'svelte/store';

/**
 * What the server says while it is not ready to answer with the whole graph (its /health: starting, or loading
 * the seed data). The API client sets it while it holds requests back; the status banner shows it. A plain
 * store rather than runes, so the client stays a plain module the unit tests can load.
 */
export interface ServerWaiting {
  state: 'starting' | 'loading';
  phase: string;
  /** Rows written of all, as a whole percentage; 0 before the writing starts. */
  percent: number;
}

export const serverWaiting = writable<ServerWaiting | null>(null);

/** What the status banner says while the server gets ready. */
export function waitingMessage(waiting: ServerWaiting): string {
  if (waiting.state === 'loading') return `Loading the data (${waiting.percent}%)...`;
  return `The server is starting (${waiting.phase})...`;
}

/** Reads a /health body: the waiting state it reports, or null when the server is past it (ok, degraded) or it is not one. */
export function waitingFrom(body: unknown): ServerWaiting | null {
  if (typeof body !== 'object' || body === null) return null;
  const { status, phase, percent } = body as { status?: unknown; phase?: unknown; percent?: unknown };
  if (status !== 'starting' && status !== 'loading') return null;
  return {
    state: status,
    phase: typeof phase === 'string' ? phase : '',
    percent: typeof percent === 'number' && Number.isFinite(percent) ? Math.max(0, Math.min(100, Math.floor(percent))) : 0,
  };
}
