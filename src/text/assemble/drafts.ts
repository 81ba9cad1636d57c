import {
  fieldSpec,
  type CheckFinding,
  type DraftFieldName,
  type DraftFieldProblem,
  type DraftInput,
  type DraftKind,
  type DraftPrefillWords,
  type DraftRefusal,
  type DraftWords,
} from '../../domain/drafts';
import { MFA_METHODS, RELATIONSHIPS } from '../../domain/drafts/types';
import { LINKS } from '../../domain/links';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords } from '../catalog';

type DraftsWords = CatalogWords['drafts'];

/** Where the person reads a refusal: the chat, or the command line (`vlsa draft`). */
type DraftSurface = keyof DraftsWords['nextStep'];

/** The support-request drafts as the code reads them: the words, and the drafts built from them. */
export type DraftsText = DraftsWords & {
  readonly documents: { readonly [K in DraftKind]: DraftWords<K> };
  readonly prefill: DraftPrefillWords;
  /** Why a draft does not fit the check and where to go instead, in one sentence or two. */
  refusalInWords(refusal: DraftRefusal, surface: DraftSurface): string;
  /** What is wrong with a value entered in a field, in words. */
  fieldProblem<K extends DraftKind>(kind: K, name: DraftFieldName<K>, problem: DraftFieldProblem): string;
};

