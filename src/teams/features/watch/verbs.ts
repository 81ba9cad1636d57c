import type { Catalog } from '../../../text/catalog';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/**
 * The watch list's card verbs. Each carries the address only: whose watch it is, and in which
 * tenant, comes from the activity, so a card can start, stop or check only its presser's own.
 */
export const WATCH_VERBS = {
  start: 'vlsa.watch.start',
  stop: 'vlsa.watch.stop',
  checkNow: 'vlsa.watch.checkNow',
} as const satisfies Record<string, SubmitVerb>;

export const watchButton = (words: Catalog, address: string): CardButton => ({ title: words.watch.button, data: { verb: WATCH_VERBS.start, address } });
export const stopWatchingButton = (words: Catalog, address: string): CardButton => ({ title: words.watch.stopButton, data: { verb: WATCH_VERBS.stop, address } });
export const checkNowButton = (words: Catalog, address: string): CardButton => ({ title: words.watch.checkNowButton, data: { verb: WATCH_VERBS.checkNow, address } });
