import { dayAfter } from './dates.ts';
import type { RelationshipType } from './model.ts';

/**
 * The succession rule: a succession or merger is dated the day the successor takes over, which is the day after
 * the old body ended. The dataset checks, the national registers and the bench generator all date hand-overs so.
 */

/** Relationships that record a hand-over from an old body to a new one. */
export const SUCCESSION_TYPES: readonly RelationshipType[] = ['SUCCEEDED_BY', 'MERGED_INTO'];

export function isSuccession(type: RelationshipType): boolean {
  return SUCCESSION_TYPES.includes(type);
}

/** The day a successor takes over from a body that ended on `lastDay`. */
export function handOverDay(lastDay: string): string {
  return dayAfter(lastDay);
}

/**
 * The last day a relationship may run at one of its ends: the end's own last day, except that a hand-over from
 * that body (it is the `from` of a succession) may be dated the next day.
 */
export function lastDayAt(type: RelationshipType, end: 'from' | 'to', validTo: string | null): string | null {
  return validTo && end === 'from' && isSuccession(type) ? handOverDay(validTo) : validTo;
}
