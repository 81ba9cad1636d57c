import { randomInt } from 'node:crypto';
import { CASE_ID_ALPHABET } from '../cases/caseId';
import type { Diagnosis } from '../types';
import type { Verdict } from '../verdicts';

/**
 * An outreach campaign: an admin's list of people whose VLSC sign-in is checked, each then
 * sent their own verdict card by a durable, rate-limited job (sendJob.ts). Pure data and
 * pure functions: the stores (CampaignRepository, stores/ports.ts) keep it, the Teams layer
 * words it. The tenant is the first key of every record and of every query.
 */

/**
 * draft: the list is stored, not yet fully checked; previewed: every address checked, the
 * admin sees the preview; sending: the job delivers; done: nobody is left pending;
 * cancelled: stopped by the admin (what was sent stays sent); closed: no more follow-up.
 */
export type CampaignState = 'draft' | 'previewed' | 'sending' | 'done' | 'cancelled' | 'closed';

export interface CampaignOwner {
  aadObjectId: string;
  name: string;
}

export interface Campaign {
  tenantId: string;
  id: string;
  owner: CampaignOwner;
  /** The admin's note, sent with every card. */
  note: string;
  createdAt: string;
  updatedAt: string;
  state: CampaignState;
  /** When the admin chose Send (absent before; campaigns sent by earlier versions lack it). */
  sentAt?: string;
  recipientCount: number;
  /** Bumped by every save; a save names the version it read (CampaignConflict otherwise). */
  version: number;
}

/**
 * Where a recipient's card stands. `sending` is the job's claim: the attempt is recorded
 * before the card goes out, so a crash leaves a trace of what may have been sent (see
 * sendJob.ts for what happens to it). People counts show it as pending.
 */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'not-reachable';

export interface Recipient {
  tenantId: string;
  campaignId: string;
  /** The row's place in the list, from 0: its key within the campaign. */
  index: number;
  /** The VLSC sign-in address as parsed (domain lower-cased). */
  address: string;
  /** The person's work UPN, when the list gives one that differs from the address. */
  upn?: string;
  /** The latest check of the address; absent until checked. */
  diagnosis?: Diagnosis;
  delivery: DeliveryState;
  /** Delivery attempts started (claims made), including the one in progress. */
  attempts: number;
  /** When a pending recipient may be tried (after a retry-after); ISO. */
  nextAttemptAt: string;
  /** Who holds the `sending` claim: the instance and the run (process) that made it, and when. */
  claim?: RecipientClaim;
  /** The last failure or retry reason, as a short code the job writes (`status-429`, `timeout` …). */
  lastError?: string;
  sentAt?: string;
  /** When a re-check found the account `ready` (watch/recheck.ts): the campaign counts them as done. */
  fixedAt?: string;
}

export interface RecipientClaim {
  instanceId: string;
  runId: string;
  at: string;
}

/** What a new recipient is made of before it is stored. */
export interface NewRecipient {
  address: string;
  upn?: string;
}

export type DeliveryCounts = Record<DeliveryState, number>;

/** Progress as people read it: the claim in flight counts as pending. */
export interface CampaignProgress {
  sent: number;
  pending: number;
  failed: number;
  notReachable: number;
  total: number;
}

export function progressOf(counts: DeliveryCounts): CampaignProgress {
  const pending = counts.pending + counts.sending;
  return { sent: counts.sent, pending, failed: counts.failed, notReachable: counts['not-reachable'], total: pending + counts.sent + counts.failed + counts['not-reachable'] };
}

export const emptyCounts = (): DeliveryCounts => ({ pending: 0, sending: 0, sent: 0, failed: 0, 'not-reachable': 0 });

export function newCampaign(fields: { tenantId: string; id: string; owner: CampaignOwner; note: string; recipientCount: number }, now: Date): Campaign {
  const at = now.toISOString();
  return { ...fields, createdAt: at, updatedAt: at, state: 'draft', version: 1 };
}

export function newRecipients(tenantId: string, campaignId: string, people: readonly NewRecipient[], now: Date): Recipient[] {
  const at = now.toISOString();
  return people.map((p, index) => ({
    tenantId,
    campaignId,
    index,
    address: p.address,
    ...(p.upn ? { upn: p.upn } : {}),
    delivery: 'pending',
    attempts: 0,
    nextAttemptAt: at,
  }));
}

/** What an admin (or the job) does to a campaign. */
export type CampaignAction = 'previewed' | 'send' | 'finish' | 'cancel' | 'close';

/** The states each action leaves from, and where it goes. */
const TRANSITIONS: Record<CampaignAction, { from: readonly CampaignState[]; to: CampaignState }> = {
  previewed: { from: ['draft'], to: 'previewed' },
  send: { from: ['previewed'], to: 'sending' },
  finish: { from: ['sending'], to: 'done' },
  cancel: { from: ['draft', 'previewed', 'sending'], to: 'cancelled' },
  // A campaign never sent has nothing to report: it may be closed straight away.
  close: { from: ['draft', 'previewed', 'done', 'cancelled'], to: 'closed' },
};

/** The campaign after `action`, or `undefined` when its state does not allow it (sending twice, cancelling a finished one). */
export function applyCampaignAction(campaign: Campaign, action: CampaignAction, now: Date): Campaign | undefined {
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(campaign.state)) return undefined;
  const at = now.toISOString();
  return { ...campaign, state: to, updatedAt: at, ...(action === 'send' ? { sentAt: at } : {}) };
}

/** Verdicts that need nothing of the person: every other one asks them to act (or to be checked again). */
export const needsAction = (verdict: Verdict): boolean => verdict !== 'ready';

/** The key that makes a delivery attempt of one recipient recognisable whatever the attempt: the same for every retry. */
export const idempotencyKey = (r: Pick<Recipient, 'tenantId' | 'campaignId' | 'index'>): string => `campaign/${r.tenantId}/${r.campaignId}/${r.index}`;

const ID_LENGTH = 8;

/** Campaign ids as people read them, `CP-` and eight characters of the case-id alphabet (no 0/O, 1/I). */
export function newCampaignId(draw: (max: number) => number = randomInt): string {
  let id = 'CP-';
  for (let i = 0; i < ID_LENGTH; i++) id += CASE_ID_ALPHABET[draw(CASE_ID_ALPHABET.length)];
  return id;
}
