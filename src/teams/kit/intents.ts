import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Intents, type Intent } from '../../domain/intents';
import { wellFormedLocale } from '../../domain/language/tags';
import { boundedText } from '../../domain/userText';
import { LANGUAGE_FOLDERS, resolveLanguage } from '../../text/languages';
import { languageOf } from './language';

const KEY = Symbol('vlsa.intent');

/** The words of every language's controls, read once: cancel, help and restart work in any of them. */
const INTENTS = new Intents(LANGUAGE_FOLDERS);

/**
 * Cuts the typed text of the activity to MAX_USER_TEXT characters, before any route reads
 * it: the intent, a triage command, a waiting question's answer or an FAQ question; and keeps
 * the locale only when it is a well-formed tag.
 */
export function boundUserText(context: TurnContext): void {
  const { text } = context.activity;
  if (typeof text === 'string') context.activity.text = boundedText(text);
  // The locale picks the turn's words and goes back out on every reply: a well-formed tag or none.
  context.activity.locale = wellFormedLocale(context.activity.locale);
}

/** The intent of a typed message, classified once per turn. */
export function intentOf(context: TurnContext): Intent | undefined {
  const { type, text } = context.activity;
  if (type !== ActivityTypes.Message || typeof text !== 'string' || !text.trim()) return undefined;
  let found = context.turnState.get(KEY) as Intent | undefined;
  if (!found) {
    const language = languageOf(context);
    found = INTENTS.classify(text, language);
    // A command picked from Teams' menu arrives as its title in the Teams client's language,
    // which is not the turn's when the person chose another language in the bot.
    const clientLanguage = resolveLanguage(context.activity.locale);
    if (found.kind === 'question' && clientLanguage !== language) {
      const inClientLanguage = INTENTS.classify(text, clientLanguage);
      if (inClientLanguage.kind !== 'question') found = inClientLanguage;
    }
    context.turnState.set(KEY, found);
  }
  return found;
}

/** A route selector for one kind of intent (anchored patterns live in the domain). */
export function intent(kind: Intent['kind']): (context: TurnContext) => Promise<boolean> {
  return async (context) => intentOf(context)?.kind === kind;
}
