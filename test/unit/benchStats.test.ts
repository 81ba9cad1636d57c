import { describe, expect, it } from 'vitest';
import { atLeast, atMost, below, mark, median, percentile, ratio, round, summarize } from '../../bench/stats';
import { formatCell, formatSection, formatTable } from '../../bench/report';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('picks the smallest sample at or above p percent, whatever the input order', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('never invents a value between two samples', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('is NaN for no samples and refuses a p outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });

  it('gives the median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});

describe('summarize', () => {
  it('reports count, p50, p95, p99 and max', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(summarize(samples)).toEqual({ count: 1000, p50: 500, p95: 950, p99: 990, max: 1000 });
  });

  it('is all NaN but the count for no samples', () => {
    const empty = summarize([]);
    expect(empty.count).toBe(0);
    expect([empty.p50, empty.p95, empty.p99, empty.max].every(Number.isNaN)).toBe(true);
  });
});

describe('ratio and round', () => {
  it('divides ours by the baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
  });

  it('is NaN rather than infinite or made up when the baseline is zero or missing', () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
    expect(ratio(2, Infinity)).toBeNaN();
  });

  it('rounds to the given decimals and lets non-finite values through', () => {
    expect(round(1.2345, 2)).toBe(1.23);
    expect(round(1.25)).toBe(1.3);
    expect(round(1234.5, 0)).toBe(1235);
    expect(round(NaN)).toBeNaN();
  });
});

describe('goal marks', () => {
  it('passes at the limit for "at most" and "at least", and fails past it', () => {
    expect(mark(1.5, atMost(1.5, '≤ 1.5×'))).toBe('pass');
    expect(mark(1.51, atMost(1.5, '≤ 1.5×'))).toBe('FAIL');
    expect(mark(0.6, atLeast(0.6, '≥ 0.6×'))).toBe('pass');
    expect(mark(0.59, atLeast(0.6, '≥ 0.6×'))).toBe('FAIL');
  });

  it('treats "below" as strict', () => {
    expect(mark(299.9, below(300, '< 300 ms'))).toBe('pass');
    expect(mark(300, below(300, '< 300 ms'))).toBe('FAIL');
  });

  it('marks a value that could not be measured n/a, neither pass nor fail', () => {
    expect(mark(NaN, atMost(1, '≤ 1'))).toBe('n/a');
  });
});

describe('table formatting', () => {
  it('shows numbers grouped, non-finite numbers as n/a, and missing cells empty', () => {
    expect(formatCell(12345)).toBe('12,345');
    expect(formatCell(1.25)).toBe('1.25');
    expect(formatCell(NaN)).toBe('n/a');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell('text')).toBe('text');
  });

  it('takes columns in first-seen order, right-aligns number columns and left-aligns text', () => {
    const table = formatTable([
      { metric: 'turns/s', value: 1500 },
      { metric: 'p99 (ms)', value: 12.5, mark: 'pass' },
    ]);
    expect(table.split('\n')).toEqual([
      'metric    value  mark',
      '--------  -----  ----',
      'turns/s   1,500',
      'p99 (ms)   12.5  pass',
    ]);
  });

  it('left-aligns a column that mixes text and numbers', () => {
    const table = formatTable([{ a: 'x' }, { a: 10 }]);
    expect(table.split('\n').slice(2)).toEqual(['x', '10']);
  });

  it('says so when there are no rows', () => {
    expect(formatTable([])).toBe('(no rows)');
  });

  it('heads a section with its name', () => {
    expect(formatSection({ name: 'faq', rows: [{ metric: 'm', value: 1 }] })).toBe('== faq\nmetric  value\n------  -----\nm           1\n');
  });
});
