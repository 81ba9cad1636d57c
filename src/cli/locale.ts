import { LANGUAGE_TAGS, matchLanguage } from '../domain/language/tags';
import type { Catalog } from '../text/catalog';
import { catalogFor, resolveLanguage } from '../text/languages';

/**
 * The catalog `--locale` asks for: one of the bot's languages or a locale of one (`de`,
 * `de-AT`, `pt-PT`), English without the flag or for a language whose words are not there
 * yet; a problem to print for anything else (a typo would silently mean English).
 */
export function localeWords(locale: string | undefined): Catalog | string {
  if (locale === undefined) return catalogFor('en');
  if (!matchLanguage(locale, LANGUAGE_TAGS)) return `--locale must be one of ${LANGUAGE_TAGS.join(', ')} or a locale of one (such as de-AT), got "${locale}"`;
  return catalogFor(resolveLanguage(locale));
}
