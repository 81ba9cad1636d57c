import { KeyedQueue } from '../keyedQueue';
import { updateStored } from './storedUpdate';
import { STORE_KEYS, type RateLimitName } from './stores/keys';
import type { KeyValueStore } from './stores/ports';

export interface RateDecision {
  allowed: boolean;
  /** Events left in the current window after this one. */
  remaining: number;
  /** When not allowed: seconds until the oldest event in the window expires. 0 when allowed. */
  retryAfterSeconds: number;
}

export interface SlidingWindowOptions {
  store: KeyValueStore;
  /** Names the windows in storage: `ratelimit/<name>/<key parts>` (STORE_KEYS.rateWindow). */
  name: RateLimitName;
  limit: number;
  windowMs: number;
  now?: () => Date;
}

interface Window {
  /** Epoch ms of the events allowed in the window, oldest first. */
  hits: number[];
}

/**
 * At most `limit` events per `windowMs` for each key (a person, a tenant …): a sliding
 * window of timestamps in a KeyValueStore, shared by instances. Calls for one key are
 * serialised in this process, and the eTag on the write catches another instance's write.
 */
export class SlidingWindowLimiter {
  private readonly queue = new KeyedQueue();
  private readonly now: () => Date;

  constructor(private readonly opts: SlidingWindowOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Counts one event for the key made of `parts` (most general first: tenant, then person) if the limit allows it. */
  take(...parts: Array<string | undefined>): Promise<RateDecision> {
    const key = STORE_KEYS.rateWindow(this.opts.name, parts);
    return this.queue.run(key, () => updateStored<Window, RateDecision>(this.opts.store, key, (stored) => this.decide(stored)));
  }

  private decide(stored: Window | undefined): { next?: Window; result: RateDecision } {
    const now = this.now().getTime();
    const { limit, windowMs } = this.opts;
    const hits = (Array.isArray(stored?.hits) ? stored.hits : []).filter((t) => typeof t === 'number' && t > now - windowMs);
    if (hits.length >= limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((hits[hits.length - limit] + windowMs - now) / 1000));
      return { result: { allowed: false, remaining: 0, retryAfterSeconds } };
    }
    hits.push(now);
    return { next: { hits }, result: { allowed: true, remaining: limit - hits.length, retryAfterSeconds: 0 } };
  }
}

const HOUR_MS = 3_600_000;

export interface LookupBudgetOptions {
  store: KeyValueStore;
  userLimitPerHour: number;
  tenantLimitPerHour: number;
  now?: () => Date;
}

/** A decision on a lookup, and when refused, whose budget ran out. */
export type LookupDecision = RateDecision & { refusedBy?: 'person' | 'tenant' };

/**
 * The account lookups people may start from chat: credential type reveals whether accounts
 * exist, so the bot must not become an enumeration proxy, for one person
 * (`ratelimit/lookup/<tenant>/<user>`) nor for many people of one tenant together
 * (`ratelimit/lookup-tenant/<tenant>`).
 */
export class LookupBudget {
  private readonly person: SlidingWindowLimiter;
  private readonly tenant: SlidingWindowLimiter;

  constructor({ store, userLimitPerHour, tenantLimitPerHour, now }: LookupBudgetOptions) {
    this.person = new SlidingWindowLimiter({ store, name: 'lookup', limit: userLimitPerHour, windowMs: HOUR_MS, now });
    this.tenant = new SlidingWindowLimiter({ store, name: 'lookup-tenant', limit: tenantLimitPerHour, windowMs: HOUR_MS, now });
  }

  /** The person's window first, so one person over their own limit does not use up the tenant's. */
  async take(tenantId: string | undefined, userId: string): Promise<LookupDecision> {
    const person = await this.person.take(tenantId, userId);
    if (!person.allowed) return { ...person, refusedBy: 'person' };
    const tenant = await this.tenant.take(tenantId);
    if (!tenant.allowed) return { ...tenant, refusedBy: 'tenant' };
    return { ...person, remaining: Math.min(person.remaining, tenant.remaining) };
  }
}
