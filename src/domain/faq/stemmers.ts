import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';

/** Reduces a lower-cased word to a stem it shares with related words; need not be a word. */
export type Stemmer = (word: string) => string;

/**
 * Light English stemmer: strips inflections, then one derivational suffix, then a final
 * "e", so that register/registered/registration, secure/security or manage/managed meet.
 * Tuned on the English questions (test/data/faq-questions.json), which Snowball's does not
 * improve on.
 */
export function lightEnglishStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else w = stripInflection(w, 'ing') ?? stripInflection(w, 'ed') ?? w;

  if (w.endsWith('al') && w.length >= 6) w = w.slice(0, -2);
  for (const [suffix, replacement, shortest] of DERIVATIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= shortest) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Longest first, so "istration" wins over "ation"; the number is the shortest stem left. */
const DERIVATIONAL: ReadonlyArray<readonly [string, string, number]> = [
  ['istration', 'ist', 3],
  ['isation', 'iz', 3],
  ['ization', 'iz', 3],
  ['ication', 'y', 3],
  ['ation', '', 3],
  ['ment', '', 3],
  ['ness', '', 3],
  ['able', '', 3],
  ['ible', '', 3],
  ['ity', '', 3],
  ['ful', '', 3],
  ['ive', '', 3],
  ['ise', 'iz', 3],
  ['ize', 'iz', 3],
  ['ate', '', 3],
  // apply and early keep their ending.
  ['ly', '', 4],
  ['er', '', 3],
  ['or', '', 3],
];

/**
 * Strips -ing/-ed when a vowel is left, undoubles stopp → stop (but not install), and puts
 * back the "e" of creat(e) → create so it meets "create" in the next step.
 */
function stripInflection(word: string, suffix: string): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const base = word.slice(0, -suffix.length);
  if (base.length < 3 || !/[aeiouy]/.test(base)) return undefined;
  if (/([^aeiouylsz])\1$/.test(base)) return base.slice(0, -1);
  return /(at|bl|iz)$/.test(base) ? `${base}e` : base;
}

/**
 * Korean writes particles and verb endings onto the word (테넌트를, 계정이, 설정하려면) and no
 * kept library strips them: this takes off the longest one that leaves a word of two or more
 * syllables, so 테넌트를 meets 테넌트 and 관리되지 meets 관리. Longest first.
 */
const KOREAN_ENDINGS = [
  ...['하시려면', '하려면', '했는데', '했어요', '합니다', '하나요', '하세요', '해야', '해요', '하는', '하고', '하기', '하면', '하지', '한', '할', '해'],
  ...['되었', '됩니다', '되지', '되는', '되어', '된', '될', '돼'],
  ...['에서는', '에서', '에게', '한테', '으로', '까지', '부터', '이나', '처럼', '보다', '이란', '란', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '나'],
].sort((a, b) => b.length - a.length);

export function koreanStem(word: string): string {
  const ending = KOREAN_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 2);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * Dutch Snowball undoubles only -dd, -kk and -tt, so the infinitive and the forms people type
 * apart kept different stems (instellen → instell, stel in → instel; inloggen → inlogg, inlog):
 * any doubled final consonant but -ss (access) is undoubled after it.
 */
export function dutchStem(word: string): string {
  const stem = dutch(word);
  return /([b-df-hj-np-rtv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

const SNOWBALL: Readonly<Record<string, Stemmer>> = { de: german, fr: french, es: spanish, it: italian, pt: portuguese, nl: dutchStem };
const UNSTEMMED: Stemmer = (word) => word;

/** Languages written without spaces between words (or, for Korean, with particles glued on): words come from Intl.Segmenter. */
const SEGMENTED = new Set(['ja', 'zh', 'ko']);

/** How a language's text becomes words: its stemmer, and whether Intl.Segmenter finds the words. */
export interface WordRules {
  stem: Stemmer;
  segmented: boolean;
}

/**
 * The word rules for a BCP 47 tag, by its language subtag ("pt-BR" → Portuguese): Snowball
 * (@orama/stemmers) for the European languages, the light English stemmer for English, the
 * particle stripper for Korean; Japanese and Chinese are segmented and not stemmed.
 */
export function wordRulesFor(tag: string): WordRules {
  const language = tag.toLowerCase().split('-')[0];
  const stem = language === 'en' ? lightEnglishStem : language === 'ko' ? koreanStem : (SNOWBALL[language] ?? UNSTEMMED);
  return { stem, segmented: SEGMENTED.has(language) };
}
