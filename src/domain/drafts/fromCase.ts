import type { Diagnosis, Verdict } from '../types';
import { disassociationRequest } from './templates';
import { DraftInput, DraftInputs, DraftKind, MfaMethod, Region } from './types';

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
}

const FINDINGS: Record<Verdict, string> = {
  'takeover-needed': 'The address is in an unmanaged (“viral”) Microsoft Entra tenant with no administrator; VLSC asks for a takeover',
  'personal-account': 'The address is a personal Microsoft account, not a work or school account',
  'choose-work-account': 'The address is both a work or school account and a personal Microsoft account',
  ready: 'The address is a work or school account in a managed tenant',
  'no-account': 'No work or school account or personal Microsoft account exists for the address',
  'lookup-failed': 'The check could not get an answer from Microsoft’s sign-in service',
  'invalid-address': 'The address is not a valid e-mail address',
};

/** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function verdictFound(diagnosis: Diagnosis): string {
  const tenant = diagnosis.tenantName ? ` (the domain’s tenant: ${diagnosis.tenantName})` : '';
  return `${FINDINGS[diagnosis.verdict]}${tenant}. Checked ${when(diagnosis.checkedAt)}.`;
}

function moreTimeReason(diagnosis: Diagnosis): string {
  switch (diagnosis.verdict) {
    case 'takeover-needed':
      return `My organisation is taking over the unmanaged tenant for ${diagnosis.domain} (verifying ownership of the domain with a DNS TXT record), and I need to keep signing in to VLSC until that is done.`;
    case 'personal-account':
      return 'I sign in with a personal Microsoft account and am moving to the work or school account VLSC requires; I need to keep signing in until I can switch.';
    default:
      return '';
  }
}

function joinSentences(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/**
 * The first version of a draft, prefilled from one person's case. Every value comes from
 * `from`; nothing is remembered between calls.
 */
export function draftInputFromCase<K extends DraftKind>(kind: K, from: DraftCase): DraftInput<K> {
  const { diagnosis, requester } = from;
  const contactName = requester.name.trim();
  const contactEmail = requester.email ?? requester.upn ?? diagnosis.address;
  const tried = from.tried?.trim() ?? '';
  const inputs: { [Kind in DraftKind]: () => DraftInputs[Kind] } = {
    disassociation: () => ({
      contactName,
      contactEmail,
      vlscAddress: diagnosis.address,
      domain: diagnosis.domain ?? '',
      tenantId: diagnosis.tenantId ?? '',
      verdictFound: verdictFound(diagnosis),
      request: disassociationRequest(diagnosis.address),
      newAccount: from.newAccount ?? '',
      region: from.region ?? '',
      tried,
    }),
    'extra-logins': () => ({
      contactName,
      contactEmail,
      vlscAddress: diagnosis.address,
      remainingLogins: '0',
      reason: joinSentences(moreTimeReason(diagnosis), tried && `So far: ${tried}`),
      expectedCompletion: '',
    }),
    'mfa-support': () => ({
      tenantId: diagnosis.tenantId ?? '',
      domain: diagnosis.domain ?? '',
      method: from.method ?? '',
      error: from.error ?? '',
      globalAdmin: from.globalAdmin ?? '',
      contactName,
      contactEmail,
    }),
  };
  return inputs[kind]();
}
