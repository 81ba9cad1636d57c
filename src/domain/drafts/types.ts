import type { AddressProblem } from '../address';
import type { Verdict } from '../verdicts';

/**
 * Drafts of the support requests people send when VLSC sign-in gets stuck. Inputs are
 * plain strings, as a card form submits them, so a card can round-trip them unchanged.
 * Their words are the catalog's (its drafts area): the edge hands them in, the domain arranges
 * the facts.
 */

export const DRAFT_KINDS = ['disassociation', 'extra-logins', 'mfa-support'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const MFA_METHODS = ['conditional-access', 'security-defaults', 'per-user'] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

/** Which VLSC Support web form applies: Canada and the USA have their own. */
export const REGIONS = ['north-america', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];

/** Why someone with an unmanaged-tenant account needs more time (the seed's reasons for Skip). */
export const TAKEOVER_PROGRESS = ['takeover-in-progress', 'finding-admin'] as const;
export type TakeoverProgress = (typeof TAKEOVER_PROGRESS)[number];

/** Who writes to MFA support: the person says, the bot never assumes. */
export const RELATIONSHIPS = ['partner', 'customer'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The tenant types a check can find that an MFA request is about. */
export const TENANT_TYPES = ['managed', 'federated', 'unmanaged'] as const;
export type TenantType = (typeof TENANT_TYPES)[number];

/** Option 2 of the seed: disassociate the VLSC account from the address, then register again. */
export interface DisassociationInput {
  contactName: string;
  /** Where VLSC Support replies. */
  contactEmail: string;
  /** The e-mail address used to sign in to VLSC. */
  vlscAddress: string;
  domain: string;
  tenantId: string;
  /** What the diagnosis found and when, as a sentence. */
  verdictFound: string;
  request: string;
  /** The work account the person will sign in with afterwards, when already known. */
  newAccount: string;
  /** A Region, or '' when not stated. */
  region: string;
  tried: string;
}

/** For people with zero remaining VLSC logins who need more time. */
export interface ExtraLoginsInput {
  contactName: string;
  contactEmail: string;
  vlscAddress: string;
  /** What VLSC shows, as the person enters it: never assumed. */
  remainingLogins: string;
  /** A TakeoverProgress, or '' until the person chooses. */
  progress: string;
  reason: string;
  expectedCompletion: string;
}

/** The e-mail to MFAVLCsupport for partners who cannot enable MFA. */
export interface MfaSupportInput {
  tenantId: string;
  domain: string;
  /** A TenantType from the check, or '' when not known. */
  tenantType: string;
  /** A Relationship, or '' when not stated. */
  relationship: string;
  /** An MfaMethod, or '' when not stated. */
  method: string;
  error: string;
  globalAdmin: string;
  contactName: string;
  contactEmail: string;
}

export interface DraftInputs {
  disassociation: DisassociationInput;
  'extra-logins': ExtraLoginsInput;
  'mfa-support': MfaSupportInput;
}

export type DraftInput<K extends DraftKind = DraftKind> = DraftInputs[K];
export type DraftFieldName<K extends DraftKind = DraftKind> = keyof DraftInputs[K] & string;

/** What the check found, as a draft states it: facts from the check only. */
export interface CheckFinding {
  verdict: Verdict;
  federated: boolean;
  /** A work account was found for the domain, but not confirmed for this exact address. */
  unconfirmed: boolean;
  /** Unconfirmed, and whether a personal Microsoft account uses the address is not known. */
  personalUnknown: boolean;
  tenantName: string | null;
  /** ISO timestamp of the check. */
  checkedAt: string;
}

/** The words a draft prefilled from a case writes into its fields. */
export interface DraftPrefillWords {
  verdictFound(finding: CheckFinding): string;
  /** The disassociation request Option 2, Step 1 asks for. */
  request(address: string): string;
  /** What the person tried, as the reason for more log-ins. */
  soFar(tried: string): string;
}

/** One kind of draft in one language: its title, its fields' labels and choices, its text. */
export interface DraftWords<K extends DraftKind = DraftKind> {
  title: string;
  labels: { readonly [N in DraftFieldName<K>]: string };
  /** The title of a choice value; the value itself when it is none of the field's choices. */
  choiceTitle(name: DraftFieldName<K>, value: string): string;
  /** Input arrives trimmed and scrubbed. */
  subject(input: DraftInput<K>): string;
  body(input: DraftInput<K>): string;
  notes(input: DraftInput<K>): string[];
  /** Ends an e-mail link's body that was shortened to fit. */
  shortened: string;
}

/** One line of the web form or e-mail, in the order the form asks for it. */
export interface DraftField<K extends DraftKind = DraftKind> {
  name: DraftFieldName<K>;
  label: string;
  /** The input value, scrubbed; for fields with choices, one of the choice values (or ''). */
  value: string;
  required: boolean;
  /** For fields with a fixed set of answers: the value a card submits and the title shown. */
  choices?: ReadonlyArray<{ value: string; title: string }>;
}

export type DraftChannel = 'web-form' | 'email';

export interface Draft<K extends DraftKind = DraftKind> {
  kind: K;
  /** A heading for the card. */
  title: string;
  channel: DraftChannel;
  /** The e-mail recipient; null for web forms. */
  to: string | null;
  subject: string;
  /** The full text to copy. */
  body: string;
  /** `mailto:` link with subject and body; null for web forms. */
  mailto: string | null;
  /** True when the mailto body was shortened to fit the length mail clients accept. */
  truncated: boolean;
  /** Where to send a web-form draft (VLSC Support's contact page); null for e-mail. */
  link: string | null;
  /** Guidance for the person sending it (which form, what to expect); not part of the body. */
  notes: string[];
  fields: Array<DraftField<K>>;
}

/** What is wrong with a value entered in a draft's field, as a code the catalog words (drafts.fieldProblem). */
export type DraftFieldProblem =
  | { code: 'missing' }
  | { code: 'too-long'; max: number }
  | { code: 'address'; problem: AddressProblem }
  | { code: 'domain' }
  | { code: 'tenant-id' }
  | { code: 'count' }
  /** Not one of the field's choices. */
  | { code: 'choice' }
  /** The new account is the address VLSC Support is asked to release. */
  | { code: 'same-account' }
  /** Extra log-in sessions are for zero remaining log-ins; `count` were given. */
  | { code: 'logins-left'; count: string };

/** Field name → what is wrong with it. */
export type DraftFieldErrors<K extends DraftKind = DraftKind> = Partial<Record<DraftFieldName<K>, DraftFieldProblem>>;

/**
 * Why a draft does not fit the check, and the facts the words for the right path instead
 * need: `organisation` is the address's domain when it has a managed or federated tenant,
 * whose admins give work accounts; `confirmed`, whether Microsoft's answer holds for this
 * exact address.
 */
export interface DraftRefusal {
  kind: DraftKind;
  verdict: Verdict;
  address: string;
  organisation?: string;
  confirmed: boolean;
}
