/** Percentiles and the summaries the results file holds. Times are milliseconds. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

export function summarise(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    count: sorted.length,
  };
}

/** Two significant decimals below 10, one below 100, whole numbers above. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  const abs = Math.abs(n);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return Number(n.toFixed(digits));
}

export const ratio = (a: number, b: number): number | null => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? round(a / b) : null);
