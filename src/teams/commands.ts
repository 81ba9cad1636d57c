import { TEXT } from '../text/en';
import type { CommandButton } from './cards/data';

/**
 * The journeys the bot offers, per scope. Help, welcome cards and the manifest's
 * command list show only what is here, so a button never leads nowhere.
 */
export function personalCommands(): CommandButton[] {
  return [TEXT.commands.check, TEXT.commands.admins, TEXT.commands.mfa, TEXT.commands.help];
}

export function teamCommands(): CommandButton[] {
  return [TEXT.commands.help];
}
