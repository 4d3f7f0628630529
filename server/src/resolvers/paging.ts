import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { decodeCursor, encodeCursor, type CursorTag } from '../domain/cursor.ts';
import { BadUserInputError } from '../errors.ts';
import { intInRange } from './args.ts';
import { MAX_FIRST } from '../cost.ts';

/** The most items one page may ask for (defined with the cost limit, which weighs each page by its `first`). */
export { MAX_FIRST };

/** `first` and `after` checked (BAD_USER_INPUT naming the argument), the cursor decoded to its sort key. */
export function pageArgs(tag: CursorTag, args: { first: number; after?: string | null }): { first: number; after: string | null } {
  const first = intInRange(args.first, 1, MAX_FIRST, 'first');
  if (args.after === null || args.after === undefined) return { first, after: null };
  const after = decodeCursor(tag, args.after);
  if (after === null) {
    throw new BadUserInputError('after is not a cursor of this list: pass an endCursor or cursor from an earlier page of it.', 'after');
  }
  return { first, after };
}

/** A period argument checked: `from` not after `to`. */
export function periodArg(value: { from: string; to: string } | null | undefined, argument: string) {
  if (!value) return null;
  if (value.from > value.to) throw new BadUserInputError(`${argument}.from must not be after ${argument}.to.`, argument);
  return { from: value.from, to: value.to };
}

/**
 * Whether the query selects the field at `path` under this one, each step directly under the one before (through
 * fragments too): selects(info, 'totalCount'), selects(info, 'edges', 'node', 'sources').
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined, rest: string[]): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && (rest.length === 1 || within(s.selectionSet, rest.slice(1)));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest);
      const key = `${s.name.value}:${rest.join('.')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return within(info.fragments[s.name.value]?.selectionSet, rest);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}

/** A connection from a page of items: each edge's cursor is its sort key, encoded. */
export function connection<T>(tag: CursorTag, items: T[], key: (item: T) => string, page: { hasNextPage: boolean; totalCount: number | null }) {
  const edges = items.map((node) => ({ cursor: encodeCursor(tag, key(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
