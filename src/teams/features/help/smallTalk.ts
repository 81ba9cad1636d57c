import type { TurnContext } from 'botbuilder';
import { TEXT } from '../../../text/en';
import { intentOf } from '../../kit/intents';

/** A short friendly answer to thanks, ok or an emoji; any journey in progress stays as it is. */
export async function onSmallTalk(context: TurnContext): Promise<void> {
  const found = intentOf(context);
  if (found?.kind === 'smallTalk') await context.sendActivity(TEXT.smallTalk[found.said]);
}