type RefusalWords = (address: string, next: DraftsWords['nextStep'][DraftSurface], organisation?: string, confirmed?: boolean) => string;
type FieldWords<K extends DraftKind> = { readonly [N in DraftFieldName<K>]: { label: string; missing?: string } };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * The drafts of one language, from its words: the same facts in the same order in every
 * language, faithful to the two seed documents ("Migration to Work or School Accounts for VLSC
 * Access", Option 2 and Skip; "Mandatory MFA for Volume Licensing Central"). A draft states
 * only what the check found and what the person entered: anything else is a field or a choice
 * they fill in.
 */
export function draftsFrom(words: CatalogWords): DraftsText {
  const W = words.drafts;
  const FILL_IN = W.fillIn;

  /** The titles of the values of each field with choices (the tenant type's are the result card's). */
  const choiceTitles: Record<string, Readonly<Record<string, string>>> = {
    region: W.choices.region,
    progress: W.choices.progress,
    relationship: W.choices.relationship,
    method: W.choices.method,
    tenantType: words.result.domainTypes,
  };

  function choiceTitle<K extends DraftKind>(kind: K, name: DraftFieldName<K>, value: string): string {
    return fieldSpec(kind, name).choices?.includes(value) ? (choiceTitles[name]?.[value] ?? value) : value;
  }

  const fieldWords = <K extends DraftKind>(kind: K) => W.fields[kind] as FieldWords<K>;

  function labels<K extends DraftKind>(kind: K): DraftWords<K>['labels'] {
    const fields = fieldWords(kind);
    return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, (field as { label: string }).label])) as DraftWords<K>['labels'];
  }

  /** A value as the text states it: a choice by its title, a required blank as "fill in", another blank as left blank. */
  function shown<K extends DraftKind>(kind: K, input: DraftInput<K>, name: DraftFieldName<K>): string {
    const value = input[name] as string;
    if (value === '') return fieldSpec(kind, name).required ? FILL_IN : W.blank;
    return choiceTitle(kind, name, value);
  }

  /** The "Label: value" lines, using the field labels so the text and the form line up. */
  function details<K extends DraftKind>(kind: K, input: DraftInput<K>, names: Array<DraftFieldName<K>>): string[] {
    const fields = fieldWords(kind);
    return names.map((name) => W.detail(fields[name].label, shown(kind, input, name)));
  }

  /** A draft's text: its opening lines, the "Label: value" lines of `names`, and the sign-off with the contact's name. */
  function letter<K extends DraftKind>(kind: K, input: DraftInput<K>, opening: readonly string[], names: Array<DraftFieldName<K>>): string {
    return [...opening, '', ...details(kind, input, names), '', W.signOff, input.contactName || FILL_IN].join('\n');
  }

  function wordsOf<K extends DraftKind>(kind: K, text: Pick<DraftWords<K>, 'title' | 'subject' | 'body' | 'notes'>): DraftWords<K> {
    return { ...text, labels: labels(kind), choiceTitle: (name, value) => choiceTitle(kind, name, value), shortened: W.shortened };
  }

  const documents: { [K in DraftKind]: DraftWords<K> } = {
    disassociation: wordsOf('disassociation', {
      title: W.disassociation.title,
      subject: (input) => W.disassociation.subject(input.vlscAddress || FILL_IN),
      body: (input) =>
        letter(
          'disassociation',
          input,
          [
            W.disassociation.greeting,
            '',
            input.request || FILL_IN,
            '',
            // Only what the person entered: without a new account the body says nothing of one (its field shows the blank).
            ...(input.newAccount ? [W.disassociation.why(input.vlscAddress || FILL_IN), W.disassociation.newAccount(input.newAccount)] : []),
            W.disassociation.wait,
          ],
          ['contactName', 'contactEmail', 'vlscAddress', 'domain', 'tenantId', 'verdictFound', 'newAccount', 'region', 'tried'],
        ),
      notes: (input) => [
        // The seed names the N. America MAK ADD web form for this request only.
        input.region === 'north-america' ? W.disassociation.pasteNorthAmerica : W.disassociation.paste,
        W.webFormAnswer,
        W.disassociation.doNotSignIn,
        ...(input.newAccount ? [] : [W.disassociation.signUpMeanwhile]),
        W.disassociation.afterwards,
      ],
    }),
    'extra-logins': wordsOf('extra-logins', {
      title: W.extraLogins.title,
      subject: (input) => W.extraLogins.subject(input.vlscAddress || FILL_IN),
      body: (input) =>
        letter(
          'extra-logins',
          input,
          [W.extraLogins.greeting, '', W.extraLogins.request(input.vlscAddress || FILL_IN), W.extraLogins.remaining(input.remainingLogins || FILL_IN)],
          ['contactName', 'contactEmail', 'vlscAddress', 'remainingLogins', 'progress', 'reason', 'expectedCompletion'],
        ),
      notes: () => [W.extraLogins.paste, W.webFormAnswer, W.extraLogins.buysTime],
    }),
    'mfa-support': wordsOf('mfa-support', {
      title: W.mfaSupport.title,
      subject: (input) => W.mfaSupport.subject(input.domain || FILL_IN, input.tenantId || FILL_IN),
      body: (input) =>
        letter(
          'mfa-support',
          input,
          [
            W.mfaSupport.greeting,
            '',
            ...(input.tenantType === 'unmanaged' ? [W.mfaSupport.unmanagedFirst(input.domain || FILL_IN), ''] : []),
            ...(isOneOf(RELATIONSHIPS, input.relationship) ? [W.mfaSupport.relationship[input.relationship]] : []),
            W.mfaSupport.problem,
            ...(isOneOf(MFA_METHODS, input.method) ? ['', W.mfaSupport.method[input.method]] : []),
          ],
          ['tenantId', 'domain', 'tenantType', 'relationship', 'method', 'error', 'globalAdmin', 'contactName', 'contactEmail'],
        ),
      notes: (input) => [
        // Nobody can turn MFA on in a tenant without an administrator: the takeover comes first.
        ...(input.tenantType === 'unmanaged' ? [W.mfaSupport.afterTakeover(words.mfa.unmanaged.text(input.domain || FILL_IN))] : []),
        W.mfaSupport.send(LINKS.mfaSupportEmail),
        W.mfaSupport.copyIn(words.mfa.whoCanEnforce),
      ],
    }),
  };

  const F = W.findings;

  /** The check's time in the language's words; a timestamp that is not one is shown as stored. */
  function when(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : F.when(date);
  }

  function findingText({ verdict, federated, unconfirmed }: CheckFinding): string {
    if (verdict === 'ready' && federated) return unconfirmed ? F.unconfirmed.readyFederated : F.readyFederated;
    if (unconfirmed && (verdict === 'takeover-needed' || verdict === 'choose-work-account' || verdict === 'ready')) return F.unconfirmed[verdict];
    return F[verdict];
  }

  /** What a draft prefilled from a case writes into its fields. */
  const prefill: DraftPrefillWords = {
    verdictFound: (finding) =>
      F.checked(`${findingText(finding)}${finding.personalUnknown ? F.personalUnknown : ''}${finding.tenantName ? F.tenant(finding.tenantName) : ''}`, when(finding.checkedAt)),
    request: W.disassociation.request,
    soFar: W.extraLogins.soFar,
  };

  function refusalInWords(refusal: DraftRefusal, surface: DraftSurface): string {
    const group: Partial<Record<Verdict, RefusalWords>> = refusal.kind === 'mfa-support' ? W.notFor.mfaSupport : W.notFor.vlscSupport;
    const say: RefusalWords = group[refusal.verdict] ?? W.notFor.invalid;
    return say(refusal.address, W.nextStep[surface], refusal.organisation, refusal.confirmed);
  }

  const P = W.problems;

  function fieldProblem<K extends DraftKind>(kind: K, name: DraftFieldName<K>, problem: DraftFieldProblem): string {
    switch (problem.code) {
      case 'missing':
        return fieldWords(kind)[name].missing ?? W.required;
      case 'too-long':
        return P.tooLong(problem.max);
      case 'address':
        return P.address(words.address.problems[problem.problem]);
      case 'domain':
        return P.domain;
      case 'tenant-id':
        return P.tenantId;
      case 'count':
        return P.count;
      case 'choice':
        return P.choice(W.choiceList((fieldSpec(kind, name).choices ?? []).map((value) => choiceTitle(kind, name, value))));
      case 'same-account':
        return P.sameAccount;
      case 'logins-left':
        return P.loginsLeft(problem.count);
    }
  }

  return { ...W, documents, prefill, refusalInWords, fieldProblem };
}
