import { describe, expect, it } from 'vitest';
import { classifyIntent, Intents } from '../../src/domain/intents';
import { languageRequest } from '../../src/domain/language/request';
import type { IntentWords } from '../../src/domain/language/words';
import { intents as de } from '../../src/text/de/intents';
import { intents as en } from '../../src/text/en/intents';
import { LANGUAGE_FOLDERS } from '../../src/text/languages';

/** A language's words with only the lists a test needs (the translators' files give all). */
function wordsOf(some: Partial<IntentWords>): IntentWords {
  const none = { help: [], cancel: [], restart: [], check: [], checkAgain: [], admins: [], mfa: [], campaign: [], campaignStatus: [], leadIns: [], courtesies: [], languageWords: [], names: [] };
  return { ...none, drafts: { disassociation: [], 'extra-logins': [], 'mfa-support': [] }, smallTalk: { thanks: [], ok: [], bye: [] }, ...some };
}

const ja = wordsOf({
  cancel: ['キャンセル', 'やめる'],
  check: ['確認', 'を確認して', 'アカウントを確認'],
  admins: ['管理者は誰'],
  courtesies: ['お願いします', 'ください'],
  leadIns: ['すみません'],
  languageWords: ['言語'],
  names: ['日本語', 'japanese', 'japonais'],
});
const fr = wordsOf({ cancel: ['annuler'], languageWords: ['langue'], names: ['français', 'francais', 'french', 'französisch'], autoWords: ['automatique'] });
const LANGUAGES = [
  { tag: 'en', intents: en },
  { tag: 'de', intents: de },
  { tag: 'fr', intents: fr },
  { tag: 'ja', intents: ja },
];
const intents = new Intents(LANGUAGES);

describe('intents in several languages', () => {
  it('reads English as the English rules do, in every chat', () => {
    for (const text of ['check me@contoso.com', 'who is my admin?', 'mfa', 'cancel', 'start over', 'thanks', 'what is a viral tenant', 'check bob@']) {
      for (const tag of ['en-US', 'de-DE', 'ja-JP']) expect(intents.classify(text, tag), `${text} in ${tag}`).toEqual(classifyIntent(text));
    }
  });

  it.each([
    ['abbrechen', 'cancel'],
    ['Abbrechen!', 'cancel'],
    ['bitte abbrechen', 'cancel'],
    ['abbrechen, danke', 'cancel'],
    ['von vorne', 'restart'],
    ['Hilfe', 'help'],
    ['was kannst du?', 'help'],
    ['wer ist mein Admin?', 'admins'],
    ['MFA prüfen', 'mfa'],
    ['mfa prufen', 'mfa'],
    ['Konto prüfen', 'diagnose'],
    ['danke', 'smallTalk'],
    ['tschüss', 'smallTalk'],
  ])('"%s" in a German chat: %s', (text, kind) => {
    expect(intents.classify(text, 'de-DE').kind).toBe(kind);
  });

  it('asks for German drafts by their words', () => {
    expect(intents.classify('Trennung beantragen', 'de')).toEqual({ kind: 'draft', draft: 'disassociation' });
    expect(intents.classify('ich brauche mehr Anmeldungen', 'de')).toEqual({ kind: 'draft', draft: 'extra-logins' });
    expect(intents.classify('MFA Support anschreiben', 'de')).toEqual({ kind: 'draft', draft: 'mfa-support' });
  });

  it('cancels, restarts and helps with the words of any language in any chat', () => {
    for (const tag of ['en', 'fr', 'ja', 'de']) {
      expect(intents.classify('abbrechen', tag).kind, tag).toBe('cancel');
      expect(intents.classify('annuler', tag).kind, tag).toBe('cancel');
      expect(intents.classify('キャンセル', tag).kind, tag).toBe('cancel');
      expect(intents.classify('neu starten', tag).kind, tag).toBe('restart');
      expect(intents.classify('hilfe', tag).kind, tag).toBe('help');
    }
  });

  it('reads the other words in the turn’s language only (and English)', () => {
    expect(intents.classify('wer ist mein admin', 'fr').kind).toBe('question');
    expect(intents.classify('管理者は誰', 'de').kind).toBe('question');
    expect(intents.classify('管理者は誰', 'ja').kind).toBe('admins');
  });

  it('checks an address with a check phrase before or after it, in the turn’s language', () => {
    expect(intents.classify('prüfe max@firma.de', 'de')).toEqual({ kind: 'diagnose', address: 'max@firma.de' });
    expect(intents.classify('Prufe bitte Max@Firma.de.', 'de')).toEqual({ kind: 'diagnose', address: 'Max@Firma.de' });
    expect(intents.classify('max@firma.de prüfen', 'de')).toEqual({ kind: 'diagnose', address: 'max@firma.de' });
    expect(intents.classify('taro@example.co.jpを確認してください', 'ja')).toEqual({ kind: 'diagnose', address: 'taro@example.co.jp' });
    expect(intents.classify('確認 taro@example.co.jp', 'ja')).toEqual({ kind: 'diagnose', address: 'taro@example.co.jp' });
  });

  it('sends a check phrase with a word that is not a valid address to address validation', () => {
    expect(intents.classify('prüfe bob@', 'de')).toEqual({ kind: 'diagnose', address: 'bob@' });
    expect(intents.classify('konto prüfen (x@@firma.de)', 'de')).toEqual({ kind: 'diagnose', address: 'x@@firma.de' });
    expect(intents.classify('warum geht bob@ nicht', 'de').kind).toBe('question');
  });

  it('checks an address alone in any language, also after Japanese punctuation or in full-width letters', () => {
    expect(intents.classify('taro@example.co.jp。', 'ja')).toEqual({ kind: 'diagnose', address: 'taro@example.co.jp' });
    expect(intents.classify('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ja')).toEqual({ kind: 'diagnose', address: 'taro@example.com' });
  });

  it('leaves questions that contain control words or addresses as questions', () => {
    for (const text of ['wie kann ich die Übernahme abbrechen', 'warum wurde max@firma.de abgelehnt', 'wie prüfe ich ob unser mandant viral ist', 'キャンセルしたらどうなりますか']) {
      expect(intents.classify(text, text.includes('キャ') ? 'ja' : 'de'), text).toEqual({ kind: 'question', text });
    }
  });

  it('drops politeness of Japanese touching the request', () => {
    expect(intents.classify('すみませんキャンセルお願いします', 'ja').kind).toBe('cancel');
  });
});

