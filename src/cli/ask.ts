import { FaqIndex } from '../domain/faq/faqIndex';
import { topicsIn } from '../domain/faq/topics';
import { catalogFor } from '../text/languages';
import { renderAnswer } from './faqAnswer';
import type { CliIo } from './main';

const USAGE = 'usage: vlsa ask "<question>" [--json]\n\nAnswers a question from the VLSC and VL Central MFA guidance.';

/** `vlsa ask "<question>" [--json]`: the FAQ answer the bot would give. */
export const command = {
  summary: 'Answer a free-text question from the guidance',
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const json = args.includes('--json');
    const words = args.filter((arg) => arg !== '--json');
    const unknown = words.find((arg) => arg.startsWith('--'));
    const question = words.join(' ').trim();
    if (unknown || question === '') {
      io.err(unknown ? `vlsa ask: unknown option ${unknown}` : 'vlsa ask: a question is required');
      io.err(USAGE);
      return 2;
    }
    const english = catalogFor('en');
    const answer = new FaqIndex(topicsIn(english.topics)).answer(question);
    const text = renderAnswer(english, answer);
    if (!json) {
      io.out(text);
      return 0;
    }
    const alternatives = answer.alternatives.map(({ topic, score }) => ({ topic: topic.id, title: topic.title, score }));
    io.out(JSON.stringify({ topic: answer.topic?.id ?? null, score: answer.score, answer: text, alternatives }, null, 2));
    return 0;
  },
};
