import type { Catalog } from '../../../text/catalog';
import type { CommandButton } from '../../kit/cards/data';
import { triageButton } from '../cases/verbs';
import { CHECK_ACCOUNT_VERBS } from '../checkAccount/verbs';
import { DIRECTORY_VERBS } from '../directory/verbs';
import { HELP_VERBS } from './verbs';

/**
 * The journeys the bot offers, per scope, as buttons (plain Action.Submit with a verb:
 * every client sends those, where some ignore imBack). Help, welcome cards and the
 * manifest's command list show only what is here, so a button never leads nowhere.
 */
export function personalCommands(words: Catalog): CommandButton[] {
  const C = words.commands;
  return [
    { ...C.check, data: { verb: CHECK_ACCOUNT_VERBS.check } },
    { ...C.admins, data: { verb: DIRECTORY_VERBS.admins } },
    { ...C.mfa, data: { verb: DIRECTORY_VERBS.mfa } },
    { ...C.help, data: { verb: HELP_VERBS.help } },
  ];
}

/** A group chat: questions and MFA guidance for everyone; a person's own check and help-desk cases belong elsewhere. */
export function groupChatCommands(words: Catalog): CommandButton[] {
  const C = words.commands;
  return [
    { ...C.mfa, data: { verb: DIRECTORY_VERBS.mfa } },
    { ...C.help, data: { verb: HELP_VERBS.help } },
  ];
}

export function teamCommands(words: Catalog): CommandButton[] {
  const C = words.commands;
  return [
    triageButton(C.cases, 'cases'),
    triageButton(C.channel, 'use this channel for all cases'),
    { ...C.help, data: { verb: HELP_VERBS.help } },
  ];
}
