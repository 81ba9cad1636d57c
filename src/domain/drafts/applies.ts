import { TEXT, type DraftNextStep } from '../../text/en';
import type { Diagnosis } from '../types';
import { verdictMeaning, type Verdict } from '../verdicts';
import type { DraftInput, DraftKind } from './types';

/** Where the person reads the refusal: the chat, or the command line (`vlsa draft`). */
export type DraftSurface = keyof typeof TEXT.drafts.nextStep;

/** Null when the draft fits the check (the verdict table's drafts); otherwise why not and where to go instead, in one sentence or two. */
export function draftRefusal(kind: DraftKind, diagnosis: Diagnosis, surface: DraftSurface = 'chat'): string | null {
  const { verdict, address } = diagnosis;
  if (verdictMeaning(verdict).drafts.includes(kind)) return null;
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
