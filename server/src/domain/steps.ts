/** The dates of a timeline: `from`, then every step after it up to `to`. Pure. */

export type TimelineStep = 'YEAR' | 'MONTH';

/** The most points one timeline may have (monthly from 2013 to 2026 is 160). */
export const MAX_TIMELINE_POINTS = 200;

/**
 * from, from + 1 step, ... while not after `to`. A day past the end of a shorter month is the month's last day
 * (2016-01-31 by MONTH: 2016-02-29, 2016-03-31). Null when there would be more than `max` points.
 */
export function timelineDates(from: string, to: string, step: TimelineStep, max = MAX_TIMELINE_POINTS): string[] | null {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const dates: string[] = [];
  for (let k = 0; ; k++) {
    const months = step === 'YEAR' ? 12 * k : k;
    const year = y + Math.floor((m - 1 + months) / 12);
    const month = ((m - 1 + months) % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
    if (date > to) return dates;
    if (dates.length === max) return null;
    dates.push(date);
  }
}
