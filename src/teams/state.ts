import type { TurnState, DefaultConversationState, DefaultUserState, DefaultTempState } from '@microsoft/teams-ai';

/** What the bot keeps per conversation (the dialog stack lives here too). */
export interface ConversationData extends DefaultConversationState {
  /** Turns handled in this conversation; lets tests and support see that state survives restarts. */
  turnCount?: number;
}

export type UserData = DefaultUserState;

export type AppTurnState = TurnState<ConversationData, UserData, DefaultTempState>;
