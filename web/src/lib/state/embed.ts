/**
 * A view or story shown read-only inside another site's page: the page opened with `?embed=1` keeps only the
 * map (and a presented story's controls), with a link to open it in the explorer. The server lets a site frame
 * it only when EMBED_ORIGINS names that site (none by default).
 */

export function isEmbedded(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

/** The page's address for an embed: the same view (the hash) with `?embed=1`. */
export function embedUrl(origin: string, hash: string): string {
  return `${origin}/?embed=1${hash.startsWith('#') || hash === '' ? hash : `#${hash}`}`;
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The HTML a site pastes into its page to show this view. */
export function embedCode(origin: string, hash: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl(origin, hash))}" title="${escapeAttribute(title)}" width="960" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** The explorer's own address for the view an embed shows (its "Open in the explorer" link). */
export function explorerUrl(origin: string, hash: string): string {
  return `${origin}/${hash}`;
}
