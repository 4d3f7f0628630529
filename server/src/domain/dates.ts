/** Dates travel as ISO calendar dates (YYYY-MM-DD); the data files may also say YYYY-MM or YYYY. */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD (2016-02-30 is false). */
export function isIsoDate(text: string): boolean {
  const m = FULL.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads a possibly partial date and returns the full date it stands for: the first day of the month or year for
 * the start of an interval, the last for its end. Null when the text is not a date.
 */
export function expandPartialDate(text: string, end: 'start' | 'end'): string | null {
  const m = PARTIAL.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (end === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] === undefined ? (end === 'start' ? 1 : daysInMonth(year, month)) : Number(m[3]);
  const iso = `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Whether something valid from..to (either open) was valid on the date; no date means always. */
export function isValidOn(item: { validFrom: string | null; validTo: string | null }, date: string | null): boolean {
  if (date === null) return true;
  return (item.validFrom === null || item.validFrom <= date) && (item.validTo === null || item.validTo >= date);
}

/** The day after an ISO date (2016-03-31 -> 2016-04-01). */
export function dayAfter(iso: string): string {
  return shiftDays(iso, 1);
}

/** The day before an ISO date (2016-04-01 -> 2016-03-31). */
export function dayBefore(iso: string): string {
  return shiftDays(iso, -1);
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
