import type { Catalog } from '../../../text/catalog';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/** The check-account journey's card verbs: the account question, a new check, a retry, a blocker. */
export const CHECK_ACCOUNT_VERBS = {
  account: 'vlsa.account',
  check: 'vlsa.check',
  retry: 'vlsa.retry',
  blocker: 'vlsa.blocker',
} as const satisfies Record<string, SubmitVerb>;

/** Starts the check journey, with `address` checked straight away. */
export function checkButton(title: string, address?: string): CardButton {
  return { title, data: { verb: CHECK_ACCOUNT_VERBS.check, ...(address ? { address } : {}) } };
}

export function checkAnotherButton(words: Catalog): CardButton {
  return checkButton(words.result.actions.checkAnother);
}
