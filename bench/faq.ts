import { performance } from 'node:perf_hooks';
import { Faq } from '../src/domain/faq/faq';
import { FaqIndex } from '../src/domain/faq/faqIndex';
import { topicsIn } from '../src/domain/faq/topics';
import { catalog } from '../src/text/en';
import { retrieval } from '../src/text/en/retrieval';
import labelled from '../test/data/faq-questions.json';
import fresh from '../test/data/faq-fresh-questions.json';
import { benchLanguages, questionsOf, type BenchLanguage, type LabelledQuestion, type QuestionItem } from './faqLanguages';

export type { LabelledQuestion };

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

export const LABELLED_QUESTIONS: readonly LabelledQuestion[] = questionsOf(labelled.questions);
/**
 * A second held-out set (test/data/faq-fresh-questions.json), kept apart from the labelled set
 * and never tuned on: "first" was written before the vocabulary and threshold changes and its
 * misses were looked at for them; "third" was written after the last of them and never looked at
 * (a second batch was, and moved to the labelled set).
 */
export const FRESH_QUESTIONS: readonly LabelledQuestion[] = questionsOf(fresh.questions);
export const FRESH_FIRST_QUESTIONS: readonly LabelledQuestion[] = questionsOf(fresh.questions.filter((item: QuestionItem) => item.split === 'first'));
export const FRESH_THIRD_QUESTIONS: readonly LabelledQuestion[] = questionsOf(fresh.questions.filter((item: QuestionItem) => item.split === 'third'));

export const HELD_OUT_QUESTIONS = LABELLED_QUESTIONS.filter((question) => question.split === 'held-out');
export const TUNING_QUESTIONS = LABELLED_QUESTIONS.filter((question) => question.split !== 'held-out');

