import { TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Recipient } from '../../../domain/campaigns/campaign';
import { outcomeOfStatus, type CardDelivery, type DeliveryOutcome, type DeliveryRequest } from '../../../domain/campaigns/delivery';
import type { RecipientReach } from '../../../domain/campaigns/preview';
import type { SelfInstaller } from '../../../domain/campaigns/selfInstall';
import type { Requester } from '../../../domain/requester';
import type { ConversationReferences } from '../../../domain/stores/conversationReferences';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import type { ReachIndex } from '../../../domain/stores/reachIndex';
import type { Logger } from '../../../log';
import { renderCard } from '../../kit/cards/render';
import { localeFor, wordsForLocale } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import type { ProfileCache } from '../../kit/profileCache';
import { requesterOf } from '../../kit/requester';
import { scopeOf, tenantOf } from '../../kit/scope';
import { verdictMeaning } from '../../../domain/verdicts';
import type { WatchList } from '../../../domain/watch/recheck';
import { recipientCard } from './cards';

/**
 * Reaching a campaign's people in Teams. A person can be sent a card when the bot has their
 * 1:1 chat (ConversationReferences, by AAD object id) and knows which addresses are theirs
 * (ReachIndex: the UPN and e-mail of their Teams profile, read when they install the bot or
 * write to it 1:1). A list names people by address: the work UPN when the list gives one,
 * else the VLSC address, is matched against both.
 */

export interface ReachDeps {
  index: ReachIndex;
  references: ConversationReferences;
}

const lower = (address: string | undefined) => address?.trim().toLowerCase();

/** The person an address row leads to, from the index's answers: the work UPN first. */
function personOf(ids: ReadonlyMap<string, string>, r: Pick<Recipient, 'address' | 'upn'>): string | undefined {
  const upn = lower(r.upn);
  return (upn ? ids.get(upn) : undefined) ?? ids.get(lower(r.address) ?? '');
}

async function chatsOf(deps: ReachDeps, tenantId: string, people: ReadonlyArray<Pick<Recipient, 'address' | 'upn'>>) {
  const ids = await deps.index.lookup(
    tenantId,
    people.flatMap((p) => (p.upn ? [p.address, p.upn] : [p.address])),
  );
  const references = await deps.references.getMany(tenantId, [...new Set(ids.values())]);
  return { ids, references };
}

export function teamsReach(deps: ReachDeps): RecipientReach {
  return {
    async reachable(tenantId, people) {
      const { ids, references } = await chatsOf(deps, tenantId, people);
      return new Set(people.filter((p) => references.has(personOf(ids, p) ?? '')).map((p) => p.address));
    },
  };
}

/**
 * Keeps, for an activity of a personal chat (app.ts: the bot added to it, which is rare), the
 * person's addresses as their profile gives them then. Their chat's reference is the one kept at
 * install (cases/install.ts): who can receive a case or a campaign card stays the same question.
 * Registered as an after-turn step, so it never decides a turn's route.
 */
export function rememberPeople(deps: ReachDeps & { profiles: ProfileCache<Requester>; log: Logger }): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const tenantId = tenantOf(context);
    const id = context.activity.from?.aadObjectId;
    if (!tenantId || !id || scopeOf(context) !== 'personal') return;
    try {
      const person = await requesterOf(context, deps.profiles);
      await deps.index.remember(tenantId, id, [person.upn, person.email]);
    } catch (error) {
      // Reaching people later is a convenience of campaigns: the turn itself is not failed for it.
      deps.log.warn({ err: (error as Error).message }, 'could not record who can be reached for campaigns');
    }
  };
}

export interface TeamsDeliveryDeps extends ReachDeps {
  adapter: CloudAdapter;
  botAppId: string;
  languages: LanguageChoices;
  /** "Tell me when it's fixed", on for each person sent a card whose verdict a later check can fix. */
  watches: Pick<WatchList, 'watch'>;
  log: Logger;
  /** Installs the bot through Graph for people it has no chat with; absent without TEAMS_APP_ID and Graph. */
  selfInstall?: SelfInstaller;
}

/** The HTTP status and Retry-After of a connector error (botbuilder's RestError carries both). */
function statusOf(error: unknown): { status?: number; retryAfter?: string } {
  const e = error as { statusCode?: unknown; response?: { headers?: { get?: (name: string) => string | undefined } } };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  return { status, retryAfter: e?.response?.headers?.get?.('retry-after') };
}

/**
 * Sends each recipient their card: journey 1's verdict card with the campaign's note above
 * it, in their language (their choice, else the locale of their chat with the bot, else
 * English), in their 1:1 chat. One connector request per card, paced by the send job.
 * Someone without a chat is installed for first when the deployment can (selfInstall.ts):
 * the job comes back until the install's conversation reference is there.
 */
export function teamsCardDelivery(deps: TeamsDeliveryDeps): CardDelivery {
  return {
    async deliver({ campaign, recipient, pace, signal }: DeliveryRequest): Promise<DeliveryOutcome> {
      const { ids, references } = await chatsOf(deps, campaign.tenantId, [recipient]);
      let aadObjectId = personOf(ids, recipient);
      let reference = aadObjectId ? references.get(aadObjectId) : undefined;
      // Nobody is installed for who would get no card (an address not checked).
      if (!reference && deps.selfInstall && recipient.diagnosis) {
        const installed = await deps.selfInstall.reach(campaign, recipient);
        if (installed.kind !== 'chat') return installed;
        aadObjectId = installed.aadObjectId;
        reference = await deps.references.get(campaign.tenantId, aadObjectId);
      }
      if (!aadObjectId || !reference) return { kind: 'not-reachable' };
      if (!recipient.diagnosis) return { kind: 'failed', reason: 'unchecked' };
      const locale = await localeFor(deps.languages, { tenantId: campaign.tenantId, aadObjectId }, typeof reference.locale === 'string' ? reference.locale : undefined);
      const watched = verdictMeaning(recipient.diagnosis.verdict).watchable;
      const card = renderCard('guide', recipientCard(wordsForLocale(locale), campaign, recipient.diagnosis, recipient.upn ?? recipient.address, watched));
      await pace();
      if (signal.aborted) return { kind: 'retry-after', reason: 'timeout' };
      try {
        await proactive(deps.adapter, deps.botAppId, reference as Partial<ConversationReference>, (context) => context.sendActivity({ attachments: [card] }));
      } catch (error) {
        const { status, retryAfter } = statusOf(error);
        if (status === undefined) return { kind: 'retry-after', reason: `error: ${(error as Error).message ?? 'unknown'}`.slice(0, 200) };
        return outcomeOfStatus(status, retryAfter, Date.now());
      }
      if (watched) {
        const { checkedAt, verdict } = recipient.diagnosis;
        const watcher = { aadObjectId, conversationReference: reference, ...(locale ? { locale } : {}), campaign: { campaignId: campaign.id, index: recipient.index }, checked: { at: checkedAt, verdict } };
        // The card went out: a lost watch costs the follow-up, never a second card.
        await deps.watches.watch(campaign.tenantId, recipient.address, watcher).catch((error: unknown) => deps.log.warn({ campaignId: campaign.id, err: (error as Error).message }, 'could not watch a campaign recipient'));
      }
      return { kind: 'sent' };
    },
  };
}
