import MiniSearch from 'minisearch';
import type { LanguageRetrieval } from '../language/words';
import type { Verdict } from '../verdicts';
import { TextAnalyser, type Corrector } from './textNormaliser';
import type { Topic } from './topics';

/** A topic with how confident the index is that it answers the question, in [0, 1]. */
export interface RankedTopic {
  topic: Topic;
  score: number;
}

export interface FaqAnswer {
  /** The answering topic, or null when no topic reaches the threshold ("not sure"). */
  topic: Topic | null;
  /** Confidence in the best-ranked topic, in [0, 1], whether or not it reached the threshold. */
  score: number;
  /** The three most confident topics, most confident first. */
  alternatives: RankedTopic[];
}

/** What the bot knows about the person asking, beyond the question. */
export interface FaqContext {
  /** The verdict of their last check, when they made one. */
  verdict?: Verdict;
}

/** The language an index reads questions in: its BCP 47 tag and its retrieval data (src/text/<tag>/retrieval.ts). */
export interface IndexLanguage {
  tag: string;
  retrieval: LanguageRetrieval;
}

const ALTERNATIVES = 3;

/**
 * How retrieval weighs a topic written for particular verdicts (see Topic.verdicts) when the
 * asker's last verdict is known: double when it is one of them, half when it is not (that
 * topic is about someone else's situation). Topics for everyone are not weighed.
 */
const FOR_THIS_VERDICT = 2;
const FOR_OTHER_VERDICTS = 0.5;

/**
 * Confidence left to a question that names nothing the guidance is about (no VLSC, MFA,
 * tenant, account, sign-in …): "how do I reset my laptop password" shares words with the
 * answers, not their subject.
 */
const OFF_TOPIC_FACTOR = 0.5;

/** How people ask counts more than what an answer happens to mention. */
const FIELD_BOOST = { question: 2, keywords: 1, answer: 1 };

/**
 * One searchable entry: each way of asking a topic (its title and each phrasing) is an
 * entry of its own, so a question is matched against the closest phrasing rather than
 * against all of them diluted together; the answer text and keywords make one more entry.
 */
interface Entry {
  id: string;
  topicId: string;
  question?: string;
  keywords?: string;
  answer?: string;
}

interface TopicMatch {
  topicId: string;
  /** Best phrasing's score plus the answer entry's score. */
  score: number;
  /** The question's terms that any entry of the topic matched. */
  queryTerms: Set<string>;
}

export class FaqIndex {
  private readonly search: MiniSearch<Entry>;
  private readonly byId: Map<string, Topic>;
  /** Inverse topic frequency of each term: how much a matched word says about the topic. */
  private readonly weights: Map<string, number>;
  private readonly unknownWeight: number;
  private readonly correct: Corrector;
  private readonly analyser: TextAnalyser;
  /** Below this confidence the answer is "not sure": the language's, calibrated on its questions. */
  readonly threshold: number;

  /** `topics`: in the words of `language` (topicsIn with its catalog's words), indexed with its retrieval data. */
  constructor(topics: readonly Topic[], language: IndexLanguage) {
    const { retrieval } = language;
    this.threshold = retrieval.threshold;
    this.analyser = new TextAnalyser(language.tag, retrieval);
    const indexed = topics.map((topic) => ({ topic, phrasings: retrieval.phrasings[topic.id], keywords: retrieval.keywords[topic.id] }));
    this.byId = new Map(topics.map((topic) => [topic.id, topic]));
    this.correct = this.analyser.spellingCorrector(indexed.map(indexedText));
    this.search = new MiniSearch<Entry>({
      fields: Object.keys(FIELD_BOOST),
      storeFields: ['topicId'],
      tokenize: (text) => this.analyser.analyse(text),
      processTerm: (term) => term,
      searchOptions: {
        boost: FIELD_BOOST,
        tokenize: (text) => this.analyser.analyse(text, this.correct),
        // Typos the corrector left: one edit in terms of 5+ letters, two from 10; prefixes from 4.
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        prefix: (term) => term.length >= 4,
        combineWith: 'OR',
      },
    });
    this.search.addAll(indexed.flatMap(entriesOf));

    const frequency = this.topicFrequency(indexed);
    const idf = (topicCount: number) => Math.log(1 + topics.length / topicCount);
    this.weights = new Map([...frequency].map(([term, count]) => [term, idf(count)]));
    // A word no topic uses weighs as much as the rarest one: it is likely what the question is about.
    this.unknownWeight = idf(1);
  }

