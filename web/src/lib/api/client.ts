import { serverWaiting, waitingFrom, type ServerWaiting } from '../state/server-readiness.ts';

/**
 * A small GraphQL client over fetch. Every failure becomes an ApiError whose `reason` says what the person can
 * do about it: the server is unreachable, the database is down, or the request itself was refused. Requests go
 * at once; an answer given while the server was starting or loading its data (it says so in READINESS_HEADER)
 * is not used: the client waits, asking /health, and then asks again, instead of drawing an empty graph.
 */

/** The server's mark on an answer given before it was ready (server/src/app.ts): "starting" or "loading". */
export const READINESS_HEADER = 'x-explorer-readiness';

export type ApiFailure = 'unreachable' | 'database' | 'server' | 'query';

export class ApiError extends Error {
  constructor(
    readonly reason: ApiFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** What to tell the person, in plain words. */
  get headline(): string {
    switch (this.reason) {
      case 'unreachable':
        return 'The explorer cannot reach its server.';
      case 'database':
        return 'The graph database (Neo4j) is not answering.';
      case 'server':
        return 'The server had a problem answering.';
      case 'query':
        return 'The server refused the request.';
    }
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

export interface ClientOptions {
  /** Where the server says whether it is ready (default /health). */
  healthUrl?: string;
  /** How often to ask again while it is not (default 1 s). */
  pollMs?: number;
  /** Told what the server says while it is not ready, then null (default: the serverWaiting store). */
  onWaiting?: (waiting: ServerWaiting | null) => void;
}

/** A client for the endpoint (by default /graphql on the page's own origin). */
export function createClient(
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...a) => fetch(...a),
  options: ClientOptions = {},
): GraphQLClient {
  const { healthUrl = '/health', pollMs = 1000, onWaiting = (w) => serverWaiting.set(w) } = options;
  /** While the server says it is not ready: every request waits for this before it is sent. */
  let waiting: Promise<void> | null = null;
  const waitUntilReady = () => (waiting ??= askHealthUntilReady().finally(() => (waiting = null)));

  /** Asks /health until the server is past starting and loading; any other answer (or none) lets requests go. */
  async function askHealthUntilReady(): Promise<void> {
    for (;;) {
      let state: ServerWaiting | null = null;
      try {
        const res = await fetchImpl(healthUrl, { headers: { accept: 'application/json' } });
        state = waitingFrom(await res.json());
      } catch {
        // No answer or not JSON: the request itself will say what is wrong.
      }
      onWaiting(state);
      if (!state) return;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  async function send(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
    for (let early = 0; ; early++) {
      if (waiting) {
        await waiting;
        if (signal?.aborted) throw new DOMException('The request was aborted.', 'AbortError');
      }
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query, variables }),
          signal,
        });
      } catch (error) {
        if ((error as Error).name === 'AbortError') throw error;
        throw new ApiError('unreachable', 'The request did not reach the server (it may be stopped or restarting).');
      }
      const state = response.headers.get(READINESS_HEADER);
      if (state !== 'starting' && state !== 'loading') return response;
      // Answered before the data was all in: not drawn. Asked again once /health says the server is ready (and
      // not at once again if it said so before and the answer still came early, as while /health does not answer).
      await response.body?.cancel();
      if (early > 0) await new Promise((r) => setTimeout(r, pollMs));
      await waitUntilReady();
    }
  }

  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      const response = await send(query, variables, signal);
      let body: GraphQLResponse<T>;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch {
        // A proxy's error page, or a server stopped mid-answer.
        throw new ApiError(response.status >= 500 ? 'unreachable' : 'server', `The server answered ${response.status} without data.`);
      }
      const errors = body.errors ?? [];
      if (errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
        throw new ApiError('database', 'The server is running but cannot reach Neo4j just now.');
      }
      if (errors.length > 0 || !body.data) {
        const first = errors[0]?.message ?? `HTTP ${response.status}`;
        const code = errors[0]?.extensions?.code;
        throw new ApiError(code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' ? 'query' : 'server', first);
      }
      return body.data;
    },
  };
}
