import { dayAfter, dayBefore } from '../../server/src/domain/dates.ts';

/**
 * From snapshots to dated memberships. A register snapshot says which group (region, local office, STP, ICB) an
 * organisation belonged to on about the day the file reflects. Several snapshots of one series become runs:
 * between two snapshots that agree, the membership held throughout; where they differ, it changed on the day a
 * group involved opened or closed (a recorded date) or, when nothing recorded dates it, on the later snapshot's
 * day, and the run is marked as having an inferred end. Before the first and after the last snapshot a run
 * reaches to the bounds the caller gives (the member's and the group's lives, the era of the series).
 */

export interface Observation<C> {
  /** The day the snapshot reflects. */
  date: string;
  /** The group's code, or null when the snapshot says the member belonged to none. */
  group: string | null;
  cite: C;
}

export interface Lifetime {
  from: string | null;
  to: string | null;
}

export interface Run<C> {
  group: string;
  from: string | null;
  to: string | null;
  /** The snapshots that saw the member in this group. */
  cites: C[];
  /** True when an end was chosen without a recorded date (a change between snapshots nothing dates). */
  inferred: boolean;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The part of [from, to] that lies inside every lifetime given, or null when nothing is left. */
export function clip(from: string | null, to: string | null, ...lives: Lifetime[]): Lifetime | null {
  let start = from;
  let end = to;
  for (const life of lives) {
    start = later(start, life.from);
    end = earlier(end, life.to);
  }
  return start !== null && end !== null && end < start ? null : { from: start, to: end };
}

/**
 * Turns one member's observations in one series into runs of membership. `lifeOf` gives a group's life (for
 * dating a change and clipping); `bounds` is the member's life within the series' era.
 */
export function membershipRuns<C>(
  observations: Observation<C>[],
  bounds: Lifetime,
  lifeOf: (group: string) => Lifetime,
): Run<C>[] {
  const sorted = [...observations].sort((a, b) => a.date.localeCompare(b.date));
  // Consecutive snapshots that agree are one stretch.
  const stretches: { group: string | null; first: string; last: string; cites: C[] }[] = [];
  for (const o of sorted) {
    const current = stretches[stretches.length - 1];
    if (current && current.group === o.group) {
      current.last = o.date;
      current.cites.push(o.cite);
    } else {
      stretches.push({ group: o.group, first: o.date, last: o.date, cites: [o.cite] });
    }
  }
  const runs: Run<C>[] = [];
  let start: string | null = bounds.from;
  let startInferred = false;
  stretches.forEach((s, i) => {
    const next = stretches[i + 1];
    let end: string | null = bounds.to;
    let endInferred = false;
    let nextStart: string | null = null;
    if (next) {
      const change = changeDay(s.group, next.group, s.last, next.first, lifeOf);
      end = dayBefore(change.day);
      endInferred = change.inferred;
      nextStart = change.day;
    }
    if (s.group !== null) {
      const life = clip(start, end, lifeOf(s.group));
      if (life) {
        // Clipping to a group's own (recorded) life replaces an inferred end with a recorded one.
        const inferred = (startInferred && life.from === start) || (endInferred && life.to === end);
        runs.push({ group: s.group, from: life.from, to: life.to, cites: s.cites, inferred });
      }
    }
    start = nextStart;
    startInferred = endInferred;
  });
  return runs;
}

/** The day a member moved from group a to group b, seen in snapshots on `seenA` and then `seenB`. */
function changeDay(
  a: string | null,
  b: string | null,
  seenA: string,
  seenB: string,
  lifeOf: (group: string) => Lifetime,
): { day: string; inferred: boolean } {
  const closed = a === null ? null : lifeOf(a).to;
  if (closed !== null && closed >= seenA && closed < seenB) return { day: dayAfter(closed), inferred: false };
  const opened = b === null ? null : lifeOf(b).from;
  if (opened !== null && opened > seenA && opened <= seenB) return { day: opened, inferred: false };
  return { day: seenB, inferred: true };
}
