import type { TurnState, DefaultConversationState, DefaultUserState, DefaultTempState } from '@microsoft/teams-ai';
import type { DialogState } from 'botbuilder-dialogs';
import type { PendingCard } from './pendingCard';

/** What the bot keeps per conversation (the dialog stack lives here too). */
export interface ConversationData extends DefaultConversationState {
  /** Turns handled in this conversation; lets tests and support see that state survives restarts. */
  turnCount?: number;
  /** The botbuilder-dialogs stack (journeys in progress). */
  dialogState?: DialogState;
  /** The card waiting for an answer, closed in place when answered or abandoned. */
  pendingCard?: PendingCard;
}

export type UserData = DefaultUserState;

export type AppTurnState = TurnState<ConversationData, UserData, DefaultTempState>;
