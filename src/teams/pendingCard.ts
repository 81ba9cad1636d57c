import type { TurnContext } from 'botbuilder';
import { TEXT } from '../text/en';
import { renderCard } from './cards/render';
import type { AccountChoiceCardData } from './cards/data';
import type { AppTurnState } from './state';

/**
 * The one card per conversation that is waiting for an answer. When a journey is
 * cancelled or replaced, the card is closed in place so its buttons cannot be used.
 */
export interface PendingCard {
  activityId: string;
  cardId: string;
  data: AccountChoiceCardData;
}

export async function closeCard(context: TurnContext, pending: PendingCard, answer: string): Promise<void> {
  await context.updateActivity({
    id: pending.activityId,
    type: 'message',
    attachments: [renderCard('accountChoice', { ...pending.data, answered: true, answer, answeredLabel: TEXT.account.answered })],
  });
}

/** Closes the waiting card, if any, as "closed" (used on cancel, restart and new journeys). */
export async function closePendingCard(context: TurnContext, state: AppTurnState): Promise<void> {
  const pending = state.conversation.pendingCard;
  if (!pending) return;
  delete state.conversation.pendingCard;
  await closeCard(context, pending, TEXT.cancel.closedCard);
}
