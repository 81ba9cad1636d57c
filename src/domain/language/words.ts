import type { TopicId } from '../faq/topics';
import type { DraftKind } from '../drafts/types';
import type { SmallTalk } from '../intents';

/**
 * What the bot needs to understand one language: how people ask each FAQ topic in it, its
 * vocabulary for retrieval, and the words of its conversation controls. Each language keeps
 * its own in src/text/<tag>/ (retrieval.ts, intents.ts) beside its catalog; the domain only
 * reads them, so adding a language adds no code here.
 *
 * @example
 *   export const retrieval: LanguageRetrieval = {
 *     phrasings: { 'why-work-account': ['warum brauche ich ein Geschäftskonto für VLSC', …], … },
 *     keywords: { 'why-work-account': ['Grund', 'Vorteil', 'Umstellung'], … },
 *     synonyms: [['unmanaged', ['nicht verwaltet', 'viraler Mandant', 'unverwalteter Mandant']], …],
 *     stopWords: ['der', 'die', 'das', …],
 *     threshold: 0.36,
 *   };
 */
export interface LanguageRetrieval {
  /** Other ways people ask each topic, in this language: indexed, never shown (three or more a topic). */
  phrasings: { readonly [id in TopicId]: readonly string[] };
  /** Words that point at a topic without being in its answer: indexed, never shown. */
  keywords: { readonly [id in TopicId]: readonly string[] };
  /**
   * The ways people say one thing, folded onto index terms: [terms, sayings]. Sayings are
   * written as people type them and matched as the question's words are read: accents folded,
   * stemmed with the language's stemmer and, for ja, zh and ko, on Intl.Segmenter's segments,
   * longest saying first. Terms are used as written: the shared ones name the guidance's
   * subjects in every language (SHARED_DOMAIN_TERMS in faq/textNormaliser.ts: mfa, unmanaged,
   * admin, msa, workaccount, tenant, signin, takeover …), and a question naming none is off topic.
   */
  synonyms: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Words that say nothing about which topic is meant (articles, pronouns, courtesies), checked before stemming. */
  stopWords: readonly string[];
  /** Short forms people type, read as the word they stand for before anything else: ['pw', 'passwort']. */
  abbreviations?: ReadonlyArray<readonly [short: string, word: string]>;
  /**
   * For a language that writes compounds as one word (Dutch "beheerdersaccount"): the letters
   * that may join their parts ('s' in beheerder-s-account). A question's word the index does not
   * know is then read as the known words it is made of.
   */
  compoundLinks?: readonly string[];
  /**
   * For a language whose verbs shed a particle ("zet ik mfa aan" for aanzetten, "in te loggen"
   * for inloggen, "ingesteld" for instellen): the particles, the word an infinitive takes between
   * particle and verb, and the syllable a participle does. A particle ending a clause, or before
   * that word, is read with its verb.
   */
  separableVerbs?: { particles: readonly string[]; infinitiveMarker: string; participleMarker: string };
  /** Below this confidence the answer is "not sure"; calibrated on the language's question set. */
  threshold: number;
}

/**
 * The words of the conversation controls in one language. Phrases are matched as whole
 * messages, lower-cased with Latin accents folded, after lead-ins, courtesies and punctuation are
 * trimmed; `check` phrases may have an address before or after them. Help, cancel and restart
 * words work in a chat of any language; the others in the turn's language (and English).
 *
 * @example
 *   export const intents: IntentWords = {
 *     help: ['hilfe', 'was kannst du'], cancel: ['abbrechen', 'stopp'], restart: ['neu starten', 'von vorne'],
 *     check: ['prüfen', 'prüfe', 'konto prüfen'], admins: ['wer ist mein admin'], mfa: ['mfa prüfen'],
 *     drafts: { disassociation: ['trennung beantragen'], 'extra-logins': ['mehr anmeldungen anfordern'], 'mfa-support': ['mfa support schreiben'] },
 *     smallTalk: { thanks: ['danke'], ok: ['ok', 'alles klar'], bye: ['tschüss'] },
 *     leadIns: ['bitte', 'kannst du'], courtesies: ['bitte', 'danke'], languageWords: ['sprache'], names: ['deutsch', 'german', 'allemand', 'alemán'],
 *   };
 */
export interface IntentWords {
  help: readonly string[];
  cancel: readonly string[];
  restart: readonly string[];
  /** Alone, or followed by an address, they start a check of that address. */
  check: readonly string[];
  /** Checking the person's watched addresses again now ("check again now"). */
  checkAgain: readonly string[];
  admins: readonly string[];
  mfa: readonly string[];
  /** An admin starting an outreach campaign ("start a campaign"). */
  campaign: readonly string[];
  /** An admin asking how their campaign is going ("campaign status"); a campaign id may follow. */
  campaignStatus: readonly string[];
  drafts: { readonly [kind in DraftKind]: readonly string[] };
  smallTalk: { readonly [said in SmallTalk]: readonly string[] };
  /** Politeness before what is asked ("bitte", "kannst du"), dropped before matching. */
  leadIns: readonly string[];
  /** Politeness after what is asked ("bitte", "danke", "s'il vous plaît"), dropped before matching. */
  courtesies: readonly string[];
  /** The word that introduces a language choice: "Sprache Deutsch", "langue : anglais". */
  languageWords: readonly string[];
  /** This language's names, as people type them in any language ("deutsch", "german", "allemand"). */
  names: readonly string[];
  /** After a language word, going back to the Teams locale ("automatisch"); auto, automatic, reset and default work in every language. */
  autoWords?: readonly string[];
}
