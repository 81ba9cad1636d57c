import { KeyedQueue } from '../keyedQueue';
import type { KeyValueStore } from './types';

export interface RateDecision {
  allowed: boolean;
  /** Lookups left in the current hour after this one. */
  remaining: number;
  /** When not allowed: seconds until the oldest lookup in the window expires. 0 when allowed. */
  retryAfterSeconds: number;
}

export interface LookupRateLimiterOptions {
  store: KeyValueStore;
  limitPerHour: number;
  now?: () => Date;
}

const WINDOW_MS = 3_600_000;
/** Attempts when another instance wrote the same person's window between our read and write. */
const WRITE_ATTEMPTS = 5;
/**
 * The eTag of a window not yet stored. It matches no stored item, so every store creates
 * the window only while the key is still missing: of two instances starting one person's
 * window at once, one writes and the other retries, instead of overwriting it.
 */
const NEW_WINDOW = 'new-window';

interface Window {
  /** Epoch ms of the lookups allowed in the last hour, oldest first. */
  hits: number[];
  eTag?: string;
}

/**
 * Limits how many account lookups one person may start from chat per hour: credential
 * type reveals whether accounts exist, and the bot must not become an enumeration proxy.
 * A sliding window of timestamps per person in a KeyValueStore: calls for one person are
 * serialised in this process, and the eTag on the write catches another instance's write.
 */
export class LookupRateLimiter {
  private readonly queue = new KeyedQueue();
  private readonly now: () => Date;

  constructor(private readonly opts: LookupRateLimiterOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Counts one lookup for `userId` if the limit allows it. */
  take(userId: string): Promise<RateDecision> {
    return this.queue.run(userId, () => this.takeWithRetry(userId));
  }

  private async takeWithRetry(userId: string): Promise<RateDecision> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.takeOnce(userId);
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS) throw error;
      }
    }
  }

  private async takeOnce(userId: string): Promise<RateDecision> {
    const key = `ratelimit/lookup/${userId}`;
    const now = this.now().getTime();
    const stored = (await this.opts.store.read([key]))[key] as Window | undefined;
    const hits = (Array.isArray(stored?.hits) ? stored.hits : []).filter((t) => typeof t === 'number' && t > now - WINDOW_MS);
    const limit = this.opts.limitPerHour;
    if (hits.length >= limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((hits[hits.length - limit] + WINDOW_MS - now) / 1000));
      return { allowed: false, remaining: 0, retryAfterSeconds };
    }
    hits.push(now);
    const window: Window = { hits, eTag: stored?.eTag ?? NEW_WINDOW };
    await this.opts.store.write({ [key]: window });
    return { allowed: true, remaining: limit - hits.length, retryAfterSeconds: 0 };
  }
}
