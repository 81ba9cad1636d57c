import type { Storage, TurnContext } from 'botbuilder';
import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';
import type { DialogState } from 'botbuilder-dialogs';

/** What the bot keeps per conversation (the dialog stack lives here too). */
export interface ConversationData extends DefaultConversationState {
  /** Turns handled in this conversation; lets tests and support see that state survives restarts. */
  turnCount?: number;
  /** The botbuilder-dialogs stack: journeys in progress, each with the card it is waiting on. */
  dialogState?: DialogState;
}

export type UserData = DefaultUserState;

/** The turn's state could not be written (a locked database, another instance's write won): its replies must not go out. */
export class StateNotSavedError extends Error {
  constructor(cause: unknown) {
    super(`the turn state was not saved: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StateNotSavedError';
  }
}

/**
 * teams-ai's turn state, where a failed save is a StateNotSavedError, and the conversation
 * can be written once more after the turn's replies went out (outbox.ts).
 */
export class AppTurnState extends TurnState<ConversationData, UserData, DefaultTempState> {
  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    try {
      await super.save(context, storage);
    } catch (error) {
      throw new StateNotSavedError(error);
    }
  }

  /**
   * Writes the conversation again after the turn was saved (ids of its replies are known only
   * once they went out, after the save), unless another turn has saved it meanwhile.
   * Returns whether it was written.
   */
  async saveConversationAgain(storage: Storage): Promise<boolean> {
    const key = this.getScope('conversation')?.storageKey;
    if (!key) return false;
    const stored = (await storage.read([key]))[key] as (ConversationData & { eTag?: string }) | undefined;
    if (!stored || stored.turnCount !== this.conversation.turnCount) return false;
    await storage.write({ [key]: { ...this.conversation, eTag: stored.eTag } });
    return true;
  }
}
