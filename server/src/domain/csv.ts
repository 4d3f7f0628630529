/**
 * The one CSV writer (the server's exports and the explorer's downloads both use it), safe to open in a
 * spreadsheet: a field that starts with = + - @, a tab or a carriage return is defused with a leading apostrophe, so a name or a quote
 * can never run as a formula. A few lines rather than a library, because the browser bundle takes it too.
 */

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @, tab or carriage return is defused for spreadsheets. */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
