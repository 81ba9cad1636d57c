import type { SubmitVerb } from '../../kit/verbs';

/** The help card's own verb (every other button on it starts another feature's journey). */
export const HELP_VERBS = {
  help: 'vlsa.help',
} as const satisfies Record<string, SubmitVerb>;
