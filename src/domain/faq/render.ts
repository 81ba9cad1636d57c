import type { FaqAnswer, RankedTopic } from './faqIndex';
import type { Topic } from './topics';

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
export function renderNotSure(alternatives: readonly RankedTopic[]): string {
  if (alternatives.length === 0) {
    return 'Sorry, I don’t have an answer to that. Type **help** to see what I can do.';
  }
  const options = alternatives.map((alternative, i) => `${i + 1}. ${alternative.topic.title}`).join('\n');
  return `I’m not sure I understood. Did you mean one of these?\n\n${options}\n\nAsk again in other words, or type **help** to see what I can do.`;
}

export function renderAnswer(answer: FaqAnswer): string {
  return answer.topic ? renderTopic(answer.topic) : renderNotSure(answer.alternatives);
}
