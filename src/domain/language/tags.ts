/**
 * The languages the bot speaks, by BCP 47 tag, and how a Teams locale (`de-AT`, `pt-PT`,
 * `zh-TW`) picks one of them. Which of them have their words yet is the text registry's
 * business (src/text/languages.ts); the domain only names them.
 */

export const LANGUAGE_TAGS = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ja', 'zh-CN', 'ko'] as const;
export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

export function isLanguageTag(value: unknown): value is LanguageTag {
  return LANGUAGE_TAGS.includes(value as LanguageTag);
}

/** A BCP 47 tag: a language subtag, then subtags of 1 to 8 letters or digits (regions, scripts, `-u-ca-buddhist` extensions). */
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
/** Longer than this, a locale is no tag anyone sends. */
const LOCALE_MAX_CHARS = 64;

/**
 * A locale as a well-formed BCP 47 tag (`de-AT`, `zh-Hant-TW`, `en-US-u-ca-buddhist`; `pt_PT`
 * read as `pt-PT`), else undefined: what a client or a forger sends as a locale is used, stored
 * or copied into replies only in this form.
 */
export function wellFormedLocale(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > LOCALE_MAX_CHARS) return undefined;
  const tag = raw.trim().replace(/_/g, '-');
  return LOCALE_TAG.test(tag) ? tag : undefined;
}

/** The language part of a locale, lower-cased: `pt` of `pt-PT`, `zh` of `zh_Hant_TW`. */
export function languageOf(locale: string): string {
  return locale.trim().split(/[-_]/)[0].toLowerCase();
}

/**
 * The language among `available` that `locale` asks for: the same tag (in any case), else
 * the one of the same language (`de-AT` → `de`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`,
 * `es-419` → `es`); undefined when none is.
 */
export function matchLanguage<T extends string = LanguageTag>(locale: string | undefined, available: readonly T[]): T | undefined {
  const asked = locale?.trim().replace(/_/g, '-').toLowerCase();
  if (!asked) return undefined;
  return available.find((tag) => tag.toLowerCase() === asked) ?? available.find((tag) => languageOf(tag) === languageOf(asked));
}

/** The tag among `tags` that serves `locale` (matchLanguage), else English, else the first tag. */
export function closestTag(locale: string | undefined, tags: readonly string[]): string {
  return matchLanguage(locale, tags) ?? tags.find((tag) => languageOf(tag) === 'en') ?? tags[0];
}

/** Each language's name in itself, as people recognise it whatever language the bot speaks. */
export const ENDONYMS: { readonly [tag in LanguageTag]: string } = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  nl: 'Nederlands',
  ja: '日本語',
  'zh-CN': '中文（简体）',
  ko: '한국어',
};
