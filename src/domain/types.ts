/**
 * Types shared by the domain modules, the Teams surface and the command line.
 * Nothing here knows about Teams.
 */
import type { AddressProblem } from './address';
import type { NextStep, Verdict } from './verdicts';

export type DomainType = 'managed' | 'federated' | 'unmanaged' | 'unknown';

/** Which public Entra source a lookup failure came from. */
export type SignalSource = 'user-realm' | 'credential-type' | 'openid-configuration';

/** What the check itself found wrong in Microsoft's answers; an upstream failure is given as its message (`detail`). */
export type LookupProblem =
  | { code: 'not-an-answer'; ifExistsResult: number }
  /** Credential type reports a work account at a domain Entra does not know (it answers that way while throttled). */
  | { code: 'unknown-domain'; domain: string }
  | { code: 'no-tenant'; domain: string };

export type LookupFailure = { source: SignalSource } & ({ detail: string } | LookupProblem);

/** Why the check could not confirm the exact address, although the domain's kind is known. */
export type UnconfirmedCause =
  | { code: 'federated' }
  /** A made-up address at the domain also answered "exists": the lookup does that while throttled. */
  | { code: 'busy' }
  /** The lookup of a made-up address, which tells real answers from throttled ones, failed or was not made. */
  | { code: 'control-failed'; detail: string }
  | { code: 'control-not-asked' };

/** The domain's tenant, as a reason names it. */
export interface TenantLabel {
  tenant: string;
  federated: boolean;
}

/** Who could give a work account at the address's domain, when its tenant says. */
export type TenantNote = { code: 'organisation'; domain: string; tenant: string } | { code: 'unmanaged'; domain: string };

/** What the lookups found, as data the catalog words (its diagnosis.reasons): one code per kind of finding. */
export type DiagnosisReason =
  | { code: 'invalid-address'; problem: AddressProblem }
  | { code: 'lookup-failed'; address: string; failure: LookupFailure }
  | { code: 'personal-account'; address: string; note: TenantNote | null }
  | { code: 'no-account'; address: string; note: TenantNote | null }
  | { code: 'takeover'; address: string; domain: string }
  | { code: 'choose-work'; address: string; tenant: TenantLabel }
  | { code: 'ready'; address: string; tenant: TenantLabel }
  /** The same findings when the exact address is not confirmed: only the domain is known. */
  | { code: 'takeover-unconfirmed'; address: string; domain: string; why: UnconfirmedCause }
  | { code: 'choose-work-unconfirmed'; address: string; domain: string; tenant: TenantLabel; why: UnconfirmedCause }
  | { code: 'ready-unconfirmed'; address: string; domain: string; tenant: TenantLabel; why: UnconfirmedCause }
  /** Ready, and the user realm did not say whether a personal account also uses the address. */
  | { code: 'ready-personal-unknown'; address: string; domain: string; tenant: TenantLabel; why: UnconfirmedCause }
  /** A case stored before reasons were data keeps the sentence it was stored with. */
  | { code: 'recorded'; text: string };

export interface Diagnosis {
  /** The address as typed, trimmed; `address` is the normalised form (domain lower-cased). */
  input: string;
  address: string;
  domain: string | null;
  verdict: Verdict;
  domainType: DomainType;
  tenantId: string | null;
  tenantName: string | null;
  workAccount: boolean | null;
  personalAccount: boolean | null;
  /**
   * Whether Microsoft's answer about this exact address can be relied on. False for federated
   * domains (every address answers "exists"), when a control lookup of a made-up address at the
   * domain also answers "exists" (the endpoint does that while throttling) or could not be made,
   * and when nothing was concluded (invalid address, failed lookup).
   */
  addressConfirmed: boolean;
  /** What the lookups found, for the command line and case cards. */
  reason: DiagnosisReason;
  next: NextStep;
  /** Set when verdict is lookup-failed: which source failed and how. */
  failure?: LookupFailure;
  /** ISO timestamp of the diagnosis. */
  checkedAt: string;
}
