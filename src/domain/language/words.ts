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
   * The ways people say one thing, folded onto index terms: [terms, sayings]. Use the shared
   * terms for the guidance's subjects (mfa, authenticator, unmanaged, admin, msa, workaccount,
   * m365, vlcentral, vlsc, entra, tenant, signin, signup, takeover, disassociate, guest,
   * conditionalaccess, securitydefaults, peruser, deadline, premium, webform, domain, dns, txt,
   * onmicrosoft, idp, thirdparty, federated, passkey): a question naming one of them is on topic.
   */
  synonyms: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Words that say nothing about which topic is meant (articles, pronouns, courtesies), checked before stemming. */
  stopWords: readonly string[];
  /** Short forms people type, read as the word they stand for before anything else: ['pw', 'passwort']. */
  abbreviations?: ReadonlyArray<readonly [short: string, word: string]>;
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
  admins: readonly string[];
  mfa: readonly string[];
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
