import { describe, expect, it } from 'vitest';
import { languageRequest } from '../../src/domain/language/request';
import { ENDONYMS, LANGUAGE_TAGS, matchLanguage } from '../../src/domain/language/tags';
import { LanguageChoices } from '../../src/domain/stores/languageChoices';
import { STORE_KEYS } from '../../src/domain/stores/keys';
import { MemoryStore } from '../../src/storage/memoryStore';
import { catalog } from '../../src/text/en';
import { catalogFor, LANGUAGE_FOLDERS, LANGUAGES, resolveLanguage } from '../../src/text/languages';

const request = (text: string) => languageRequest(text, LANGUAGE_FOLDERS);

describe('which language a locale asks for', () => {
  it.each([
    ['de', 'de'],
    ['DE-de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-HK', 'zh-CN'],
    ['zh_Hant_TW', 'zh-CN'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['nl-BE', 'nl'],
    ['it-IT', 'it'],
    ['en-GB', 'en'],
  ])('%s → %s among all ten', (locale, tag) => {
    expect(matchLanguage(locale, LANGUAGE_TAGS)).toBe(tag);
  });

  it('finds none for another language, an empty locale or none', () => {
    for (const locale of ['xx-YY', 'sv-SE', '', '  ', undefined]) expect(matchLanguage(locale, LANGUAGE_TAGS)).toBeUndefined();
  });

  it('matches only among the languages given', () => {
    expect(matchLanguage('de-AT', ['en', 'fr'])).toBeUndefined();
    expect(matchLanguage('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR');
  });

  it('resolves among the languages present, and to English for anything else', () => {
    expect(LANGUAGES).toContain('en');
    for (const tag of LANGUAGES) {
      expect(resolveLanguage(tag.toUpperCase())).toBe(tag);
      expect(catalogFor(tag)).toBeDefined();
    }
    expect(resolveLanguage('xx-YY')).toBe('en');
    expect(resolveLanguage(undefined)).toBe('en');
    expect(LANGUAGES).toEqual(LANGUAGE_TAGS);
    expect(catalogFor('en')).toBe(catalog);
    expect(resolveLanguage('de-AT')).toBe('de');
    expect(resolveLanguage('pt-PT')).toBe('pt-BR');
    expect(resolveLanguage('zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('es-419')).toBe('es');
  });
});

describe('a language request', () => {
  it.each([
    ['language: français', 'fr'],
    ['Language: Français', 'fr'],
    ['language francais', 'fr'],
    ['Sprache Deutsch', 'de'],
    ['sprache: englisch', 'en'],
    ['langue anglais', 'en'],
    ['language en', 'en'],
    ['language de-AT', 'de'],
    ['language pt-PT', 'pt-BR'],
    ['language zh-TW', 'zh-CN'],
    ['idioma español', 'es'],
    ['lingua italiano', 'it'],
    ['língua português', 'pt-BR'],
    ['language português do brasil', 'pt-BR'],
    ['taal nederlands', 'nl'],
    ['言語：日本語', 'ja'],
    ['语言 中文', 'zh-CN'],
    ['언어 한국어', 'ko'],
    ['language German.', 'de'],
    ['language 中文（简体）', 'zh-CN'],
  ])('"%s" chooses %s', (text, tag) => {
    expect(request(text)).toEqual({ kind: 'choose', tag });
  });

  it('names every language by its own name', () => {
    for (const tag of LANGUAGE_TAGS) expect(request(`language ${ENDONYMS[tag]}`)).toEqual({ kind: 'choose', tag });
  });

  it('hands the choice back to Teams for "auto" and "reset"', () => {
    for (const text of ['language auto', 'language: reset', 'Sprache automatisch', 'langue automatique']) expect(request(text)).toEqual({ kind: 'auto' });
  });

  it('asks which, for "language" alone or a name it does not know', () => {
    expect(request('language')).toEqual({ kind: 'unknown', name: '' });
    expect(request('language klingon')).toEqual({ kind: 'unknown', name: 'klingon' });
    // Zero-width and bidi controls are no part of a name, and an unknown one is said back short.
    expect(request('language: Deutsch\u200b')).toEqual({ kind: 'choose', tag: 'de' });
    expect(request(`language \u202e\u200b${'a'.repeat(200_000)}`)).toEqual({ kind: 'unknown', name: `${'a'.repeat(40)}…` });
    expect(request('language xx-YY')).toEqual({ kind: 'unknown', name: 'xx-yy' });
  });

  it('is no request when the message only mentions a language, or is a longer sentence', () => {
    for (const text of ['is VLSC in German?', 'languages', 'language settings in the VLSC portal are wrong', 'german', 'check my account', 'my language is English']) {
      expect(request(text), text).toBeUndefined();
    }
  });

  it('reads the names and the word for "language" a language folder gives', () => {
    const german = LANGUAGE_FOLDERS.find((folder) => folder.tag === 'de')!;
    const withDialect = [{ tag: 'de', intents: { ...german.intents, names: ['hochdeutsch'], languageWords: ['sprachwahl'] } }];
    expect(languageRequest('sprachwahl hochdeutsch', withDialect)).toEqual({ kind: 'choose', tag: 'de' });
    expect(request('sprachwahl hochdeutsch')).toBeUndefined();
  });
});

describe('LanguageChoices', () => {
  it('keeps a choice per person, by tenant first, and forgets it on clear', async () => {
    const store = new MemoryStore();
    const choices = new LanguageChoices(store);
    await choices.set('tenant-a', 'aad-1', 'de');
    expect(await choices.get('tenant-a', 'aad-1')).toBe('de');
    expect(await choices.get('tenant-b', 'aad-1')).toBeUndefined();
    expect(await choices.get('tenant-a', 'aad-2')).toBeUndefined();
    await choices.clear('tenant-a', 'aad-1');
    expect(await choices.get('tenant-a', 'aad-1')).toBeUndefined();
  });

  it('ignores a stored value that is no language of this version', async () => {
    const store = new MemoryStore();
    await store.write({ [STORE_KEYS.languageChoice('tenant-a', 'aad-1')]: { tag: 'tlh', chosenAt: '2026-01-01T00:00:00Z' } });
    expect(await new LanguageChoices(store).get('tenant-a', 'aad-1')).toBeUndefined();
  });
});
