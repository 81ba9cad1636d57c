import { CASE_CATEGORIES, CASE_STATUSES, type CaseCategory } from '../../../domain/cases/case';
import type { CaseStats } from '../../../domain/cases/stats';
import { VERDICT_TABLE, VERDICTS } from '../../../domain/verdicts';
import type { Catalog } from '../../../text/catalog';
import type { CaseStatsCardData, StatsBar } from '../../kit/cards/data';

/** Where each verdict goes in the chart: the ones that need the help desk's work first. */
const VERDICT_ORDER = [...VERDICTS].sort((a, b) => VERDICT_TABLE[a].triageRank - VERDICT_TABLE[b].triageRank);
/** ColumnSet weights of a whole bar. */
const FULL = 100;

/**
 * Chart rows of one group: each bar's width is its count's share of `whole` (by default the
 * largest count), as ColumnSet weights out of FULL. A count above zero always gets a sliver
 * (weight 1), so one huge count cannot make the others vanish; zero gets no bar at all.
 */
export function barsOf(rows: ReadonlyArray<{ label: string; count: number }>, whole = Math.max(0, ...rows.map((r) => r.count))): StatsBar[] {
  return rows.map(({ label, count }) => {
    const fill = count > 0 ? Math.min(FULL, Math.max(1, Math.round((count / whole) * FULL))) : 0;
    return { label, count, fill, rest: FULL - fill };
  });
}

/**
 * The stats card: a few headline figures, then a bar chart per category, status and verdict found.
 * `categories`: those the caller triages here (a channel's); the others are not counted, so they get no row.
 */
export function statsCardData(words: Catalog, stats: CaseStats, undelivered: number, categories: readonly CaseCategory[] = CASE_CATEGORIES): CaseStatsCardData {
  const C = words.cases;
  const S = C.stats;
  return {
    title: S.title,
    empty: C.list.none,
    facts: [
      { title: S.total, value: String(stats.total) },
      { title: S.resolved, value: String(stats.resolved) },
      { title: S.median, value: stats.medianTimeToResolveMs === null ? S.notYet : C.duration(stats.medianTimeToResolveMs) },
      { title: S.undelivered, value: String(undelivered) },
    ],
    groups: [
      { heading: S.byCategory, bars: barsOf(CASE_CATEGORIES.filter((k) => categories.includes(k)).map((k) => ({ label: C.categories[k], count: stats.byCategory[k] }))) },
      { heading: S.byStatus, bars: barsOf(CASE_STATUSES.map((k) => ({ label: C.statuses[k], count: stats.byStatus[k] }))) },
      // Only what was found: most verdicts are rare, and a case is never opened for some of them.
      { heading: S.byVerdict, bars: barsOf(VERDICT_ORDER.filter((k) => stats.byVerdict[k] > 0).map((k) => ({ label: C.verdicts[k], count: stats.byVerdict[k] }))) },
    ],
  };
}
