import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { AppTurnState } from './turnState';

/**
 * The dialog stack as a property of the teams-ai conversation state. teams-ai's own
 * TurnStateProperty reads its default from the first argument of `get`, which
 * botbuilder-dialogs passes the TurnContext in: the whole context (adapter settings and
 * the app password included) would be saved with the conversation. This one stores only
 * the default it is given.
 */
export class DialogStateProperty implements StatePropertyAccessor<DialogState> {
  constructor(private readonly state: AppTurnState) {}

  async get(_context: TurnContext, defaultValue?: DialogState): Promise<DialogState> {
    if (this.state.conversation.dialogState === undefined && defaultValue !== undefined) {
      this.state.conversation.dialogState = defaultValue;
    }
    return this.state.conversation.dialogState as DialogState;
  }

  async set(_context: TurnContext, value: DialogState): Promise<void> {
    this.state.conversation.dialogState = value;
  }

  async delete(): Promise<void> {
    delete this.state.conversation.dialogState;
  }
}
