import { createHash } from 'node:crypto';
import type { ConversationReferenceData } from '../cases/case';
import { addressKey } from '../cases/case';
import type { Verdict } from '../verdicts';

/**
 * The watch list: addresses whose owner asked "Tell me when it's fixed" (or that a
 * campaign put on it), re-checked on a schedule until the verdict is `ready`. Pure data
 * and pure functions; the WatchRepository (stores/ports.ts) keeps it, recheck.ts runs the
 * checks. A watch is one person's, of one address, in one tenant: (tenant, watcher, address)
 * is its key, so nobody can see or stop another person's watch.
 */

/** The person told when the address is fixed: their AAD object id, and how to reach their 1:1 chat. */
export interface Watcher {
  aadObjectId: string;
  conversationReference?: ConversationReferenceData;
  /** The locale their chat was in when they asked; their language choice, when they made one, wins. */
  locale?: string;
}

/** The campaign recipient the watch was started for, marked fixed when the address is. */
export interface WatchCampaign {
  campaignId: string;
  index: number;
}

export interface Watch {
  /** The watcher's Teams tenant: the first key of every read, write and listing. */
  tenantId: string;
  /** The address as parsed (domain lower-cased). */
  address: string;
  /** The address's domain, lower-cased: what a takeover turning managed re-checks at once. */
  domain: string;
  watcher: Watcher;
  campaign?: WatchCampaign;
  createdAt: string;
  /** When the scheduler checks it next; ISO. */
  nextCheckAt: string;
  lastCheckedAt?: string;
  lastVerdict?: Verdict;
}

/** What a check changes on a watch: when it was checked and what it found, unless the budget postponed it. */
export type WatchCheck = Pick<Watch, 'nextCheckAt'> & Partial<Pick<Watch, 'lastCheckedAt' | 'lastVerdict'>>;

/** Where in each interval an address's check falls: from its key's hash, so checks spread evenly over the interval. */
export function slotOffsetMs(tenantId: string, address: string, intervalMs: number): number {
  const digest = createHash('sha256').update(`${tenantId}\n${addressKey(address)}`).digest();
  return digest.readUInt32BE(0) % Math.max(1, Math.floor(intervalMs));
}

/** The first moment after `now` at the address's slot of the interval: each address is checked once per interval, all spread over it. */
export function nextSlot(tenantId: string, address: string, intervalMs: number, now: Date): Date {
  const offset = slotOffsetMs(tenantId, address, intervalMs);
  const t = now.getTime();
  const start = Math.floor((t - offset) / intervalMs) * intervalMs + offset;
  return new Date(start + intervalMs);
}

/** `checked`: the check the watch starts from (what the person was shown), so a fix is known to end a takeover from the first re-check on. */
export function newWatch(
  fields: { tenantId: string; address: string; watcher: Watcher; campaign?: WatchCampaign; checked?: Pick<Watch, 'lastCheckedAt' | 'lastVerdict'> },
  intervalMs: number,
  now: Date,
): Watch {
  const domain = fields.address.slice(fields.address.lastIndexOf('@') + 1).toLowerCase();
  return {
    tenantId: fields.tenantId,
    address: fields.address,
    domain,
    watcher: fields.watcher,
    ...(fields.campaign ? { campaign: fields.campaign } : {}),
    createdAt: now.toISOString(),
    nextCheckAt: nextSlot(fields.tenantId, fields.address, intervalMs, now).toISOString(),
    ...fields.checked,
  };
}
