import { trimEndOf } from '../userText';
import { foldedText } from './fold';
import type { IntentWords } from './words';

/** Between a lead-in or courtesy and the request: spaces and commas, Latin or CJK. */
const SEPARATORS = ' ,、，!！:：';
/** Punctuation that ends a message in any language ("abbrechen!", "キャンセル。"). */
const END_MARKS = ' .!?,;:。．！？、，；：…';
/** Scripts written without spaces between words: a lead-in or courtesy may touch the request ("キャンセルお願いします"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a word may touch the next one without a space: kana, kanji and Hangul do. */
export function isUnspaced(char: string | undefined): boolean {
  return char !== undefined && UNSPACED.test(char);
}

/** A phrase as typed words are compared: folded (lower case, Latin accents off), apostrophes alike, single spaces, no punctuation at its ends. */
export function phraseKey(text: string): string {
  const folded = foldedText(text).replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  let start = 0;
  while (start < folded.length && END_MARKS.includes(folded[start])) start++;
  return trimEndOf(folded.slice(start), END_MARKS);
}

/** Lead-ins and courtesies as phrase keys, longest first, so "kannst du bitte" goes before "kannst du". */
export interface Politeness {
  leadIns: readonly string[];
  courtesies: readonly string[];
}

export function politenessOf(languages: ReadonlyArray<Pick<IntentWords, 'leadIns' | 'courtesies'>>): Politeness {
  const longestFirst = (words: readonly string[]) => [...new Set(words.map(phraseKey).filter(Boolean))].sort((a, b) => b.length - a.length);
  return { leadIns: longestFirst(languages.flatMap((words) => words.leadIns)), courtesies: longestFirst(languages.flatMap((words) => words.courtesies)) };
}

/**
 * `key` without the lead-ins at its start and the courtesies at its end, each a word of its
 * own (or touching CJK text), and only while a request is left. Indexes move inward, so each
 * character is passed once, whatever is repeated ("bitte bitte bitte …").
 */
export function withoutPoliteness(key: string, politeness: Politeness): string {
  let start = 0;
  let end = key.length;
  for (let lead = leadInAt(key, start, end, politeness.leadIns); lead; lead = leadInAt(key, start, end, politeness.leadIns)) {
    start += lead.length;
    while (start < end && SEPARATORS.includes(key[start])) start++;
  }
  for (let courtesy = courtesyBefore(key, start, end, politeness.courtesies); courtesy; courtesy = courtesyBefore(key, start, end, politeness.courtesies)) {
    end -= courtesy.length;
    while (end > start && SEPARATORS.includes(key[end - 1])) end--;
  }
  return key.slice(start, end);
}

function leadInAt(key: string, start: number, end: number, leadIns: readonly string[]): string | undefined {
  return leadIns.find((word) => {
    if (end - start <= word.length || !key.startsWith(word, start)) return false;
    const next = key[start + word.length];
    return SEPARATORS.includes(next) || isUnspaced(next) || isUnspaced(word[word.length - 1]);
  });
}

function courtesyBefore(key: string, start: number, end: number, courtesies: readonly string[]): string | undefined {
  return courtesies.find((word) => {
    if (end - start <= word.length || !key.startsWith(word, end - word.length)) return false;
    const before = key[end - word.length - 1];
    return SEPARATORS.includes(before) || isUnspaced(before) || isUnspaced(word[0]);
  });
}