describe('languageRequest', () => {
  it.each([
    ['language: français', { kind: 'choose', tag: 'fr' }],
    ['Sprache Deutsch', { kind: 'choose', tag: 'de' }],
    ['sprache auf englisch', { kind: 'choose', tag: 'en' }],
    ['langue anglais', { kind: 'choose', tag: 'en' }],
    ['language en', { kind: 'choose', tag: 'en' }],
    ['language de-AT', { kind: 'choose', tag: 'de' }],
    ['Language: FR', { kind: 'choose', tag: 'fr' }],
    ['言語 日本語', { kind: 'choose', tag: 'ja' }],
    ['言語：日本語', { kind: 'choose', tag: 'ja' }],
    ['language japanese please', { kind: 'choose', tag: 'ja' }],
    ['language auto', { kind: 'auto' }],
    ['language reset', { kind: 'auto' }],
    ['Sprache automatisch', { kind: 'auto' }],
    ['langue automatique', { kind: 'auto' }],
    ['language klingon', { kind: 'unknown', name: 'klingon' }],
    ['language', { kind: 'unknown', name: '' }],
    ['<at>VL Sign-in Assistant</at> language german', { kind: 'choose', tag: 'de' }],
  ])('"%s"', (text, request) => {
    expect(languageRequest(text, LANGUAGES)).toEqual(request);
  });

  it.each(['what language is the portal in', 'language of the VLSC site is wrong', 'Sprache der Karten ist falsch', 'deutsch', 'languages', 'check me@contoso.com'])('"%s" is not a language choice', (text) => {
    expect(languageRequest(text, LANGUAGES)).toBeUndefined();
  });

  it('asks for the campaign status in every language, with or without a campaign id', () => {
    const every = new Intents(LANGUAGE_FOLDERS);
    const said = { de: 'Wie läuft die Kampagne?', es: 'estado de la campaña', fr: 'Où en est la campagne ?', it: 'stato della campagna', ja: 'キャンペーンの状況', ko: '캠페인 현황', nl: 'campagnestatus', 'pt-BR': 'status da campanha', 'zh-CN': '活动进度' };
    for (const [tag, text] of Object.entries(said)) {
      expect(every.classify(text, tag), `${text} in ${tag}`).toEqual({ kind: 'campaignStatus' });
      expect(every.classify(`${text} CP-ABCDEFGH`, tag), `${text} with an id in ${tag}`).toEqual({ kind: 'campaignStatus', campaignId: 'CP-ABCDEFGH' });
    }
    expect(every.classify('Kampagnenstatus bob@contoso.com', 'de').kind).not.toBe('campaignStatus');
  });
});
