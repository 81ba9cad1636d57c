import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/domain/address';
import { parseTriageCommand } from '../../src/domain/cases/triageCommands';
import { classifyIntent, Intents } from '../../src/domain/intents';
import { languageRequest } from '../../src/domain/language/request';
import { boundedText, MAX_USER_TEXT, trimEndOf } from '../../src/domain/userText';
import { HOSTILE_TEXT } from '../data/hostileText';
import { intents as de } from '../../src/text/de/intents';
import { intents as en } from '../../src/text/en/intents';

const LANGUAGES = [
  { tag: 'en', intents: en },
  { tag: 'de', intents: de },
];
const intents = new Intents(LANGUAGES);

/**
 * The bound is generous (npm run bench prints the real figures): before the input was cut and
 * the patterns made linear, several of these took from seconds to over a minute.
 */
const PARSERS: Array<[string, (text: string) => unknown]> = [
  ['classifyIntent', classifyIntent],
  ['Intents.classify in a German chat', (text) => intents.classify(text, 'de')],
  ['languageRequest', (text) => languageRequest(text, LANGUAGES)],
  ['parseTriageCommand', parseTriageCommand],
  ['parseAddress', parseAddress],
];

describe.each(HOSTILE_TEXT)('200 KB of hostile text: %s', (_name, text) => {
  // No clock here: a quadratic pattern takes tens of seconds on 200 KB and fails by the test's
  // timeout; the time per message is a bench figure (npm run bench -- --only hostile).
  it.each(PARSERS)('%s answers', (_parser, parse) => {
    expect(() => parse(text)).not.toThrow();
  });
});

describe('bounded user text', () => {
  it('reads at most MAX_USER_TEXT characters of a message', () => {
    expect(MAX_USER_TEXT).toBe(4096);
    const question = classifyIntent(`why ${'word '.repeat(2000)}`);
    expect(question.kind).toBe('question');
    expect(question.kind === 'question' && question.text.length).toBeLessThanOrEqual(MAX_USER_TEXT);
    expect(parseTriageCommand(`${'cases '.repeat(1000)}`)).toBeUndefined();
  });

  it('never cuts a character made of two UTF-16 units in half', () => {
    const text = `${'a'.repeat(MAX_USER_TEXT - 1)}😀b`;
    expect(boundedText(text)).toBe('a'.repeat(MAX_USER_TEXT - 1));
    expect(boundedText('short 😀')).toBe('short 😀');
  });

  it('trims a set of characters off the end only', () => {
    expect(trimEndOf('..a.!.', '.!')).toBe('..a');
    expect(trimEndOf('!!!', '!')).toBe('');
    expect(trimEndOf('', '!')).toBe('');
  });

  it('still reads commands and intents that end in punctuation and courtesies', () => {
    expect(classifyIntent('check my account, please thanks!!')).toEqual({ kind: 'diagnose' });
    expect(classifyIntent('@bot @other help, thank you.')).toEqual({ kind: 'help' });
    expect(classifyIntent('<at>VL Sign-in Assistant</at> <b>mfa</b>')).toEqual({ kind: 'mfa' });
    expect(parseTriageCommand('Use this channel for MFA cases!!')).toEqual({ kind: 'use-channel', categories: ['mfa'] });
    expect(parseTriageCommand('use this channel for cases')).toEqual({ kind: 'use-channel-usage' });
  });
});
