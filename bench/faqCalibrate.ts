import { calibratedThreshold, evaluateFaq, indexOf, MOST_CONFIDENT_WRONG } from './faq';
import { benchLanguages } from './faqLanguages';

/**
 * `npx tsx bench/faqCalibrate.ts [tag …]`: for each language present (or those named), the
 * threshold its retrieval.ts should have: the best answer accuracy on its tuning split with
 * confidently wrong answers at most MOST_CONFIDENT_WRONG; then the held-out figures at it, to
 * look at once, not to tune on.
 */
async function main(tags: readonly string[]): Promise<number> {
  const languages = (await benchLanguages()).filter((language) => tags.length === 0 || tags.includes(language.tag));
  if (languages.length === 0) {
    console.error(`no language present among ${tags.join(', ')} (a language needs src/text/<tag>/retrieval.ts and its question file)`);
    return 2;
  }
  const rows = languages.map((language) => {
    const index = indexOf(language);
    const best = calibratedThreshold(index, language.questions);
    const heldOut = language.questions.filter((question) => question.split === 'held-out');
    const atBest = best && heldOut.length > 0 ? evaluateFaq(index, heldOut, best.threshold) : undefined;
    return {
      language: language.tag,
      current: language.retrieval.threshold,
      recommended: best?.threshold ?? `none at ≤ ${MOST_CONFIDENT_WRONG * 100}% confident-wrong`,
      'tuning: top-1 / answer accuracy / confident-wrong': best ? `${best.quality.top1Accuracy} / ${best.quality.answerAccuracy} / ${best.quality.confidentWrongRate}` : '',
      'held-out at it: top-1 / confident-wrong': atBest ? `${atBest.top1Accuracy} / ${atBest.confidentWrongRate}` : '',
    };
  });
  console.table(rows);
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
