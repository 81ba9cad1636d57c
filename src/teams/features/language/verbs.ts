import type { SubmitVerb } from '../../kit/verbs';

/** The language card's verb: a language picked, or `auto` to follow Teams' locale again. */
export const LANGUAGE_VERBS = {
  choose: 'vlsa.language',
} as const satisfies Record<string, SubmitVerb>;
