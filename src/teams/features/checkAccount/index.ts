import type { TurnContext } from 'botbuilder';
import { parseAddress } from '../../../domain/address';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { intent, intentOf } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import type { CheckJourney } from './journey';
import { blockerCard, BLOCKERS, type Blocker } from './verdictCard';
import { CHECK_ACCOUNT_VERBS } from './verbs';

export type { CheckAccountDeps } from './checkAccountDialog';
export { checkJourney, dropUnfitJourney, type CheckJourney } from './journey';

function submitted(context: TurnContext): SubmitData {
  return (context.activity.value ?? {}) as SubmitData;
}

/**
 * Journey 1, "Check my VLSC sign-in": typed ("check alex@contoso.com") or from a button,
 * the account question's answers, and the blocker cards of the takeover path.
 */
export function register(app: BotApp, { journey }: { journey: CheckJourney }): void {
  const onCheckIntent: TurnHandler = async (context, state) => {
    const found = intentOf(context);
    await journey.start(context, state, found?.kind === 'diagnose' ? found.address : undefined);
  };

  const onCheckButton: TurnHandler = async (context, state) => {
    const address = submitted(context).address;
    await journey.start(context, state, typeof address === 'string' ? address : undefined);
  };

  /** A submit from the account card: the journey, if one waits, checks it comes from its card. */
  const onAccountAnswer: TurnHandler = async (context, state) => {
    if (!(await journey.answer(context, state))) await context.sendActivity(wordsOf(context).account.alreadyAnswered);
  };

  const onBlocker: TurnHandler = async (context) => {
    const { blocker, address } = submitted(context);
    const parsed = parseAddress(String(address ?? ''));
    const words = wordsOf(context);
    if (!BLOCKERS.includes(blocker as Blocker) || !parsed.ok) {
      await context.sendActivity(words.errors.unknownAction);
      return;
    }
    await context.sendActivity({ attachments: [renderCard('guide', blockerCard(words, blocker as Blocker, parsed.address))] });
  };

  app.message(intent('diagnose'), onCheckIntent);
  onSubmit(app, CHECK_ACCOUNT_VERBS.account, onAccountAnswer);
  onSubmit(app, CHECK_ACCOUNT_VERBS.check, onCheckButton);
  onSubmit(app, CHECK_ACCOUNT_VERBS.retry, onCheckButton);
  onSubmit(app, CHECK_ACCOUNT_VERBS.blocker, onBlocker);
}
