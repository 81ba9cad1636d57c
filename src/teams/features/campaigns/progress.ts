import { TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { progressOf, type Campaign, type CampaignProgress } from '../../../domain/campaigns/campaign';
import type { CampaignProgressCards, ProgressCard } from '../../../domain/stores/campaignProgressCards';
import { LEASES } from '../../../domain/stores/keys';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import type { CampaignRepository, Lease } from '../../../domain/stores/ports';
import type { Logger } from '../../../log';
import { renderCard } from '../../kit/cards/render';
import { localeFor, wordsForLocale, wordsOf } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import { progressCard } from './cards';

/**
 * The admin's progress card of a campaign being sent: posted when they choose Send, then
 * updated in place by one loop (on the instance holding the `campaign-progress` lease) when
 * its counts changed, and once more when the campaign is finished. A card that cannot be
 * updated (deleted, too old) is posted again.
 */

export interface ProgressDeps {
  campaigns: CampaignRepository;
  cards: CampaignProgressCards;
}

/** Posts the first progress card in the turn of Send and remembers where it is. */
export async function postProgress(context: TurnContext, deps: ProgressDeps, campaign: Campaign): Promise<void> {
  const progress = progressOf(await deps.campaigns.counts(campaign.tenantId, campaign.id));
  const at = new Date();
  const sent = await context.sendActivity({ attachments: [renderCard('campaignProgress', progressCard(wordsOf(context), campaign, progress, at))] });
  const reference = TurnContext.getConversationReference(context.activity) as unknown as ProgressCard['reference'];
  await deps.cards.save(campaign.tenantId, campaign.id, { reference, ...(context.activity.locale ? { locale: context.activity.locale } : {}), activityId: sent?.id ?? '', shown: progress, shownAt: at.toISOString(), final: false });
}

export interface ProgressLoopDeps extends ProgressDeps {
  adapter: CloudAdapter;
  botAppId: string;
  languages: LanguageChoices;
  lease: Lease;
  instanceId: string;
  log: Logger;
}

const same = (a: CampaignProgress | undefined, b: CampaignProgress) => a !== undefined && a.sent === b.sent && a.pending === b.pending && a.failed === b.failed && a.notReachable === b.notReachable;

async function updateOne(deps: ProgressLoopDeps, tenantId: string, campaignId: string): Promise<void> {
  const [card, campaign] = await Promise.all([deps.cards.get(tenantId, campaignId), deps.campaigns.get(tenantId, campaignId)]);
  if (!card || !campaign) return;
  const progress = progressOf(await deps.campaigns.counts(tenantId, campaignId));
  const final = campaign.state !== 'sending';
  if (!final && same(card.shown, progress)) return;
  const at = new Date();
  const owner = { tenantId, aadObjectId: campaign.owner.aadObjectId };
  const words = wordsForLocale(await localeFor(deps.languages, owner, card.locale));
  const attachment = renderCard('campaignProgress', progressCard(words, campaign, progress, at));
  const reference = card.reference as Partial<ConversationReference>;
  let activityId = card.activityId;
  try {
    if (!activityId) throw new Error('the card was never posted');
    await proactive(deps.adapter, deps.botAppId, reference, (context) => context.updateActivity({ type: 'message', id: activityId, attachments: [attachment] }));
  } catch {
    const posted = await proactive(deps.adapter, deps.botAppId, reference, (context) => context.sendActivity({ attachments: [attachment] }));
    activityId = posted?.id ?? '';
  }
  await deps.cards.save(tenantId, campaignId, { ...card, activityId, shown: progress, shownAt: at.toISOString(), final });
}

/** One pass over the open progress cards, on the lease holder only. */
export async function runProgressPass(deps: ProgressLoopDeps, intervalMs: number): Promise<void> {
  if (!(await deps.lease.tryAcquire(LEASES.campaignProgress, deps.instanceId, 3 * intervalMs))) return;
  for (const { tenantId, campaignId } of await deps.cards.open()) {
    await updateOne(deps, tenantId, campaignId).catch((error: unknown) => deps.log.warn({ err: (error as Error).message, campaignId }, 'campaign progress card not updated'));
  }
}

/** Runs a pass every `intervalMs`; the function returned stops it after the pass in flight. */
export function startProgressLoop(deps: ProgressLoopDeps, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => runProgressPass(deps, intervalMs).catch((error: unknown) => deps.log.error({ err: error }, 'campaign progress pass failed')));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
