import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { progressOf, type CampaignProgress } from '../../../domain/campaigns/campaign';
import type { CampaignProgressCards } from '../../../domain/stores/campaignProgressCards';
import { LEASES } from '../../../domain/stores/keys';
import type { CampaignRepository, Lease } from '../../../domain/stores/ports';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import type { Logger } from '../../../log';
import { renderCard } from '../../kit/cards/render';
import { localeFor, wordsForLocale } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import { startLeasedRounds } from '../../kit/rounds';
import { progressCard } from './cards';

export interface ProgressDeps {
  campaigns: CampaignRepository;
  cards: CampaignProgressCards;
  lease: Lease;
  instanceId: string;
  adapter: CloudAdapter;
  botAppId: string;
  languages: LanguageChoices;
  log: Logger;
  /** How often open cards are looked at. */
  tickMs: number;
}

/** A card is rewritten at most this often, unless 5% of the list moved on or the campaign finished. */
const MIN_UPDATE_MS = 10_000;
const STEP_SHARE = 0.05;

const moved = (a: CampaignProgress, b: CampaignProgress) => Math.abs(a.pending - b.pending) + Math.abs(a.notReachable - b.notReachable);
const same = (a: CampaignProgress, b: CampaignProgress) => a.sent === b.sent && a.pending === b.pending && a.failed === b.failed && a.notReachable === b.notReachable;

/** Updates one campaign's progress card when it is due; returns nothing, records what it showed. */
async function report(deps: ProgressDeps, tenantId: string, campaignId: string, now: Date): Promise<void> {
  const entry = await deps.cards.get(tenantId, campaignId);
  const campaign = await deps.campaigns.get(tenantId, campaignId);
  if (!entry || entry.final) return;
  if (!campaign) return deps.cards.save(tenantId, campaignId, { ...entry, final: true });
  const progress = progressOf(await deps.campaigns.counts(tenantId, campaignId));
  const finished = campaign.state !== 'sending';
  const shown = entry.shown;
  const elapsed = entry.shownAt ? now.getTime() - Date.parse(entry.shownAt) : Infinity;
  const due = finished || !shown || (!same(shown, progress) && (elapsed >= MIN_UPDATE_MS || moved(shown, progress) >= Math.max(1, progress.total * STEP_SHARE)));
  if (!due) return;
  const words = wordsForLocale(await localeFor(deps.languages, { tenantId, aadObjectId: campaign.owner.aadObjectId }, entry.locale));
  const card = renderCard('campaignProgress', progressCard(words, campaign, progress, now));
  const activityId = await proactive(deps.adapter, deps.botAppId, entry.reference as Partial<ConversationReference>, async (context) => {
    if (entry.activityId) {
      try {
        await context.updateActivity({ id: entry.activityId, type: 'message', attachments: [card] });
        return entry.activityId;
      } catch (error) {
        // Deleted, too old, throttled: a new card, so the progress is never lost.
        deps.log.warn({ campaignId, err: (error as Error).message }, 'could not update a campaign progress card; posting it again');
      }
    }
    return (await context.sendActivity({ attachments: [card] }))?.id ?? '';
  });
  await deps.cards.save(tenantId, campaignId, { ...entry, activityId, shown: progress, shownAt: now.toISOString(), final: finished });
}

/**
 * The admins' progress cards of campaigns being sent, updated in place by whichever instance
 * holds the `campaign-progress` lease: every `tickMs` it looks at each open card and rewrites
 * it when due, and a last time when the campaign is done or cancelled. Returns the stop.
 */
export function startCampaignProgress(deps: ProgressDeps): () => Promise<void> {
  return startLeasedRounds({
    lease: deps.lease,
    name: LEASES.campaignProgress,
    instanceId: deps.instanceId,
    ttlMs: Math.max(30_000, 3 * deps.tickMs),
    everyMs: deps.tickMs,
    round: async (stopped) => {
      for (const { tenantId, campaignId } of await deps.cards.open()) {
        if (stopped()) return;
        try {
          await report(deps, tenantId, campaignId, new Date());
        } catch (error) {
          deps.log.warn({ campaignId, err: (error as Error).message }, 'could not report a campaign’s progress');
        }
      }
    },
    onError: (error) => deps.log.error({ err: error }, 'campaign progress round failed'),
  });
}
