/**
 * 200 KB messages built to make backtracking patterns rescan the text from every position:
 * the unit tests check each is parsed promptly, `npm run bench` prints how long each takes.
 */
export const HOSTILE_TEXT: ReadonlyArray<readonly [name: string, text: string]> = [
  ['"<" × 200k', '<'.repeat(200_000)],
  ['"<at>" × 50k', '<at>'.repeat(50_000)],
  ['"<a" × 100k', '<a'.repeat(100_000)],
  ['"a@" × 100k', 'a@'.repeat(100_000)],
  ['200k spaces, then x', `${' '.repeat(200_000)}x`],
  ['"." × 200k', '.'.repeat(200_000)],
  ['"." × 200k, then x', `${'.'.repeat(200_000)}x`],
  ['", " × 100k, then x', `${', '.repeat(100_000)}x`],
  ['", please" × 25k, then x', `${', please'.repeat(25_000)}x`],
  ['"@x " × 66k', '@x '.repeat(66_000)],
  ['"check work " × 18k', 'check work '.repeat(18_000)],
  ['"use this channel for " and "a " × 100k', `use this channel for ${'a '.repeat(100_000)}`],
  ['"use this channel for " and "a " × 100k, then cases x', `use this channel for ${'a '.repeat(100_000)}cases x`],
  ['<emoji alt=" × 20k', '<emoji alt="'.repeat(20_000)],
  ['"<emoji " × 30k, then alt="x"', `${'<emoji '.repeat(30_000)}alt="x"`],
  ['"👍🏻" × 50k, then x', `${'👍🏻'.repeat(50_000)}x`],
  ['"thanks ok " × 20k', 'thanks ok '.repeat(20_000)],
  ['"check " and "x@@" × 60k', `check ${'x@@'.repeat(60_000)}`],
  // Words no topic uses, each sent to the spelling corrector by an FAQ question.
  ['"zq<n>x " × 30k (unknown words)', Array.from({ length: 30_000 }, (_, i) => `zq${i.toString(36)}x`).join(' ')],
  // Other languages: politeness trimmed from both ends, addresses found against CJK text, segmentation.
  ['"bitte " × 30k, then abbrechen', `${'bitte '.repeat(30_000)}abbrechen`],
  ['"お願いします" × 30k, then x', `${'お願いします'.repeat(30_000)}x`],
  ['"キャンセル" × 40k', 'キャンセル'.repeat(40_000)],
  ['"@あ" × 100k', '@あ'.repeat(100_000)],
  ['"あ" × 200k, then @x.com', `${'あ'.repeat(200_000)}@x.com`],
  ['"테넌트를 " × 40k', '테넌트를 '.repeat(40_000)],
  ['"language " × 20k', 'language '.repeat(20_000)],
  ['"租户" × 100k', '租户'.repeat(100_000)],
];
