import { TEXT, type DraftNextStep } from '../../text/en';
import type { Diagnosis, Verdict } from '../types';
import type { DraftInput, DraftKind } from './types';

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

/** Where the person reads the refusal: the chat, or the command line (`vlsa draft`). */
export type DraftSurface = keyof typeof TEXT.drafts.nextStep;

/** Null when the draft fits the check; otherwise why not and where to go instead, in one sentence or two. */
export function draftRefusal(kind: DraftKind, diagnosis: Diagnosis, surface: DraftSurface = 'chat'): string | null {
  const { verdict, address } = diagnosis;
  if (FOR[kind].includes(verdict)) return null;
  const words: Partial<Record<Verdict, (address: string, next: DraftNextStep, organisation?: string, confirmed?: boolean) => string>> =
    kind === 'mfa-support' ? TEXT.drafts.notFor.mfaSupport : TEXT.drafts.notFor.vlscSupport;
  // A domain with an organisation's tenant: its admins give work accounts, so no sign-up is suggested there.
  const organisation = diagnosis.domainType === 'managed' || diagnosis.domainType === 'federated' ? (diagnosis.domain ?? undefined) : undefined;
  return (words[verdict] ?? TEXT.drafts.notFor.invalid)(address, TEXT.drafts.nextStep[surface], organisation, diagnosis.addressConfirmed);
}

/**
 * Null when what the person entered fits the draft; otherwise why not. The seed's Skip section:
 * extra log-in sessions are asked for with zero remaining log-ins; while some remain, choose Skip.
 */
export function draftInputRefusal(kind: DraftKind, input: DraftInput): string | null {
  if (kind !== 'extra-logins') return null;
  const count = (input as DraftInput<'extra-logins'>).remainingLogins;
  return typeof count === 'string' && /^\d{1,6}$/.test(count.trim()) && Number(count) > 0 ? TEXT.drafts.problems.loginsLeft(String(Number(count))) : null;
}
