/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel = {
  done: 'OK, I stopped that. Type "help" to see what I can do.',
  nothing: 'There is nothing to cancel. Type "help" to see what I can do.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'This check was stopped before an account was chosen. Type "check my account" to start a new one.',
} as const;

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk = {
  thanks: 'You’re welcome! Type "help" whenever you need me again.',
  ok: '👍 I’m here if you need anything else: type "help" to see what I can do.',
  bye: 'Bye for now. Type "help" whenever you need me again.',
} as const;

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState = {
  startedAfresh: 'I had to start this conversation afresh: what we were in the middle of could not be picked up again.',
  notSaved: (correlationId: string) =>
    `I could not save that, so nothing has changed: please try again in a moment. If it keeps happening, give your help desk this reference: ${correlationId}`,
} as const;
