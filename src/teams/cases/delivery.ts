import type { Attachment, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Case, CardLocation, PendingPost } from '../../domain/cases/case';
import { SYSTEM_ACTOR } from '../../domain/cases/authorisation';
import type { CaseAction } from '../../domain/cases/lifecycle';
import { mutateCase, type CaseRepository } from '../../domain/cases/repository';
import type { HelpdeskChannels } from '../../domain/cases/helpdeskChannels';
import type { ConversationReferences } from '../../domain/cases/conversationReferences';
import type { Logger } from '../../log';
import { renderCard } from '../cards/render';
import { caseCardData } from './caseCard';
import type { HelpdeskRoster } from './roster';

export interface DeliveryDeps {
  adapter: CloudAdapter;
  botAppId: string;
  cases: CaseRepository;
  channels: HelpdeskChannels;
  references: ConversationReferences;
  roster: HelpdeskRoster;
  log: Logger;
}

/** Where Teams' connector lives when nothing more specific is known (the global endpoint). */
const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
const SYSTEM_ATTEMPTS = 3;

/**
 * Posts case cards and keeps them current, proactively (outside the turn that caused
 * the change). The case is always written before anything is posted, and every post
 * is recorded on it, as a card location or as a failure the retry loop picks up.
 */
export class CaseDelivery {
  constructor(private readonly deps: DeliveryDeps) {}

  /** Applies a bookkeeping action as the bot, re-reading on a conflict with a person's change. */
  async applySystem(id: string, action: CaseAction): Promise<Case | undefined> {
    for (let attempt = 0; attempt < SYSTEM_ATTEMPTS; attempt++) {
      const result = await mutateCase(this.deps.cases, id, SYSTEM_ACTOR, action);
      if (result.ok) return result.case;
      if (!result.conflict) {
        this.deps.log.warn({ caseId: id, action: action.type, reason: result.reason }, 'case bookkeeping refused');
        return undefined;
      }
    }
    return undefined;
  }

  async cardFor(c: Case): Promise<Attachment> {
    const route = await this.deps.channels.get(c.category);
    const assignees = await this.deps.roster.get(route?.source === 'command' ? route.teamId : undefined);
    return renderCard('case', caseCardData(c, assignees));
  }

  private serviceUrlFor(c: Case, preferred?: string): string {
    const fromRequester = c.requester.conversationReference?.serviceUrl;
    return preferred ?? (typeof fromRequester === 'string' ? fromRequester : DEFAULT_SERVICE_URL);
  }

  private async withConnector<T>(serviceUrl: string, work: (client: ConnectorClient, context: TurnContext) => Promise<T>): Promise<T> {
    let result: T | undefined;
    const reference = { serviceUrl, channelId: 'msteams', conversation: { id: 'proactive' } } as ConversationReference;
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, async (context) => {
      const client = context.turnState.get(context.adapter.ConnectorClientKey) as ConnectorClient;
      result = await work(client, context);
    });
    return result as T;
  }

  private async postOne(c: Case, post: PendingPost): Promise<Omit<CardLocation, 'postedAt'>> {
    const card = await this.cardFor(c);
    if (post.kind === 'channel') {
      const route = await this.deps.channels.get(c.category);
      const serviceUrl = this.serviceUrlFor(c, route?.source === 'command' ? route.serviceUrl : undefined);
      const created = await this.withConnector(serviceUrl, (client) =>
        client.conversations.createConversation({
          isGroup: true,
          channelData: { channel: { id: post.target }, ...(c.requester.tenantId ? { tenant: { id: c.requester.tenantId } } : {}) },
          activity: { type: 'message', attachments: [card] },
          bot: { id: this.deps.botAppId ? `28:${this.deps.botAppId}` : 'bot', name: 'VL Sign-in Assistant' },
          members: [],
          tenantId: c.requester.tenantId,
        } as never),
      );
      return { kind: 'channel', conversationId: created.id as string, activityId: created.activityId as string, serviceUrl };
    }
    const reference = await this.deps.references.get(post.target);
    if (!reference) throw new Error('the person has not installed the bot');
    let activityId = '';
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference as Partial<ConversationReference>, async (context) => {
      activityId = (await context.sendActivity({ attachments: [card] }))?.id ?? '';
    });
    return { kind: post.kind, conversationId: String((reference.conversation as { id: string }).id), activityId, serviceUrl: String(reference.serviceUrl) };
  }

  /**
   * Posts every pending card that is due; returns the case as it ends up. Recording a
   * card changes the case's version, so every copy is then refreshed to carry it (a
   * card acts on the version it shows).
   */
  async deliverPending(c: Case, now = new Date()): Promise<Case> {
    let current = c;
    let posted = false;
    for (const post of c.pendingPosts.filter((p) => p.nextAttemptAt <= now.toISOString())) {
      let action: CaseAction;
      try {
        const card = await this.postOne(current, post);
        action = { type: 'record-card', card, target: post.target };
        posted = true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.log.warn({ caseId: c.id, kind: post.kind, err: message }, 'case card post failed; will retry');
        action = { type: 'record-post-failure', kind: post.kind, target: post.target, error: message };
      }
      current = (await this.applySystem(c.id, action)) ?? current;
    }
    if (posted) await this.refreshCards(current);
    return current;
  }

  /**
   * Runs `work` in the conversation of each card location, one after another; a
   * location that fails is logged and the others still get their turn.
   */
  private async inEachLocation(c: Case, locations: readonly CardLocation[], failure: string, work: (context: TurnContext, location: CardLocation) => Promise<unknown>): Promise<void> {
    for (const location of locations) {
      try {
        const reference = { serviceUrl: this.serviceUrlFor(c, location.serviceUrl), channelId: 'msteams', conversation: { id: location.conversationId } };
        await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference as ConversationReference, (context) => work(context, location).then(() => undefined));
      } catch (error) {
        this.deps.log.warn({ caseId: c.id, kind: location.kind, err: (error as Error).message }, failure);
      }
    }
  }

  /** Replaces the card in every place it lives, so everyone sees the same state. */
  async refreshCards(c: Case, except?: { conversationId: string; activityId: string }): Promise<void> {
    const card = await this.cardFor(c);
    const others = c.cards.filter((l) => !except || l.conversationId !== except.conversationId || l.activityId !== except.activityId);
    await this.inEachLocation(c, others, 'could not update a case card', (context, location) =>
      context.updateActivity({ id: location.activityId, type: 'message', attachments: [card] }),
    );
  }

  /** An audit line in each channel thread where the case card lives. */
  async auditLine(c: Case, text: string): Promise<void> {
    await this.inEachLocation(c, c.cards.filter((l) => l.kind === 'channel'), 'could not post the audit line', (context) =>
      context.sendActivity({ type: 'message', text, textFormat: 'plain' }),
    );
  }

  /** A 1:1 message to the requester (the summary shows in their toast). */
  async toRequester(c: Case, message: { text?: string; attachments?: Attachment[] }): Promise<string | undefined> {
    const reference = c.requester.conversationReference ?? (await this.deps.references.get(c.requester.aadObjectId));
    if (!reference) return undefined;
    let id: string | undefined;
    try {
      await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference as Partial<ConversationReference>, async (context) => {
        id = (await context.sendActivity({ type: 'message', textFormat: 'plain', ...message }))?.id;
      });
    } catch (error) {
      this.deps.log.warn({ caseId: c.id, err: (error as Error).message }, 'could not notify the requester');
    }
    return id;
  }
}
