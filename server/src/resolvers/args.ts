import { BadUserInputError } from '../errors.ts';

/** Checks on arguments, made before any I/O; each failure is a BAD_USER_INPUT error naming the argument. */

export function intInRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be a whole number from ${min} to ${max}; got ${value}.`, argument);
  }
  return value;
}

export function boundedText(value: string, max: number, argument: string): string {
  if (value.length > max) throw new BadUserInputError(`${argument} must be at most ${max} characters.`, argument);
  return value;
}

export function boundedList<T>(value: readonly T[], max: number, argument: string): T[] {
  if (value.length > max) throw new BadUserInputError(`${argument} may hold at most ${max} items; got ${value.length}.`, argument);
  return [...value];
}

/** GraphQL gives null for an omitted list; an empty list is treated the same (no filter). */
export function listOrNull<T>(value: readonly T[] | null | undefined): T[] | null {
  return value && value.length > 0 ? [...value] : null;
}
