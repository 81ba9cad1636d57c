import type { Campaign, CampaignState } from './campaign';
import { STATUS_STATES, type StatusCounts, type StatusReport } from './status';

/**
 * The weekly summary of a campaign to its owner (teams/features/campaignStatus/summary.ts):
 * which campaigns are due one, and what a summary records. Pure.
 *
 * A campaign is followed up from Send until its admin closes it: while it is sending, once it
 * is done, and once it is cancelled after Send (what was sent stays sent, and those people are
 * still watched). A summary is due a week after the last one, the first a week after Send.
 * The summary that finds everyone on the list fixed says so and is the last.
 */

/** A week: the time between two summaries of a campaign. */
export const SUMMARY_EVERY_MS = 7 * 24 * 3_600_000;

/** The states a campaign is summarised in (a cancelled one only if it was sent). */
const FOLLOWED_UP: readonly CampaignState[] = ['sending', 'done', 'cancelled'];

/** The last summary of a campaign, kept per campaign (stores/campaignSummaries.ts): what it showed, when, and whether it was the last. */
export interface SummaryRecord extends StatusReport {
  /** True when it found everyone fixed: no summary follows. */
  final: boolean;
}

/**
 * When the campaign was sent: its `sentAt`; a campaign sending or done that an earlier version
 * sent (no `sentAt`) counts from its creation; a cancelled one without it was never sent.
 */
function sentAt(campaign: Pick<Campaign, 'state' | 'sentAt' | 'createdAt'>): string | undefined {
  return campaign.sentAt ?? (campaign.state === 'cancelled' ? undefined : campaign.createdAt);
}

/** Whether the campaign is due a weekly summary at `now`, given its last one (undefined: none yet). */
export function summaryDue(campaign: Pick<Campaign, 'state' | 'sentAt' | 'createdAt'>, last: SummaryRecord | undefined, now: Date): boolean {
  const sent = sentAt(campaign);
  if (!FOLLOWED_UP.includes(campaign.state) || !sent || last?.final) return false;
  return now.getTime() - Date.parse(last?.at ?? sent) >= SUMMARY_EVERY_MS;
}

/** Whether everyone on the list is fixed. */
export const everyoneFixed = (counts: StatusCounts): boolean => STATUS_STATES.every((state) => state === 'fixed' || counts[state] === 0);

/** What a summary sent at `now` showing `counts` records: the last one when everyone is fixed. */
export const summaryRecord = (counts: StatusCounts, now: Date): SummaryRecord => ({ counts, at: now.toISOString(), final: everyoneFixed(counts) });
