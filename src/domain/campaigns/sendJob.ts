import { addressKey } from '../cases/case';
import { LEASES } from '../stores/keys';
import type { CampaignRepository, Lease, RecipientDelivery } from '../stores/ports';
import { applyCampaignAction, idempotencyKey, type Campaign, type Recipient } from './campaign';
import type { CardDelivery, DeliveryOutcome } from './delivery';
import { SendLimiter } from './sendLimits';

/**
 * The durable send job: every recipient of every campaign in state `sending` gets one
 * card, at Teams' pace, on exactly one instance, surviving restarts.
 *
 * Durability. All of the job's state is the recipients' delivery fields in storage; the
 * process keeps nothing it cannot lose. A restart (or another instance taking the lease)
 * reads the due recipients again and carries on.
 *
 * One instance. Only the holder of the `campaign-send` lease claims recipients; it renews
 * the lease while it works and stops claiming the moment a renewal fails.
 *
 * Exactly once, in effect. Each attempt is two compare-and-set writes around the call:
 *   1. claim: pending → sending, attempts + 1, with who claimed it (instance, run) and when;
 *   2. the call, with the recipient's stable idempotency key;
 *   3. record: sending (this attempt) → sent / pending again (retry-after) / failed / not-reachable.
 * A recipient is claimed by one writer only (the write names the state and attempt it
 * read), so two instances never both send it, and a recipient recorded `sent` is never
 * claimed again. The crash window is between the connector accepting the card and step 3:
 * the recipient is left `sending`. Such a claim is settled by sending again, marked
 * `inDoubt` and with the same key: at once when this instance restarts (a claim by its
 * own instance id from another run belongs to a dead process), or after `claimTimeoutMs`
 * when another instance made it. So a crash can never lose a card; it can repeat one only
 * when it hits that window, which lasts one connector response (milliseconds) per card in
 * flight, and a port that keeps keys collapses even that repeat. Choosing a possible
 * repeat over a possible loss: a person told twice still acts, a person never told does not.
 *
 * Pace. A sliding-window limiter (sendLimits.ts) holds each tenant to 50 requests a second,
 * spread evenly (one every 21.2 ms, so a steady stream rather than bursts reaches the
 * connector), and each conversation to 7/1 s, 8/2 s, 60/30 s; the port awaits `pace()`
 * before each connector request it makes (none for a person it cannot reach, two when it
 * must open the chat first); a 429 also holds the whole tenant for its Retry-After.
 * Retries (429/412/502/504, timeouts) wait a jittered exponential
 * back-off, and never less than Retry-After; after `maxAttempts` the recipient is failed.
 * A `waiting` outcome (an install's conversation reference not there yet) comes back after
 * its own delay, gives its attempt back and is bounded by the port, not by `maxAttempts`.
 */

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((done) => {
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    }),
};

export interface CampaignSenderOptions {
  campaigns: CampaignRepository;
  delivery: CardDelivery;
  lease: Lease;
  /** This instance, stable across restarts (App Service's WEBSITE_INSTANCE_ID). */
  instanceId: string;
  /** This process: a claim by this instance under another run id was left by a process that is gone. */
  runId: string;
  clock?: Clock;
  /** In [0, 1): the back-off's jitter. */
  random?: () => number;
  limiter?: SendLimiter;
  /** Cards in flight at once. */
  concurrency?: number;
  leaseTtlMs?: number;
  /** How long one call may take before the job stops waiting (and the attempt is in doubt). */
  deliverTimeoutMs?: number;
  /** After this, another instance's claim is taken to belong to a dead process. Above deliverTimeoutMs. */
  claimTimeoutMs?: number;
  maxAttempts?: number;
  /** Recipients read per campaign per round. */
  batch?: number;
}

const DEFAULTS = {
  concurrency: 16,
  leaseTtlMs: 30_000,
  deliverTimeoutMs: 30_000,
  claimTimeoutMs: 120_000,
  maxAttempts: 10,
  batch: 200,
};
/** How long the job sleeps with nothing due, at most: another instance's expired claim, or a campaign started meanwhile. */
const IDLE_MS = 1_000;
/** The longest wait after rounds that keep failing (storage down or locked). */
const MAX_ERROR_BACKOFF_MS = 60_000;
/**
 * Added to every window: the connector counts arrivals on its own clock, and a busy process
 * (ours or the connector's) can bunch sends that left on pace; each 429 then holds the
 * tenant for its Retry-After (1 s). 60 ms costs 6% of the pace (one send every 21.2 ms).
 */
const LIMIT_MARGIN_MS = 60;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;
/** Campaigns looked at per round. */
const CAMPAIGNS_PER_ROUND = 50;

