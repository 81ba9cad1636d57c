import { TEXT } from '../../text/en';
import type { Diagnosis } from '../types';
import { DraftInput, DraftInputs, DraftKind, MfaMethod, Region, Relationship, TakeoverProgress, TENANT_TYPES } from './types';

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

const F = TEXT.drafts.findings;

/** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What the check found, stated from the diagnosis's facts only: of the address when confirmed, else of its domain. */
function verdictFound(diagnosis: Diagnosis): string {
  const unconfirmed = diagnosis.workAccount === true && !diagnosis.addressConfirmed && diagnosis.verdict !== 'lookup-failed';
  const personal = unconfirmed && diagnosis.personalAccount === null ? F.personalUnknown : '';
  const tenant = diagnosis.tenantName ? F.tenant(diagnosis.tenantName) : '';
  return F.checked(`${finding(diagnosis, unconfirmed)}${personal}${tenant}`, when(diagnosis.checkedAt));
}

function finding({ verdict, domainType }: Diagnosis, unconfirmed: boolean): string {
  if (verdict === 'ready' && domainType === 'federated') return unconfirmed ? F.unconfirmed.readyFederated : F.readyFederated;
  if (unconfirmed && (verdict === 'takeover-needed' || verdict === 'choose-work-account' || verdict === 'ready')) return F.unconfirmed[verdict];
  return F[verdict];
}

/** The tenant type an MFA request is about, when the check found one. */
function tenantType(diagnosis: Diagnosis): string {
  return TENANT_TYPES.find((type) => type === diagnosis.domainType) ?? '';
}

/**
 * The first version of a draft, prefilled from one person's case: the check's facts and
 * what the person gave, nothing assumed. Every value comes from `from`; nothing is
 * remembered between calls.
 */
export function draftInputFromCase<K extends DraftKind>(kind: K, from: DraftCase): DraftInput<K> {
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
      verdictFound: verdictFound(diagnosis),
      request: TEXT.drafts.disassociation.request(diagnosis.address),
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
      reason: tried && TEXT.drafts.extraLogins.soFar(tried),
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
