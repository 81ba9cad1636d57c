import { ENDONYMS, LANGUAGE_TAGS, matchLanguage, type LanguageTag } from './tags';
import type { IntentWords } from './words';

/**
 * "language: français", "Sprache Deutsch", "langue anglais", `language en`, "language auto":
 * a person choosing the language the bot answers them in. The whole message is the request,
 * so a question that mentions a language ("is VLSC in German?") is not one.
 */
export type LanguageRequest = { tag: LanguageTag } | { tag: 'auto' } | { tag: 'unknown'; said: string };

/** How people name a language and introduce a choice of one, in some language (its intents.ts). */
export type LanguageNaming = { tag: LanguageTag } & Pick<IntentWords, 'names' | 'languageWords'>;

/** The word for "language" in each of the bot's languages, so a request works before its folder's intents exist. */
const LANGUAGE_WORDS = ['language', 'lang', 'sprache', 'langue', 'idioma', 'lingua', 'língua', 'taal', '言語', '语言', '語言', '언어'];

/** Words that hand the choice back to Teams' locale. */
const AUTO_WORDS = ['auto', 'automatic', 'reset', 'default', 'teams', 'automatisch', 'automatique', 'automático', 'automatico', 'standaard', '自動', '自动', '자동'];

/** Each language's names in the bot's languages (its own name is ENDONYMS'), and the plain forms people type without accents. */
const NAMES: { readonly [tag in LanguageTag]: readonly string[] } = {
  en: ['english', 'englisch', 'anglais', 'inglés', 'ingles', 'inglese', 'inglês', 'engels', '英語', '英语', '영어'],
  de: ['german', 'deutsch', 'allemand', 'alemán', 'aleman', 'tedesco', 'alemão', 'alemao', 'duits', 'ドイツ語', '德语', '독일어'],
  fr: ['french', 'français', 'francais', 'französisch', 'francés', 'frances', 'francese', 'francês', 'frans', 'フランス語', '法语', '프랑스어'],
  es: ['spanish', 'español', 'espanol', 'castellano', 'spanisch', 'espagnol', 'spagnolo', 'espanhol', 'spaans', 'スペイン語', '西班牙语', '스페인어'],
  it: ['italian', 'italiano', 'italienisch', 'italien', 'italiaans', 'イタリア語', '意大利语', '이탈리아어'],
  'pt-BR': ['portuguese', 'português', 'portugues', 'brazilian portuguese', 'português do brasil', 'portugiesisch', 'portugais', 'portugués', 'portoghese', 'portugees', 'ポルトガル語', '葡萄牙语', '포르투갈어'],
  nl: ['dutch', 'nederlands', 'niederländisch', 'néerlandais', 'neerlandés', 'olandese', 'holandês', 'holandes', 'オランダ語', '荷兰语', '네덜란드어'],
  ja: ['japanese', 'japanisch', 'japonais', 'japonés', 'japones', 'giapponese', 'japonês', 'japans', '日本語', '日语', '일본어'],
  'zh-CN': ['chinese', 'simplified chinese', 'chinesisch', 'chinois', 'chino', 'cinese', 'chinês', 'chinees', '中文', '简体中文', '汉语', '中国語', '중국어'],
  ko: ['korean', 'koreanisch', 'coréen', 'coreen', 'coreano', 'koreaans', '韓国語', '韩语', '한국어'],
};

const normalised = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Introducing word, an optional colon (also the full-width one) or "=", then the rest. */
const SEPARATOR = /^\s*[:：=]?\s*/;

/** "português do brasil" is the longest name people type. */
const MAX_NAME_WORDS = 3;

/** A tag or locale as typed: `en`, `pt-br`, `zh_TW`. */
const LOCALE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/;

/**
 * The language a whole message asks for, or undefined when it is not a language request.
 * `namings` add the words of the languages' own intents.ts to the built-in ones.
 */
export function languageRequest(text: string, namings: readonly LanguageNaming[] = []): LanguageRequest | undefined {
  const message = normalised(text).replace(/[.!?。！？]+$/, '');
  const words = [...LANGUAGE_WORDS, ...namings.flatMap((n) => n.languageWords.map(normalised))].sort((a, b) => b.length - a.length);
  const word = words.find((w) => message.startsWith(w) && (message.length === w.length || /[\s:：=]/.test(message[w.length])));
  if (word === undefined) return undefined;
  const said = message.slice(word.length).replace(SEPARATOR, '');
  // A language's name is a few words at most: anything longer is a sentence about languages, a question.
  if (said.split(' ').length > MAX_NAME_WORDS) return undefined;
  if (!said) return { tag: 'unknown', said };
  if (AUTO_WORDS.includes(said)) return { tag: 'auto' };
  const named = LANGUAGE_TAGS.find(
    (tag) => normalised(ENDONYMS[tag]) === said || NAMES[tag].includes(said) || namings.some((n) => n.tag === tag && n.names.map(normalised).includes(said)),
  );
  const tag = named ?? (LOCALE_LIKE.test(said) ? matchLanguage(said, LANGUAGE_TAGS) : undefined);
  return tag ? { tag } : { tag: 'unknown', said };
}