/** Equal jitter: between half and all of base·2^(attempt-1), capped; never less than the connector's Retry-After. */
export function retryDelay(attempt: number, retryAfter: number | undefined, random: () => number): number {
  const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfter ?? 0, backoff / 2 + random() * (backoff / 2));
}

/** One person is one 1:1 conversation: the per-conversation limits are kept per address. */
const conversationOf = (r: Recipient) => addressKey(r.upn ?? r.address);

interface Work {
  campaign: Campaign;
  recipient: Recipient;
}

/** Round-robin over the campaigns' lists, so one tenant's long list does not hold up another's. */
function interleave(lists: Work[][]): Work[] {
  const out: Work[] = [];
  for (let i = 0; out.length < lists.reduce((n, l) => n + l.length, 0); i++) for (const list of lists) if (i < list.length) out.push(list[i]);
  return out;
}

export class CampaignSender {
  private readonly opts: Required<Omit<CampaignSenderOptions, 'limiter'>> & { limiter: SendLimiter };
  private stopped = false;
  private holding = false;
  private renewedAt = 0;
  private running?: Promise<void>;

  constructor(options: CampaignSenderOptions) {
    this.opts = {
      clock: systemClock,
      random: Math.random,
      ...DEFAULTS,
      ...options,
      limiter: options.limiter ?? new SendLimiter({ marginMs: LIMIT_MARGIN_MS, spread: true }),
    };
  }

  /** Runs rounds until stop(); errors of one round (a storage hiccup) are reported and the next round tries again. */
  start(onError: (error: unknown) => void = () => undefined): void {
    this.running ??= (async () => {
      let failures = 0;
      while (!this.stopped) {
        try {
          await this.round();
          failures = 0;
        } catch (error) {
          onError(error);
          // Backing off: a locked SQLite file blocks the process for its busy timeout on each try, turns included.
          failures += 1;
          await this.opts.clock.sleep(Math.min(IDLE_MS * 2 ** (failures - 1), MAX_ERROR_BACKOFF_MS));
        }
      }
    })();
  }

  /** Finishes the cards in flight, then gives the lease up so another instance need not wait for it to expire. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    if (this.holding) await this.opts.lease.release(LEASES.campaignSend, this.opts.instanceId);
    this.holding = false;
  }

  /** Takes or renews the lease when a third of its time has passed; false when another instance has it. */
  private async leased(): Promise<boolean> {
    const now = this.opts.clock.now();
    if (this.holding && now - this.renewedAt < this.opts.leaseTtlMs / 3) return true;
    this.holding = await this.opts.lease.tryAcquire(LEASES.campaignSend, this.opts.instanceId, this.opts.leaseTtlMs);
    if (this.holding) this.renewedAt = now;
    return this.holding;
  }

