import { TEXT } from '../../../text/en';
import type { CommandButton } from '../../kit/cards/data';
import { verbs } from '../../kit/buttons';

/**
 * The journeys the bot offers, per scope, as buttons (plain Action.Submit with a verb:
 * every client sends those, where some ignore imBack). Help, welcome cards and the
 * manifest's command list show only what is here, so a button never leads nowhere.
 */
export function personalCommands(): CommandButton[] {
  const C = TEXT.commands;
  return [
    { ...C.check, data: { verb: verbs.check } },
    { ...C.admins, data: { verb: verbs.admins } },
    { ...C.mfa, data: { verb: verbs.mfa } },
    { ...C.help, data: { verb: verbs.help } },
  ];
}

/** A group chat: questions and MFA guidance for everyone; a person's own check and help-desk cases belong elsewhere. */
export function groupChatCommands(): CommandButton[] {
  const C = TEXT.commands;
  return [
    { ...C.mfa, data: { verb: verbs.mfa } },
    { ...C.help, data: { verb: verbs.help } },
  ];
}

export function teamCommands(): CommandButton[] {
  const C = TEXT.commands;
  return [
    { ...C.cases, data: { verb: verbs.triage, command: 'cases' } },
    { ...C.channel, data: { verb: verbs.triage, command: 'use this channel for all cases' } },
    { ...C.help, data: { verb: verbs.help } },
  ];
}
