import type { SubmitVerb } from '../../kit/verbs';

/**
 * The campaign status card's verbs. Each carries no more than the campaign id: who may act,
 * and on which tenant's campaign, is decided from the activity, never from the card.
 */
export const CAMPAIGN_STATUS_VERBS = {
  /** "Export CSV": every address with its status, latest verdict and when it was checked. */
  export: 'vlsa.campaignStatus.export',
  /** "Close campaign": no more follow-up; it stops being the newest open campaign. */
  close: 'vlsa.campaignStatus.close',
} as const satisfies Record<string, SubmitVerb>;
