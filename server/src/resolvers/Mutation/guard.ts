import type { Context } from '../../context.ts';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../../errors.ts';
import { validateData } from '../../dataset/check.ts';
import { SeedValidationError } from '../../dataset/problems.ts';
import type { Dataset } from '../../dataset/rows.ts';
import { readKnown } from '../../dataset/write.ts';

/** Every edit passes here first: the token, then the same checks as a seed file. */
export function requireAdmin(context: Context): string {
  const auth = context.auth ?? { state: 'disabled' };
  switch (auth.state) {
    case 'ok':
      return auth.actor;
    case 'disabled':
      throw new ForbiddenError('Editing is switched off on this server: it has no EXPLORER_ADMIN_TOKEN.');
    case 'missing':
      throw new UnauthenticatedError('Edits need an Authorization: Bearer <token> header.');
    case 'invalid':
      throw new UnauthenticatedError('The token is not valid.');
  }
}

/** Drops null fields: GraphQL sends null for what was left out, the seed schema expects it absent. */
export function compact<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** Validates an edit as a one-entry seed file against the database; problems become one BAD_USER_INPUT. */
export async function validateEdit(context: Context, data: unknown): Promise<Dataset> {
  try {
    return validateData('input', data, await readKnown(context.db));
  } catch (error) {
    if (error instanceof SeedValidationError) throw new InvalidEditError(error);
    throw error;
  }
}

/** BAD_USER_INPUT with every problem listed in extensions.problems (field and message). */
class InvalidEditError extends BadUserInputError {
  constructor(error: SeedValidationError) {
    const problems = error.problems.map((p) => ({ field: p.field, message: p.message }));
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${first.field ? `${first.field}: ` : ''}${first.message}${more}`);
    Object.assign(this.extensions as Record<string, unknown>, { problems });
  }
}
