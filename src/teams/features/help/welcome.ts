import type { TurnContext } from 'botbuilder';
import { TEXT } from '../../../text/en';
import { scopeOf } from '../../kit/scope';
import { sendHelpCard } from './helpCard';

/** Welcomes people when the bot is installed in a personal chat, a group chat or a team. */
export async function welcome(context: TurnContext): Promise<void> {
  const botId = context.activity.recipient?.id;
  const botWasAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
  if (!botWasAdded) return;
  const scope = scopeOf(context);
  const intro = scope === 'personal' ? `${TEXT.welcome.intro} ${TEXT.welcome.personalHint}` : scope === 'groupChat' ? TEXT.welcome.groupChatHint : TEXT.welcome.teamHint;
  await sendHelpCard(context, intro);
}
