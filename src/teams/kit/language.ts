import type { TurnContext } from 'botbuilder';
import type { LanguageChoices } from '../../domain/stores/languageChoices';
import type { Catalog } from '../../text/catalog';
import { catalogFor, resolveLanguage, type LanguageTag } from '../../text/languages';
import { tenantOf } from './scope';

const KEY = Symbol('vlsa.language');

/** The language of one turn: its tag, the locale it came from, and its words. */
interface TurnLanguage {
  tag: LanguageTag;
  locale?: string;
  words: Catalog;
}

/** Whose language choice a turn reads: the sender, by tenant (none: '') and AAD object id (else their Teams id). */
export function chooserOf(context: TurnContext): { tenantId: string; aadObjectId: string } {
  const from = context.activity.from;
  return { tenantId: tenantOf(context) ?? '', aadObjectId: from?.aadObjectId ?? from?.id ?? '' };
}

/**
 * What someone reads: their stored choice, else `locale` (Teams' locale of their turn, or the
 * one last seen from them for a message sent later), else English.
 */
export async function localeFor(choices: LanguageChoices, person: { tenantId: string; aadObjectId: string }, locale: string | undefined): Promise<string | undefined> {
  return (await choices.get(person.tenantId, person.aadObjectId)) ?? locale;
}

/** Makes `locale`'s language the turn's from now on (the language command answers in the one just chosen). */
export function useLanguage(context: TurnContext, locale: string | undefined): LanguageTag {
  const tag = resolveLanguage(locale);
  context.turnState.set(KEY, { tag, locale, words: catalogFor(tag) } satisfies TurnLanguage);
  return tag;
}

/**
 * Settles the turn's language before any route runs: the person's stored choice, else the
 * activity's locale (Teams sends it on messages and invokes; a conversationUpdate often has
 * none, so a welcome is in English until the first message), else English.
 */
export async function settleLanguage(context: TurnContext, choices: LanguageChoices): Promise<void> {
  useLanguage(context, await localeFor(choices, chooserOf(context), context.activity.locale));
}

/** The turn's language; a turn nothing settled (refused before it got that far) speaks its activity's locale. */
function turnLanguage(context: TurnContext): TurnLanguage {
  const settled = context.turnState.get(KEY) as TurnLanguage | undefined;
  if (settled) return settled;
  useLanguage(context, context.activity.locale);
  return context.turnState.get(KEY) as TurnLanguage;
}

/** The words of this turn's replies. */
export function wordsOf(context: TurnContext): Catalog {
  return turnLanguage(context).words;
}

export function languageOf(context: TurnContext): LanguageTag {
  return turnLanguage(context).tag;
}

/**
 * The locale this turn's language came from (a stored choice's tag, or Teams' locale): kept
 * with what the bot later writes about (a channel routed, a case opened), so those messages
 * speak it, and pick up a language whose folder arrives later.
 */
export function localeOf(context: TurnContext): string | undefined {
  return turnLanguage(context).locale;
}

/** The words for a locale, outside any turn (a case card for a channel, a notification). */
export function wordsForLocale(locale: string | undefined): Catalog {
  return catalogFor(resolveLanguage(locale));
}
