import type { TurnState, DefaultConversationState, DefaultUserState, DefaultTempState } from '@microsoft/teams-ai';
import type { DialogState } from 'botbuilder-dialogs';

/** What the bot keeps per conversation (the dialog stack lives here too). */
export interface ConversationData extends DefaultConversationState {
  /** Turns handled in this conversation; lets tests and support see that state survives restarts. */
  turnCount?: number;
  /** The botbuilder-dialogs stack: journeys in progress, each with the card it is waiting on. */
  dialogState?: DialogState;
}

export type UserData = DefaultUserState;

export type AppTurnState = TurnState<ConversationData, UserData, DefaultTempState>;
