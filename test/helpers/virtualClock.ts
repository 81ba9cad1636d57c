import type { Clock } from '../../src/domain/campaigns/sendJob';

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

/** Lets every promise chain that can move without time (in-memory and SQLite work) move. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((done) => setImmediate(done));
}

/**
 * Time that passes only when the test moves it: `sleep` waits for the clock to reach its
 * end; `drive` runs a promise to its end, jumping from one timer to the next whenever
 * nothing else can move. Only for work whose I/O finishes without real time passing.
 */
export class VirtualClock implements Clock {
  private timers: Timer[] = [];
  private seq = 0;

  constructor(private time = Date.parse('2026-03-02T09:00:00.000Z')) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((done) => {
      const timer: Timer = { at: this.time + Math.max(0, ms), seq: this.seq++, fire: done };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((t) => t !== timer);
        done();
      });
    });
  }

  /** Settles what can move now, then moves to the next timer and fires every timer due then; false when none is left. */
  async step(): Promise<boolean> {
    await settle();
    if (this.timers.length === 0) return false;
    const next = this.timers.reduce((a, b) => (a.at < b.at || (a.at === b.at && a.seq < b.seq) ? a : b));
    this.time = Math.max(this.time, next.at);
    const due = this.timers.filter((t) => t.at <= this.time).sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.timers = this.timers.filter((t) => t.at > this.time);
    due.forEach((t) => t.fire());
    await settle();
    return true;
  }

  /** Steps until `done()` holds; throws past `maxMs` of virtual time, so a stuck job fails the test instead of hanging it. */
  async until(done: () => boolean | Promise<boolean>, maxMs = 3_600_000): Promise<void> {
    const limit = this.time + maxMs;
    while (!(await done())) {
      if (this.time > limit) throw new Error(`not done after ${maxMs} ms of virtual time`);
      if (!(await this.step())) throw new Error('nothing left to run, and not done');
    }
  }

  /** Runs `promise` to its end, stepping time as needed. */
  async drive<T>(promise: Promise<T>, maxMs?: number): Promise<T> {
    let finished = false;
    const watched = promise.finally(() => (finished = true));
    await this.until(() => finished, maxMs);
    return watched;
  }
}
