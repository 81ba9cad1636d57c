import type { TurnContext } from 'botbuilder';
import type { Config } from '../../../config';
import { applyCampaignAction, type Campaign } from '../../../domain/campaigns/campaign';
import { changeSince, countStatuses, recipientsOf, statusCsv } from '../../../domain/campaigns/status';
import type { CampaignStatusReports } from '../../../domain/stores/campaignStatusReports';
import type { ExportLinks } from '../../../domain/stores/exportLinks';
import type { HelpdeskChannels } from '../../../domain/stores/helpdeskChannels';
import { CampaignConflict, type CampaignRepository } from '../../../domain/stores/ports';
import type { AdminLookup } from '../../kit/adminLookup';
import { guideCard } from '../../kit/cards/guide';
import { renderCard } from '../../kit/cards/render';
import { intentOf } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { channelOf, scopeOf } from '../../kit/scope';
import { onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import { callerOf, mayRouteChannels, type CaseCaller } from '../cases/access';
import { changeText, statusCard } from './cards';
import { CAMPAIGN_STATUS_VERBS } from './verbs';

export { startCampaignSummaries } from './summary';

export interface CampaignStatusDeps {
  /** Who is an admin: HELPDESK_ADMINS, open local mode. */
  config: Pick<Config, 'botId' | 'helpdeskAdmins'>;
  lookupAdmins: AdminLookup;
  /** Which channels are the tenant's help-desk channels. */
  channels: HelpdeskChannels;
  campaigns: CampaignRepository;
  reports: CampaignStatusReports;
  exports: ExportLinks;
}

/** Where a turn keeps whether its sender may read campaign status. */
const ADMIN_KEY = Symbol('campaign status admin');
/** Saves lost to another writer before "Close campaign" gives up. */
const CLOSE_ATTEMPTS = 3;
/** The campaigns a report is about when none is named: sent (or being sent), not closed. A preview nobody sent is not one. */
const REPORTED: readonly Campaign['state'][] = ['sending', 'done', 'cancelled'];
const ID_MAX = 24;

/**
 * "Campaign status", for the admins who run campaigns (help-desk admins and the tenant's
 * admins, as features/campaigns decides) in their 1:1 chat and in a help-desk channel of their
 * tenant (one routed for some category of its cases): the counts per state as bars, the change
 * since the last report, a CSV export (ExportLinks, as case exports) and "Close campaign". The
 * campaign is the tenant's newest one not closed, or the one named by id; another tenant's id
 * reads as an unknown one. Anyone else gets what unknown text or an unknown action gets.
 */
export function register(app: BotApp, deps: CampaignStatusDeps): void {
  const inHelpdeskPlace = async (context: TurnContext, caller: CaseCaller): Promise<boolean> => {
    const scope = scopeOf(context);
    if (scope === 'personal') return true;
    return scope === 'channel' && (await deps.channels.categoriesFor(caller.tenantId, channelOf(context).channelId)).length > 0;
  };

  /** The admin asking, where they may ask; undefined for anyone else. Decided once per turn. */
  const adminOf = async (context: TurnContext): Promise<CaseCaller | undefined> => {
    if (context.turnState.has(ADMIN_KEY)) return context.turnState.get(ADMIN_KEY) as CaseCaller | undefined;
    const caller = callerOf(context);
    const admin = caller && (await inHelpdeskPlace(context, caller)) && (await mayRouteChannels(deps, caller)) ? caller : undefined;
    context.turnState.set(ADMIN_KEY, admin);
    return admin;
  };

  /** The caller's tenant's campaign by id (another tenant's reads as unknown), answering "no such campaign" when there is none. */
  const named = async (context: TurnContext, caller: CaseCaller, id: unknown): Promise<Campaign | undefined> => {
    const found = typeof id === 'string' && id ? await deps.campaigns.get(caller.tenantId, id.slice(0, ID_MAX)) : undefined;
    if (!found) await context.sendActivity(wordsOf(context).campaigns.notFound);
    return found;
  };

  const onStatus: TurnHandler = async (context) => {
    const caller = await adminOf(context);
    const said = intentOf(context);
    if (!caller || said?.kind !== 'campaignStatus') return;
    const words = wordsOf(context);
    const campaign = said.campaignId
      ? await named(context, caller, said.campaignId)
      : (await deps.campaigns.listByTenant(caller.tenantId)).find((c) => REPORTED.includes(c.state));
    if (!campaign) {
      if (!said.campaignId) await context.sendActivity(words.campaignStatus.none);
      return;
    }
    const counts = await countStatuses(recipientsOf(deps.campaigns, campaign));
    const last = await deps.reports.last(campaign.tenantId, campaign.id);
    const change = changeText(words, changeSince(counts, last), last);
    await deps.reports.save(campaign.tenantId, campaign.id, { counts, at: new Date().toISOString() });
    await context.sendActivity({ attachments: [renderCard('campaignStatus', statusCard(words, campaign, counts, change))] });
  };

  /** A status card verb: admins only, where they may ask (anyone else gets the answer an unknown action gets). */
  const asAdmin = (handler: (context: TurnContext, campaign: Campaign) => Promise<void>): TurnHandler => async (context) => {
    const caller = await adminOf(context);
    if (!caller) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    const campaign = await named(context, caller, (context.activity.value as Record<string, unknown> | undefined)?.campaignId);
    if (campaign) await handler(context, campaign);
  };

  const onExport = asAdmin(async (context, campaign) => {
    const E = wordsOf(context).campaignStatus.export;
    const lines: string[] = [];
    for await (const row of statusCsv(recipientsOf(deps.campaigns, campaign))) lines.push(row);
    const url = await deps.exports.create(lines.join(''), `vlsa-campaign-${campaign.id}-${new Date().toISOString().slice(0, 10)}.csv`);
    const card = guideCard({ title: E.title(campaign.id), summary: E.ready(lines.length - 1), links: [{ title: E.button, url }] });
    await context.sendActivity({ attachments: [renderCard('guide', card)] });
  });

  const onClose = asAdmin(async (context, found) => {
    const S = wordsOf(context).campaignStatus;
    let campaign = found;
    for (let attempt = 1; campaign.state !== 'closed'; attempt++) {
      const closed = applyCampaignAction(campaign, 'close', new Date());
      if (!closed) return void (await context.sendActivity(S.notClosable(campaign.id)));
      try {
        await deps.campaigns.save(closed, campaign.version);
        break;
      } catch (error) {
        if (!(error instanceof CampaignConflict) || attempt >= CLOSE_ATTEMPTS) throw error;
        campaign = error.current;
      }
    }
    await context.sendActivity(S.closed(found.id));
  });

  app.message(async (context) => intentOf(context)?.kind === 'campaignStatus' && (await adminOf(context)) !== undefined, onStatus);
  onSubmit(app, CAMPAIGN_STATUS_VERBS.export, onExport);
  onSubmit(app, CAMPAIGN_STATUS_VERBS.close, onClose);
}

