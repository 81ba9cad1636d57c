import { TurnContext } from 'botbuilder';
import type { CardKind, Case } from '../../domain/cases/case';
import { openOrUpdateCase } from '../../domain/cases/repository';
import { TEXT } from '../../text/en';
import type { SubmitData } from '../cards/data';
import { requesterOf } from '../requester';
import { startCheck } from '../routes/journeys';
import type { BotServices } from '../services';
import type { AppTurnState } from '../state';
import { caseAdminIds } from './admins';
import { buildDraft } from '../../domain/drafts';
import { draftInputFromSubmit, draftKindOf } from '../journeys/draftCard';

const C = TEXT.cases;

/** Where the case card still has to go: its category's channel and the admins who installed the bot. */
async function targetsFor(services: BotServices, c: Case): Promise<Array<{ kind: CardKind; target: string }>> {
  const route = await services.channels.get(c.category);
  const adminIds = await caseAdminIds(services, c.requester.tenantId, c.category);
  const reachable = await services.references.getMany(adminIds);
  const targets: Array<{ kind: CardKind; target: string }> = [
    ...(route ? [{ kind: 'channel' as const, target: route.channelId }] : []),
    ...[...reachable.keys()].map((id) => ({ kind: 'admin' as const, target: id })),
  ];
  const adminConversation = (id: string) => String((reachable.get(id)?.conversation as { id?: string } | undefined)?.id ?? '');
  // A case lives in one help-desk channel; an admin's card lives in their 1:1 chat.
  const placed = (t: { kind: CardKind; target: string }) =>
    t.kind === 'channel'
      ? c.cards.some((card) => card.kind === 'channel')
      : c.cards.some((card) => card.kind === 'admin' && card.conversationId === adminConversation(t.target));
  return targets.filter((t) => !placed(t));
}

function whereText(c: Case): string {
  const channel = c.cards.some((card) => card.kind === 'channel');
  const admins = c.cards.filter((card) => card.kind === 'admin').length;
  const parts = [...(channel ? [C.where.channel] : []), ...(admins ? [C.where.admins(admins)] : [])];
  return parts.length ? parts.join(' and ') : C.where.none;
}

/**
 * "Ask my admin / help desk": the case is written first (one open case per person and
 * address), its posts queued on it, then the cards posted; a post that fails stays
 * queued for the retry loop, so no case is ever orphaned.
 */
export async function onEscalate(context: TurnContext, state: AppTurnState, services: BotServices): Promise<void> {
  const value = (context.activity.value ?? {}) as SubmitData;
  const requester = await requesterOf(context, services.profiles);
  // From a draft card ("send to my help desk for review"), the draft's own address field.
  const draftKind = draftKindOf(value.draft);
  const typedAddress = value.address ?? value.vlscAddress;
  const address = typeof typedAddress === 'string' && typedAddress ? typedAddress : undefined;
  const record = await services.records.find(requester.aadObjectId, address);
  if (!record) {
    await context.sendActivity(C.checkFirst);
    await startCheck(context, state, services, address);
    return;
  }
  const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
  await services.references.save(requester.aadObjectId, reference);
  const { case: opened, created } = await openOrUpdateCase(services.cases, {
    requester: { ...requester, conversationReference: reference },
    diagnosis: record.diagnosis,
  });
  let c = opened;
  if (draftKind) {
    const draft = buildDraft(draftKind, draftInputFromSubmit(draftKind, value));
    c = (await services.delivery.applySystem(c.id, { type: 'add-note', text: `${C.draftNote(draft.title)}\n${draft.body}` })) ?? c;
  }
  const targets = await targetsFor(services, c);
  if (targets.length) c = (await services.delivery.applySystem(c.id, { type: 'queue-posts', posts: targets })) ?? c;
  c = await services.delivery.deliverPending(c);
  if (!created) services.background.run('refresh case cards', () => services.delivery.refreshCards(c));
  if (c.pendingPosts.length && !c.cards.length) await context.sendActivity(C.willRetry(c.id));
  else await context.sendActivity(created ? C.escalated(c.id, whereText(c)) : C.updated(c.id, whereText(c)));
}
