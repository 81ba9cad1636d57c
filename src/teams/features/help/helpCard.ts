import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../kit/cards/render';
import { wordsOf } from '../../kit/language';
import { groupChatCommands, personalCommands, teamCommands } from './commands';
import { scopeOf } from '../../kit/scope';

/** The help card; with `intro` it doubles as the welcome card. Every scope names the language command. */
export async function sendHelpCard(context: TurnContext, intro = ''): Promise<void> {
  const words = wordsOf(context);
  const byScope = {
    personal: { heading: words.help.heading, commands: personalCommands(words), footer: `${words.help.footer}\n\n${words.language.helpHint}` },
    channel: { heading: words.help.teamHeading, commands: teamCommands(words), footer: words.language.helpHint },
    groupChat: { heading: words.help.groupChatHeading, commands: groupChatCommands(words), footer: words.language.helpHint },
  }[scopeOf(context)];
  await context.sendActivity({
    attachments: [
      renderCard('help', {
        appName: words.appName,
        intro,
        ...byScope,
      }),
    ],
  });
}
