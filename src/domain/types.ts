/**
 * Types shared by the domain modules, the Teams surface and the command line.
 * Nothing here knows about Teams.
 */

export const VERDICTS = [
  'invalid-address',
  'lookup-failed',
  'takeover-needed',
  'choose-work-account',
  'ready',
  'personal-account',
  'no-account',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export type DomainType = 'managed' | 'federated' | 'unmanaged' | 'unknown';

/** The recommended next path for a verdict: a stable id the bot and the CLI both use. */
export type NextStep =
  | 'takeover'
  | 'new-work-account'
  | 'use-work-account'
  | 'sign-in-as-work'
  | 'mfa-readiness'
  | 'retry'
  | 'fix-address';

/** Which public Entra source a lookup failure came from. */
export type SignalSource = 'user-realm' | 'credential-type' | 'openid-configuration';

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
  /** A sentence a person can read. */
  reason: string;
  next: NextStep;
  /** Set when verdict is lookup-failed: which source failed and how. */
  failure?: { source: SignalSource; detail: string };
  /** ISO timestamp of the diagnosis. */
  checkedAt: string;
}