  /**
   * One round: the due recipients of every sending campaign, sent by `concurrency` workers;
   * campaigns with nobody left are finished; with nothing due, a sleep until something is.
   */
  async round(): Promise<{ sent: number; due: number }> {
    const { campaigns, clock } = this.opts;
    if (!(await this.leased())) {
      await clock.sleep(this.opts.leaseTtlMs / 3);
      return { sent: 0, due: 0 };
    }
    const now = new Date(clock.now());
    const claimedBefore = new Date(now.getTime() - this.opts.claimTimeoutMs);
    const instance = { instanceId: this.opts.instanceId, runId: this.opts.runId };
    const lists: Work[][] = [];
    let nextDue = now.getTime() + IDLE_MS;
    for (const campaign of await campaigns.listSending(CAMPAIGNS_PER_ROUND)) {
      const due = await campaigns.listDue(campaign.tenantId, campaign.id, { now, claimedBefore, instance, limit: this.opts.batch });
      if (due.length > 0) {
        lists.push(due.map((recipient) => ({ campaign, recipient })));
        continue;
      }
      const later = await campaigns.nextDueAt(campaign.tenantId, campaign.id);
      if (later) nextDue = Math.min(nextDue, Date.parse(later));
      else await this.finishIfDone(campaign);
    }
    const work = interleave(lists);
    if (work.length === 0) {
      await clock.sleep(Math.max(1, Math.min(nextDue - now.getTime(), this.opts.leaseTtlMs / 3)));
      return { sent: 0, due: 0 };
    }
    let next = 0;
    let sent = 0;
    const worker = async () => {
      while (next < work.length && !this.stopped) {
        const item = work[next++];
        if (await this.sendOne(item)) sent += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency, work.length) }, worker));
    return { sent, due: work.length };
  }

  /** Moves a campaign nobody is pending in any more to `done`; one cancelled or changed meanwhile is left as it is. */
  private async finishIfDone(campaign: Campaign): Promise<void> {
    const counts = await this.opts.campaigns.counts(campaign.tenantId, campaign.id);
    if (counts.pending > 0 || counts.sending > 0) return;
    const done = applyCampaignAction(campaign, 'finish', new Date(this.opts.clock.now()));
    if (!done) return;
    try {
      await this.opts.campaigns.save(done, campaign.version);
    } catch {
      // Changed meanwhile (cancelled, or finished by another round): the next round reads it again.
    }
  }

  /** Waits until the tenant's and the recipient's conversation's windows allow one more request, and counts it. */
  private async pace(r: Recipient): Promise<void> {
    const { limiter, clock } = this.opts;
    for (let wait = limiter.take(r.tenantId, conversationOf(r), clock.now()); wait > 0; wait = limiter.take(r.tenantId, conversationOf(r), clock.now())) {
      await clock.sleep(wait);
    }
  }

  /** Claim, call, record (see the top of this file). True when the card was sent. */
  private async sendOne({ campaign, recipient: r }: Work): Promise<boolean> {
    const { campaigns, clock } = this.opts;
    if (this.stopped || !(await this.leased())) return false;
    const attempt = r.attempts + 1;
    const claimedAt = new Date(clock.now()).toISOString();
    const claim: RecipientDelivery = {
      delivery: 'sending',
      attempts: attempt,
      nextAttemptAt: r.nextAttemptAt,
      claim: { instanceId: this.opts.instanceId, runId: this.opts.runId, at: claimedAt },
      ...(r.lastError ? { lastError: r.lastError } : {}),
    };
    if (!(await campaigns.updateDelivery(r.tenantId, r.campaignId, r.index, { delivery: r.delivery, attempts: r.attempts }, claim))) return false;
    const inDoubt = r.delivery === 'sending' || r.lastError === 'timeout';
    const outcome = await this.call({ campaign, recipient: { ...r, ...claim }, idempotencyKey: idempotencyKey(r), attempt, inDoubt, pace: () => this.pace(r) });
    const next = this.settled(r, attempt, outcome);
    // A false here means another instance settled the claim after it expired: its write stands.
    await campaigns.updateDelivery(r.tenantId, r.campaignId, r.index, { delivery: 'sending', attempts: attempt }, next);
    return outcome.kind === 'sent';
  }

  /** The port's answer, or a retry when it throws or outlasts deliverTimeoutMs (then the attempt is in doubt). */
  private async call(request: Omit<Parameters<CardDelivery['deliver']>[0], 'signal'>): Promise<DeliveryOutcome> {
    const abort = new AbortController();
    const answered = new AbortController();
    const timeout = this.opts.clock.sleep(this.opts.deliverTimeoutMs, answered.signal).then((): DeliveryOutcome => {
      abort.abort();
      return { kind: 'retry-after', reason: 'timeout' };
    });
    const answer = this.opts.delivery.deliver({ ...request, signal: abort.signal }).catch((error: unknown): DeliveryOutcome => ({
      kind: 'retry-after',
      reason: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200),
    }));
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      // The timer is not left running for every card sent.
      answered.abort();
    }
  }

  /** The recipient's delivery after the outcome of `attempt`. */
  private settled(r: Recipient, attempt: number, outcome: DeliveryOutcome): RecipientDelivery {
    const now = this.opts.clock.now();
    const at = new Date(now).toISOString();
    const base = { attempts: attempt, nextAttemptAt: r.nextAttemptAt };
    switch (outcome.kind) {
      case 'sent':
        return { ...base, delivery: 'sent', sentAt: at };
      case 'not-reachable':
        return { ...base, delivery: 'not-reachable' };
      case 'failed':
        return { ...base, delivery: 'failed', lastError: outcome.reason };
      case 'waiting':
        // The poll gives its attempt back: claims stay exclusive (the next claim of `pending, attempts` takes the next number), and maxAttempts keeps counting sends.
        return { attempts: r.attempts, delivery: 'pending', nextAttemptAt: new Date(now + outcome.ms).toISOString(), lastError: outcome.reason };
      case 'retry-after': {
        if (outcome.reason === 'status-429') this.opts.limiter.hold(r.tenantId, now + (outcome.ms ?? BACKOFF_BASE_MS));
        if (attempt >= this.opts.maxAttempts) return { ...base, delivery: 'failed', lastError: `gave-up: ${outcome.reason}` };
        const delay = retryDelay(attempt, outcome.ms, this.opts.random);
        return { attempts: attempt, delivery: 'pending', nextAttemptAt: new Date(now + delay).toISOString(), lastError: outcome.reason };
      }
    }
  }
}
