import { TEXT } from '../../../text/en';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/** The directory journeys' card verbs: MFA guidance and "who is my admin". */
export const DIRECTORY_VERBS = {
  mfa: 'vlsa.mfa',
  admins: 'vlsa.admins',
} as const satisfies Record<string, SubmitVerb>;

export const mfaButton: CardButton = { title: TEXT.result.actions.mfa, data: { verb: DIRECTORY_VERBS.mfa } };
export const adminsButton: CardButton = { title: TEXT.admins.button, data: { verb: DIRECTORY_VERBS.admins } };
