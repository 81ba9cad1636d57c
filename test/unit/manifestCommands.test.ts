import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseTriageCommand } from '../../src/domain/cases/triageCommands';
import { intentOf } from '../../src/teams/kit/intents';
import { useLanguage } from '../../src/teams/kit/language';

/**
 * Teams shows a bot's commands from the manifest's command lists in the user's language
 * (appPackage/<tag>.json, named by localizationInfo) and, when one is picked, sends its title
 * as the message text. Each translated title must therefore do what the English one does,
 * read the way the bot reads a typed message (intentOf, or the triage commands in a team).
 */
const APP_PACKAGE = join(resolve(__dirname, '..', '..'), 'appPackage');
const read = (file: string) => JSON.parse(readFileSync(join(APP_PACKAGE, file), 'utf8')) as Record<string, unknown>;

interface CommandList {
  scopes: string[];
  commands: Array<{ title: string }>;
}
const manifest = read('manifest.json') as { bots: Array<{ commandLists: CommandList[] }>; localizationInfo: { additionalLanguages: Array<{ languageTag: string; file: string }> } };
const COMMAND_LISTS = manifest.bots[0].commandLists;

/** Each translation file with the bot's language it holds (its file name: `pt-BR.json` is Teams' `pt`). */
const TRANSLATIONS = manifest.localizationInfo.additionalLanguages.map(({ languageTag, file }) => ({
  languageTag,
  tag: file.replace(/\.json$/, ''),
  strings: read(file) as Record<string, string>,
}));

/** Every command of every list in one translation: its scope, its English title, its translated one. */
function commandsOf(strings: Record<string, string>) {
  return COMMAND_LISTS.flatMap((list, l) =>
    list.commands.map((command, c) => ({ scope: list.scopes[0], english: command.title, title: strings[`bots[0].commandLists[${l}].commands[${c}].title`] })),
  );
}

/**
 * A message as Teams delivers a picked command: in a team or group chat after the bot's
 * @mention. `locale` is the Teams client's; `choice` the language the person chose in the bot.
 */
function turn(text: string, scope: string, locale: string, choice?: string): TurnContext {
  const mention = scope === 'personal' ? '' : '<at>VL Sign-in Assistant</at> ';
  const context = new TurnContext(new TestAdapter(), { type: 'message', text: `${mention}${text}`, locale, channelId: 'msteams', from: { id: 'user' }, recipient: { id: 'bot' }, conversation: { id: 'c' } } as never);
  useLanguage(context, choice ?? locale);
  return context;
}

/** What a command does: a triage command in a team, else the intent the bot's routes select on. */
function doneBy(text: string, scope: string, locale: string, choice?: string): unknown {
  const triage = scope === 'team' ? parseTriageCommand(text) : undefined;
  return triage ?? intentOf(turn(text, scope, locale, choice));
}

describe('manifest command titles in every language', () => {
  it('are read from every translation the manifest names, for every command', () => {
    expect(TRANSLATIONS).toHaveLength(9);
    for (const { strings } of TRANSLATIONS) for (const command of commandsOf(strings)) expect(command.title?.trim(), command.english).toBeTruthy();
  });

  it('are each a journey, control or triage command in English, never a question for the FAQ', () => {
    for (const command of commandsOf({})) {
      const scope = command.scope;
      expect((doneBy(command.english, scope, 'en-US') as { kind: string }).kind, command.english).not.toBe('question');
    }
  });

  it.each(TRANSLATIONS.map((t) => [t.tag, t]))('%s: each title does what the English command does, sent from a Teams client in that language', (_tag, { languageTag, strings }) => {
    for (const { scope, english, title } of commandsOf(strings)) {
      expect(doneBy(title, scope, languageTag), `"${title}" (${english}, ${scope})`).toEqual(doneBy(english, scope, 'en-US'));
    }
  });

  it.each(TRANSLATIONS.map((t) => [t.tag, t]))('%s: each title still works for someone who chose English in the bot while Teams shows that language', (_tag, { languageTag, strings }) => {
    for (const { scope, english, title } of commandsOf(strings)) {
      expect(doneBy(title, scope, languageTag, 'en'), `"${title}" (${english}, ${scope})`).toEqual(doneBy(english, scope, 'en-US'));
    }
  });
});
