import type { TurnContext } from 'botbuilder';
import { downloadFile, FILE_DOWNLOAD_MAX_BYTES, type FileDownloadProblem } from '../../../clients/fileDownload';
import type { Config } from '../../../config';
import { applyCampaignAction, newCampaign, newCampaignId, type Campaign } from '../../../domain/campaigns/campaign';
import { checkCampaign, previewCampaign, type CampaignCheckDeps, type RecipientReach } from '../../../domain/campaigns/preview';
import { parseRecipientList } from '../../../domain/campaigns/recipients';
import type { CampaignRepository } from '../../../domain/stores/ports';
import type { Catalog } from '../../../text/catalog';
import { renderCard } from '../../kit/cards/render';
import { intentOf } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { scopeOf } from '../../kit/scope';
import { onSubmit, type BotApp } from '../../kit/verbs';
import { callerOf, mayRouteChannels } from '../cases/access';
import type { CasesDeps } from '../cases';
import type { CampaignProgressCards } from '../../../domain/stores/campaignProgressCards';
import { previewCard, refusalText, startCard } from './cards';
import { postProgress } from './progress';
import { CAMPAIGN_VERBS } from './verbs';

export interface CampaignsDeps extends Pick<CasesDeps, 'config' | 'lookupAdmins'> {
  fileHosts: Config['fileDownloadHosts'];
  campaigns: CampaignRepository;
  progressCards: CampaignProgressCards;
  reach: RecipientReach;
  check: Omit<CampaignCheckDeps, 'campaigns'>;
  fetch?: typeof fetch;
  /** After every turn: who can be reached in Teams (reach.ts, rememberPeople). */
  remember: (context: TurnContext) => Promise<void>;
}

/** Teams' attachment for a file a person sent the bot in a 1:1 chat. */
const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';

function fileOf(context: TurnContext): { downloadUrl: string; name: string } | undefined {
  const attachment = (context.activity.attachments ?? []).find((a) => a.contentType === FILE_INFO);
  const content = attachment?.content as { downloadUrl?: unknown } | undefined;
  return typeof content?.downloadUrl === 'string' ? { downloadUrl: content.downloadUrl, name: attachment?.name ?? '' } : undefined;
}

const fileProblem = (words: Catalog, problem: FileDownloadProblem): string => {
  const F = words.campaigns.file;
  return { 'not-allowed': F.notAllowed, redirect: F.redirect, 'too-large': F.tooLarge(FILE_DOWNLOAD_MAX_BYTES / 1_000_000), failed: F.failed }[problem];
};

/**
 * Outreach campaigns, started by help-desk admins and tenant admins in their 1:1 chat. The
 * role is decided in the route's selector, so anyone else's "start a campaign" (or file) is
 * not claimed here and gets what any other text gets. Every card verb carries only the
 * campaign id; the tenant is the activity's, so another tenant's campaign reads as missing.
 */
