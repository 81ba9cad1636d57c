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

/** The buttons a verdict card offers, each built once by the Teams layer. */
export type VerdictCardAction = 'mfa' | 'check-another' | 'retry' | 'escalate' | 'admins';

/** The sections of a verdict card's "Details" page, after the check's facts and whether the address is confirmed. */
export type VerdictDetailSection = 'choose-work-why' | 'tenant-mfa' | 'no-account-next';

/** The parts of a verdict card besides its head and its "Details" page: pages of their own, links, guidance that depends on who asks. */
export type VerdictCardSection = 'takeover-option1' | 'takeover-option2' | 'takeover-skip' | 'personal-guidance' | 'failure-details' | 'sign-up-link';

/** What a verdict's card shows, as codes: its words are the catalog's (one entry per verdict), its parts the Teams layer's. */
export interface VerdictCard {
  /** How the card reads at a glance. */
  tone: 'good' | 'accent' | 'warning' | 'attention';
  /** The one action it leads with. */
  primary: VerdictCardAction | null;
  /** The sections of its "Details" page; null when it has none. */
  details: readonly VerdictDetailSection[] | null;
  sections: readonly VerdictCardSection[];
  /** Buttons on the card, then those in its overflow menu. */
  actions: readonly VerdictCardAction[];
  overflow: readonly VerdictCardAction[];
}

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
  /**
   * A later check can find the account fixed (`ready`): the domain taken over, a work account
   * created. Its card offers "Tell me when it's fixed", and a campaign watches its recipients.
   */
  watchable: boolean;
  card: VerdictCard;
}

/**
 * Every verdict a check can end in, in the order lists and summaries show them. A new verdict is
 * one row here plus its text (the catalog's verdict entries are typed per verdict); the compiler
 * names any missing card section, since the Teams layer builds each section and action code once.
 */
export const VERDICT_TABLE = {
  'invalid-address': {
    category: 'other',
    next: 'fix-address',
    drafts: [],
    triageRank: 6,
    watchable: false,
    card: { tone: 'attention', primary: 'check-another', details: null, sections: [], actions: ['admins'], overflow: [] },
  },
  'lookup-failed': {
    category: 'other',
    next: 'retry',
    drafts: ['disassociation', 'extra-logins', 'mfa-support'],
    triageRank: 4,
    watchable: false,
    card: { tone: 'attention', primary: 'retry', details: null, sections: ['failure-details'], actions: ['escalate'], overflow: ['check-another'] },
  },
  'takeover-needed': {
    category: 'takeover',
    next: 'takeover',
    drafts: ['disassociation', 'extra-logins', 'mfa-support'],
    triageRank: 0,
    watchable: true,
    card: { tone: 'warning', primary: null, details: null, sections: ['takeover-option1', 'takeover-option2', 'takeover-skip'], actions: ['escalate'], overflow: [] },
  },
  'choose-work-account': {
    category: 'personal-account',
    next: 'sign-in-as-work',
    drafts: ['mfa-support'],
    triageRank: 2,
    watchable: false,
    card: { tone: 'accent', primary: 'mfa', details: ['choose-work-why', 'tenant-mfa'], sections: [], actions: ['escalate'], overflow: ['admins', 'check-another'] },
  },
  ready: {
    // The account is fine, so what still blocks sign-in is almost always MFA.
    category: 'mfa',
    next: 'mfa-readiness',
    drafts: ['mfa-support'],
    triageRank: 5,
    watchable: false,
    card: { tone: 'good', primary: 'mfa', details: ['tenant-mfa'], sections: [], actions: ['escalate'], overflow: ['admins', 'check-another'] },
  },
  'personal-account': {
    category: 'personal-account',
    next: 'new-work-account',
    drafts: [],
    triageRank: 1,
    watchable: true,
    // What a personal account should do depends on who asks and what their organisation has: the section decides it all.
    card: { tone: 'warning', primary: null, details: null, sections: ['personal-guidance'], actions: [], overflow: [] },
  },
  'no-account': {
    category: 'other',
    next: 'new-work-account',
    drafts: [],
    triageRank: 3,
    watchable: true,
    card: { tone: 'attention', primary: 'check-another', details: ['no-account-next'], sections: ['sign-up-link'], actions: ['escalate'], overflow: ['admins'] },
  },
} as const satisfies Record<string, VerdictMeaning>;

export type Verdict = keyof typeof VERDICT_TABLE;

export const VERDICTS = Object.keys(VERDICT_TABLE) as readonly Verdict[];

/** A verdict's row, typed as the table's rows are (not as one row's literal values). */
export function verdictMeaning(verdict: Verdict): VerdictMeaning {
  return VERDICT_TABLE[verdict];
}
