import type { Diagnosis } from '../types';
import { verdictMeaning } from '../verdicts';
import type { DraftFieldProblem, DraftInput, DraftKind, DraftRefusal } from './types';

/** Null when the draft fits the check (the verdict table's drafts); otherwise why not, for the words of the right path instead. */
export function draftRefusal(kind: DraftKind, diagnosis: Diagnosis): DraftRefusal | null {
  const { verdict, address } = diagnosis;
  if (verdictMeaning(verdict).drafts.includes(kind)) return null;
  // A domain with an organisation's tenant: its admins give work accounts, so no sign-up is suggested there.
  const organisation = diagnosis.domainType === 'managed' || diagnosis.domainType === 'federated' ? (diagnosis.domain ?? undefined) : undefined;
  return { kind, verdict, address, ...(organisation ? { organisation } : {}), confirmed: diagnosis.addressConfirmed };
}

/**
 * Null when what the person entered fits the draft; otherwise why not. The seed's Skip section:
 * extra log-in sessions are asked for with zero remaining log-ins; while some remain, choose Skip.
 */
export function draftInputRefusal(kind: DraftKind, input: DraftInput): Extract<DraftFieldProblem, { code: 'logins-left' }> | null {
  if (kind !== 'extra-logins') return null;
  const count = (input as DraftInput<'extra-logins'>).remainingLogins;
  return typeof count === 'string' && /^\d{1,6}$/.test(count.trim()) && Number(count) > 0 ? { code: 'logins-left', count: String(Number(count)) } : null;
}
