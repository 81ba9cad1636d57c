import { applyCampaignAction, type Campaign } from '../../../domain/campaigns/campaign';
import { STATUS_STATES, type StatusCounts, type StatusReport, type StatusState } from '../../../domain/campaigns/status';
import type { Catalog } from '../../../text/catalog';
import type { CampaignStatusBar, CampaignStatusCardData } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';
import { barsOf } from '../cases/statsCard';
import { CAMPAIGN_STATUS_VERBS } from './verbs';

/** Each state's bar colour (an Adaptive Card container style): who still needs to act stands out. */
const COLORS: Record<StatusState, CampaignStatusBar['color']> = {
  'needs-action': 'attention',
  'in-progress': 'accent',
  fixed: 'good',
  'not-reachable': 'warning',
};

/** A count's move, signed ("+12", "−3": the minus sign, not a hyphen a reader could take for a list). */
const signed = (n: number) => (n > 0 ? `+${n}` : `\u2212${-n}`);

/** What moved since the last report, in words: "+12 fixed, −12 in progress since …". */
export function changeText(words: Catalog, change: StatusCounts | undefined, last: StatusReport | undefined): string {
  const S = words.campaignStatus;
  if (!change || !last) return S.firstReport;
  const when = utcMinute(last.at);
  const moved = STATUS_STATES.filter((state) => change[state] !== 0).map((state) => `${signed(change[state])} ${S.changed[state]}`);
  return moved.length ? S.since(moved.join(S.separator), when) : S.unchangedSince(when);
}

/**
 * The status card: the campaign, who started it and when, and its state; one bar per state,
 * each its share of everyone on the list; the change since the last report; "Export CSV", and
 * "Close campaign" when the campaign may be closed (done or cancelled). `heading` is a line
 * above it all (the weekly summary's), none on a status report.
 */
export function statusCard(words: Catalog, campaign: Campaign, counts: StatusCounts, change: string, heading = ''): CampaignStatusCardData {
  const S = words.campaignStatus;
  const total = STATUS_STATES.reduce((sum, state) => sum + counts[state], 0);
  const bars = barsOf(STATUS_STATES.map((state) => ({ label: S.counts[state], count: counts[state] })), total).map((bar, i) => ({ ...bar, color: COLORS[STATUS_STATES[i]] }));
  const data = { campaignId: campaign.id };
  const closable = applyCampaignAction(campaign, 'close', new Date()) !== undefined;
  return {
    heading,
    title: S.title(campaign.id),
    started: S.started(utcMinute(campaign.createdAt), campaign.owner.name),
    state: S.states[campaign.state],
    facts: [{ title: S.people, value: String(total) }],
    bars,
    change,
    meaning: S.meaning,
    actions: [
      { title: S.exportButton, data: { verb: CAMPAIGN_STATUS_VERBS.export, ...data } },
      ...(closable ? [{ title: S.closeButton, data: { verb: CAMPAIGN_STATUS_VERBS.close, ...data } }] : []),
    ],
  };
}

/** The weekly summary to the campaign's owner: the status card under "Weekly summary", or, when everyone is fixed, the heading saying it is the last. */
export function summaryCard(words: Catalog, campaign: Campaign, counts: StatusCounts, change: string, last: boolean): CampaignStatusCardData {
  const S = words.campaignStatus.summary;
  return statusCard(words, campaign, counts, change, last ? S.last : S.heading);
}
