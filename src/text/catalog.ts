import type { DraftKind, DraftWords } from '../domain/drafts/types';
import type { MfaReadinessReport, PolicyAssessment, ReadinessPoint } from '../domain/mfaReadiness';
import type { Verdict } from '../domain/verdicts';
import type { CasesText } from './assemble/cases';
import type { DraftsText } from './assemble/drafts';
import type { ManualText } from './assemble/manual';
import type { ReadinessText } from './assemble/readiness';
import type * as englishWords from './en/words';

/**
 * The catalog's shape with its English words taken out: every string a string, every list a
 * list of strings, every sentence with parameters a function of the same parameters.
 */
type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? Sentence<T, A, R>
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Words<T[K]> }
        : T;

/**
 * A function of the catalog: one returning these English words returns any words in another
 * language; one already returning any string (or list of strings), or data in words (a
 * report), is kept as it is, its type parameters included, so callers keep their types.
 */
type Sentence<T, A extends unknown[], R> = string extends R
  ? T
  : R extends string
    ? (...args: A) => string
    : string[] extends R
      ? T
      : R extends readonly string[]
        ? (...args: A) => readonly string[]
        : T;

/**
 * What every language's folder writes: the keys of the English words (src/text/en/words.ts),
 * each with words of the same kind. A language is a folder src/text/<lang>/ whose words.ts
 * exports its words and whose index assembles them (`assembleCatalog`, ./assemble/); a key it
 * lacks, or a sentence that takes other parameters, fails typecheck.
 */
export type CatalogWords = Words<typeof englishWords>;

/** A language's catalog as the code reads it: its words, and what ./assemble/ builds from them. */
export type Catalog = Omit<CatalogWords, 'drafts' | 'cases' | 'manual' | 'readiness'> & {
  readonly verdictCards: Readonly<Record<Verdict, VerdictCardText>>;
  readonly drafts: DraftsText;
  readonly cases: CasesText;
  readonly manual: ManualText;
  readonly readiness: ReadinessText;
};

/** What a verdict card's words are given: the check's facts, as people should see them. */
export interface VerdictFacts {
  /** The address and its domain as shown (a look-alike domain with its punycode beside it). */
  shownAddress: string;
  shownDomain: string;
  /** The domain as checked (the address when there is none). */
  domain: string;
  /** The tenant's name, or the domain when Microsoft gave none. */
  tenant: string;
  /** Whether Microsoft's answer holds for this exact address. */
  confirmed: boolean;
  federated: boolean;
  /** The domain has an organisation's tenant (managed or federated). */
  hasTenant: boolean;
  /** The diagnosis's reason, in words. */
  reason: string;
}

/** The head of a verdict card; `next` and `help` are left to a card section when they depend on who asks. */
export interface VerdictCardText {
  title(facts: VerdictFacts): string;
  summary(facts: VerdictFacts): string;
  next?(facts: VerdictFacts): string;
  help?(facts: VerdictFacts): string;
}

/**
 * Words for each variant of coded data, one entry per code (the `key` field, `code` unless
 * said): a variant without its words fails typecheck.
 */
export type WordsFor<U extends Record<K, string>, K extends string = 'code'> = { readonly [C in U[K]]: (value: Extract<U, Record<K, C>>) => string };

/** `value` in words: the entry for its code. */
export function inWords<U extends Record<K, string>, K extends string = 'code'>(words: WordsFor<U, K>, value: U, key: K = 'code' as K): string {
  const say = words[value[key]] as (value: U) => string;
  return say(value);
}

/**
 * The words of one kind of draft in `words`, as buildDraft takes them. The catalog type spells
 * the kinds out one by one, so for a kind only known as `K` this says they are its DraftWords.
 */
export function draftWordsIn<K extends DraftKind>(words: Catalog, kind: K): DraftWords<K> {
  return words.drafts.documents[kind] as DraftWords<K>;
}

/** A point of the live MFA check in words: what the command line prints and the MFA card shows. */
export interface ReadinessPointInWords {
  id: ReadinessPoint['id'];
  status: ReadinessPoint['status'];
  title: string;
  detail: string;
  steps?: string[];
}

export type PolicyAssessmentInWords = Omit<PolicyAssessment, 'problems' | 'exclusions'> & { problems: string[]; exclusions: string | null };

export type MfaReadinessReportInWords = Omit<MfaReadinessReport, 'tenant' | 'points' | 'adminMustDo'> & {
  tenant: Omit<MfaReadinessReport['tenant'], 'mfaPolicies'> & { mfaPolicies: PolicyAssessmentInWords[] | null };
  points: ReadinessPointInWords[];
  adminMustDo: string[];
};
