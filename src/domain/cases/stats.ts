import { VERDICTS, type Verdict } from '../verdicts';
import { CASE_CATEGORIES, CASE_STATUSES, type CaseCategory, type CaseStatus } from './case';

/** What the help desk's `stats` command shows. Every category, status and verdict is present, zero or not. */
export interface CaseStats {
  total: number;
  byCategory: Record<CaseCategory, number>;
  byStatus: Record<CaseStatus, number>;
  byVerdict: Record<Verdict, number>;
  /** Cases resolved at least once. */
  resolved: number;
  /** From creation to first resolution; null until a case has been resolved. */
  medianTimeToResolveMs: number | null;
}

/** How many cases share a category, status and verdict: what a store can count with one GROUP BY. */
export interface CaseCount {
  category: CaseCategory;
  status: CaseStatus;
  verdict: Verdict;
  count: number;
}

/** When a resolved case was created and first resolved (ISO timestamps). */
export interface ResolveSpan {
  createdAt: string;
  resolvedAt: string;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function buildStats(counts: readonly CaseCount[], spans: readonly ResolveSpan[]): CaseStats {
  const stats: CaseStats = {
    total: 0,
    byCategory: zeros(CASE_CATEGORIES),
    byStatus: zeros(CASE_STATUSES),
    byVerdict: zeros(VERDICTS),
    resolved: spans.length,
    medianTimeToResolveMs: median(spans.map((s) => Date.parse(s.resolvedAt) - Date.parse(s.createdAt))),
  };
  for (const { category, status, verdict, count } of counts) {
    stats.total += count;
    stats.byCategory[category] += count;
    stats.byStatus[status] += count;
    stats.byVerdict[verdict] += count;
  }
  return stats;
}

/** One counted case: what a store's stats rows carry, or a case read whole. */
export interface CountedCase {
  category: CaseCategory;
  status: CaseStatus;
  verdict: Verdict;
  createdAt: string;
  /** Empty or absent until the case is first resolved. */
  resolvedAt?: string;
}

/** The stats of cases read one at a time (a store without GROUP BY, or a filtered listing). */
export async function statsOf(cases: AsyncIterable<CountedCase> | Iterable<CountedCase>): Promise<CaseStats> {
  const counts = new Map<string, CaseCount>();
  const spans: ResolveSpan[] = [];
  for await (const { category, status, verdict, createdAt, resolvedAt } of cases) {
    const key = `${category} ${status} ${verdict}`;
    const count = counts.get(key) ?? { category, status, verdict, count: 0 };
    count.count++;
    counts.set(key, count);
    if (resolvedAt) spans.push({ createdAt, resolvedAt });
  }
  return buildStats([...counts.values()], spans);
}
