import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../../services';
import { isRecord, type AppTurnState } from '../../kit/turnState';
import { CHECK_ACCOUNT, CheckAccountDialog } from './checkAccountDialog';
import { DialogStateProperty } from '../../kit/dialogStateProperty';

/**
 * The dialogs run on the teams-ai conversation state (`conversation.dialogState`), so
 * they are saved with the rest of the turn's state, in the bot's storage.
 */
export async function dialogContext(context: TurnContext, state: AppTurnState, services: BotServices): Promise<DialogContext> {
  const dialogs = new DialogSet(new DialogStateProperty(state));
  dialogs.add(new CheckAccountDialog(services));
  return dialogs.createContext(context);
}

/**
 * Whether a stored dialog stack is one this version can continue: none, or one journey 1
 * whose instance state it wrote. A stack naming a dialog that no longer exists, an earlier
 * version's, or a damaged one would fail every turn that touches it.
 */
function dialogStateFits(dialogState: unknown): boolean {
  if (dialogState === undefined) return true;
  if (!isRecord(dialogState)) return false;
  const stack = dialogState.dialogStack;
  if (!Array.isArray(stack) || stack.length > 1) return false;
  return stack.every((entry: unknown) => isRecord(entry) && entry.id === CHECK_ACCOUNT && CheckAccountDialog.fits(entry.state));
}

/** Drops a stored journey this version cannot continue, so the turn starts afresh instead of failing. */
export function dropUnfitJourney(state: AppTurnState): void {
  if (state.hasRetiredFields() || !dialogStateFits(state.conversation.dialogState)) state.startAfresh('unfit');
}
