import type { TurnContext } from 'botbuilder';
import { languageRequest, type LanguageRequest } from '../../../domain/language/request';
import { isLanguageTag } from '../../../domain/language/tags';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import { ENDONYMS, LANGUAGES, languageNamings, type LanguageTag } from '../../../text/languages';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { chooserOf, useLanguage, wordsOf } from '../../kit/language';
import { onSubmit, type BotApp } from '../../kit/verbs';
import { languageCard } from './languageCard';
import { LANGUAGE_VERBS } from './verbs';

export interface LanguageDeps {
  languages: LanguageChoices;
}

/** A typed language request ("language: français", "Sprache Deutsch", "language auto"), from the whole message. */
function typedRequest(context: TurnContext): LanguageRequest | undefined {
  const { text } = context.activity;
  return typeof text === 'string' ? languageRequest(text, languageNamings()) : undefined;
}

/**
 * The language the bot answers a person in, kept per person: a language they name is kept
 * and answered in straight away; "auto" hands the choice back to Teams' locale; a language
 * the bot does not speak (yet) gets the languages it does.
 */
export function register(app: BotApp, deps: LanguageDeps): void {
  const choose = async (context: TurnContext, request: LanguageRequest): Promise<void> => {
    const person = chooserOf(context);
    if (request.tag === 'auto') {
      await deps.languages.clear(person.tenantId, person.aadObjectId);
      const tag = useLanguage(context, context.activity.locale);
      await context.sendActivity(wordsOf(context).language.followingTeams(ENDONYMS[tag]));
      return;
    }
    const words = wordsOf(context);
    if (request.tag === 'unknown') {
      await context.sendActivity({ attachments: [renderCard('guide', languageCard(words, request.said ? words.language.unknown(request.said) : ''))] });
      return;
    }
    if (!LANGUAGES.includes(request.tag)) {
      await context.sendActivity({ attachments: [renderCard('guide', languageCard(words, words.language.unavailable(ENDONYMS[request.tag])))] });
      return;
    }
    await deps.languages.set(person.tenantId, person.aadObjectId, request.tag);
    useLanguage(context, request.tag);
    await context.sendActivity(wordsOf(context).language.changed(ENDONYMS[request.tag]));
  };

  const onPicked = async (context: TurnContext): Promise<void> => {
    const { tag } = (context.activity.value ?? {}) as SubmitData;
    if (tag !== 'auto' && !isLanguageTag(tag)) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    await choose(context, { tag: tag as LanguageTag | 'auto' });
  };

  app.message(async (context) => typedRequest(context) !== undefined, async (context) => choose(context, typedRequest(context) as LanguageRequest));
  onSubmit(app, LANGUAGE_VERBS.choose, onPicked);
}
