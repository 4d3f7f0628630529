/**
 * Whether the server can answer with the whole graph yet. main.ts moves it forward as it starts (waiting for
 * Neo4j and creating the schema, then loading the seed data, then ready); /health reads it. Only `ready` is
 * healthy: a load balancer or a client that trusts /health must not see an empty or half-written graph.
 */

export type ReadinessState =
  | { state: 'starting'; phase: string }
  | { state: 'loading'; phase: string; written: number; total: number; percent: number }
  | { state: 'ready' };

/** How long a client is asked to wait before asking again (the Retry-After header), by state. */
export const RETRY_AFTER_S = { starting: 5, loading: 2 } as const;

export class Readiness {
  #current: ReadinessState;

  constructor(initial: ReadinessState = { state: 'starting', phase: 'waiting for Neo4j' }) {
    this.#current = initial;
  }

  /** Always ready: for apps built over a database that is already loaded (tests, scripts). */
  static ready(): Readiness {
    return new Readiness({ state: 'ready' });
  }

  get current(): ReadinessState {
    return this.#current;
  }

  starting(phase: string): void {
    this.#current = { state: 'starting', phase };
  }

  /** Data being written: `written` of `total` rows (0 of 0 while the total is not known yet). */
  loading(phase: string, written = 0, total = 0): void {
    const percent = total > 0 ? Math.min(100, Math.floor((100 * written) / total)) : 0;
    this.#current = { state: 'loading', phase, written, total, percent };
  }

  ready(): void {
    this.#current = { state: 'ready' };
  }
}

export interface HealthAnswer {
  status: 200 | 503;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/**
 * What GET /health answers: 200 {"status":"ok"} only when ready with Neo4j up; 503 {"status":"degraded"} when
 * ready but Neo4j is away; 503 {"status":"starting"|"loading", phase, progress} with Retry-After before that.
 * `report` is what Neo4j said (neo4j: up or down, version, latency or reason).
 */
export function healthAnswer(readiness: ReadinessState, report: { neo4j: 'up' | 'down'; [key: string]: unknown }): HealthAnswer {
  if (readiness.state === 'ready') {
    const ok = report.neo4j === 'up';
    return { status: ok ? 200 : 503, headers: {}, body: { status: ok ? 'ok' : 'degraded', ...report } };
  }
  const { state, ...progress } = readiness;
  return {
    status: 503,
    headers: { 'retry-after': String(RETRY_AFTER_S[state]) },
    body: { status: state, ...progress, ...report },
  };
}
