import type { SubmitVerb } from '../../kit/verbs';

/**
 * The campaign cards' verbs. Each carries no more than the campaign id: who may act, and on
 * which tenant's campaign, is decided from the activity, never from the card.
 */
export const CAMPAIGN_VERBS = {
  /** The start card's pasted addresses and note. */
  paste: 'vlsa.campaign.paste',
  /** The preview's "Check the rest", when the lookup budget stopped the checks. */
  checkRest: 'vlsa.campaign.checkRest',
  send: 'vlsa.campaign.send',
  cancel: 'vlsa.campaign.cancel',
} as const satisfies Record<string, SubmitVerb>;
