import { detectAll } from 'tinyld';
import { languageOf } from './tags';

/**
 * Below three words the locale is trusted: "mfa setup" or "hab 2 logins" say too little
 * about their language, and a wrong guess sends a question to an index that cannot answer it.
 */
const FEWEST_WORDS = 3;
/**
 * How sure tinyld must be, and by how much ahead of the locale's language. On the labelled
 * English and German questions every wrong guess scored under 0.1 (short lists of product
 * names: "vlsc support phone number" read as Dutch).
 */
const CONFIDENT = 0.1;
const AHEAD_OF_LOCALE = 2;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language among `tags` a question is written in, when that is clearly not the locale's
 * (`home`); otherwise `home`. Japanese, Korean and Chinese are told by their script, which is
 * certain however short the question; a question in Latin letters needs three words and a
 * confident guess from tinyld among the Latin-script languages of `tags`.
 */
export function languageOfQuestion(text: string, tags: readonly string[], home: string): string {
  const byLanguage = (language: string) => tags.find((tag) => languageOf(tag) === language);
  const letters = count(text, LETTER);
  if (letters === 0) return home;
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const hangul = count(text, HANGUL);
  const homeLanguage = languageOf(home);
  if (kana > 0 && (kana + han) * 2 >= letters) return byLanguage('ja') ?? home;
  if (hangul * 2 >= letters) return byLanguage('ko') ?? home;
  // Kanji alone may be Japanese as well as Chinese: a Japanese chat keeps its language.
  if (han * 2 >= letters) return homeLanguage === 'ja' || homeLanguage === 'zh' ? home : (byLanguage('zh') ?? byLanguage('ja') ?? home);
  if (text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < FEWEST_WORDS) return home;
  const latin = tags.filter((tag) => !['ja', 'ko', 'zh'].includes(languageOf(tag))).map(languageOf);
  const guesses = detectAll(text, { only: latin });
  const [best] = guesses;
  if (!best || best.lang === homeLanguage || best.accuracy < CONFIDENT) return home;
  const homeAccuracy = guesses.find((guess) => guess.lang === homeLanguage)?.accuracy ?? 0;
  return best.accuracy >= AHEAD_OF_LOCALE * homeAccuracy ? (byLanguage(best.lang) ?? home) : home;
}

/**
 * The other language a question mostly in Han characters and without kana may be written in
 * (Latin product names such as VLSC or MFA beside them): Chinese for one read as Japanese,
 * Japanese for one read as Chinese; undefined otherwise (kana make it Japanese) or when that
 * language is not among `tags`. Such a question is worth reading both ways: Chinese typed in a
 * Japanese chat, or 多要素認証 in a Chinese one.
 */
export function otherHanReading(text: string, tags: readonly string[], readIn: string): string | undefined {
  const letters = count(text, LETTER);
  if (letters === 0 || count(text, KANA) > 0 || count(text, HAN) * 2 < letters) return undefined;
  const other = { ja: 'zh', zh: 'ja' }[languageOf(readIn)];
  return other ? tags.find((tag) => languageOf(tag) === other) : undefined;
}
