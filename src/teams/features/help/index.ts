import { ActivityTypes, type TurnContext } from 'botbuilder';
import { intent } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import type { CheckJourney } from '../checkAccount';
import { sendHelpCard } from './helpCard';
import { onSmallTalk } from './smallTalk';
import { HELP_VERBS } from './verbs';
import { welcome } from './welcome';

export interface HelpDeps {
  /** Cancel and start over end the check journey, whatever it waits for. */
  journey: Pick<CheckJourney, 'endAll'>;
  /** Runs when the bot is installed or added: the cases feature keeps a personal chat's reference. */
  installed: (context: TurnContext) => Promise<void>;
}

/** Help, welcome on install, cancel, start over and small talk: what works in any scope, at any time. */
export function register(app: BotApp, deps: HelpDeps): void {
  const onCancel: TurnHandler = async (context, state) => {
    const hadJourney = await deps.journey.endAll(context, state);
    const { cancel } = wordsOf(context);
    await context.sendActivity(hadJourney ? cancel.done : cancel.nothing);
  };

  const onRestart: TurnHandler = async (context, state) => {
    await deps.journey.endAll(context, state);
    await sendHelpCard(context);
  };

  app.conversationUpdate('membersAdded', async (context) => {
    await deps.installed(context);
    await welcome(context);
  });
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if ((context.activity as { action?: string }).action?.startsWith('add')) await deps.installed(context);
  });

  app.message(intent('cancel'), onCancel);
  app.message(intent('restart'), onRestart);
  app.message(intent('help'), (context) => sendHelpCard(context));
  app.message(intent('smallTalk'), onSmallTalk);
  onSubmit(app, HELP_VERBS.help, (context) => sendHelpCard(context));
}
