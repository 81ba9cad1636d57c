import { TEXT } from '../../text/en';
import type { Diagnosis, Verdict } from '../types';
import type { DraftKind } from './types';

/**
 * Which verdicts each draft is for, where the seeds tie them: the VLSC Support requests
 * (Option 2's disassociation, extra log-ins after Skip) to accounts in an unmanaged tenant;
 * the MFA support e-mail to a tenant that must enable MFA. A failed check is not a reason to
 * refuse: the draft is then left for the person to fill in.
 */
const FOR: Record<DraftKind, readonly Verdict[]> = {
  disassociation: ['takeover-needed', 'lookup-failed'],
  'extra-logins': ['takeover-needed', 'lookup-failed'],
  'mfa-support': ['ready', 'choose-work-account', 'takeover-needed', 'lookup-failed'],
};

/** Null when the draft fits the check; otherwise why not and where to go instead, in one sentence or two. */
export function draftRefusal(kind: DraftKind, diagnosis: Diagnosis): string | null {
  const { verdict, address } = diagnosis;
  if (FOR[kind].includes(verdict)) return null;
  const words: Partial<Record<Verdict, (address: string) => string>> = kind === 'mfa-support' ? TEXT.drafts.notFor.mfaSupport : TEXT.drafts.notFor.vlscSupport;
  return (words[verdict] ?? TEXT.drafts.notFor.invalid)(address);
}
