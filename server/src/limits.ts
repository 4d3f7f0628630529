import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Query limits (graphql-armor). Each rejection carries a code naming the limit it hit, so a client can tell
 * "too deep" from "too many aliases". Argument caps (depth, maxLength, limit) are in the resolvers.
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

export function limitsPlugin(options: { development: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, onReject: tag('MAX_DEPTH_EXCEEDED', LIMITS.maxDepth) },
    maxAliases: { n: LIMITS.maxAliases, onReject: tag('MAX_ALIASES_EXCEEDED', LIMITS.maxAliases) },
    maxTokens: { n: LIMITS.maxTokens, onReject: tag('MAX_TOKENS_EXCEEDED', LIMITS.maxTokens) },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: tag('MAX_DIRECTIVES_EXCEEDED', LIMITS.maxDirectives) },
    costLimit: { maxCost: LIMITS.maxCost, onReject: tag('COST_LIMIT_EXCEEDED', LIMITS.maxCost) },
    // "Did you mean ...?" maps the schema for a stranger; analysts in development keep it.
    blockFieldSuggestion: { enabled: !options.development },
  }) as Plugin;
}
