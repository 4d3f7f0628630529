/**
 * A problem found in the data (a seed file, a register row, an ODS extract or an edit through the API), named by
 * file, line, entry and field; and the error that lists every problem of a check, when nothing was written.
 */

export interface Problem {
  file: string;
  line: number | null;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.entry}${p.field ? `, field "${p.field}"` : ''}: ${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed data; nothing was written:\n` +
        problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`).join('\n') +
        (problems.length > 50 ? `\n  ...and ${problems.length - 50} more` : ''),
    );
    this.name = 'SeedValidationError';
  }
}
