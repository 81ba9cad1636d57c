import { answerIn, Faq } from '../domain/faq/faq';
import { topicsIn } from '../domain/faq/topics';
import { wellFormedLocale } from '../domain/language/tags';
import { catalogFor, FAQ_LANGUAGES, resolveLanguage } from '../text/languages';
import { renderAnswer } from './faqAnswer';
import type { CliIo } from './main';

const USAGE = [
  'usage: vlsa ask [--locale <tag>] "<question>" [--json]',
  '',
  'Answers a question from the VLSC and VL Central MFA guidance. The question is read in the language it is',
  'written in when that is clearly another than --locale (default en); the answer is shown in --locale.',
].join('\n');

/** A BCP 47 tag as --locale takes it ("de", "de-AT", "pt-BR", "zh-CN"). */

/** `vlsa ask [--locale <tag>] "<question>" [--json]`: the FAQ answer the bot would give in that locale. */
export const command = {
  summary: 'Answer a free-text question from the guidance',
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const parsed = parseArgs(args);
    if ('error' in parsed) {
      io.err(`vlsa ask: ${parsed.error}`);
      io.err(USAGE);
      return 2;
    }
    const shownIn = resolveLanguage(parsed.locale);
    const words = catalogFor(shownIn);
    const result = new Faq(FAQ_LANGUAGES).answer(parsed.question, { locale: shownIn });
    const answer = answerIn(result, topicsIn(words.topics));
    const text = renderAnswer(words, answer);
    if (!parsed.json) {
      io.out(text);
      return 0;
    }
    const alternatives = answer.alternatives.map(({ topic, score }) => ({ topic: topic.id, title: topic.title, score }));
    io.out(JSON.stringify({ topic: result.topic, score: result.score, answer: text, alternatives, locale: shownIn, readIn: result.readIn }, null, 2));
    return 0;
  },
};

function parseArgs(args: string[]): { question: string; locale: string; json: boolean } | { error: string } {
  let locale = 'en';
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? args[++i] : arg.slice('--locale='.length);
      if (!value || !wellFormedLocale(value)) return { error: `--locale needs a language tag such as de or pt-BR${value ? `, not "${value}"` : ''}` };
      locale = value;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else words.push(arg);
  }
  const question = words.join(' ').trim();
  return question === '' ? { error: 'a question is required' } : { question, locale, json };
}
