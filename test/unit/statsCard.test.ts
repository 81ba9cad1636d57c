import { describe, expect, it } from 'vitest';
import { barsOf, statsCardData } from '../../src/teams/features/cases/statsCard';
import { buildStats } from '../../src/domain/cases/stats';
import { catalog } from '../../src/text/en';

const rows = (...counts: number[]) => counts.map((count, i) => ({ label: `row ${i}`, count }));

describe('stats bars', () => {
  it('gives each bar a width proportional to its count, the largest full', () => {
    expect(barsOf(rows(4, 2, 1, 3)).map((b) => b.fill)).toEqual([100, 50, 25, 75]);
  });

  it('makes every bar one whole row of weights: fill and rest add up to 100', () => {
    for (const bar of barsOf(rows(7, 3, 0, 1))) expect(bar.fill + bar.rest).toBe(100);
  });

  it('draws no bar for a zero count, and none at all when everything is zero', () => {
    expect(barsOf(rows(5, 0)).map((b) => [b.fill, b.rest])).toEqual([
      [100, 0],
      [0, 100],
    ]);
    expect(barsOf(rows(0, 0, 0)).map((b) => b.fill)).toEqual([0, 0, 0]);
    expect(barsOf([])).toEqual([]);
  });

  it('keeps a sliver for small counts beside one huge count, in order', () => {
    const [huge, one, hundred, thousand] = barsOf(rows(1_000_000, 1, 100, 10_000)).map((b) => b.fill);
    expect(huge).toBe(100);
    expect(one).toBe(1);
    expect(hundred).toBe(1);
    expect(thousand).toBe(1);
    expect(barsOf(rows(1_000, 600, 4)).map((b) => b.fill)).toEqual([100, 60, 1]);
  });

  it('keeps the count and label of each row', () => {
    expect(barsOf(rows(3))[0]).toEqual({ label: 'row 0', count: 3, fill: 100, rest: 0 });
  });
});

describe('stats card data', () => {
  it('labels every category and status in words, zero or not, and the verdicts found', () => {
    const data = statsCardData(catalog, buildStats([{ category: 'takeover', status: 'assigned', verdict: 'takeover-needed', count: 2 }], []), 1);
    const [categories, statuses, verdicts] = data.groups;
    expect(categories.bars.map((b) => b.label)).toEqual(['Tenant takeover', 'Personal account', 'MFA', 'Other']);
    expect(statuses.bars.find((b) => b.label === 'Assigned')).toMatchObject({ count: 2, fill: 100 });
    expect(verdicts.bars).toEqual([{ label: 'Unmanaged tenant, takeover needed', count: 2, fill: 100, rest: 0 }]);
    expect(JSON.stringify(data)).not.toMatch(/takeover-needed|waiting-on-requester|personal-account/);
    expect(data.facts).toContainEqual({ title: 'Median time to resolve', value: 'none resolved yet' });
    expect(data.facts).toContainEqual({ title: 'Open, not delivered yet', value: '1' });
  });

  it('shows the median time to resolve as a duration', () => {
    const spans = [{ createdAt: '2026-11-01T00:00:00Z', resolvedAt: '2026-11-01T05:30:00Z' }];
    expect(statsCardData(catalog, buildStats([], spans), 0).facts).toContainEqual({ title: 'Median time to resolve', value: '5 h' });
  });
});

describe('stats card with no cases', () => {
  it('draws no bars and says "None." under what was found', () => {
    const data = statsCardData(catalog, buildStats([], []), 0);
    expect(data.groups.flatMap((g) => g.bars).every((b) => b.fill === 0)).toBe(true);
    expect(data.groups[2].bars).toEqual([]);
    expect(data.empty).toBe('None.');
  });
});
