import type { SubmitVerb } from '../../kit/verbs';

/** The questions' card verb: a topic picked on a "not sure" card. */
export const FAQ_VERBS = {
  topic: 'vlsa.topic',
} as const satisfies Record<string, SubmitVerb>;
