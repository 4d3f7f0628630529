import { GraphQLError } from 'graphql';

/**
 * The coded errors a client can act on. Everything else is masked by yoga as "Unexpected error." and logged.
 */
export class CodedError extends GraphQLError {
  constructor(message: string, code: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

/** An argument the caller can fix: a bad date, a depth out of range. */
export class BadUserInputError extends CodedError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument ? { argument } : undefined);
  }
}

/** Neo4j cannot be reached; worth retrying later. */
export class DatabaseUnavailableError extends CodedError {
  constructor() {
    super('The graph database is not reachable just now; try again shortly.', 'DATABASE_UNAVAILABLE');
  }
}

/** A query ran into the transaction timeout. */
export class QueryTimeoutError extends CodedError {
  constructor() {
    super('The query took too long and was stopped; narrow it (a smaller depth, a date, fewer types).', 'QUERY_TIMEOUT');
  }
}

/** No valid admin token: the request must authenticate. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** Authenticated or not, this server does not allow it. */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

/** A whole-graph answer over the size cap: the client should stream it (`export` is the URL) or page through it. */
export class SnapshotTooLargeError extends CodedError {
  constructor(limit: number, exportUrl: string) {
    super(
      `The snapshot has more than ${limit.toLocaleString('en-GB')} entities or relationships: stream it from ${exportUrl} ` +
        '(NDJSON, CSV or GraphML), page through relationships(...) and entities(...), or narrow it by date, kinds or types.',
      'SNAPSHOT_TOO_LARGE',
      { limit, export: exportUrl },
    );
  }
}
