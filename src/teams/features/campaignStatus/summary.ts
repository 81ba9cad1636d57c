import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Campaign } from '../../../domain/campaigns/campaign';
import { changeSince, countStatuses, recipientsOf } from '../../../domain/campaigns/status';
import { summaryDue, summaryRecord } from '../../../domain/campaigns/summary';
import type { CampaignProgressCards } from '../../../domain/stores/campaignProgressCards';
import type { CampaignSummaries } from '../../../domain/stores/campaignSummaries';
import { LEASES } from '../../../domain/stores/keys';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import type { CampaignRepository, Lease } from '../../../domain/stores/ports';
import type { Logger } from '../../../log';
import { renderCard } from '../../kit/cards/render';
import { localeFor, wordsForLocale } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import { startLeasedRounds } from '../../kit/rounds';
import { changeText, summaryCard } from './cards';

export interface SummaryRoundDeps {
  campaigns: CampaignRepository;
  summaries: CampaignSummaries;
  /** Where each campaign's owner chose Send: their 1:1 chat, and its locale. */
  progressCards: CampaignProgressCards;
  adapter: CloudAdapter;
  botAppId: string;
  languages: LanguageChoices;
  log: Logger;
}

export interface SummaryDeps extends SummaryRoundDeps {
  lease: Lease;
  instanceId: string;
  /** How often campaigns are looked at for a summary due. */
  everyMs: number;
}

/** Sends the campaign's owner its weekly summary if one is due at `now`, claimed first so nobody else sends it; true when sent. */
async function summarise(deps: SummaryRoundDeps, listed: Campaign, now: Date): Promise<boolean> {
  const { tenantId, id } = listed;
  if (!summaryDue(listed, await deps.summaries.last(tenantId, id), now)) return false;
  const chat = await deps.progressCards.get(tenantId, id);
  // Read again just before the claim: a campaign closed since the listing gets no summary.
  const campaign = chat && (await deps.campaigns.get(tenantId, id));
  if (!chat || !campaign) return false;
  const counts = await countStatuses(recipientsOf(deps.campaigns, campaign));
  const record = summaryRecord(counts, now);
  const claim = await deps.summaries.claim(tenantId, id, record, (last) => summaryDue(campaign, last, now));
  if (!claim.claimed) return false;
  const words = wordsForLocale(await localeFor(deps.languages, { tenantId, aadObjectId: campaign.owner.aadObjectId }, chat.locale));
  const change = changeText(words, changeSince(counts, claim.previous), claim.previous);
  const card = renderCard('campaignStatus', summaryCard(words, campaign, counts, change, record.final));
  await proactive(deps.adapter, deps.botAppId, chat.reference as Partial<ConversationReference>, (context) => context.sendActivity({ attachments: [card] }));
  return true;
}

/**
 * One round: every campaign followed up (sent, not closed) is looked at, and each due a weekly
 * summary (domain/campaigns/summary.ts) gets one in its owner's chat. A summary is claimed in
 * storage before it is sent, so rounds on two instances at once send it once; one Teams refuses
 * is logged, not tried again that week. Returns how many were sent.
 */
export async function runSummaryRound(deps: SummaryRoundDeps, now: Date, stopped: () => boolean = () => false): Promise<number> {
  let sent = 0;
  for (const campaign of await deps.campaigns.listFollowedUp()) {
    if (stopped()) break;
    try {
      if (await summarise(deps, campaign, now)) sent++;
    } catch (error) {
      deps.log.warn({ tenantId: campaign.tenantId, campaignId: campaign.id, err: (error as Error).message }, 'could not send a campaign’s weekly summary');
    }
  }
  return sent;
}

/**
 * The weekly summaries to campaign owners, on whichever instance holds the `campaign-summary`
 * lease: every `everyMs` a round (runSummaryRound). Returns the stop, which waits for the round
 * in flight and gives the lease up.
 */
export function startCampaignSummaries(deps: SummaryDeps): () => Promise<void> {
  return startLeasedRounds({
    lease: deps.lease,
    name: LEASES.campaignSummary,
    instanceId: deps.instanceId,
    ttlMs: 3 * deps.everyMs,
    everyMs: deps.everyMs,
    round: (stopped) => runSummaryRound(deps, new Date(), stopped),
    onError: (error) => deps.log.error({ err: error }, 'campaign summary round failed'),
  });
}