/** Quality of the index on the labelled questions at a given threshold (default: the index's). */
export function evaluateFaq(index: FaqIndex, questions: readonly LabelledQuestion[], threshold = index.threshold): FaqQuality {
  let top1 = 0;
  let answerable = 0;
  let right = 0;
  let confidentWrong = 0;
  let abstained = 0;
  for (const { q, topic, verdict } of questions) {
    const best = index.rank(q, { verdict })[0];
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

/** Thresholds the sweep and the calibration try. */
export const SWEEP = [0.2, 0.25, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.45, 0.5];
/** The quality goal of every language (issue 18): calibration keeps confidently wrong answers at or under this. */
export const MOST_CONFIDENT_WRONG = 0.03;
const TIMING_PASSES = 20;

const tuningOf = (questions: readonly LabelledQuestion[]) => questions.filter((question) => question.split !== 'held-out');
const heldOutOf = (questions: readonly LabelledQuestion[]) => questions.filter((question) => question.split === 'held-out');

/** A language's index, as the bot builds it from its topic words and retrieval data. */
export function indexOf(language: BenchLanguage): FaqIndex {
  return new FaqIndex(topicsIn(language.topics), language);
}

/**
 * The threshold for a language: on its tuning split, among the swept thresholds whose
 * confident-wrong rate is at most MOST_CONFIDENT_WRONG, the one with the most right answers
 * net of wrong ones (a wrong answer misleads, "not sure" offers choices); the highest of equals,
 * as a small question set flatters low thresholds. Undefined when none qualifies.
 */
export function calibratedThreshold(index: FaqIndex, questions: readonly LabelledQuestion[]): { threshold: number; quality: FaqQuality } | undefined {
  const tuning = tuningOf(questions);
  let best: { threshold: number; quality: FaqQuality } | undefined;
  for (const threshold of SWEEP) {
    const quality = evaluateFaq(index, tuning, threshold);
    if (quality.confidentWrongRate > MOST_CONFIDENT_WRONG) continue;
    const net = (q: FaqQuality) => q.answerAccuracy - q.confidentWrongRate;
    if (!best || net(quality) >= net(best.quality)) best = { threshold, quality };
  }
  return best;
}

type MetricRow = { metric: string; value: string | number };
const row = (metric: string, value: string | number): MetricRow => ({ metric, value });

function figures(index: FaqIndex, label: string, questions: readonly LabelledQuestion[]): MetricRow[] {
  const quality = evaluateFaq(index, questions);
  return [
    row(`${label}: questions (of them no topic answers)`, `${quality.questions} (${questions.filter((q) => q.topic === null).length})`),
    row(`${label}: top-1 accuracy (answerable questions)`, quality.top1Accuracy),
    row(`${label}: answer accuracy at threshold`, quality.answerAccuracy),
    row(`${label}: confident-wrong rate`, quality.confidentWrongRate),
    row(`${label}: abstain rate`, quality.abstainRate),
  ];
}

function sweep(index: FaqIndex, label: string, questions: readonly LabelledQuestion[]): MetricRow[] {
  return SWEEP.map((threshold) => {
    const at = evaluateFaq(index, questions, threshold);
    return row(`${label} at threshold ${threshold.toFixed(2)}: confident-wrong / abstain / answer accuracy`, `${at.confidentWrongRate} / ${at.abstainRate} / ${at.answerAccuracy}`);
  });
}

/**
 * Each language's questions asked in a chat of every other language present (a German
 * question in an English chat): the share read in their own language, and the share the FAQ
 * answers right (topic, or "not sure" for a null one).
 */
function crossLanguage(languages: readonly BenchLanguage[]): MetricRow[] {
  if (languages.length < 2) return [];
  const faq = new Faq(languages);
  return languages.flatMap((language) =>
    languages
      .filter((chat) => chat.tag !== language.tag)
      .map((chat) => {
        let readRight = 0;
        let right = 0;
        for (const { q, topic, verdict } of language.questions) {
          const result = faq.answer(q, { locale: chat.tag, verdict });
          if (result.readIn === language.tag) readRight += 1;
          if (result.topic === topic) right += 1;
        }
        const share = (count: number) => Number((count / language.questions.length).toFixed(3));
        return row(`${language.tag} questions in a ${chat.tag} chat: read in ${language.tag} / answer accuracy`, `${share(readRight)} / ${share(right)}`);
      }),
  );
}

/**
 * FAQ retrieval quality per language present (bench/faqLanguages.ts). For English, on
 * test/data/faq-questions.json for the whole set and each split (the held-out questions say
 * whether the tuning generalises) and on the fresh sets, with the mean time to answer one
 * question; for every other language, on its question file (whole set and held-out split);
 * then each language's threshold sweep on its tuning split, and questions asked in a chat of
 * another language.
 */
export async function benchFaq(): Promise<{ name: string; rows: Array<Record<string, string | number>> }> {
  const buildStarted = performance.now();
  const index = new FaqIndex(topicsIn(catalog.topics), { tag: 'en', retrieval });
  const buildMs = performance.now() - buildStarted;

  const started = performance.now();
  for (let pass = 0; pass < TIMING_PASSES; pass++) for (const { q, verdict } of LABELLED_QUESTIONS) index.answer(q, { verdict });
  const meanQueryMs = (performance.now() - started) / (TIMING_PASSES * LABELLED_QUESTIONS.length);

  const others = (await benchLanguages()).filter((language) => language.tag !== 'en');
  const otherRows = others.flatMap((language) => {
    const languageIndex = indexOf(language);
    const label = `${language.tag} (threshold ${language.retrieval.threshold}, topic words: ${language.topicWordsFrom})`;
    return [...figures(languageIndex, `${label}: all`, language.questions), ...figures(languageIndex, `${language.tag}: held-out split`, heldOutOf(language.questions))];
  });
  const sweeps = [
    ...sweep(index, 'en: tuning split', TUNING_QUESTIONS),
    ...others.flatMap((language) => sweep(indexOf(language), `${language.tag}: tuning split`, tuningOf(language.questions))),
  ];
  return {
    name: `faq: ${LABELLED_QUESTIONS.length} labelled English questions (${HELD_OUT_QUESTIONS.length} held out), threshold ${retrieval.threshold}; languages ${['en', ...others.map((l) => l.tag)].join(', ')}`,
    rows: [
      ...figures(index, 'all', LABELLED_QUESTIONS),
      ...figures(index, 'tuning split', TUNING_QUESTIONS),
      ...figures(index, 'held-out split', HELD_OUT_QUESTIONS),
      ...figures(index, 'fresh set, first batch (misses looked at)', FRESH_FIRST_QUESTIONS),
      ...figures(index, 'fresh set, third batch (never looked at)', FRESH_THIRD_QUESTIONS),
      row('mean query time (ms)', Number(meanQueryMs.toFixed(3))),
      row('index build time (ms)', Number(buildMs.toFixed(1))),
      ...otherRows,
      ...sweeps,
      ...crossLanguage([{ tag: 'en', retrieval, topics: catalog.topics, topicWordsFrom: 'own catalog', questions: LABELLED_QUESTIONS }, ...others]),
    ],
  };
}

if (require.main === module) {
  void benchFaq().then(({ name, rows }) => {
    console.log(name);
    console.table(rows);
  });
}
