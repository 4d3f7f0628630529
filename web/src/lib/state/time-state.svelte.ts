import type { Api } from '../api/queries.ts';
import { todayIso } from '../text/phrasing.ts';
import { CHART_FROM, chartTo, type TimelinePoint } from './structure.ts';
import { playDates } from './time.ts';

/** The open "what changed" comparison, as sentences. */
export interface Comparison {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  successions: string[];
}

/** How long the chart's counts wait at most for the first screen to be drawn. */
export const FIRST_SCREEN_WAIT_MS = 4000;

/**
 * The date the map is drawn at, playing through the years, the open comparison and the yearly counts the Time
 * panel charts. A new date opens the current view again on that date (`reopenWith` says how), so the map is
 * redrawn as it stood then.
 */
export class TimeState {
  readonly today = todayIso();
  /** The date the map is drawn at (YYYY-MM-DD), or null for all of history. Every dated query asks about it. */
  asOf = $state<string | null>(null);
  comparison = $state.raw<Comparison | null>(null);
  /** Whether the play button is stepping through the years. */
  playing = $state(false);
  /** How many trusts, CCGs, STPs and ICBs there were each year (the Time panel's chart): asked for once. */
  structure = $state.raw<TimelinePoint[] | null>(null);
  structureFailed = $state(false);
  #structureAsked = false;
  #reopen: (() => Promise<void>) | null = null;
  #playToken = 0;

  constructor(
    private readonly api: Pick<Api, 'timeline'>,
    private readonly host: {
      /** Opens the first screen (England): a date chosen from a comparison (which has no date of its own) shows it. */
      home: () => Promise<void>;
      /** Whether the last map task failed: playing stops then. */
      failed: () => boolean;
      /** Settles once the first screen is drawn (or failed): the chart's counts are asked for only then. */
      firstScreen: Promise<void>;
    },
  ) {}

  /**
   * Loads the yearly counts the first time the Time panel is shown; later panels reuse them. They wait for the
   * first screen to be drawn (or FIRST_SCREEN_WAIT_MS at most): asked sooner, the counts (0.2 to 0.3 s of the
   * database on the national graph) compete with the first answer and then with drawing it, on two cores.
   */
  needStructure(): void {
    if (this.#structureAsked) return;
    this.#structureAsked = true;
    this.structureFailed = false;
    const wait = new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
    Promise.race([this.host.firstScreen, wait])
      .then(() => this.api.timeline(CHART_FROM, chartTo(this.today)))
      .then(
        (points) => (this.structure = points),
        () => {
          this.#structureAsked = false;
          this.structureFailed = true;
        },
      );
  }

  /** How to open the current view again on another date. */
  reopenWith(reopen: () => Promise<void>): void {
    this.#reopen = reopen;
  }

  /** Draws the current view as it stood on `date` (null: all of history). */
  async setAsOf(date: string | null): Promise<void> {
    if (date === this.asOf && !this.comparison) return;
    this.asOf = date;
    const reopen = (!this.comparison && this.#reopen) || this.host.home;
    await reopen();
  }

  /** Steps the date through the years, one a step, until today or until stopped. */
  async play(pause: () => Promise<void>): Promise<void> {
    const token = ++this.#playToken;
    this.playing = true;
    try {
      for (const date of playDates(this.asOf ?? this.today, this.today)) {
        if (token !== this.#playToken) return;
        await this.setAsOf(date);
        if (this.host.failed()) return;
        await pause();
      }
    } finally {
      if (token === this.#playToken) this.playing = false;
    }
  }

  stopPlaying(): void {
    this.#playToken++;
    this.playing = false;
  }
}