export function register(app: BotApp, deps: CampaignsDeps): void {
  app.turn('afterTurn', async (context) => {
    await deps.remember(context);
    return true;
  });
  const allowed = async (context: TurnContext): Promise<boolean> => {
    const caller = callerOf(context);
    return scopeOf(context) === 'personal' && caller !== undefined && (await mayRouteChannels(deps, caller));
  };

  const startFrom = async (context: TurnContext, text: string, note: string): Promise<void> => {
    const words = wordsOf(context);
    const caller = callerOf(context);
    if (!caller) return;
    const list = parseRecipientList(text);
    if (!list.ok) {
      await context.sendActivity(refusalText(words, list));
      return;
    }
    const campaign = await deps.campaigns.create(
      newCampaign({ tenantId: caller.tenantId, id: newCampaignId(), owner: { aadObjectId: caller.id, name: caller.name }, note, recipientCount: list.recipients.length }, new Date()),
      list.recipients,
    );
    await context.sendActivity(words.campaigns.checking(list.recipients.length));
    await showChecked(context, campaign, list.duplicates);
  };

  const showChecked = async (context: TurnContext, campaign: Campaign, duplicates: number): Promise<void> => {
    const checked = await checkCampaign({ ...deps.check, campaigns: deps.campaigns }, campaign);
    const preview = await previewCampaign({ campaigns: deps.campaigns, reach: deps.reach }, checked.campaign);
    const extra = { duplicates, ...(checked.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: checked.retryAfterSeconds }) };
    await context.sendActivity({ attachments: [renderCard('campaignPreview', previewCard(wordsOf(context), checked.campaign, preview, extra))] });
  };

  /** The caller's campaign named by the card, or undefined (not theirs, another tenant's, or none: all the same). */
  const campaignOf = async (context: TurnContext): Promise<Campaign | undefined> => {
    const caller = callerOf(context);
    const id = (context.activity.value as { campaignId?: unknown } | undefined)?.campaignId;
    if (!caller || typeof id !== 'string' || !(await allowed(context))) return undefined;
    return deps.campaigns.get(caller.tenantId, id);
  };

  app.message(
    async (context) => (intentOf(context)?.kind === 'campaign' || fileOf(context) !== undefined) && (await allowed(context)),
    async (context) => {
      const words = wordsOf(context);
      const file = fileOf(context);
      if (!file) {
        await context.sendActivity({ attachments: [renderCard('campaignStart', startCard(words))] });
        return;
      }
      if (!/\.(csv|txt)$/i.test(file.name)) {
        await context.sendActivity(words.campaigns.file.notCsv);
        return;
      }
      const download = await downloadFile(file.downloadUrl, { allowedHosts: deps.fileHosts, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
      if (!download.ok) {
        await context.sendActivity(fileProblem(words, download.problem));
        return;
      }
      await startFrom(context, download.text, '');
    },
  );

  onSubmit(app, CAMPAIGN_VERBS.paste, async (context) => {
    if (!(await allowed(context))) {
      await context.sendActivity(wordsOf(context).campaigns.notFound);
      return;
    }
    const value = (context.activity.value ?? {}) as { addresses?: unknown; note?: unknown };
    await startFrom(context, typeof value.addresses === 'string' ? value.addresses : '', typeof value.note === 'string' ? value.note.slice(0, 2000) : '');
  });

  onSubmit(app, CAMPAIGN_VERBS.checkRest, async (context) => {
    const campaign = await campaignOf(context);
    if (!campaign || campaign.state !== 'draft') {
      await context.sendActivity(campaign ? wordsOf(context).campaigns.alreadyStarted(campaign.id) : wordsOf(context).campaigns.notFound);
      return;
    }
    await showChecked(context, campaign, 0);
  });

  onSubmit(app, CAMPAIGN_VERBS.send, async (context) => {
    const words = wordsOf(context);
    const campaign = await campaignOf(context);
    if (!campaign) {
      await context.sendActivity(words.campaigns.notFound);
      return;
    }
    const note = (context.activity.value as { note?: unknown }).note;
    const sending = applyCampaignAction({ ...campaign, note: typeof note === 'string' ? note.slice(0, 2000) : campaign.note }, 'send', new Date());
    if (!sending) {
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    const saved = await deps.campaigns.save(sending, campaign.version);
    await context.sendActivity(words.campaigns.sending(campaign.id));
    await postProgress(context, { campaigns: deps.campaigns, cards: deps.progressCards }, saved);
  });

  onSubmit(app, CAMPAIGN_VERBS.cancel, async (context) => {
    const words = wordsOf(context);
    const campaign = await campaignOf(context);
    if (!campaign) {
      await context.sendActivity(words.campaigns.notFound);
      return;
    }
    const cancelled = applyCampaignAction(campaign, 'cancel', new Date());
    if (!cancelled) {
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    await deps.campaigns.save(cancelled, campaign.version);
    await context.sendActivity(words.campaigns.cancelled(campaign.id));
  });
}
