import { LANGUAGE_TAGS, matchLanguage, type LanguageTag } from '../domain/language/tags';
import type { IntentWords } from '../domain/language/words';
import type { Catalog } from './catalog';
import * as en from './en';

export { ENDONYMS, LANGUAGE_TAGS, type LanguageTag } from '../domain/language/tags';

/** What a language folder src/text/<tag>/ exports: its catalog and, once its index exports them, its intent words. */
interface LanguageFolder {
  catalog: Catalog;
  intents?: Pick<IntentWords, 'names' | 'languageWords'>;
}

/**
 * The language folders present. Adding a language is its import above and its tag here
 * (`import * as de from './de';` then `de,`); a language of LANGUAGE_TAGS without a folder is
 * simply not offered yet, and whatever asks for it gets English.
 */
const FOLDERS: { en: LanguageFolder } & Partial<Record<LanguageTag, LanguageFolder>> = { en };

/** The languages the bot can answer in now, in LANGUAGE_TAGS order. */
export const LANGUAGES: readonly LanguageTag[] = LANGUAGE_TAGS.filter((tag) => FOLDERS[tag] !== undefined);

/** The words of `tag`; English for a language whose folder is not there (yet). */
export function catalogFor(tag: LanguageTag): Catalog {
  return (FOLDERS[tag] ?? FOLDERS.en).catalog;
}

/**
 * The language for a locale (Teams' `de-DE`, a setting, `--locale`): the same tag, else the
 * same language (`de-AT` → `de`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`, `es-419` → `es`), among
 * the languages present, case-insensitive; else English.
 */
export function resolveLanguage(locale?: string): LanguageTag {
  return matchLanguage(locale, LANGUAGES) ?? 'en';
}

/** The words each present language gives for naming languages (its intents.ts), for the language command. */
export function languageNamings(): Array<{ tag: LanguageTag } & Pick<IntentWords, 'names' | 'languageWords'>> {
  return LANGUAGES.flatMap((tag) => {
    const intents = FOLDERS[tag]?.intents;
    return intents ? [{ tag, names: intents.names, languageWords: intents.languageWords }] : [];
  });
}
