/**
 * A small GraphQL client over fetch. Every failure becomes an ApiError whose `reason` says what the person can
 * do about it: the server is unreachable, the database is down, or the request itself was refused.
 */

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

/** A client for the endpoint (by default /graphql on the page's own origin). */
export function createClient(endpoint = '/graphql', fetchImpl: typeof fetch = (...a) => fetch(...a)): GraphQLClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
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
