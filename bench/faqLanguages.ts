import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaqLanguage } from '../src/domain/faq/faq';
import type { TopicWords } from '../src/domain/faq/topics';
import type { LanguageRetrieval } from '../src/domain/language/words';
import { VERDICTS, type Verdict } from '../src/domain/verdicts';
import { catalog } from '../src/text/en';

export interface LabelledQuestion {
  q: string;
  /** The topic that answers it, or null when none does. */
  topic: string | null;
  /** The verdict of the asker's last check, when the question is asked after one. */
  verdict?: Verdict;
  /** 'held-out': written after the tuning and never used for it, only to measure it. */
  split?: 'held-out';
}

export type QuestionItem = { q: string; topic: string | null; verdict?: string; split?: string };

function isVerdict(value: unknown): value is Verdict {
  return VERDICTS.some((verdict) => verdict === value);
}

export function questionsOf(items: readonly QuestionItem[]): LabelledQuestion[] {
  return items.map((item) => ({
    q: item.q,
    topic: item.topic,
    ...(isVerdict(item.verdict) ? { verdict: item.verdict } : {}),
    ...(item.split === 'held-out' ? { split: 'held-out' as const } : {}),
  }));
}

/** A language the bench measures: its retrieval data, the topic words it indexes, and its labelled questions. */
export interface BenchLanguage extends FaqLanguage {
  questions: readonly LabelledQuestion[];
  /** Whose words its topics are in: its own catalog, or English until its catalog has topics. */
  topicWordsFrom: 'own catalog' | 'English catalog';
}

const TEXT_DIR = join(__dirname, '..', 'src', 'text');
const DATA_DIR = join(__dirname, '..', 'test', 'data');

/** English's questions are test/data/faq-questions.json; every other language's, faq-questions.<tag>.json. */
export function questionFileOf(tag: string): string {
  return join(DATA_DIR, tag === 'en' ? 'faq-questions.json' : `faq-questions.${tag}.json`);
}

/**
 * Every language present: a folder src/text/<tag>/ with a retrieval.ts, and a question file.
 * Its topics are in its catalog's words (the `catalog` its index.ts exports); a language whose
 * catalog is not written yet is indexed with the English catalog's words and its own
 * phrasings, keywords and synonyms, which is what carries it.
 */
export async function benchLanguages(): Promise<BenchLanguage[]> {
  const tags = readdirSync(TEXT_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(TEXT_DIR, entry.name, 'retrieval.ts')) && existsSync(questionFileOf(entry.name)))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  return Promise.all(
    tags.map(async (tag) => {
      const { retrieval } = (await import(join(TEXT_DIR, tag, 'retrieval.ts'))) as { retrieval: LanguageRetrieval };
      const own = tag === 'en' ? catalog.topics : await catalogTopics(tag);
      const file = JSON.parse(readFileSync(questionFileOf(tag), 'utf8')) as { questions: QuestionItem[] };
      return { tag, retrieval, topics: own ?? catalog.topics, topicWordsFrom: own ? 'own catalog' : 'English catalog', questions: questionsOf(file.questions) } as const;
    }),
  );
}

async function catalogTopics(tag: string): Promise<TopicWords | undefined> {
  const index = join(TEXT_DIR, tag, 'index.ts');
  if (!existsSync(index)) return undefined;
  const module = (await import(index)) as { catalog?: { topics?: TopicWords } };
  return module.catalog?.topics;
}
