/** When something goes wrong. */
export const errors = {
  apology: (correlationId: string) =>
    `Sorry, something went wrong on my side and I could not finish that. Please try again in a moment. If it keeps happening, give your help desk this reference: ${correlationId}`,
  refusedTenant: 'This assistant is not enabled for your organisation. Please contact your IT department.',
  unknownAction: 'That button no longer does anything. Type "help" to see what I can do.',
  didNotUnderstand: 'I did not understand that. Type "help" to see what I can do.',
  trimmed: (shown: number) => `(shortened to the first ${shown} characters)`,
} as const;
