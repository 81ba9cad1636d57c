import type { Attachment, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { CardLocation, Case, CaseOutbox, PendingPost } from '../../../domain/cases/case';
import { hasChannelCard, queuePosts, recordCard, recordFailure, type PostTarget } from '../../../domain/cases/outbox';
import { OutboxConflict, type CaseRepository } from '../../../domain/stores/ports';
import type { HelpdeskChannels } from '../../../domain/stores/helpdeskChannels';
import type { ConversationReferences } from '../../../domain/stores/conversationReferences';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import type { Logger } from '../../../log';
import type { Catalog } from '../../../text/catalog';
import { KeyedQueue } from '../../../keyedQueue';
import { renderCard } from '../../kit/cards/render';
import { proactive } from '../../kit/proactive';
import { localeFor, wordsForLocale } from '../../kit/language';
import { caseCardData } from './caseCard';
import type { HelpdeskRoster } from '../../../domain/stores/helpdeskRoster';

export interface DeliveryDeps {
  adapter: CloudAdapter;
  botAppId: string;
  cases: CaseRepository;
  channels: HelpdeskChannels;
  references: ConversationReferences;
  roster: HelpdeskRoster;
  /** The languages people chose: an admin's and a requester's messages speak theirs. */
  languages: LanguageChoices;
  /** HELPDESK_LOCALE: the language of case cards in a channel nobody routed by command (configured ones). */
  helpdeskLocale: string;
  /** The AAD object ids of the tenant's admins who should receive a case of this category 1:1. */
  caseAdmins: (tenantId: string, c: Case) => Promise<Array<{ id: string; name: string }>>;
  /** HELPDESK_ADMINS: they also receive a tenant's cases 1:1 when no channel is routed, where they installed the bot. */
  helpdeskAdmins: readonly string[];
  log: Logger;
}

/** Where Teams' connector lives when nothing more specific is known (the global endpoint). */
const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
/** Writers of one outbox racing each other (a person's repost beside the loop) before giving up. */
const OUTBOX_ATTEMPTS = 5;

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A reference kept on a case by an earlier version may be of a group chat: never message a requester there. */
function personalOnly(reference: Case['requester']['conversationReference']): Case['requester']['conversationReference'] {
  const type = (reference?.conversation as { conversationType?: string } | undefined)?.conversationType;
  return type === 'personal' ? reference : undefined;
}

/** What a message to someone says, in their words (the bot writes to each reader in their language). */
export type MessageIn = (words: Catalog) => { text?: string; attachments?: Attachment[] };

/** Who a case reached, for the sentence that tells the requester. */
export interface Reach {
  channel?: string;
  admins: string[];
  /** Posts still waiting to go (a failed attempt the loop retries). */
  pending: number;
}

/**
 * Posts case cards and keeps them current, proactively (outside the turn that caused
 * the change). Every post is queued in the case's outbox before it is tried and
 * recorded there after, as a card location or as a failure the retry loop picks up, so
 * a case is never lost between "saved" and "seen". The outbox is not the case: recording
 * a post never changes the version on the cards people click.
 */
export class CaseDelivery {
  /** One delivery of a case at a time in this process, so a turn and the retry loop never post the same pending card twice. */
  private readonly perCase = new KeyedQueue();

  constructor(private readonly deps: DeliveryDeps) {}

  private proactive<T>(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    return proactive(this.deps.adapter, this.deps.botAppId, reference, work);
  }

  /** The case card in `words`: those of whoever reads it where it goes (a channel, an admin, the person clicking). */
  async cardFor(c: Case, words: Catalog): Promise<Attachment> {
    const route = await this.deps.channels.get(c.tenantId, c.category);
    const assignees = await this.deps.roster.get(c.tenantId, route?.source === 'command' ? route.teamId : undefined);
    return renderCard('case', caseCardData(words, c, assignees));
  }

  /** The locale of the channel the case's category goes to: whoever routed it, else HELPDESK_LOCALE. */
  private async channelLocale(c: Case): Promise<string> {
    const route = await this.deps.channels.get(c.tenantId, c.category);
    return (route?.source === 'command' ? route.locale : undefined) ?? this.deps.helpdeskLocale;
  }

  /** Applies `change` to the stored outbox, re-reading when another writer got there first. */
  private async updateOutbox(tenantId: string, caseId: string, change: (outbox: CaseOutbox) => CaseOutbox): Promise<CaseOutbox | undefined> {
    let current = await this.deps.cases.getOutbox(tenantId, caseId);
    for (let attempt = 1; current; attempt++) {
      const next = change(current);
      if (next === current) return current;
      try {
        return await this.deps.cases.saveOutbox(next, current.version);
      } catch (error) {
        if (!(error instanceof OutboxConflict) || attempt >= OUTBOX_ATTEMPTS) throw error;
        current = error.current;
      }
    }
    return undefined;
  }

  /**
   * Where the case should go and has not gone yet: its tenant's help-desk channel for
   * its category when one is routed, otherwise 1:1 to the tenant's admins who have the
   * bot installed (so a case without a channel still reaches a person).
   */
  async targetsFor(c: Case, outbox: CaseOutbox): Promise<PostTarget[]> {
    const queued = (t: PostTarget) => outbox.pending.some((p) => p.kind === t.kind && p.target === t.target);
    const route = await this.deps.channels.get(c.tenantId, c.category);
    if (route) {
      const channel: PostTarget = { kind: 'channel', target: route.channelId };
      return hasChannelCard(outbox) || queued(channel) ? [] : [channel];
    }
    return (await this.reachableAdmins(c))
      .filter((admin) => !outbox.cards.some((card) => card.kind === 'admin' && card.conversationId === admin.conversationId))
      .map((admin): PostTarget => ({ kind: 'admin', target: admin.id }))
      .filter((t) => !queued(t));
  }

  /**
   * The people who get the case 1:1 when no channel is routed and who have the bot installed
   * in the case's tenant: the tenant's admins (Graph), and the help-desk admins (references
   * are kept per tenant, so only those of this tenant are found).
   */
  private async reachableAdmins(c: Case): Promise<Array<{ id: string; name: string; conversationId: string }>> {
    const admins = await this.deps.caseAdmins(c.tenantId, c);
    const ids = [...new Set([...admins.map((a) => a.id), ...this.deps.helpdeskAdmins])];
    const references = await this.deps.references.getMany(c.tenantId, ids);
    return [...references.entries()].map(([id, reference]) => ({
      id,
      name: admins.find((a) => a.id === id)?.name ?? String((reference.user as { name?: string } | undefined)?.name ?? ''),
      conversationId: String((reference.conversation as { id?: string } | undefined)?.id ?? ''),
    }));
  }

  /** Adds posts to the case's outbox (targets already queued are left as they are). */
  async queue(c: Case, targets: readonly PostTarget[], now = new Date()): Promise<void> {
    if (targets.length) await this.updateOutbox(c.tenantId, c.id, (o) => queuePosts(o, targets, now));
  }

  /** Queues the case's missing targets and posts everything due; the outbox as it ends up. */
  async dispatch(c: Case): Promise<CaseOutbox | undefined> {
    const outbox = await this.deps.cases.getOutbox(c.tenantId, c.id);
    if (!outbox) return undefined;
    await this.queue(c, await this.targetsFor(c, outbox));
    return this.deliverPending(c);
  }

  /** Who the case reached so far, in words the requester can use. */
  async reachOf(c: Case, outbox: CaseOutbox): Promise<Reach> {
    const route = await this.deps.channels.get(c.tenantId, c.category);
    const adminCards = outbox.cards.filter((card) => card.kind === 'admin');
    const admins = adminCards.length ? await this.reachableAdmins(c) : [];
    const names = admins.filter((a) => a.name && adminCards.some((card) => card.conversationId === a.conversationId)).map((a) => a.name);
    const channelName = route?.source === 'command' ? route.channelName : '';
    return { ...(hasChannelCard(outbox) ? { channel: channelName } : {}), admins: names, pending: outbox.pending.length };
  }

  private serviceUrlFor(c: Case, preferred?: string): string {
    const fromRequester = c.requester.conversationReference?.serviceUrl;
    return preferred ?? (typeof fromRequester === 'string' ? fromRequester : DEFAULT_SERVICE_URL);
  }

  private withConnector<T>(serviceUrl: string, work: (client: ConnectorClient) => Promise<T>): Promise<T> {
    const reference = { serviceUrl, channelId: 'msteams', conversation: { id: 'proactive' } } as ConversationReference;
    return this.proactive(reference, (context) => work(context.turnState.get(context.adapter.ConnectorClientKey) as ConnectorClient));
  }

  private async postOne(c: Case, post: PendingPost): Promise<Omit<CardLocation, 'postedAt'>> {
    if (post.kind === 'channel') {
      const route = await this.deps.channels.get(c.tenantId, c.category);
      // The route may have moved since the post was queued: post where the tenant's cases go now.
      if (!route || route.channelId !== post.target) throw new Error('the channel is no longer routed for this case');
      const locale = await this.channelLocale(c);
      const card = await this.cardFor(c, wordsForLocale(locale));
      const serviceUrl = this.serviceUrlFor(c, route.source === 'command' ? route.serviceUrl : undefined);
      const created = await this.withConnector(serviceUrl, (client) =>
        client.conversations.createConversation({
          isGroup: true,
          channelData: { channel: { id: post.target }, tenant: { id: c.tenantId } },
          activity: { type: 'message', attachments: [card] },
          bot: { id: this.deps.botAppId ? `28:${this.deps.botAppId}` : 'bot', name: 'VL Sign-in Assistant' },
          members: [],
          tenantId: c.tenantId,
        } as never),
      );
      return { kind: 'channel', conversationId: created.id as string, activityId: created.activityId as string, serviceUrl, locale };
    }
    const reference = await this.deps.references.get(c.tenantId, post.target);
    if (!reference) throw new Error('the person has not installed the bot');
    // The admin's own language: their choice, else the locale of their chat with the bot.
    const locale = await localeFor(this.deps.languages, { tenantId: c.tenantId, aadObjectId: post.target }, stringOrUndefined(reference.locale));
    const card = await this.cardFor(c, wordsForLocale(locale));
    const activityId = await this.proactive(reference as Partial<ConversationReference>, async (context) => (await context.sendActivity({ attachments: [card] }))?.id ?? '');
    return { kind: post.kind, conversationId: String((reference.conversation as { id: string }).id), activityId, serviceUrl: String(reference.serviceUrl), ...(locale ? { locale } : {}) };
  }

  /**
   * Posts every pending card that is due (all of them with `now` far ahead, for
   * "repost"), recording each result in the outbox; returns the outbox as it ends up.
   */
  deliverPending(c: Case, now = new Date()): Promise<CaseOutbox | undefined> {
    return this.perCase.run(`${c.tenantId}/${c.id}`, async () => {
      // Read inside the queue: a post another delivery just recorded is no longer pending.
      let outbox = await this.deps.cases.getOutbox(c.tenantId, c.id);
      for (const post of outbox?.pending.filter((p) => p.nextAttemptAt <= now.toISOString()) ?? []) {
        let change: (o: CaseOutbox) => CaseOutbox;
        try {
          const card = await this.postOne(c, post);
          change = (o) => recordCard(o, post.target, card, new Date());
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.deps.log.warn({ caseId: c.id, kind: post.kind, err: message }, 'case card post failed; will retry');
          change = (o) => recordFailure(o, post, message, new Date());
        }
        outbox = (await this.updateOutbox(c.tenantId, c.id, change)) ?? outbox;
      }
      return outbox;
    });
  }


  /**
   * Runs `work` in the conversation of each card location, one after another; a
   * location that fails is logged and the others still get their turn.
   */
  private async inEachLocation(c: Case, locations: readonly CardLocation[], failure: string, work: (context: TurnContext, location: CardLocation) => Promise<unknown>): Promise<void> {
    for (const location of locations) {
      try {
        const reference = { serviceUrl: this.serviceUrlFor(c, location.serviceUrl), channelId: 'msteams', conversation: { id: location.conversationId } };
        await this.proactive(reference as Partial<ConversationReference>, (context) => work(context, location));
      } catch (error) {
        this.deps.log.warn({ caseId: c.id, kind: location.kind, err: (error as Error).message }, failure);
      }
    }
  }

  private async locationsOf(c: Case): Promise<CardLocation[]> {
    return (await this.deps.cases.getOutbox(c.tenantId, c.id))?.cards ?? [];
  }

  /** The words of the card in `location`: the locale it was posted in (HELPDESK_LOCALE for a card posted before cards had one). */
  private wordsAt(location: CardLocation): Catalog {
    return wordsForLocale(location.locale ?? this.deps.helpdeskLocale);
  }

  /** Replaces the card in every place it lives, so everyone sees the same state, each in the language of its place. */
  async refreshCards(c: Case, except?: { conversationId: string; activityId: string }): Promise<void> {
    const others = (await this.locationsOf(c)).filter((l) => !except || l.conversationId !== except.conversationId || l.activityId !== except.activityId);
    await this.inEachLocation(c, others, 'could not update or re-post a case card', async (context, location) => {
      const card = await this.cardFor(c, this.wordsAt(location));
      try {
        await context.updateActivity({ id: location.activityId, type: 'message', attachments: [card] });
      } catch (error) {
        // The copy is gone or cannot be changed (deleted, too old, throttled): post the card anew there, and keep that copy instead.
        this.deps.log.warn({ caseId: c.id, kind: location.kind, err: (error as Error).message }, 'could not update a case card; posting it again');
        const activityId = (await context.sendActivity({ attachments: [card] }))?.id ?? '';
        await this.updateOutbox(c.tenantId, c.id, (o) => recordCard(o, location.conversationId, { ...location, activityId }, new Date()));
      }
    });
  }

  /** An audit line in each channel thread where the case card lives, in the language of the thread's card. */
  async auditLine(c: Case, line: (words: Catalog) => string): Promise<void> {
    const threads = (await this.locationsOf(c)).filter((l) => l.kind === 'channel');
    await this.inEachLocation(c, threads, 'could not post the audit line', (context, location) => context.sendActivity({ type: 'message', text: line(this.wordsAt(location)), textFormat: 'plain' }));
  }

  /**
   * A 1:1 message to the requester in their personal chat with the bot (the summary shows in
   * their toast), in their language: their choice, else the locale they escalated from.
   */
  async toRequester(c: Case, message: MessageIn): Promise<string | undefined> {
    const reference = (await this.deps.references.get(c.tenantId, c.requester.aadObjectId)) ?? personalOnly(c.requester.conversationReference);
    if (!reference) return undefined;
    const locale = await localeFor(this.deps.languages, { tenantId: c.tenantId, aadObjectId: c.requester.aadObjectId }, c.requester.locale ?? stringOrUndefined(reference.locale));
    try {
      return await this.proactive(reference as Partial<ConversationReference>, async (context) => (await context.sendActivity({ type: 'message', textFormat: 'plain', ...message(wordsForLocale(locale)) }))?.id);
    } catch (error) {
      this.deps.log.warn({ caseId: c.id, err: (error as Error).message }, 'could not notify the requester');
      return undefined;
    }
  }
}
