import type { TurnContext } from 'botbuilder';
import { intentOf } from '../../kit/intents';
import { wordsOf } from '../../kit/language';

/** A short friendly answer to thanks, ok or an emoji; any journey in progress stays as it is. */
export async function onSmallTalk(context: TurnContext): Promise<void> {
  const found = intentOf(context);
  if (found?.kind === 'smallTalk') await context.sendActivity(wordsOf(context).smallTalk[found.said]);
}
