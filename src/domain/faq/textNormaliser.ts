/**
 * Turns text (a topic or a question) into the terms the FAQ index compares, in one language:
 * its words (split on spaces, or found by Intl.Segmenter for Japanese, Chinese and Korean),
 * lower-cased with Latin accents folded, stemmed by the language's stemmer, with the many ways
 * people name the same thing (viral/unmanaged, 2FA/MFA, Mandant/tenant …) folded onto one term.
 * Documents and questions go through the same analyser, so they meet on the same terms. The
 * vocabulary is the language's (src/text/<tag>/retrieval.ts); the domain keeps only the terms
 * every language shares.
 */

import { foldedText } from '../language/fold';
import type { LanguageRetrieval } from '../language/words';
import { wordRulesFor, type Stemmer } from './stemmers';

/** What an analyser reads from a language's retrieval data. */
export type Vocabulary = Pick<LanguageRetrieval, 'synonyms' | 'stopWords' | 'abbreviations' | 'compoundLinks' | 'separableVerbs'>;

/**
 * The terms that name what the guidance is about: its services, accounts, tenants, sign-ins
 * and MFA, and the things its answers act on. A question with none of them is about something
 * else, however many everyday words it shares with an answer. Synonyms fold onto these terms
 * in every language.
 */
const SHARED_DOMAIN_TERMS = [
  ...['mfa', 'authenticator', 'mfasetup', 'thirdparty', 'idp', 'unmanaged', 'admin', 'msa', 'workaccount', 'm365', 'vlcentral', 'vlsc'],
  ...['entra', 'tenant', 'signin', 'signup', 'takeover', 'disassociate', 'guest', 'conditionalaccess', 'securitydefaults', 'peruser'],
  ...['option1', 'option2', 'premium', 'skip', 'webform'],
];
/** Words of the domain that are also words of many languages: domain terms as they are and as each language stems them. */
const DOMAIN_WORDS = ['domain', 'dns', 'txt', 'registrar', 'godaddy', 'onmicrosoft', 'multipleauthn', 'federated', 'federation', 'verification', 'passkey'];

/**
 * An e-mail address reads as the word "email" (people give examples, name@company.com, where
 * answers show others). Its name part stops at kana, kanji and Hangul, which an address written
 * into a Japanese, Chinese or Korean sentence touches without a space.
 */
