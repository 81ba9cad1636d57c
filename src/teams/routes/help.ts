import type { TurnContext } from 'botbuilder';
import { TEXT } from '../../text/en';
import { renderCard } from '../cards/render';
import { personalCommands, teamCommands } from '../commands';
import { scopeOf } from '../scope';

/** The help card; with `intro` it doubles as the welcome card. */
export async function sendHelpCard(context: TurnContext, intro = ''): Promise<void> {
  const personal = scopeOf(context) === 'personal';
  await context.sendActivity({
    attachments: [
      renderCard('help', {
        appName: TEXT.appName,
        intro,
        heading: personal ? TEXT.help.heading : TEXT.help.teamHeading,
        commands: personal ? personalCommands() : teamCommands(),
        footer: personal ? TEXT.help.footer : '',
      }),
    ],
  });
}
