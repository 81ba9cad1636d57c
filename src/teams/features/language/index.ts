import type { TurnContext } from 'botbuilder';
import { languageRequest, type LanguageRequest } from '../../../domain/language/request';
import { isLanguageTag } from '../../../domain/language/tags';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import { ENDONYMS, LANGUAGE_FOLDERS, LANGUAGES, type LanguageTag } from '../../../text/languages';
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
  return typeof text === 'string' ? languageRequest(text, LANGUAGE_FOLDERS) : undefined;
}

/**
 * The language the bot answers a person in, kept per person: a language they name is kept
 * and answered in straight away; "auto" hands the choice back to Teams' locale; a language
 * the bot does not speak (yet) gets the languages it does.
 */
export function register(app: BotApp, deps: LanguageDeps): void {
  const choose = async (context: TurnContext, request: LanguageRequest): Promise<void> => {
    const person = chooserOf(context);
    if (request.kind === 'auto') {
      await deps.languages.clear(person.tenantId, person.aadObjectId);
      const tag = useLanguage(context, context.activity.locale);
      await context.sendActivity(wordsOf(context).language.followingTeams(ENDONYMS[tag]));
      return;
    }
    const words = wordsOf(context);
    const tag = request.kind === 'choose' ? LANGUAGES.find((known) => known === request.tag) : undefined;
    if (!tag) {
      const said = request.kind === 'unknown' ? request.name : '';
      await context.sendActivity({ attachments: [renderCard('guide', languageCard(words, said ? words.language.unknown(said) : ''))] });
      return;
    }
    await deps.languages.set(person.tenantId, person.aadObjectId, tag);
    useLanguage(context, tag);
    await context.sendActivity(wordsOf(context).language.changed(ENDONYMS[tag]));
  };

  const onPicked = async (context: TurnContext): Promise<void> => {
    const { tag } = (context.activity.value ?? {}) as SubmitData;
    if (tag !== 'auto' && !isLanguageTag(tag)) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    await choose(context, tag === 'auto' ? { kind: 'auto' } : { kind: 'choose', tag: tag as LanguageTag });
  };

  app.message(async (context) => typedRequest(context) !== undefined, async (context) => choose(context, typedRequest(context) as LanguageRequest));
  onSubmit(app, LANGUAGE_VERBS.choose, onPicked);
}
