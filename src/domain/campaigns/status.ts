import { csvLine } from '../cases/csv';
import type { CampaignRepository } from '../stores/ports';
import type { Verdict } from '../verdicts';
import type { Campaign, DeliveryState, Recipient } from './campaign';

/**
 * A campaign's status, as its admins read it ("campaign status"): where each recipient stands,
 * counted per state, compared with the last report, and exported as CSV. Pure, apart from
 * reading the recipients a page at a time through the CampaignRepository.
 *
 * The states, from what the campaign stores (it does not know whether a person opened a case
 * or is being watched, so a card sent stands for "in progress"):
 * - `fixed`: a re-check found the account `ready` (CampaignRepository.markFixed, watch/recheck.ts),
 *   or the campaign's own check already found it `ready`;
 * - `not-reachable`: not fixed, and the bot has no 1:1 chat to reach the person in;
 * - `in-progress`: not fixed, and the card was sent (the person was told what to do);
 * - `needs-action`: not fixed, and not told yet: the card is pending, being sent, or failed.
 */
export type StatusState = 'needs-action' | 'in-progress' | 'fixed' | 'not-reachable';

/** The states in the order the card shows them. */
export const STATUS_STATES: readonly StatusState[] = ['needs-action', 'in-progress', 'fixed', 'not-reachable'];

export type StatusCounts = Record<StatusState, number>;

/** Where a recipient that is not fixed stands, by their card's delivery. */
const BY_DELIVERY: Record<DeliveryState, StatusState> = {
  pending: 'needs-action',
  sending: 'needs-action',
  failed: 'needs-action',
  sent: 'in-progress',
  'not-reachable': 'not-reachable',
};

type Recorded = Pick<Recipient, 'delivery' | 'diagnosis' | 'fixedAt'>;

export function statusOf(recipient: Recorded): StatusState {
  if (recipient.fixedAt || recipient.diagnosis?.verdict === 'ready') return 'fixed';
  return BY_DELIVERY[recipient.delivery];
}

export const emptyStatusCounts = (): StatusCounts => ({ 'needs-action': 0, 'in-progress': 0, fixed: 0, 'not-reachable': 0 });

/** Counts the recipients per state, read as they come (a page at a time from recipientsOf). */
export async function countStatuses(recipients: AsyncIterable<Recorded> | Iterable<Recorded>): Promise<StatusCounts> {
  const counts = emptyStatusCounts();
  for await (const r of recipients) counts[statusOf(r)]++;
  return counts;
}

/** What a report showed, kept per campaign (stores/campaignStatusReports.ts) for the next one to compare with. */
export interface StatusReport {
  counts: StatusCounts;
  at: string;
}

/** How each count moved since `last` (undefined: there was no report before). */
export function changeSince(counts: StatusCounts, last: StatusReport | undefined): StatusCounts | undefined {
  if (!last) return undefined;
  const change = emptyStatusCounts();
  for (const state of STATUS_STATES) change[state] = counts[state] - (last.counts[state] ?? 0);
  return change;
}

/** Recipients read a page at a time. */
const PAGE = 500;

/** Every recipient of the campaign, in list order, a page at a time. */
export async function* recipientsOf(campaigns: CampaignRepository, campaign: Pick<Campaign, 'tenantId' | 'id'>): AsyncGenerator<Recipient> {
  for (let from = 0; ; from += PAGE) {
    const page = await campaigns.recipients(campaign.tenantId, campaign.id, { from, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
  }
}

/** The latest verdict and when it was found: a re-check that fixed the account found `ready`. */
function latestCheck(r: Recipient): { verdict: Verdict | ''; checkedAt: string } {
  if (r.fixedAt) return { verdict: 'ready', checkedAt: r.fixedAt };
  return { verdict: r.diagnosis?.verdict ?? '', checkedAt: r.diagnosis?.checkedAt ?? '' };
}

const COLUMNS: ReadonlyArray<[header: string, cell: (r: Recipient) => string]> = [
  ['address', (r) => r.address],
  ['upn', (r) => r.upn ?? ''],
  ['status', (r) => statusOf(r)],
  ['verdict', (r) => latestCheck(r).verdict],
  ['checked at', (r) => latestCheck(r).checkedAt],
  ['delivery', (r) => r.delivery],
  ['sent at', (r) => r.sentAt ?? ''],
  // Ready at the campaign's own check: fixed since that check.
  ['fixed at', (r) => r.fixedAt ?? (r.diagnosis?.verdict === 'ready' ? r.diagnosis.checkedAt : '')],
];

/** The campaign as CSV line by line, header first: each address with its status, latest verdict and when it was checked (csv.ts quoting). */
export async function* statusCsv(recipients: AsyncIterable<Recipient> | Iterable<Recipient>): AsyncGenerator<string> {
  yield csvLine(COLUMNS.map(([header]) => header));
  for await (const r of recipients) yield csvLine(COLUMNS.map(([, cell]) => cell(r)));
}
