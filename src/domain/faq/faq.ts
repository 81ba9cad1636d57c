import { languageOfQuestion, otherHanReading } from '../language/detect';
import { closestTag } from '../language/tags';
import type { LanguageRetrieval } from '../language/words';
import { boundedText } from '../userText';
import { FaqIndex, type FaqAnswer, type FaqContext } from './faqIndex';
import { topicsIn, type Topic, type TopicId, type TopicWords } from './topics';

/** One language the FAQ reads questions in: its tag, its catalog's topic words (TEXT.topics) and its retrieval data. */
export interface FaqLanguage {
  tag: string;
  topics: TopicWords;
  retrieval: LanguageRetrieval;
}

/** What the asker's turn says: the locale Teams (or a choice) gives, and the verdict of their last check. */
export interface FaqAsking extends FaqContext {
  locale?: string;
}

/** An answer as topic ids, the same in every language: the caller shows them in the person's words (answerIn). */
export interface FaqResult {
  /** The answering topic, or null when none reaches the threshold of the language read in. */
  topic: TopicId | null;
  score: number;
  alternatives: ReadonlyArray<{ topic: TopicId; score: number }>;
  /** The language the question was read in: the locale's, or the one it is clearly written in. */
  readIn: string;
}

/**
 * The FAQ in every language: one index per language, each from that language's topic words
 * and retrieval data, with its own threshold. A question is read in the locale's language,
 * unless it is clearly written in another of them (a German question in an English chat).
 */
export class Faq {
  private readonly indexes: ReadonlyMap<string, FaqIndex>;
  private readonly tags: readonly string[];

  constructor(languages: readonly FaqLanguage[]) {
    if (languages.length === 0) throw new Error('Faq needs at least one language');
    this.indexes = new Map(languages.map((language) => [language.tag, new FaqIndex(topicsIn(language.topics), language)]));
    this.tags = languages.map((language) => language.tag);
  }

  answer(question: string, asking: FaqAsking = {}): FaqResult {
    const text = boundedText(question);
    const first = languageOfQuestion(text, this.tags, this.languageFor(asking.locale));
    const other = otherHanReading(text, this.tags, first);
    // Han characters without kana read both ways: the reading that clears its own threshold by more wins.
    const [readIn, { topic, score, alternatives }] = [first, ...(other ? [other] : [])]
      .map((tag) => [tag, this.index(tag).answer(text, asking)] as const)
      .reduce((best, next) => (this.margin(next[0], next[1].score) > this.margin(best[0], best[1].score) && next[1].topic ? next : best));
    return { topic: topic?.id ?? null, score, alternatives: alternatives.map((ranked) => ({ topic: ranked.topic.id, score: ranked.score })), readIn };
  }

  /** How far a score is above (or below) the threshold of the language it was read in, as a ratio. */
  private margin(tag: string, score: number): number {
    return score / this.index(tag).threshold;
  }

  /** The language that serves a locale: the same tag, else the same language ("de-AT" → "de"), else English. */
  languageFor(locale: string | undefined): string {
    return closestTag(locale, this.tags);
  }

  /** The index of the language serving `locale`. */
  index(locale: string | undefined): FaqIndex {
    const index = this.indexes.get(this.languageFor(locale));
    if (!index) throw new Error(`no FAQ index for ${locale}`);
    return index;
  }
}

/** A result in the words of `topics` (topicsIn with the person's catalog), for the cards that show it. */
export function answerIn(result: FaqResult, topics: readonly Topic[]): FaqAnswer {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const shown = (id: TopicId) => {
    const topic = byId.get(id);
    if (!topic) throw new Error(`no words for topic ${id}`);
    return topic;
  };
  return {
    topic: result.topic ? shown(result.topic) : null,
    score: result.score,
    alternatives: result.alternatives.map((ranked) => ({ topic: shown(ranked.topic), score: ranked.score })),
  };
}
