import { clean } from '../intents';
import { boundedText } from '../userText';
import { isUnspaced, phraseKey, politenessOf, withoutPoliteness } from './phrases';
import { ENDONYMS, isLanguageTag, languageOf } from './tags';
import type { IntentWords } from './words';

/** A person's language choice: a language, back to the Teams locale, or a name the bot does not know. */
export type LanguageRequest = { kind: 'choose'; tag: string } | { kind: 'auto' } | { kind: 'unknown'; name: string };

/** What may stand between the language word and the name: "language: français", "Sprache = Deutsch". */
const BETWEEN = ' :：=-';
/** A BCP 47 tag as typed ("en", "pt-br", "zh-Hans-CN"). */
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
/** Longer than this after a language word, the message is a question about languages, not a choice. */
const MOST_NAME_WORDS = 2;
/** An unknown name is said back at most this long ("I don't know the language …"). */
const NAME_SHOWN_CHARS = 40;

/**
 * The language a message asks for: a language word of any language ("language", "Sprache",
 * "langue", "言語") followed by a language's name in any language ("français", "German",
 * "日本語", or its own name as the language card shows it: "Português (Brasil)"), its BCP 47 tag ("en", "pt-BR"), or a word for automatic ("auto", "reset",
 * "automatisch"). Undefined when the message is not a language choice; `unknown` when it is one
 * naming no language of `languages` (or nothing: "Sprache" alone).
 */
export function languageRequest(text: string, languages: ReadonlyArray<{ tag: string; intents: IntentWords }>): LanguageRequest | undefined {
  const key = withoutPoliteness(phraseKey(clean(boundedText(text))), politenessOf(languages.map((language) => language.intents)));
  const word = longestFirst(languages.flatMap((language) => language.intents.languageWords)).find((w) => key === w || (key.startsWith(w) && (BETWEEN.includes(key[w.length]) || isUnspaced(w[w.length - 1]))));
  if (word === undefined) return undefined;
  let start = word.length;
  while (start < key.length && BETWEEN.includes(key[start])) start++;
  const name = key.slice(start);
  if (languages.some((language) => (language.intents.autoWords ?? []).some((auto) => phraseKey(auto) === name))) return { kind: 'auto' };
  const named = languages.find((language) => [...language.intents.names, ...(isLanguageTag(language.tag) ? [ENDONYMS[language.tag]] : [])].some((n) => phraseKey(n) === name) || language.tag.toLowerCase() === name);
  if (named) return { kind: 'choose', tag: named.tag };
  if (TAG.test(name)) {
    const sameLanguage = languages.find((language) => languageOf(language.tag) === languageOf(name));
    if (sameLanguage) return { kind: 'choose', tag: sameLanguage.tag };
  }
  return name.split(' ').length <= MOST_NAME_WORDS ? { kind: 'unknown', name: name.length > NAME_SHOWN_CHARS ? `${name.slice(0, NAME_SHOWN_CHARS)}…` : name } : undefined;
}

function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words.map(phraseKey).filter(Boolean))].sort((a, b) => b.length - a.length);
}
