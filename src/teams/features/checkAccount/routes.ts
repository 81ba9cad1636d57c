import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { parseAddress } from '../../../domain/address';
import { TEXT } from '../../../text/en';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { CHECK_ACCOUNT, type CheckAccountOptions } from './checkAccountDialog';
import { dialogContext } from './dialogs';
import { intentOf } from '../../kit/intents';
import { blockerCard, BLOCKERS, type Blocker } from './verdictCard';
import type { BotServices } from '../../services';
import type { AppTurnState } from '../../kit/turnState';
import { answerQuestion } from '../faq/routes';
import { sendHelpCard } from '../help/helpCard';

type Handler = (context: TurnContext, state: AppTurnState) => Promise<void>;

function submitted(context: TurnContext): SubmitData {
  return (context.activity.value ?? {}) as SubmitData;
}

/** Ends whatever journey is in progress (its dialog closes its waiting card); returns whether there was one. */
async function endJourneys(dc: DialogContext): Promise<boolean> {
  const hadJourney = Boolean(dc.activeDialog);
  await dc.cancelAllDialogs();
  return hadJourney;
}

/** Starts journey 1, ending any journey in progress; with an address, it is checked straight away. */
export async function startCheck(context: TurnContext, state: AppTurnState, services: BotServices, address?: string): Promise<void> {
  const dc = await dialogContext(context, state, services);
  await endJourneys(dc);
  await dc.beginDialog(CHECK_ACCOUNT, { address } satisfies CheckAccountOptions);
}

/** Handlers for the journeys: one per intent or card verb. */
export function journeyRoutes(services: BotServices) {
  const onCancel: Handler = async (context, state) => {
    const hadJourney = await endJourneys(await dialogContext(context, state, services));
    await context.sendActivity(hadJourney ? TEXT.cancel.done : TEXT.cancel.nothing);
  };

  const onRestart: Handler = async (context, state) => {
    await endJourneys(await dialogContext(context, state, services));
    await sendHelpCard(context);
  };

  const onCheckIntent: Handler = async (context, state) => {
    const found = intentOf(context);
    await startCheck(context, state, services, found?.kind === 'diagnose' ? found.address : undefined);
  };

  const onCheckButton: Handler = async (context, state) => {
    const address = submitted(context).address;
    await startCheck(context, state, services, typeof address === 'string' ? address : undefined);
  };

  /** A submit from the account card: the journey, if one waits, checks it comes from its card. */
  const onAccountAnswer: Handler = async (context, state) => {
    const dc = await dialogContext(context, state, services);
    if (dc.activeDialog?.id !== CHECK_ACCOUNT) {
      await context.sendActivity(TEXT.account.alreadyAnswered);
      return;
    }
    await dc.continueDialog();
  };

  const onBlocker: Handler = async (context) => {
    const { blocker, address } = submitted(context);
    const parsed = parseAddress(String(address ?? ''));
    if (!BLOCKERS.includes(blocker as Blocker) || !parsed.ok) {
      await context.sendActivity(TEXT.errors.unknownAction);
      return;
    }
    await context.sendActivity({ attachments: [renderCard('guide', blockerCard(blocker as Blocker, parsed.address))] });
  };

  /**
   * Text no route claimed: an answer to the waiting question when it looks like one
   * (a single word, such as an address), otherwise a question for the knowledge base.
   * A question does not end the journey: its card stays open.
   */
  const onOtherText: Handler = async (context, state) => {
    const dc = await dialogContext(context, state, services);
    const text = (context.activity.text ?? '').trim();
    if (dc.activeDialog && text && !/\s/.test(text)) {
      await dc.continueDialog();
      return;
    }
    if (!text) {
      await context.sendActivity(TEXT.errors.didNotUnderstand);
      return;
    }
    await answerQuestion(context, services, text);
  };

  const onUnknownSubmit: Handler = async (context) => {
    await context.sendActivity(TEXT.errors.unknownAction);
  };

  return { onCancel, onRestart, onCheckIntent, onCheckButton, onAccountAnswer, onBlocker, onOtherText, onUnknownSubmit };
}