  /** The best topic when confident enough, else null; always the alternatives to offer. */
  answer(question: string, context: FaqContext = {}): FaqAnswer {
    const ranked = this.rank(question, context);
    const best = ranked[0];
    return {
      topic: best && best.score >= this.threshold ? best.topic : null,
      score: best?.score ?? 0,
      alternatives: ranked.slice(0, ALTERNATIVES),
    };
  }

  /**
   * Every matching topic, most confident first. A confidence multiplies two shares in
   * [0, 1]: coverage, the part of the question (words weighted by rarity) the topic
   * matches; and dominance, its retrieval score over its own plus its strongest rival's
   * (1 when alone, 0.5 in a tie, under 0.5 for all but the first). Retrieval weighs topics
   * by the asker's last verdict; a question naming nothing of the domain keeps only part
   * of its confidence.
   */
  rank(question: string, context: FaqContext = {}): RankedTopic[] {
    const terms = new Set(this.analyser.analyse(question, this.correct));
    if (terms.size === 0) return [];
    const questionWeight = this.weightOf(terms);
    const onTopic = [...terms].some((term) => this.analyser.isDomainTerm(term)) ? 1 : OFF_TOPIC_FACTOR;
    const matches = this.topicMatches(question, context);
    const ranked = matches.map((match, i) => {
      const rival = i === 0 ? (matches[1]?.score ?? 0) : matches[0].score;
      const coverage = this.weightOf(match.queryTerms) / questionWeight;
      const dominance = match.score / (match.score + rival);
      return { topic: this.topicById(match.topicId), score: round(coverage * dominance * onTopic) };
    });
    // Stable: equal confidences keep retrieval order.
    return ranked.sort((a, b) => b.score - a.score);
  }

  private topicMatches(question: string, context: FaqContext): TopicMatch[] {
    const best = new Map<string, number>();
    const answer = new Map<string, number>();
    const queryTerms = new Map<string, Set<string>>();
    for (const result of this.search.search(question)) {
      const topicId = String(result.topicId);
      if (String(result.id).endsWith('#answer')) answer.set(topicId, result.score);
      else best.set(topicId, Math.max(best.get(topicId) ?? 0, result.score));
      queryTerms.set(topicId, new Set([...(queryTerms.get(topicId) ?? []), ...result.queryTerms]));
    }
    const boost = (topicId: string) => {
      const written = this.topicById(topicId).verdicts;
      if (!context.verdict || !written) return 1;
      return written.includes(context.verdict) ? FOR_THIS_VERDICT : FOR_OTHER_VERDICTS;
    };
    return [...queryTerms]
      .map(([topicId, terms]) => ({ topicId, score: ((best.get(topicId) ?? 0) + (answer.get(topicId) ?? 0)) * boost(topicId), queryTerms: terms }))
      .sort((a, b) => b.score - a.score);
  }

  private weightOf(terms: Set<string>): number {
    let sum = 0;
    for (const term of terms) sum += this.weights.get(term) ?? this.unknownWeight;
    return sum;
  }

  /** The topic with that id, when there is one (a card's button names it). */
  topic(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  private topicById(id: string): Topic {
    const topic = this.byId.get(id);
    if (!topic) throw new Error(`FAQ index returned unknown topic ${id}`);
    return topic;
  }

  /** In how many topics each term occurs. */
  private topicFrequency(indexed: readonly IndexedTopic[]): Map<string, number> {
    const frequency = new Map<string, number>();
    for (const topic of indexed) {
      for (const term of new Set(this.analyser.analyse(indexedText(topic)))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    return frequency;
  }
}

/** A topic's words with the ways its language asks it. */
interface IndexedTopic {
  topic: Topic;
  phrasings: readonly string[];
  keywords: readonly string[];
}

function entriesOf({ topic, phrasings, keywords }: IndexedTopic): Entry[] {
  const questions = [topic.title, ...phrasings].map((question, i) => ({ id: `${topic.id}#${i}`, topicId: topic.id, question }));
  const answer = { id: `${topic.id}#answer`, topicId: topic.id, keywords: keywords.join('\n'), answer: [topic.shortAnswer, ...topic.steps].join('\n') };
  return [...questions, answer];
}

function indexedText({ topic, phrasings, keywords }: IndexedTopic): string {
  return [topic.title, topic.shortAnswer, ...topic.steps, ...phrasings, ...keywords].join('\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
