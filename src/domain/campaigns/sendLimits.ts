/**
 * The limits Teams puts on a bot's messages, kept on the sending side so the connector
 * rarely has to say 429: at most 50 requests per second per app per tenant, and per
 * conversation 7 per second, 8 per 2 seconds and 60 per 30 seconds. A sliding window of
 * send times per tenant and per conversation, in memory: one instance sends (the
 * campaign-send lease), so the windows need no sharing. The caller passes the time, so
 * tests run it on a virtual clock.
 */

export interface RateWindow {
  limit: number;
  ms: number;
}

/** Teams' limits for bots (per app per tenant; per conversation). */
export const TEAMS_SEND_LIMITS = {
  tenant: [{ limit: 50, ms: 1_000 }],
  conversation: [
    { limit: 7, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
  ],
} as const satisfies Record<string, readonly RateWindow[]>;

export interface SendLimiterOptions {
  tenant?: readonly RateWindow[];
  conversation?: readonly RateWindow[];
  /**
   * Added to every window: the connector counts arrivals on its own clock, and two sends
   * exactly a window apart can arrive a little closer. A few milliseconds cost under 3%.
   */
  marginMs?: number;
  /**
   * Spread each tenant's sends evenly over its window (50 a second: one every 20 ms, plus
   * the margin's share) instead of letting a window's whole allowance go at once. The
   * connector sees a steady stream, so arrival jitter cannot push a burst over its count,
   * and fewer cards are in flight at any moment (the ones a crash leaves in doubt).
   */
  spread?: boolean;
}

/** Send times of one key, oldest first; times only ever grow, so expired ones leave from the front. */
class SendLog {
  private times: number[] = [];
  private head = 0;

  constructor(private readonly keepMs: number) {}

  /** The times within `keepMs` of `now`, in order. */
  private live(now: number): number[] {
    while (this.head < this.times.length && this.times[this.head] <= now - this.keepMs) this.head++;
    if (this.head > 64 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    return this.times;
  }

  /** Milliseconds until one more send fits every window (0: it fits now). */
  waitFor(windows: readonly RateWindow[], marginMs: number, now: number): number {
    const times = this.live(now);
    let wait = 0;
    for (const { limit, ms } of windows) {
      const span = ms + marginMs;
      // The send that must leave the window first: the limit-th newest.
      const index = times.length - limit;
      if (index >= this.head && times[index] > now - span) wait = Math.max(wait, times[index] + span - now);
    }
    return wait;
  }

  add(now: number): void {
    this.times.push(now);
  }

  /** Whether nothing in it still counts at `now`. */
  idle(now: number): boolean {
    return this.live(now).length === this.head;
  }
}

/** With `spread`: how many slots late a send may be and still keep the tenant's chain of slots (see nextSlot). */
const CATCH_UP_SLOTS = 4;

/** Sweeps idle conversation logs after this many sends, so a campaign of thousands of people keeps only the recent ones. */
const SWEEP_EVERY = 1_000;

export class SendLimiter {
  private readonly tenantWindows: readonly RateWindow[];
  private readonly conversationWindows: readonly RateWindow[];
  private readonly marginMs: number;
  /** With `spread`: the least time between two of a tenant's sends (20.5 ms for 50 per 1 s and a 25 ms margin); else 0. */
  private readonly spacingMs: number;
  /** Per tenant, when its next send is due on the even pace (a slot a late timer does not push back). */
  private readonly slots = new Map<string, number>();
  private readonly tenants = new Map<string, SendLog>();
  private readonly conversations = new Map<string, SendLog>();
  private readonly holds = new Map<string, number>();
  private sends = 0;

  constructor(opts: SendLimiterOptions = {}) {
    this.tenantWindows = opts.tenant ?? TEAMS_SEND_LIMITS.tenant;
    this.conversationWindows = opts.conversation ?? TEAMS_SEND_LIMITS.conversation;
    this.marginMs = opts.marginMs ?? 0;
    this.spacingMs = opts.spread ? Math.max(0, ...this.tenantWindows.map(({ limit, ms }) => (ms + this.marginMs) / limit)) : 0;
  }

  private logOf(map: Map<string, SendLog>, key: string, windows: readonly RateWindow[]): SendLog {
    let log = map.get(key);
    if (!log) map.set(key, (log = new SendLog(Math.max(...windows.map((w) => w.ms)) + this.marginMs)));
    return log;
  }

  /**
   * One send to `conversation` in `tenantId` at `now`: 0 when it may go now (it is counted),
   * else the milliseconds to wait before asking again (nothing is counted).
   */
  take(tenantId: string, conversation: string, now: number): number {
    const held = (this.holds.get(tenantId) ?? 0) - now;
    const tenant = this.logOf(this.tenants, tenantId, this.tenantWindows);
    const chat = this.logOf(this.conversations, `${tenantId}\n${conversation}`, this.conversationWindows);
    const wait = Math.max(
      held,
      tenant.waitFor(this.tenantWindows, this.marginMs, now),
      // Up to a quarter slot early: a waiter wakes that much before its slot, so a timer firing a little late still sends on time and the pace does not drift below the limit.
      (this.slots.get(tenantId) ?? -Infinity) - this.spacingMs / 4 - now,
      chat.waitFor(this.conversationWindows, this.marginMs, now),
    );
    if (wait > 0) return wait;
    this.holds.delete(tenantId);
    if (this.spacingMs > 0) this.slots.set(tenantId, this.nextSlot(this.slots.get(tenantId), now));
    tenant.add(now);
    chat.add(now);
    if (++this.sends % SWEEP_EVERY === 0) this.sweep(now);
    return 0;
  }

  /**
   * The slot after a send at `now` whose slot was `slot`. A send up to CATCH_UP_SLOTS late
   * (a busy event loop, a timer firing late) keeps the chain: the next slot is one spacing
   * after its own, so the sends behind it catch up (as fast as the windows allow) and the
   * pace does not drift below the limit. A tenant idle for longer starts a new chain.
   */
  private nextSlot(slot: number | undefined, now: number): number {
    const onChain = slot !== undefined && now - slot < CATCH_UP_SLOTS * this.spacingMs;
    return (onChain ? slot : now) + this.spacingMs;
  }

  /** Sends nothing to the tenant before `until` (a 429's Retry-After: the connector is telling the app to slow down). */
  hold(tenantId: string, until: number): void {
    this.holds.set(tenantId, Math.max(until, this.holds.get(tenantId) ?? 0));
  }

  /** Conversations tracked now, for tests and the bench's memory check. */
  get tracked(): number {
    return this.conversations.size;
  }

  private sweep(now: number): void {
    for (const [key, log] of this.conversations) if (log.idle(now)) this.conversations.delete(key);
  }
}
