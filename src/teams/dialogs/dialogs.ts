import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { TurnStateProperty } from '@microsoft/teams-ai/lib/TurnStateProperty';
import { attachState } from '../appState';
import type { BotServices } from '../services';
import type { AppTurnState } from '../state';
import { CheckAccountDialog } from './checkAccountDialog';

/**
 * The dialogs run on the teams-ai conversation state (`conversation.dialogState`), so
 * they are saved with the rest of the turn's state, in the bot's storage.
 */
export async function dialogContext(context: TurnContext, state: AppTurnState, services: BotServices): Promise<DialogContext> {
  attachState(context, state);
  const dialogs = new DialogSet(new TurnStateProperty<DialogState>(state, 'conversation', 'dialogState'));
  dialogs.add(new CheckAccountDialog(services));
  return dialogs.createContext(context);
}
