import type { CaseCategory } from './cases/case';
import type { DraftKind } from './drafts/types';

/** The recommended next path for a verdict: a stable id the bot and the CLI both use. */
export type NextStep =
  | 'takeover'
  | 'new-work-account'
  | 'use-work-account'
  | 'sign-in-as-work'
  | 'mfa-readiness'
  | 'retry'
  | 'fix-address';

/** What one verdict means to every layer that acts on it. */
export interface VerdictMeaning {
  /** The help-desk category a case opened for it starts in. */
  category: CaseCategory;
  next: NextStep;
  /**
   * The support-request drafts the seeds tie to it: the VLSC Support requests (Option 2's
   * disassociation, extra log-ins after Skip) to accounts in an unmanaged tenant, the MFA support
   * e-mail to a tenant that must enable MFA. A failed check refuses none: the draft is then left
   * for the person to fill in.
   */
  drafts: readonly DraftKind[];
  /** Where it comes in the help desk's charts, 0 first: the verdicts that need its work first. */
  triageRank: number;
}

/** Every verdict a check can end in, in the order lists and summaries show them. */
export const VERDICT_TABLE = {
  'invalid-address': { category: 'other', next: 'fix-address', drafts: [], triageRank: 6 },
  'lookup-failed': { category: 'other', next: 'retry', drafts: ['disassociation', 'extra-logins', 'mfa-support'], triageRank: 4 },
  'takeover-needed': { category: 'takeover', next: 'takeover', drafts: ['disassociation', 'extra-logins', 'mfa-support'], triageRank: 0 },
  'choose-work-account': { category: 'personal-account', next: 'sign-in-as-work', drafts: ['mfa-support'], triageRank: 2 },
  // The account is fine, so what still blocks sign-in is almost always MFA.
  ready: { category: 'mfa', next: 'mfa-readiness', drafts: ['mfa-support'], triageRank: 5 },
  'personal-account': { category: 'personal-account', next: 'new-work-account', drafts: [], triageRank: 1 },
  'no-account': { category: 'other', next: 'new-work-account', drafts: [], triageRank: 3 },
} as const satisfies Record<string, VerdictMeaning>;

export type Verdict = keyof typeof VERDICT_TABLE;

export const VERDICTS = Object.keys(VERDICT_TABLE) as readonly Verdict[];

/** A verdict's row, typed as the table's rows are (not as one row's literal values). */
export function verdictMeaning(verdict: Verdict): VerdictMeaning {
  return VERDICT_TABLE[verdict];
}
