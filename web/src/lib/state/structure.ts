import type { EntityKind } from '../api/types.ts';

/**
 * The Time panel's chart of how many trusts, CCGs, sub-ICB locations, STPs and ICBs there were each year, as
 * pure data: the series from the API's timeline, the lines in a chart box, where the map's date falls, and the
 * same figures as table rows for screen readers.
 */

/** The kinds the chart draws, each with its own dash so the lines differ in more than colour. */
export const CHART_KINDS: readonly { kind: EntityKind; label: string; dash: string }[] = [
  { kind: 'TRUST', label: 'NHS trusts', dash: '' },
  { kind: 'CCG', label: 'CCGs', dash: '6 3' },
  { kind: 'SUB_ICB_LOCATION', label: 'Sub-ICB locations', dash: '2 2' },
  { kind: 'STP', label: 'STPs', dash: '8 2 2 2' },
  { kind: 'INTEGRATED_CARE_BOARD', label: 'ICBs', dash: '1 3' },
];

/** The first point: the day CCGs, NHS England's regions and the area teams began. */
export const CHART_FROM = '2013-04-01';

/** The last 1 April on or before today: the chart's last point. */
export function chartTo(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '04-01' ? `${year}-04-01` : `${year - 1}-04-01`;
}

export interface TimelinePoint {
  asOf: string;
  entities: { kind: EntityKind; count: number }[];
}

export interface Series {
  kind: EntityKind;
  label: string;
  dash: string;
  /** One count a point (0 where the kind had none). */
  values: number[];
}

export interface Chart {
  dates: string[];
  series: Series[];
  /** The top of the scale: the largest count rounded up to a round number. */
  max: number;
}

/** The chart's data from the timeline points (in date order); a kind that never had any is left out. */
export function shapeChart(points: readonly TimelinePoint[]): Chart {
  const dates = points.map((p) => p.asOf);
  const series = CHART_KINDS.map(({ kind, label, dash }) => ({
    kind,
    label,
    dash,
    values: points.map((p) => p.entities.find((e) => e.kind === kind)?.count ?? 0),
  })).filter((s) => s.values.some((v) => v > 0));
  const largest = Math.max(0, ...series.flatMap((s) => s.values));
  return { dates, series, max: largest <= 10 ? 10 : Math.ceil(largest / 50) * 50 };
}

export interface Box {
  width: number;
  height: number;
  /** Room left for the axis labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** Days since 1 January 1970 of a YYYY-MM-DD date: the chart's x scale is time, not point number. */
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The x of a date inside the box, or null outside the chart's dates. */
export function xOf(date: string, chart: Chart, box: Box): number | null {
  const first = chart.dates[0];
  const last = chart.dates.at(-1);
  if (!first || !last || date < first || date > last) return null;
  const span = day(last) - day(first);
  const plot = box.width - box.left - box.right;
  return round(box.left + (span === 0 ? 0 : ((day(date) - day(first)) / span) * plot));
}

export function yOf(count: number, chart: Chart, box: Box): number {
  const plot = box.height - box.top - box.bottom;
  return round(box.top + plot - (count / chart.max) * plot);
}

/** A series as the `points` of an SVG polyline. */
export function linePoints(series: Series, chart: Chart, box: Box): string {
  return series.values.map((v, i) => `${xOf(chart.dates[i]!, chart, box)},${yOf(v, chart, box)}`).join(' ');
}

/** The same figures a row a year, for the table a screen reader reads. */
export function tableRows(chart: Chart): { year: string; counts: number[] }[] {
  return chart.dates.map((date, i) => ({ year: date.slice(0, 4), counts: chart.series.map((s) => s.values[i]!) }));
}

/** One sentence for the chart's accessible name: each kind's first and last counts. */
export function summary(chart: Chart): string {
  const first = chart.dates[0]?.slice(0, 4);
  const last = chart.dates.at(-1)?.slice(0, 4);
  if (!first || !last) return 'No counts yet.';
  const parts = chart.series.map((s) => `${s.label} ${s.values[0]} to ${s.values.at(-1)}`);
  return `Organisations in being each 1 April, ${first} to ${last}: ${parts.join('; ')}.`;
}

const round = (n: number) => Math.round(n * 10) / 10;
