import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../services';
import type { AppTurnState } from '../state';
import { CheckAccountDialog } from './checkAccountDialog';
import { DialogStateProperty } from './dialogStateProperty';

/**
 * The dialogs run on the teams-ai conversation state (`conversation.dialogState`), so
 * they are saved with the rest of the turn's state, in the bot's storage.
 */
export async function dialogContext(context: TurnContext, state: AppTurnState, services: BotServices): Promise<DialogContext> {
  const dialogs = new DialogSet(new DialogStateProperty(state));
  dialogs.add(new CheckAccountDialog(services));
  return dialogs.createContext(context);
}
