import type { Catalog } from '../../../text/catalog';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/** The directory journeys' card verbs: MFA guidance and "who is my admin". */
export const DIRECTORY_VERBS = {
  mfa: 'vlsa.mfa',
  admins: 'vlsa.admins',
} as const satisfies Record<string, SubmitVerb>;

export function mfaButton(words: Catalog): CardButton {
  return { title: words.result.actions.mfa, data: { verb: DIRECTORY_VERBS.mfa } };
}

export function adminsButton(words: Catalog): CardButton {
  return { title: words.admins.button, data: { verb: DIRECTORY_VERBS.admins } };
}
