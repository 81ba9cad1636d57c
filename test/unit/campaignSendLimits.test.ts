import { describe, expect, it } from 'vitest';
import { SendLimiter, TEAMS_SEND_LIMITS } from '../../src/domain/campaigns/sendLimits';

const T0 = 1_000_000;

/** Sends as fast as the limiter allows from `start`, `count` times, each to `conversationOf(i)`; the times they went. */
function paced(limiter: SendLimiter, count: number, conversationOf: (i: number) => string, start = T0): number[] {
  const times: number[] = [];
  let now = start;
  for (let i = 0; i < count; i++) {
    for (let wait = limiter.take('tenant-a', conversationOf(i), now); wait > 0; wait = limiter.take('tenant-a', conversationOf(i), now)) now += wait;
    times.push(now);
  }
  return times;
}

/** The most sends within any window of `ms` (a sliding window, as the connector counts). */
function busiest(times: readonly number[], ms: number): number {
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= ms) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

describe('SendLimiter', () => {
  it('lets 50 sends a second through to one tenant, and no more in any second', () => {
    const times = paced(new SendLimiter(), 500, (i) => `person-${i}`);
    expect(busiest(times, 1_000)).toBe(50);
    // 500 sends at 50 a second: the last goes 9 s after the first, not later.
    expect(times[499] - times[0]).toBe(9_000);
  });

  it('spreads a tenant’s sends evenly when asked: one every 20.5 ms with a 25 ms margin, never more than 50 in a second', () => {
    const times = paced(new SendLimiter({ marginMs: 25, spread: true }), 500, (i) => `person-${i}`);
    expect(busiest(times, 1_025)).toBe(50);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20.5 * 0.75);
    // 499 slots of 20.5 ms after the first: the last send goes on its slot or up to a quarter slot early, never later.
    expect(times[499] - times[0]).toBeGreaterThanOrEqual(499 * 20.5 - 20.5 / 4);
    expect(times[499] - times[0]).toBeLessThanOrEqual(499 * 20.5);
  });

  it('keeps the even pace on its slots: a send may go up to a quarter slot early, and the next slot stays where it was', () => {
    const limiter = new SendLimiter({ tenant: [{ limit: 50, ms: 1_000 }], conversation: [], spread: true });
    expect(limiter.take('t', 'c0', T0)).toBe(0);
    // The next slot is T0 + 20: a waiter woken by a timer set 5 ms early (and fired a little late) still goes on time.
    expect(limiter.take('t', 'c1', T0 + 14)).toBe(1);
    expect(limiter.take('t', 'c1', T0 + 16)).toBe(0);
    // Sent 4 ms early, the slot after is still T0 + 40, not T0 + 36.
    expect(limiter.take('t', 'c2', T0 + 34)).toBe(1);
    expect(limiter.take('t', 'c2', T0 + 35)).toBe(0);
  });

  it('lets sends that fell behind their slots catch up, and starts a new chain after a pause', () => {
    const limiter = new SendLimiter({ tenant: [{ limit: 50, ms: 1_000 }], conversation: [], spread: true });
    expect(limiter.take('t', 'c0', T0)).toBe(0);
    // 30 ms late for the slot at T0 + 20: the next slot is T0 + 40, already past, so the one behind goes at once too.
    expect(limiter.take('t', 'c1', T0 + 50)).toBe(0);
    expect(limiter.take('t', 'c2', T0 + 50)).toBe(0);
    // Caught up: the next slot is T0 + 60, taken up to a quarter slot (5 ms) early.
    expect(limiter.take('t', 'c3', T0 + 50)).toBe(5);
    // After a pause of more than four slots the chain starts again from the send.
    expect(limiter.take('t', 'c4', T0 + 1_000)).toBe(0);
    expect(limiter.take('t', 'c5', T0 + 1_000)).toBe(15);
  });

  it('holds one conversation to 7 per second, 8 per 2 seconds and 60 per 30 seconds', () => {
    const times = paced(new SendLimiter(), 120, () => 'admin-chat');
    expect(busiest(times, 1_000)).toBeLessThanOrEqual(7);
    expect(busiest(times, 2_000)).toBeLessThanOrEqual(8);
    expect(busiest(times, 30_000)).toBeLessThanOrEqual(60);
    expect(busiest(times, 30_000)).toBe(60);
  });

  it('keeps tenants apart: one tenant at its limit does not slow another', () => {
    const limiter = new SendLimiter();
    paced(limiter, 50, (i) => `a-${i}`);
    expect(limiter.take('tenant-a', 'a-x', T0)).toBeGreaterThan(0);
    expect(limiter.take('tenant-b', 'b-1', T0)).toBe(0);
  });

  it('counts nothing it refuses, and widens every window by the margin', () => {
    const limiter = new SendLimiter({ tenant: [{ limit: 2, ms: 1_000 }], conversation: [], marginMs: 25 });
    expect(limiter.take('t', 'c1', T0)).toBe(0);
    expect(limiter.take('t', 'c2', T0)).toBe(0);
    expect(limiter.take('t', 'c3', T0 + 10)).toBe(1_015);
    expect(limiter.take('t', 'c3', T0 + 1_000)).toBe(25);
    expect(limiter.take('t', 'c3', T0 + 1_025)).toBe(0);
  });

  it('holds a tenant after a 429 until its Retry-After has passed', () => {
    const limiter = new SendLimiter();
    limiter.hold('tenant-a', T0 + 1_000);
    expect(limiter.take('tenant-a', 'p', T0)).toBe(1_000);
    expect(limiter.take('tenant-b', 'p', T0)).toBe(0);
    expect(limiter.take('tenant-a', 'p', T0 + 1_000)).toBe(0);
  });

  it('forgets conversations that went quiet, so a long campaign keeps only the recent ones', () => {
    const limiter = new SendLimiter();
    paced(limiter, 5_000, (i) => `person-${i}`);
    // 5,000 sends over 100 s: only the conversations of the last 30 s (and those since the last sweep) are kept.
    expect(limiter.tracked).toBeLessThan(60 * 50);
    expect(TEAMS_SEND_LIMITS.conversation.map((w) => w.limit)).toEqual([7, 8, 60]);
  });
});
