import { CASE_CATEGORIES, CASE_STATUSES } from '../../domain/cases/case';
import type { CaseStats } from '../../domain/cases/stats';
import { VERDICTS } from '../../domain/types';
import { TEXT } from '../../text/en';
import type { CaseStatsCardData, StatsBar } from '../cards/data';

const C = TEXT.cases;
/** ColumnSet weights of a whole bar. */
const FULL = 100;

/**
 * Chart rows of one group: each bar's width is its count's share of the largest count,
 * as ColumnSet weights out of FULL. A count above zero always gets a sliver (weight 1),
 * so one huge count cannot make the others vanish; zero gets no bar at all.
 */
export function barsOf(rows: ReadonlyArray<{ label: string; count: number }>): StatsBar[] {
  const max = Math.max(0, ...rows.map((r) => r.count));
  return rows.map(({ label, count }) => {
    const fill = count > 0 ? Math.max(1, Math.round((count / max) * FULL)) : 0;
    return { label, count, fill, rest: FULL - fill };
  });
}

/** The stats card: a few headline figures, then a bar chart per category, status and verdict. */
export function statsCardData(stats: CaseStats, undelivered: number): CaseStatsCardData {
  const S = C.stats;
  return {
    title: S.title,
    facts: [
      { title: S.total, value: String(stats.total) },
      { title: S.resolved, value: String(stats.resolved) },
      { title: S.median, value: stats.medianTimeToResolveMs === null ? S.notYet : C.duration(stats.medianTimeToResolveMs) },
      { title: S.undelivered, value: String(undelivered) },
    ],
    groups: [
      { heading: S.byCategory, bars: barsOf(CASE_CATEGORIES.map((k) => ({ label: C.categories[k], count: stats.byCategory[k] }))) },
      { heading: S.byStatus, bars: barsOf(CASE_STATUSES.map((k) => ({ label: C.statuses[k], count: stats.byStatus[k] }))) },
      { heading: S.byVerdict, bars: barsOf(VERDICTS.map((k) => ({ label: C.verdicts[k], count: stats.byVerdict[k] }))) },
    ],
  };
}
