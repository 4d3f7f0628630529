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
