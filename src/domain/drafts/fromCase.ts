import type { Diagnosis } from '../types';
import { CheckFinding, DraftInput, DraftInputs, DraftKind, DraftPrefillWords, MfaMethod, Region, Relationship, TakeoverProgress, TENANT_TYPES } from './types';

/** What is known about a person's case when they ask for a draft. */
export interface DraftCase {
  diagnosis: Diagnosis;
  /** The person as Teams (or the command line) identifies them. */
  requester: { name: string; email?: string; upn?: string };
  tried?: string;
  newAccount?: string;
  error?: string;
  method?: MfaMethod;
  globalAdmin?: string;
  region?: Region;
  /** How many log-ins VLSC shows, as the person says. */
  remainingLogins?: string;
  progress?: TakeoverProgress;
  relationship?: Relationship;
}

/** What the check found, from the diagnosis's facts only: of the address when confirmed, else of its domain. */
function checkFinding(diagnosis: Diagnosis): CheckFinding {
  const unconfirmed = diagnosis.workAccount === true && !diagnosis.addressConfirmed && diagnosis.verdict !== 'lookup-failed';
  return {
    verdict: diagnosis.verdict,
    federated: diagnosis.domainType === 'federated',
    unconfirmed,
    personalUnknown: unconfirmed && diagnosis.personalAccount === null,
    tenantName: diagnosis.tenantName,
    checkedAt: diagnosis.checkedAt,
  };
}

/** The tenant type an MFA request is about, when the check found one. */
function tenantType(diagnosis: Diagnosis): string {
  return TENANT_TYPES.find((type) => type === diagnosis.domainType) ?? '';
}

/**
 * The first version of a draft, prefilled from one person's case: the check's facts and
 * what the person gave, nothing assumed, said in `words`. Every value comes from `from`;
 * nothing is remembered between calls.
 */
export function draftInputFromCase<K extends DraftKind>(kind: K, from: DraftCase, words: DraftPrefillWords): DraftInput<K> {
  const { diagnosis, requester } = from;
  const contactName = requester.name.trim();
  // Only an address Teams gave for the person: the checked address may be someone else's, and pairing it with their name would be a claim.
  const contactEmail = requester.email ?? requester.upn ?? '';
  const tried = from.tried?.trim() ?? '';
  const inputs: { [Kind in DraftKind]: () => DraftInputs[Kind] } = {
    disassociation: () => ({
      contactName,
      contactEmail,
      vlscAddress: diagnosis.address,
      domain: diagnosis.domain ?? '',
      tenantId: diagnosis.tenantId ?? '',
      verdictFound: words.verdictFound(checkFinding(diagnosis)),
      request: words.request(diagnosis.address),
      newAccount: from.newAccount ?? '',
      region: from.region ?? '',
      tried,
    }),
    'extra-logins': () => ({
      contactName,
      contactEmail,
      vlscAddress: diagnosis.address,
      remainingLogins: from.remainingLogins?.trim() ?? '',
      progress: from.progress ?? '',
      reason: tried && words.soFar(tried),
      expectedCompletion: '',
    }),
    'mfa-support': () => ({
      tenantId: diagnosis.tenantId ?? '',
      domain: diagnosis.domain ?? '',
      tenantType: tenantType(diagnosis),
      relationship: from.relationship ?? '',
      method: from.method ?? '',
      error: from.error ?? '',
      globalAdmin: from.globalAdmin ?? '',
      contactName,
      contactEmail,
    }),
  };
  return inputs[kind]();
}
