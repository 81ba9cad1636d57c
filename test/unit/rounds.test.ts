import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRounds } from '../../src/teams/kit/rounds';

describe('background rounds', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('starts each round its interval after the last one ended, so a slow round is never overlapped', async () => {
    let running = 0;
    let most = 0;
    let rounds = 0;
    const stop = startRounds(
      1_000,
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((done) => setTimeout(done, 5_000));
        running--;
        rounds++;
      },
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(1_000 + 5_000 + 1_000 + 5_000);
    expect(rounds).toBe(2);
    expect(most).toBe(1);
    const stopped = stop();
    await vi.advanceTimersByTimeAsync(10_000);
    await stopped;
    expect(rounds).toBe(2);
  });

  it('reports a failed round and still runs the next; the stop waits for the round in flight', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    let finished = false;
    const stop = startRounds(
      100,
      async () => {
        calls++;
        if (calls === 1) throw new Error('storage locked');
        await new Promise((done) => setTimeout(done, 1_000));
        finished = true;
      },
      (error) => errors.push(error),
    );
    await vi.advanceTimersByTimeAsync(250);
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
    const stopped = stop();
    await vi.advanceTimersByTimeAsync(1_000);
    await stopped;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
  });
});
