/** Pure statistics for the benchmark: no clocks, no I/O, so they can be unit-tested. */

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The p-th percentile (0–100) of samples by the nearest-rank method: the smallest sample
 * at or above p percent of the samples. Nearest rank never invents a value between two
 * samples, so a p99 is a latency some turn really had. NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summarize(samples: readonly number[]): LatencySummary {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length === 0 ? NaN : Math.max(...samples),
  };
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** ours / baseline; NaN when the baseline is zero or either is not a number, so no ratio is made up. */
export function ratio(ours: number, baseline: number): number {
  if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return NaN;
  return ours / baseline;
}

/** Rounds to a number of decimals for display; non-finite values pass through. */
export function round(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export type GoalKind = 'at most' | 'at least' | 'below';

export interface Goal {
  kind: GoalKind;
  limit: number;
  /** How the limit reads in the table, such as "≤ 1.5×" or "< 300 ms". */
  label: string;
}

export const atMost = (limit: number, label: string): Goal => ({ kind: 'at most', limit, label });
export const atLeast = (limit: number, label: string): Goal => ({ kind: 'at least', limit, label });
export const below = (limit: number, label: string): Goal => ({ kind: 'below', limit, label });

/** "pass" or "FAIL" against a goal; "n/a" when the value could not be measured. */
export function mark(value: number, goal: Goal): 'pass' | 'FAIL' | 'n/a' {
  if (!Number.isFinite(value)) return 'n/a';
  const met = goal.kind === 'at most' ? value <= goal.limit : goal.kind === 'below' ? value < goal.limit : value >= goal.limit;
  return met ? 'pass' : 'FAIL';
}
