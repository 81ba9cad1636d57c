import type { TurnContext } from 'botbuilder';
import { TEXT } from '../../../text/en';
import { renderCard } from '../../kit/cards/render';
import { groupChatCommands, personalCommands, teamCommands } from './commands';
import { scopeOf } from '../../kit/scope';

/** The help card; with `intro` it doubles as the welcome card. */
export async function sendHelpCard(context: TurnContext, intro = ''): Promise<void> {
  const scope = scopeOf(context);
  const byScope = {
    personal: { heading: TEXT.help.heading, commands: personalCommands(), footer: TEXT.help.footer },
    channel: { heading: TEXT.help.teamHeading, commands: teamCommands(), footer: '' },
    groupChat: { heading: TEXT.help.groupChatHeading, commands: groupChatCommands(), footer: '' },
  }[scope];
  await context.sendActivity({
    attachments: [
      renderCard('help', {
        appName: TEXT.appName,
        intro,
        ...byScope,
      }),
    ],
  });
}
