import type { TurnContext } from 'botbuilder';
import { wordsOf } from '../../kit/language';
import { scopeOf } from '../../kit/scope';
import { sendHelpCard } from './helpCard';

/** Welcomes people when the bot is installed in a personal chat, a group chat or a team. */
export async function welcome(context: TurnContext): Promise<void> {
  const botId = context.activity.recipient?.id;
  const botWasAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
  if (!botWasAdded) return;
  const scope = scopeOf(context);
  const { welcome: W } = wordsOf(context);
  const intro = scope === 'personal' ? `${W.intro} ${W.personalHint}` : scope === 'groupChat' ? W.groupChatHint : W.teamHint;
  await sendHelpCard(context, intro);
}
