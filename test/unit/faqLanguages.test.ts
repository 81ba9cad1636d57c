import { describe, expect, it } from 'vitest';
import { evaluateFaq, indexOf } from '../../bench/faq';
import { benchLanguages } from '../../bench/faqLanguages';
import { answerIn, Faq } from '../../src/domain/faq/faq';
import { FaqIndex } from '../../src/domain/faq/faqIndex';
import { koreanStem, wordRulesFor } from '../../src/domain/faq/stemmers';
import { TextAnalyser } from '../../src/domain/faq/textNormaliser';
import { foldedText } from '../../src/domain/language/fold';
import { topicsIn } from '../../src/domain/faq/topics';
import { languageOfQuestion, otherHanReading } from '../../src/domain/language/detect';
import { closestTag } from '../../src/domain/language/tags';
import { catalog as englishWords } from '../../src/text/en';
import { FAQ_LANGUAGES } from '../../src/text/languages';
import { retrieval as german } from '../../src/text/de/retrieval';
import { retrieval as dutch } from '../../src/text/nl/retrieval';

const faq = new Faq(FAQ_LANGUAGES);

describe('analysis per language', () => {
  const de = new TextAnalyser('de', german);

  it('meets a word typed without its accents or with ß spelled out', () => {
    expect(de.analyse('prufen')).toEqual(de.analyse('prüfen'));
    expect(de.analyse('Übernahme')).toEqual(de.analyse('ubernahme'));
    expect(foldedText('weiß Straße')).toBe('weiss strasse');
    expect(foldedText('Sécurité')).toBe('securite');
  });

  it('leaves kana voicing marks and Hangul whole, which are letters there, not accents', () => {
    expect(foldedText('ガイド が')).toBe('ガイド が');
    expect(foldedText('관리자')).toBe('관리자');
  });

  it('stems with the language’s stemmer, so inflected German forms meet', () => {
    expect(de.analyse('nicht verwalteten Mandanten')).toEqual(['unmanaged', 'tenant']);
    expect(de.analyse('Anmeldungen')).toEqual(de.analyse('anmelden'));
    expect(wordRulesFor('pt-BR').stem('contas')).toBe(wordRulesFor('pt').stem('conta'));
  });

  it('reads an address as "email" in any language, also written against Japanese text', () => {
    expect(de.analyse('ist max@firma.de ok')).toContain('email');
    const ja = new TextAnalyser('ja', { synonyms: [], stopWords: ['を'] });
    expect(ja.analyse('taro@example.co.jpを確認')).toEqual(['email', '確認']);
  });

  it('segments Japanese and matches a synonym on the segments of a sentence', () => {
    const ja = new TextAnalyser('ja', { synonyms: [['takeover', ['テナントの乗っ取り', '乗っ取り']], ['tenant', ['テナント']]], stopWords: ['の', 'は', 'とは', 'です', 'か', '何'] });
    expect(ja.analyse('テナントの乗っ取りとは何ですか？')).toEqual(['takeover']);
    expect(ja.analyse('乗っ取りできない')).toContain('takeover');
    expect(ja.analyse('テナントを確認')).toContain('tenant');
  });

  it('segments Chinese and matches a synonym across the segments it splits into', () => {
    const zh = new TextAnalyser('zh-CN', { synonyms: [['unmanaged tenant', ['非托管租户']], ['takeover', ['接管']]], stopWords: ['如何', '的'] });
    expect(zh.analyse('如何接管非托管租户？')).toEqual(['takeover', 'unmanaged', 'tenant']);
  });

  it('reads a Dutch compound the index does not know as the known words it is made of, in Dutch only', () => {
    const nl = new TextAnalyser('nl', dutch);
    const correct = nl.spellingCorrector(['het adres van uw hotmail', 'uw admin console', 'aanmelden bij het center']);
    expect(nl.analyse('mijn hotmailadres', correct)).toEqual(nl.analyse('mijn hotmail adres', correct));
    expect(nl.analyse('het beheerdersadres', correct)).toEqual(['admin', 'adres']);
    expect(nl.analyse('inlogpogingen', correct)).toEqual(['signin']);
    expect(nl.analyse('beeldscherm', correct)).toEqual(['beeldscherm']);
    const de = new TextAnalyser('de', german);
    expect(de.analyse('Adminadresse', de.spellingCorrector(['admin adresse']))).toEqual(['adminadress']);
  });

  it('reads a Dutch verb particle set apart with its verb, when a saying knows the pair', () => {
    const nl = new TextAnalyser('nl', dutch);
    expect(nl.analyse('hoe zet ik mfa per gebruiker aan')).toEqual(nl.analyse('hoe zet ik aan mfa per gebruiker'));
    expect(nl.analyse('hoe zet ik mfa per gebruiker aan')).toContain('enable');
    expect(nl.analyse('zonder in vlsc in te loggen')).toEqual(nl.analyse('zonder in vlsc inloggen'));
    expect(nl.analyse('hoe richt ik mfa in voor mijn account')).toContain('setup');
    expect(nl.analyse('mfa in entra')).toEqual(['mfa', 'entra']);
    expect(nl.analyse('mfa ingericht')).toEqual(nl.analyse('mfa inrichten'));
  });

  it('takes the particles off Korean words, so 테넌트를 meets 테넌트', () => {
    expect(koreanStem('테넌트를')).toBe('테넌트');
    expect(koreanStem('관리되지')).toBe('관리');
    expect(koreanStem('계정')).toBe('계정');
    const ko = new TextAnalyser('ko', { synonyms: [['unmanaged tenant', ['관리되지 않는 테넌트']]], stopWords: [] });
    expect(ko.analyse('관리되지 않는 테넌트를 인수')).toEqual(['unmanaged', 'tenant', '인수']);
  });
});

