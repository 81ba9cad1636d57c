import type { FaqAnswer, RankedTopic } from '../domain/faq/faqIndex';
import type { Topic } from '../domain/faq/topics';
import type { Catalog } from '../text/catalog';

/**
 * Chat text in the markdown Teams renders: bold title, the short answer, numbered steps,
 * then the Microsoft pages. Plain enough to read as is on a terminal.
 */
export function renderTopic(topic: Topic): string {
  const parts = [`**${topic.title}**`, topic.shortAnswer];
  if (topic.steps.length > 0) parts.push(topic.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (topic.links.length > 0) parts.push(topic.links.map((link) => `[${link.title}](${link.url})`).join('\n'));
  return parts.join('\n\n');
}

/** What to say when no topic is confident enough: the closest topics, or that there is none. */
export function renderNotSure(words: Catalog, alternatives: readonly RankedTopic[]): string {
  if (alternatives.length === 0) return words.faq.plain.noAnswer;
  return words.faq.plain.didYouMean(alternatives.map((alternative, i) => `${i + 1}. ${alternative.topic.title}`).join('\n'));
}

export function renderAnswer(words: Catalog, answer: FaqAnswer): string {
  return answer.topic ? renderTopic(answer.topic) : renderNotSure(words, answer.alternatives);
}
