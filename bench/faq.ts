import { performance } from 'node:perf_hooks';
import { CONFIDENCE_THRESHOLD, FaqIndex } from '../src/domain/faq/faqIndex';
import labelled from '../test/data/faq-questions.json';

export interface LabelledQuestion {
  q: string;
  /** The topic that answers it, or null when none does. */
  topic: string | null;
}

export interface FaqQuality {
  questions: number;
  /** Answerable questions whose best-ranked topic is the labelled one. */
  top1Accuracy: number;
  /** All questions answered right at the threshold: the labelled topic, or "not sure" for a null one. */
  answerAccuracy: number;
  /** Answered above the threshold with a wrong topic, or answered a null question. */
  confidentWrongRate: number;
  /** Answered "not sure". */
  abstainRate: number;
}

export const LABELLED_QUESTIONS: readonly LabelledQuestion[] = labelled.questions;

/** Quality of the index on the labelled questions at a given threshold (default: the index's). */
export function evaluateFaq(index: FaqIndex, questions: readonly LabelledQuestion[], threshold = index.threshold): FaqQuality {
  let top1 = 0;
  let answerable = 0;
  let right = 0;
  let confidentWrong = 0;
  let abstained = 0;
  for (const { q, topic } of questions) {
    const best = index.rank(q)[0];
    const answered = best && best.score >= threshold ? best.topic.id : null;
    if (topic !== null) answerable += 1;
    if (topic !== null && best?.topic.id === topic) top1 += 1;
    if (answered === topic) right += 1;
    else if (answered !== null) confidentWrong += 1;
    if (answered === null) abstained += 1;
  }
  const rate = (count: number, of: number) => Number((count / of).toFixed(3));
  return {
    questions: questions.length,
    top1Accuracy: rate(top1, answerable),
    answerAccuracy: rate(right, questions.length),
    confidentWrongRate: rate(confidentWrong, questions.length),
    abstainRate: rate(abstained, questions.length),
  };
}

const SWEEP = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const TIMING_PASSES = 20;

/**
 * FAQ retrieval quality on test/data/faq-questions.json at the chosen threshold, the
 * threshold sweep it was chosen from, and the mean time to answer one question.
 */
export async function benchFaq(): Promise<{ name: string; rows: Array<Record<string, string | number>> }> {
  const buildStarted = performance.now();
  const index = new FaqIndex();
  const buildMs = performance.now() - buildStarted;

  const started = performance.now();
  for (let pass = 0; pass < TIMING_PASSES; pass++) for (const { q } of LABELLED_QUESTIONS) index.answer(q);
  const meanQueryMs = (performance.now() - started) / (TIMING_PASSES * LABELLED_QUESTIONS.length);

  const quality = evaluateFaq(index, LABELLED_QUESTIONS);
  const row = (metric: string, value: string | number) => ({ metric, value });
  return {
    name: `faq: ${quality.questions} labelled questions, threshold ${CONFIDENCE_THRESHOLD}`,
    rows: [
      row('top-1 accuracy (answerable questions)', quality.top1Accuracy),
      row('answer accuracy at threshold (all questions)', quality.answerAccuracy),
      row('confident-wrong rate', quality.confidentWrongRate),
      row('abstain rate', quality.abstainRate),
      row('mean query time (ms)', Number(meanQueryMs.toFixed(3))),
      row('index build time (ms)', Number(buildMs.toFixed(1))),
      ...SWEEP.map((threshold) => {
        const at = evaluateFaq(index, LABELLED_QUESTIONS, threshold);
        return row(`at threshold ${threshold.toFixed(2)}: confident-wrong / abstain / answer accuracy`, `${at.confidentWrongRate} / ${at.abstainRate} / ${at.answerAccuracy}`);
      }),
    ],
  };
}

if (require.main === module) {
  void benchFaq().then(({ name, rows }) => {
    console.log(name);
    console.table(rows);
  });
}
