import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costError, operationCost } from './cost.ts';

/**
 * Query limits (graphql-armor). Each rejection carries a code naming the limit it hit, so a client can tell
 * "too deep" from "too many aliases". Argument caps (depth, maxLength, limit, first) are in the resolvers. The
 * cost limit is ours (cost.ts): armor's cannot see a page size given as a variable.
 */
export const LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 20_000,
} as const;

const tag = (code: string, limit: number) => [
  (_: unknown, error: GraphQLError) => {
    Object.assign(error.extensions as Record<string, unknown>, { code, limit });
  },
];

/** Refuses an operation whose cost (with its variables: see cost.ts) is over the limit, before it runs. */
export function costLimitPlugin(maxCost: number = LIMITS.maxCost): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost > maxCost) setResultAndStopExecution({ errors: [costError(cost, maxCost)] });
    },
  };
}

export function limitsPlugin(options: { development: boolean }): Plugin[] {
  return [armorPlugin(options), costLimitPlugin()];
}

function armorPlugin(options: { development: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, onReject: tag('MAX_DEPTH_EXCEEDED', LIMITS.maxDepth) },
    maxAliases: { n: LIMITS.maxAliases, onReject: tag('MAX_ALIASES_EXCEEDED', LIMITS.maxAliases) },
    maxTokens: { n: LIMITS.maxTokens, onReject: tag('MAX_TOKENS_EXCEEDED', LIMITS.maxTokens) },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: tag('MAX_DIRECTIVES_EXCEEDED', LIMITS.maxDirectives) },
    costLimit: { enabled: false },
    // "Did you mean ...?" maps the schema for a stranger; analysts in development keep it.
    blockFieldSuggestion: { enabled: !options.development },
  }) as Plugin;
}