describe('which language a question is read in', () => {
  const tags = ['en', 'de', 'ja', 'ko', 'zh-CN'];

  it('serves a locale by its tag, then by its language, then in English', () => {
    expect(closestTag('de-DE', ['en', 'de'])).toBe('de');
    expect(closestTag('de-AT', ['en', 'de'])).toBe('de');
    expect(closestTag('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(closestTag('fi-FI', ['de', 'en'])).toBe('en');
    expect(closestTag(undefined, ['en', 'de'])).toBe('en');
  });

  it('reads a German question in an English chat in German, and an English one in English', () => {
    expect(languageOfQuestion('wie finde ich raus ob unser mandant unverwaltet ist', tags, 'en')).toBe('de');
    expect(languageOfQuestion('how do I find out whether our tenant is unmanaged', tags, 'de')).toBe('en');
  });

  it('trusts the locale for a question of fewer than three words in Latin letters', () => {
    expect(languageOfQuestion('Mandant übernehmen', tags, 'en')).toBe('en');
    expect(languageOfQuestion('mfa setup', tags, 'de')).toBe('de');
  });

  it('tells Japanese, Korean and Chinese by their script, however short', () => {
    expect(languageOfQuestion('テナントとは', tags, 'en')).toBe('ja');
    expect(languageOfQuestion('테넌트란', tags, 'en')).toBe('ko');
    expect(languageOfQuestion('租户是什么', tags, 'en')).toBe('zh-CN');
    // Kanji alone are Japanese too: a Japanese chat keeps its language.
    expect(languageOfQuestion('多要素認証', tags, 'ja')).toBe('ja');
  });
});

describe('Faq in several languages', () => {
  it('reads Han characters alone both as Japanese and as Chinese, and keeps the reading that answers', () => {
    // Chinese typed in a Japanese chat: kanji alone would read as Japanese.
    expect(faq.answer('怎么接管非托管租户', { locale: 'ja-JP' })).toMatchObject({ topic: 'how-to-takeover', readIn: 'zh-CN' });
    expect(faq.answer('怎么接管非托管租户', { locale: 'zh-CN' })).toMatchObject({ topic: 'how-to-takeover', readIn: 'zh-CN' });
    // Japanese kanji in a Japanese chat stay Japanese; with kana there is nothing to doubt.
    expect(faq.answer('多要素認証', { locale: 'ja-JP' }).readIn).toBe('ja');
    const cjk = ['en', 'ja', 'zh-CN'];
    expect(otherHanReading('テナントの乗っ取り', cjk, 'ja')).toBeUndefined();
    expect(otherHanReading('租户是什么', cjk, 'ja')).toBe('zh-CN');
    expect(otherHanReading('多要素認証', cjk, 'zh-CN')).toBe('ja');
    expect(otherHanReading('租户是什么', cjk, 'de')).toBeUndefined();
  });

  it('understands a German question in an en-US chat, and answers with a topic id the English card shows', () => {
    const result = faq.answer('wie finde ich raus ob unser mandant unverwaltet ist', { locale: 'en-US' });
    expect(result).toMatchObject({ topic: 'check-unmanaged', readIn: 'de' });
    const shown = answerIn(result, topicsIn(englishWords.topics));
    expect(shown.topic?.title).toBe(englishWords.topics.topics['check-unmanaged'].title);
    expect(shown.alternatives.map((a) => a.topic.id)).toEqual(result.alternatives.map((a) => a.topic));
  });

  it('answers in the locale’s language when the question is in it, with that language’s threshold', () => {
    expect(faq.answer('what is a viral tenant', { locale: 'de-DE' })).toMatchObject({ topic: 'what-is-unmanaged-tenant', readIn: 'en' });
    expect(faq.answer('was ist ein viraler Mandant', { locale: 'de-AT' })).toMatchObject({ topic: 'what-is-unmanaged-tenant', readIn: 'de' });
    expect(faq.index('de').threshold).toBe(german.threshold);
  });

  it('reads the question with the asker’s last check in mind in every language', () => {
    expect(faq.answer('hab nur noch 2 anmeldungen übrig', { locale: 'de', verdict: 'takeover-needed' }).topic).toBe('skip-and-remaining-logins');
  });

  it('is not sure about a German question the guidance does not answer', () => {
    expect(faq.answer('wie ist das wetter morgen in berlin', { locale: 'de' }).topic).toBeNull();
  });

  it('gives the same topic ids in every language', () => {
    const ids = (index: FaqIndex) => index.rank('mfa').map((ranked) => ranked.topic.id).sort();
    expect(ids(faq.index('de'))).toEqual(expect.arrayContaining(['mfa-requirement']));
    expect(new Set(topicsIn(englishWords.topics).map((t) => t.id))).toEqual(new Set(Object.keys(german.phrasings)));
    expect(ids(faq.index('en')).every((id) => id in german.phrasings)).toBe(true);
  });
});

describe('every language present meets the quality goal on its questions (issue 18)', () => {
  it('≥ 90% top-1, ≤ 3% confidently wrong, ≥ 30 questions with ≥ 3 unanswerable, in each language', async () => {
    const languages = await benchLanguages();
    expect(languages.map((language) => language.tag)).toEqual(expect.arrayContaining(['en', 'de']));
    for (const language of languages) {
      const quality = evaluateFaq(indexOf(language), language.questions);
      expect(language.questions.length, language.tag).toBeGreaterThanOrEqual(30);
      expect(language.questions.filter((q) => q.topic === null).length, language.tag).toBeGreaterThanOrEqual(3);
      expect(quality.top1Accuracy, language.tag).toBeGreaterThanOrEqual(0.9);
      expect(quality.confidentWrongRate, language.tag).toBeLessThanOrEqual(0.03);
    }
  });
});
