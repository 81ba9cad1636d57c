import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { DialogStateProperty } from '../../kit/dialogStateProperty';
import { isRecord, type AppTurnState } from '../../kit/turnState';
import { CHECK_ACCOUNT, CheckAccountDialog, type CheckAccountDeps, type CheckAccountOptions } from './checkAccountDialog';

/**
 * Journey 1 as the other features use it: drafts and escalation start a check when the
 * person has none, cancel and start over end it, and typed text may answer its question.
 */
export interface CheckJourney {
  /** Starts the check, ending any journey in progress; with an address, it is checked straight away. */
  start(context: TurnContext, state: AppTurnState, address?: string): Promise<void>;
  /** Ends whatever journey is in progress (its dialog closes its waiting card); returns whether there was one. */
  endAll(context: TurnContext, state: AppTurnState): Promise<boolean>;
  /** Offers a card submit or typed text to the waiting question; returns false when no journey waits. */
  answer(context: TurnContext, state: AppTurnState): Promise<boolean>;
}

/**
 * The dialogs run on the teams-ai conversation state (`conversation.dialogState`), so
 * they are saved with the rest of the turn's state, in the bot's storage.
 */
function dialogContext(context: TurnContext, state: AppTurnState, deps: CheckAccountDeps): Promise<DialogContext> {
  const dialogs = new DialogSet(new DialogStateProperty(state));
  dialogs.add(new CheckAccountDialog(deps));
  return dialogs.createContext(context);
}

async function endJourneys(dc: DialogContext): Promise<boolean> {
  const hadJourney = Boolean(dc.activeDialog);
  await dc.cancelAllDialogs();
  return hadJourney;
}

export function checkJourney(deps: CheckAccountDeps): CheckJourney {
  return {
    async start(context, state, address) {
      const dc = await dialogContext(context, state, deps);
      await endJourneys(dc);
      await dc.beginDialog(CHECK_ACCOUNT, { address } satisfies CheckAccountOptions);
    },
    async endAll(context, state) {
      return endJourneys(await dialogContext(context, state, deps));
    },
    async answer(context, state) {
      const dc = await dialogContext(context, state, deps);
      if (dc.activeDialog?.id !== CHECK_ACCOUNT) return false;
      await dc.continueDialog();
      return true;
    },
  };
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
