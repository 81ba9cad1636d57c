import { LANGUAGE_TAGS, matchLanguage, type LanguageTag } from '../domain/language/tags';
import type { FaqLanguage } from '../domain/faq/faq';
import type { IntentWords, LanguageRetrieval } from '../domain/language/words';
import type { Catalog } from './catalog';
import * as en from './en';
import * as de from './de';
import * as fr from './fr';
import * as es from './es';
import * as it from './it';
import * as ptBR from './pt-BR';
import * as nl from './nl';
import * as ja from './ja';
import * as zhCN from './zh-CN';
import * as ko from './ko';

export { ENDONYMS, LANGUAGE_TAGS, type LanguageTag } from '../domain/language/tags';

/** What a language folder src/text/<tag>/ gives: the words people read, how they ask, and the words of the controls. */
export interface LanguageFolder {
  catalog: Catalog;
  retrieval: LanguageRetrieval;
  intents: IntentWords;
}

/**
 * Every language's folder, by tag. Adding a language is its tag in LANGUAGE_TAGS
 * (src/domain/language/tags.ts), its folder, and its import and entry here; a tag without
 * a folder fails typecheck.
 */
const FOLDERS: { readonly [tag in LanguageTag]: LanguageFolder } = { en, de, fr, es, it, 'pt-BR': ptBR, nl, ja, 'zh-CN': zhCN, ko };

/** The languages the bot answers in, English first. */
export const LANGUAGES: readonly LanguageTag[] = LANGUAGE_TAGS;

/** Each language with its folder, in LANGUAGES order (retrieval, intents and the language command read them all). */
export const LANGUAGE_FOLDERS: ReadonlyArray<{ tag: LanguageTag } & LanguageFolder> = LANGUAGES.map((tag) => ({ tag, ...FOLDERS[tag] }));

/** What the FAQ reads in each language: its topics in its own words, and its retrieval data. */
export const FAQ_LANGUAGES: readonly FaqLanguage[] = LANGUAGE_FOLDERS.map(({ tag, catalog, retrieval }) => ({ tag, topics: catalog.topics, retrieval }));

/** The words of `tag`. */
export function catalogFor(tag: LanguageTag): Catalog {
  return FOLDERS[tag].catalog;
}

/**
 * The language for a locale (Teams' `de-DE`, a setting, `--locale`): the same tag, else the
 * same language (`de-AT` → `de`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`, `es-419` → `es`),
 * case-insensitive; else English.
 */
export function resolveLanguage(locale?: string): LanguageTag {
  return matchLanguage(locale, LANGUAGES) ?? 'en';
}
