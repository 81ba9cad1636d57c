import type { Campaign, Recipient } from './campaign';

/**
 * The port the send job hands each card to. The Teams layer implements it (the person's
 * verdict card with the campaign's note, proactively in their 1:1 chat); tests and the
 * bench implement it over a fake connector.
 */

export type DeliveryOutcome =
  | { kind: 'sent' }
  /** Try again later: a 429, 412, 502 or 504, with the Retry-After when the connector gave one. */
  | { kind: 'retry-after'; ms?: number; reason: string }
  /**
   * Not yet, and nothing failed: the port waits for something it bounds itself (the
   * conversation reference of an install it asked Graph for). Tried again after `ms`, with
   * no back-off and not counted against the job's attempts: the port ends the wait.
   */
  | { kind: 'waiting'; ms: number; reason: string }
  /** Will not succeed by trying again (a 400, a card the connector refuses). */
  | { kind: 'failed'; reason: string }
  /** Nobody to send to in Teams: no conversation reference and no install possible, or the bot was removed (403/404). */
  | { kind: 'not-reachable' };

export interface DeliveryRequest {
  campaign: Campaign;
  recipient: Recipient;
  /**
   * The same for every attempt at this recipient (campaign.ts idempotencyKey). A port that
   * can tell a key it already delivered (a connector or a store that keeps keys) answers
   * `sent` without sending again.
   */
  idempotencyKey: string;
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * An earlier attempt may have been delivered: the process died, or the call timed out,
   * after the card left and before its outcome was recorded.
   */
  inDoubt: boolean;
  /**
   * To await before each request to the connector: resolves when Teams' limits allow one
   * more for this tenant and this person's conversation, and counts it. A port that
   * makes no request (nobody to reach) never calls it, so spends none of the budget.
   */
  pace(): Promise<void>;
  /** Aborted when the job stops waiting for the answer (its timeout). */
  signal: AbortSignal;
}

export interface CardDelivery {
  deliver(request: DeliveryRequest): Promise<DeliveryOutcome>;
}

/** Statuses Teams documents as transient: back off and try again (honouring Retry-After). */
const TRANSIENT = new Set([412, 429, 502, 504]);

/** A Retry-After header's delay: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d{1,7}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The outcome of one connector request by its HTTP status: what the Teams implementation and the fakes share. */
export function outcomeOfStatus(status: number, retryAfter: string | null | undefined, now: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (TRANSIENT.has(status)) return { kind: 'retry-after', ms: retryAfterMs(retryAfter, now), reason: `status-${status}` };
  // 403: the person blocked or removed the bot; 404: the conversation is gone.
  if (status === 403 || status === 404) return { kind: 'not-reachable' };
  return { kind: 'failed', reason: `status-${status}` };
}
