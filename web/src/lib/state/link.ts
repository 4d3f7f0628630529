import { formatDay } from '../text/phrasing.ts';
import { decodeStoryLink, type StoryResult } from './story-file.ts';
import { decodeView, encodeView, type SharedView } from './url-state.ts';

/**
 * What the part of a URL after `#` holds: a story (story-file.ts), a view (url-state.ts) or nothing, which is
 * the first screen (England's grouped map). Pure; link-sync.svelte.ts reads and writes the page's own URL with it.
 */
export type Link =
  | { kind: 'story'; story: StoryResult }
  | { kind: 'view'; view: SharedView; problems: string[] }
  | { kind: 'none' };

export function readLink(hash: string): Link {
  const story = decodeStoryLink(hash);
  if (story) return { kind: 'story', story };
  if (hash.length <= 1) return { kind: 'none' };
  const { view, problems } = decodeView(hash);
  return { kind: 'view', view, problems };
}

/** The `#...` that holds a view, or '' for the default view (England's grouped map, nothing changed). */
export function hashOf(view: SharedView): string {
  const encoded = encodeView(view);
  return encoded ? `#${encoded}` : '';
}

/** Where the nodes a link moved go, by id (none for a story link or no link). */
export function linkPositions(hash: string): Map<string, { x: number; y: number }> {
  return new Map(decodeView(hash).view.positions);
}

/**
 * What the notice says when a link names entities the graph does not hold on its date (a mistyped or
 * out-of-date link); `englandInstead` when the entity the link focused on is one of them.
 */
export function missingNote(missing: readonly string[], asOf: string | null, englandInstead: boolean): string {
  const date = asOf ? ` on ${formatDay(asOf)}` : '';
  const names = missing.map((m) => `"${m}"`).join(', ');
  return `This link names ${missing.length === 1 ? 'an entity' : 'entities'} not in the graph${date}: ${names}.` + (englandInstead ? ' Showing England instead.' : '');
}