const ADDRESS = /[^\s@\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+@[^\s@]+\.[a-z]{2,}\b/giu;
/** Punctuation that ends a clause (a full stop only before a space, not inside outlook.com). */
const CLAUSE_END = /[,;:!?()]|\.(?=\s|$)/;
/** Runs of anything but letters, digits and combining marks separate words. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
/** Fixes a misspelt word, or splits a compound into the known words it is made of (space-separated), or returns it unchanged. */
export type Corrector = (word: string) => string;

/** Compound parts are at least this long; a part the index does not know, at least COMPOUND_UNKNOWN_PART. */
const COMPOUND_PART = 4;
const COMPOUND_UNKNOWN_PART = 4;

interface Phrase {
  stems: string[];
  terms: readonly string[];
}

export class TextAnalyser {
  private readonly stem: Stemmer;
  private readonly segmenter: Intl.Segmenter | undefined;
  private readonly stopWords: Set<string>;
  private readonly abbreviations: Map<string, string>;
  private readonly domainTerms: Set<string>;
  private readonly sayings: readonly string[];
  private readonly longestPhrase: number;
  private readonly phrasesByFirstStem: Map<string, Phrase[]>;
  private readonly compoundLinks: readonly string[] | undefined;
  private readonly particles: Set<string>;
  private readonly infinitiveMarker: string | undefined;
  private readonly participleMarker: string | undefined;

  /** `tag`: the language's BCP 47 tag, which picks its stemmer and word segmentation. */
  constructor(tag: string, vocabulary: Vocabulary) {
    const rules = wordRulesFor(tag);
    this.stem = rules.stem;
    this.segmenter = rules.segmented ? new Intl.Segmenter(tag, { granularity: 'word' }) : undefined;
    this.stopWords = new Set(vocabulary.stopWords.flatMap((word) => this.words(word)));
    this.abbreviations = new Map((vocabulary.abbreviations ?? []).map(([short, word]) => [foldedText(short), foldedText(word)]));
    this.domainTerms = new Set([...SHARED_DOMAIN_TERMS, ...DOMAIN_WORDS, ...DOMAIN_WORDS.map(this.stem)]);
    this.sayings = vocabulary.synonyms.flatMap(([, sayings]) => sayings);
    const phrases = vocabulary.synonyms
      .flatMap(([canonical, sayings]) => sayings.map((saying) => ({ stems: this.words(saying).map(this.stem), terms: canonical.split(' ') })))
      .filter((phrase) => phrase.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length);
    this.longestPhrase = Math.max(0, ...phrases.map((p) => p.stems.length));
    this.phrasesByFirstStem = groupBy(phrases, (p) => p.stems[0]);
    this.compoundLinks = vocabulary.compoundLinks;
    this.particles = new Set(vocabulary.separableVerbs?.particles ?? []);
    this.infinitiveMarker = vocabulary.separableVerbs?.infinitiveMarker;
    this.participleMarker = vocabulary.separableVerbs?.participleMarker;
  }

  /**
   * Folded words; "IT" in capitals is the department, not the pronoun; English contractions
   * lose their apostrophe ("don't" → "dont", a stop word), which no other language's words end in.
   */
  words(text: string): string[] {
    const prepared = foldedText(text.normalize('NFKC').replace(ADDRESS, ' email ').replace(/\bIT\b/g, ' itadmin '))
      .replace(/[’‘`]/g, "'")
      .replace(/\bcan't\b/g, 'cannot')
      .replace(/n't\b/g, 'nt')
      .replace(/'(s|re|ll|ve|m|d)\b/g, '');
    const pieces = this.segmenter ? [...this.segmenter.segment(prepared)].filter((s) => s.isWordLike).map((s) => s.segment) : [prepared];
    return pieces.flatMap((piece) => piece.split(NOT_WORD)).filter(Boolean);
  }

  /**
   * The index terms for a text: phrases folded to their terms, stop words and bare numbers
   * dropped. Questions pass a corrector so that a typo still meets its phrase ("waht is").
   */
  analyse(text: string, correct: Corrector = (word) => word): string[] {
    // Each distinct word is corrected once: a message repeating a word it does not know is not corrected a thousand times.
    const corrected = new Map<string, string>();
    const correctOnce = (word: string) => corrected.get(word) ?? corrected.set(word, correct(word)).get(word) ?? word;
    const surface = text
      .split(CLAUSE_END)
      .flatMap((clause) => this.withParticles(this.words(clause).map((word) => this.readWord(word))).flatMap((word) => correctOnce(word).split(' ')));
    const stems = surface.map(this.stem);
    const terms: string[] = [];
    for (let i = 0; i < stems.length; ) {
      const phrase = this.matchPhrase(stems, i);
      if (phrase) {
        terms.push(...phrase.terms);
        i += phrase.stems.length;
        continue;
      }
      if (!this.stopWords.has(surface[i]) && !/^\d+$/.test(surface[i])) terms.push(stems[i]);
      i += 1;
    }
    return terms;
  }

  /** Whether a term names something the guidance is about (see SHARED_DOMAIN_TERMS). */
  isDomainTerm(term: string): boolean {
    return this.domainTerms.has(term);
  }

  /**
   * A corrector for questions about the given texts: a word none of them (nor the synonym
   * lists) uses is replaced by the most frequent known word one edit away (swapping two
   * neighbouring letters counts as one edit), or two edits for long words. Short words are
   * left alone: "cost" is one edit from too many words to guess; so are words not in Latin
   * letters, where one character is a syllable or a word.
   */
  spellingCorrector(texts: readonly string[]): Corrector {
    const frequency = new Map<string, number>();
    const known = [...texts, ...this.sayings, ...this.stopWords];
    for (const word of known.flatMap((text) => this.words(text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const links = this.compoundLinks;
    const knownStems = new Set([...frequency.keys()].filter((word) => !this.stopWords.has(word)).map(this.stem));
    const knownWord = (candidate: string) => !this.stopWords.has(candidate) && frequency.has(candidate);
    const knownInflected = (candidate: string) => {
      const stem = this.stem(candidate);
      return knownWord(candidate) || (!this.stopWords.has(candidate) && candidate.length > stem.length && candidate.startsWith(stem) && knownStems.has(stem));
    };
    return (word) => {
      if (frequency.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return word;
      if (links && !knownStems.has(this.stem(word))) {
        const parts = this.compoundParts(word, links, { word: knownWord, inflected: knownInflected });
        if (parts) return parts.join(' ');
      }
      const allowed = word.length >= 9 ? 2 : 1;
      let best = { word, distance: allowed + 1, count: 0 };
      for (const [candidate, count] of frequency) {
        if (Math.abs(candidate.length - word.length) > allowed) continue;
        // Four-letter words only take a swap of two neighbouring letters ("waht").
        if (word.length === 4 && !isSwap(word, candidate)) continue;
        const distance = editDistance(word, candidate, allowed);
        if (distance > allowed) continue;
        if (distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
      }
      return best.word;
    };
  }

  /**
   * A clause's words with its separated verb particles read with their verb, where a saying
   * knows the pair: "in te loggen" → inloggen, "zet ik mfa aan" → aanzet ik mfa (a saying's
   * word) or "zoek ik dat op" → zoek op ik dat (a saying's start). A particle written apart
   * just before its verb ("aan zetten") is joined to it the same way.
   */
  private withParticles(words: string[]): string[] {
    if (this.particles.size === 0) return words;
    const read = [...words];
    for (let i = 0; i + 1 < read.length; i++) {
      if (!this.particles.has(read[i])) continue;
      const verbAt = read[i + 1] === this.infinitiveMarker && i + 2 < read.length ? i + 2 : i + 1;
      const joined = read[i] + read[verbAt];
      if (verbAt === i + 2 || this.phrasesByFirstStem.has(this.stem(joined))) read.splice(i, verbAt - i + 1, joined);
    }
    // A particle ends its clause when nothing follows it, or another particle or preposition does ("richt ik mfa in voor …").
    for (let at = 1; at < read.length; at++) {
      if (this.particles.has(read[at]) && (at === read.length - 1 || this.particles.has(read[at + 1]))) read.splice(0, at + 1, ...this.withVerb(read.slice(0, at), read[at]));
    }
    return read;
  }

  /** A word as the index reads it before correcting it: an abbreviation's word, a separable verb's form as the one a saying knows ("ingericht" → inricht). */
  private readWord(word: string): string {
    return this.abbreviations.get(word) ?? this.separableVerb(word) ?? word;
  }

  /**
   * A verb written with its particle in a form no saying has, as one a saying has: without the
   * participle's marker (in-ge-richt) and its -t or -d, or without the -t of the third person
   * (overneemt → overneem).
   */
  private separableVerb(word: string): string | undefined {
    const particle = [...this.particles].find((p) => word.startsWith(p) && word.length > p.length + 2);
    if (!particle || this.phrasesByFirstStem.has(this.stem(word))) return undefined;
    const rest = word.slice(particle.length);
    const verb = particle + (this.participleMarker && rest.startsWith(this.participleMarker) ? rest.slice(this.participleMarker.length) : rest);
    return [verb, verb.replace(/[td]$/, '')].find((form) => this.phrasesByFirstStem.has(this.stem(form)));
  }

  /** `words` with `particle` read with the first of them a saying knows it with, or unchanged (the particle dropped back at the end). */
  private withVerb(words: string[], particle: string): string[] {
    for (let k = 0; k < words.length; k++) {
      const joined = particle + words[k];
      if (this.phrasesByFirstStem.has(this.stem(joined))) return [...words.slice(0, k), joined, ...words.slice(k + 1)];
      const pair = this.phrasesByFirstStem.get(this.stem(words[k]))?.some((phrase) => phrase.stems[1] === this.stem(particle));
      if (pair) return [...words.slice(0, k + 1), particle, ...words.slice(k + 1)];
    }
    return [...words, particle];
  }

  /**
   * The known words a compound is made of, best split first: both parts known (the tail itself
   * possibly a compound), the more even the better; else one known part of COMPOUND_UNKNOWN_PART
   * letters or more beside an unknown one as long, which keeps what the question said about it.
   * A head may end in one of the language's linking letters (beheerder-s-overname), and is not
   * a verb particle (uit-stellen is a verb); only the
   * last part may be inflected (beheerder-s-accounts).
   */
  private compoundParts(word: string, links: readonly string[], known: CompoundKnowledge): string[] | undefined {
    let best: { parts: string[]; score: number } | undefined;
    for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART; at++) {
      const written = word.slice(0, at);
      // uit-stellen, over-neemt: a verb with its particle, not a compound.
      if ([written, ...links.map((link) => written.slice(0, -link.length))].some((head) => this.particles.has(head))) continue;
      const head = [written, ...links.filter((link) => written.endsWith(link)).map((link) => written.slice(0, -link.length))].find(
        (candidate) => candidate.length >= COMPOUND_PART && known.word(candidate),
      );
      const tail = word.slice(at);
      const tailKnown = known.inflected(tail);
      const tailParts = tailKnown ? [tail] : head ? this.compoundParts(tail, links, known) : undefined;
      let candidate: { parts: string[]; score: number } | undefined;
      if (head && tailParts && (tailKnown || known.word(tailParts[0]))) {
        candidate = { parts: [head, ...tailParts], score: 2 + Math.min(head.length, tail.length) / 100 };
      } else if (head && head.length >= COMPOUND_UNKNOWN_PART && tail.length >= COMPOUND_UNKNOWN_PART) {
        candidate = { parts: [head, tail], score: 1 + head.length / 100 };
      } else if (!head && tailKnown && tail.length >= COMPOUND_UNKNOWN_PART && written.length >= COMPOUND_UNKNOWN_PART) {
        candidate = { parts: [written, tail], score: 1 + tail.length / 100 };
      }
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
    return best?.parts;
  }

  private matchPhrase(stems: string[], at: number): Phrase | undefined {
    const candidates = this.phrasesByFirstStem.get(stems[at]);
    if (!candidates) return undefined;
    const window = stems.slice(at, at + this.longestPhrase);
    return candidates.find((p) => p.stems.every((s, k) => window[k] === s));
  }
}

/** Which words the index knows, as a compound's parts: as written, or (its last part) inflected. */
interface CompoundKnowledge {
  word: (part: string) => boolean;
  inflected: (part: string) => boolean;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds limit. */
function editDistance(a: string, b: string, limit: number): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}
