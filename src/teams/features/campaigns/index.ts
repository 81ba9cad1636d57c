import { TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Config } from '../../../config';
import { applyCampaignAction, newCampaign, newCampaignId, type Campaign } from '../../../domain/campaigns/campaign';
import { checkCampaign, previewCampaign, type CampaignCheckDeps, type RecipientReach } from '../../../domain/campaigns/preview';
import { parseRecipientList } from '../../../domain/campaigns/recipients';
import type { CampaignProgressCards } from '../../../domain/stores/campaignProgressCards';
import { CampaignConflict, CampaignIdTaken, type CampaignRepository } from '../../../domain/stores/ports';
import { FILE_DOWNLOAD_MAX_BYTES, type FileDownload } from '../../../clients/fileDownload';
import type { Catalog } from '../../../text/catalog';
import type { AdminLookup } from '../../kit/adminLookup';
import type { BackgroundWork } from '../../kit/background';
import { renderCard } from '../../kit/cards/render';
import { intentOf } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import { scopeOf } from '../../kit/scope';
import { onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import { callerOf, mayRouteChannels, type CaseCaller } from '../cases/access';
import { previewCard, refusalText, startCard } from './cards';
import { CAMPAIGN_VERBS } from './verbs';

export { rememberPeople, teamsCardDelivery, teamsReach } from './reach';
export { startCampaignProgress } from './progress';

export interface CampaignsDeps {
  /** Who is an admin: HELPDESK_ADMINS, open local mode. */
  config: Pick<Config, 'botId' | 'helpdeskAdmins'>;
  lookupAdmins: AdminLookup;
  campaigns: CampaignRepository;
  reach: RecipientReach;
  /** The checks' diagnosis, the tenant's lookup budget and how many at once. */
  check: Omit<CampaignCheckDeps, 'campaigns'>;
  progressCards: CampaignProgressCards;
  background: BackgroundWork;
  adapter: CloudAdapter;
  botAppId: string;
  /** Whether the bot installs itself through Graph for people it has no chat with (TEAMS_APP_ID and Graph set). */
  installs: boolean;
  /** Downloads a file Teams shares with the bot, within FILE_DOWNLOAD_HOSTS (clients/fileDownload.ts). */
  download: (url: string) => Promise<FileDownload>;
}

const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const NOTE_MAX = 1000;
const ID_MAX = 24;

/** The file a message carries, as Teams sends it to a bot with supportsFiles. */
function fileOf(context: TurnContext): { name: string; downloadUrl: string } | undefined {
  const attachment = (context.activity.attachments ?? []).find((a) => a.contentType === FILE_DOWNLOAD_INFO);
  const url = (attachment?.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
  return attachment && typeof url === 'string' ? { name: String(attachment.name ?? ''), downloadUrl: url } : undefined;
}

const submitted = (context: TurnContext) => (context.activity.value ?? {}) as Record<string, unknown>;
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * Outreach campaigns, for help-desk admins and tenant admins in their 1:1 chat, on their own
 * tenant only: "start a campaign" (a card to paste addresses and a note) or a CSV file sent in
 * the chat; every address is checked, the preview shows what and how many, Send hands the
 * campaign to the durable send job (domain/campaigns/sendJob.ts). Anyone else gets what any
 * unknown text or card action gets: the feature is not revealed to them.
 */
/** Where a turn keeps whether its sender is a campaign admin. */
const ADMIN_KEY = Symbol('campaign admin');

export function register(app: BotApp, deps: CampaignsDeps): void {
  /**
   * The admin acting, in their personal chat; undefined for anyone else. Decided once per turn:
   * the route selector asks, then the handler it picked.
   */
  const adminOf = async (context: TurnContext): Promise<CaseCaller | undefined> => {
    if (context.turnState.has(ADMIN_KEY)) return context.turnState.get(ADMIN_KEY) as CaseCaller | undefined;
    const caller = callerOf(context);
    const admin = caller && scopeOf(context) === 'personal' && (await mayRouteChannels(deps, caller)) ? caller : undefined;
    context.turnState.set(ADMIN_KEY, admin);
    return admin;
  };

  /** Checks the campaign's addresses in the background, then sends the preview to the admin's chat. */
  const checkThenPreview = (context: TurnContext, words: Catalog, campaign: Campaign, duplicates: number) => {
    const reference = TurnContext.getConversationReference(context.activity) as Partial<ConversationReference>;
    deps.background.run('check a campaign and preview it', async () => {
      const checked = await checkCampaign({ ...deps.check, campaigns: deps.campaigns }, campaign);
      const preview = await previewCampaign({ campaigns: deps.campaigns, reach: deps.reach }, checked.campaign);
      const card = renderCard('campaignPreview', previewCard(words, checked.campaign, preview, { duplicates, retryAfterSeconds: checked.retryAfterSeconds, installs: deps.installs }));
      await proactive(deps.adapter, deps.botAppId, reference, (turn) => turn.sendActivity({ attachments: [card] }));
    });
  };

  /** A list read: refused with its problems, or stored as a new campaign and checked. */
  const startWith = async (context: TurnContext, caller: CaseCaller, listText: string, note: string) => {
    const words = wordsOf(context);
    const list = parseRecipientList(listText);
    if (!list.ok) {
      await context.sendActivity({ text: refusalText(words, list), textFormat: 'plain' });
      return;
    }
    const owner = { aadObjectId: caller.id, name: caller.name };
    let campaign: Campaign | undefined;
    for (let attempt = 1; !campaign; attempt++) {
      try {
        campaign = await deps.campaigns.create(newCampaign({ tenantId: caller.tenantId, id: newCampaignId(), owner, note, recipientCount: list.recipients.length }, new Date()), list.recipients);
      } catch (error) {
        if (!(error instanceof CampaignIdTaken) || attempt >= 3) throw error;
      }
    }
    await context.sendActivity(words.campaigns.checking(list.recipients.length));
    checkThenPreview(context, words, campaign, list.duplicates);
  };

  /** The campaign of the caller's tenant the card names; "no such campaign" for any other id. */
  const campaignOf = async (context: TurnContext, caller: CaseCaller): Promise<Campaign | undefined> => {
    const id = text(submitted(context).campaignId, ID_MAX);
    const found = id ? await deps.campaigns.get(caller.tenantId, id) : undefined;
    if (!found) await context.sendActivity(wordsOf(context).campaigns.notFound);
    return found;
  };

  /** A campaign verb: admins only (anyone else gets the answer an unknown action gets). */
  const asAdmin = (handler: (context: TurnContext, caller: CaseCaller) => Promise<void>): TurnHandler => async (context) => {
    const caller = await adminOf(context);
    if (!caller) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    await handler(context, caller);
  };

  const onStart: TurnHandler = async (context) => {
    await context.sendActivity({ attachments: [renderCard('campaignStart', startCard(wordsOf(context)))] });
  };

  const onFile: TurnHandler = async (context) => {
    const caller = await adminOf(context);
    const file = fileOf(context);
    if (!caller || !file) return;
    const words = wordsOf(context);
    if (!/\.(?:csv|txt)$/i.test(file.name)) {
      await context.sendActivity(words.campaigns.file.notCsv);
      return;
    }
    const got = await deps.download(file.downloadUrl);
    if (!got.ok) {
      const F = words.campaigns.file;
      const answers = { 'not-allowed': F.notAllowed, redirect: F.redirect, 'too-large': F.tooLarge(FILE_DOWNLOAD_MAX_BYTES / 1_000_000), failed: F.failed };
      await context.sendActivity(answers[got.problem]);
      return;
    }
    await startWith(context, caller, got.text, '');
  };

  const onPaste = asAdmin(async (context, caller) => {
    const value = submitted(context);
    await startWith(context, caller, text(value.addresses, 300_000), text(value.note, NOTE_MAX));
  });

  const onCheckRest = asAdmin(async (context, caller) => {
    const campaign = await campaignOf(context, caller);
    if (!campaign) return;
    const words = wordsOf(context);
    if (campaign.state !== 'draft') {
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    await context.sendActivity(words.campaigns.checking(campaign.recipientCount));
    checkThenPreview(context, words, campaign, 0);
  });

  const onSend = asAdmin(async (context, caller) => {
    const campaign = await campaignOf(context, caller);
    if (!campaign) return;
    const words = wordsOf(context);
    const note = 'note' in submitted(context) ? text(submitted(context).note, NOTE_MAX) : campaign.note;
    const sending = applyCampaignAction(campaign, 'send', new Date());
    if (!sending) {
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    // The progress card is recorded first: the progress loop updates it from the first round on.
    const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
    await deps.progressCards.save(caller.tenantId, campaign.id, { reference, locale: context.activity.locale, activityId: '', final: false });
    try {
      await deps.campaigns.save({ ...sending, note }, campaign.version);
    } catch (error) {
      if (!(error instanceof CampaignConflict)) throw error;
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    await context.sendActivity(words.campaigns.sending(campaign.id));
  });

  const onCancel = asAdmin(async (context, caller) => {
    const campaign = await campaignOf(context, caller);
    if (!campaign) return;
    const words = wordsOf(context);
    // A campaign never sent is closed (nothing to report on); one being sent is cancelled.
    const cancelled = applyCampaignAction(campaign, campaign.state === 'sending' ? 'cancel' : 'close', new Date());
    if (cancelled?.state === 'closed' && campaign.state !== 'draft' && campaign.state !== 'previewed') {
      await context.sendActivity(words.campaigns.alreadyStarted(campaign.id));
      return;
    }
    try {
      if (cancelled) await deps.campaigns.save(cancelled, campaign.version);
    } catch (error) {
      if (!(error instanceof CampaignConflict)) throw error;
    }
    await context.sendActivity(cancelled ? words.campaigns.cancelled(campaign.id) : words.campaigns.alreadyStarted(campaign.id));
  });

  app.message(async (context) => intentOf(context)?.kind === 'campaign' && (await adminOf(context)) !== undefined, onStart);
  app.message(async (context) => fileOf(context) !== undefined && (await adminOf(context)) !== undefined, onFile);
  onSubmit(app, CAMPAIGN_VERBS.paste, onPaste);
  onSubmit(app, CAMPAIGN_VERBS.checkRest, onCheckRest);
  onSubmit(app, CAMPAIGN_VERBS.send, onSend);
  onSubmit(app, CAMPAIGN_VERBS.cancel, onCancel);
}
