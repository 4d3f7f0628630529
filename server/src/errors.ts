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
