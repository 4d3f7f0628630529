/**
 * Opaque page cursors: base64url of the sort key, tagged with what it orders ("r" for relationships, "e" for
 * entities), so a relationships cursor handed to entities is refused rather than silently misread. Pure.
 */

export type CursorTag = 'r' | 'e';

/** Ids are letters, digits and : @ . _ - (seed/schema.ts); a decoded key must be one. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9:@._-]{0,299}$/;

export function encodeCursor(tag: CursorTag, key: string): string {
  return Buffer.from(`${tag}:${key}`, 'utf8').toString('base64url');
}

/** The sort key in a cursor, or null when it is not one of ours for this tag (garbage, another list's, tampered). */
export function decodeCursor(tag: CursorTag, cursor: string): string | null {
  if (cursor.length === 0 || cursor.length > 420 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's decoder skips what it cannot read; a cursor must encode back to itself.
  if (Buffer.from(text, 'utf8').toString('base64url') !== cursor) return null;
  if (!text.startsWith(`${tag}:`)) return null;
  const key = text.slice(2);
  return KEY.test(key) ? key : null;
}
