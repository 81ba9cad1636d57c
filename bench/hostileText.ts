import { performance } from 'node:perf_hooks';
import { parseAddress } from '../src/domain/address';
import { parseTriageCommand } from '../src/domain/cases/triageCommands';
import { FaqIndex } from '../src/domain/faq/faqIndex';
import { retrieval } from '../src/text/en/retrieval';
import { topicsIn } from '../src/domain/faq/topics';
import { Faq } from '../src/domain/faq/faq';
import { classifyIntent, Intents } from '../src/domain/intents';
import { languageRequest } from '../src/domain/language/request';
import { boundedText, MAX_USER_TEXT } from '../src/domain/userText';
import { catalog } from '../src/text/en';
import { FAQ_LANGUAGES, LANGUAGE_FOLDERS } from '../src/text/languages';
import { HOSTILE_TEXT } from '../test/data/hostileText';
import type { Section } from './report';

const ms = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return Number((performance.now() - started).toFixed(2));
};

/**
 * Milliseconds to read each 200 KB hostile message (test/data/hostileText.ts) as the bot does:
 * the parsers cut it to MAX_USER_TEXT themselves; an FAQ question is cut by the Teams layer.
 */
export async function benchHostileText(): Promise<Section> {
  const faq = new FaqIndex(topicsIn(catalog.topics), { tag: 'en', retrieval });
  const faqs = new Faq(FAQ_LANGUAGES);
  const languages = LANGUAGE_FOLDERS;
  const intents = new Intents(languages);
  return {
    name: `hostile input: ms per 200 KB message (read up to ${MAX_USER_TEXT} characters)`,
    rows: HOSTILE_TEXT.map(([input, text]) => ({
      input,
      classifyIntent: ms(() => classifyIntent(text)),
      'Intents (de chat)': ms(() => intents.classify(text, 'de')),
      languageRequest: ms(() => languageRequest(text, languages)),
      parseTriageCommand: ms(() => parseTriageCommand(text)),
      parseAddress: ms(() => parseAddress(text)),
      'FAQ answer': ms(() => faq.answer(boundedText(text))),
      'Faq (en chat, en + de)': ms(() => faqs.answer(text, { locale: 'en' })),
    })),
  };
}
