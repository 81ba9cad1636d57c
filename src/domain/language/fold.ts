/** Accents of Latin letters (after NFD): "prufen" meets "prüfen"; kana voicing marks and Hangul are left whole. */
const LATIN_ACCENT = /(?<=\p{Script=Latin})\p{M}+/gu;
const LIGATURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ß/g, 'ss'],
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
];

/** Zero-width and bidi controls (Unicode Cf): they change no word, and can turn text shown back around. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * How typed words are compared in every language: format characters dropped, NFKC (full-width
 * ＭＦＡ is MFA), lower case, Latin accents folded, ß → ss. People type without accents;
 * Japanese and Korean keep theirs.
 */
export function foldedText(text: string): string {
  let folded = text.replace(FORMAT_CHARACTERS, '').normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_ACCENT, '').normalize('NFC');
  for (const [letter, spelled] of LIGATURES) folded = folded.replace(letter, spelled);
  return folded;
}
