/**
 * Every sentence the bot shows a person lives here, so a translation is one new file.
 * Guidance text follows ../shared/seeds/ (the two Microsoft documents) closely.
 */
export const TEXT = {
  appName: 'VL Sign-in Assistant',
  welcome: {
    intro:
      'I help you sign in to the Volume Licensing Service Center (VLSC) with the managed work or school account it now requires, and get ready for the multifactor authentication (MFA) that Volume Licensing Central enforces since 5 January 2026.',
    personalHint: 'Pick a button, or just type a question such as "what is a viral tenant?".',
    teamHint:
      'In this team I can post help-desk cases. Mention me with "help" to see what I can do here.',
  },
  help: {
    heading: 'What I can do',
    teamHeading: 'What I can do in this team',
    footer: 'Type "cancel" or "start over" at any time to leave a conversation.',
  },
  commands: {
    help: { title: 'Help', message: 'help', description: 'Show what I can do.' },
  },
  errors: {
    apology: (correlationId: string) =>
      `Sorry, something went wrong on my side and I could not finish that. Please try again in a moment. If it keeps happening, give your help desk this reference: ${correlationId}`,
    refusedTenant: 'This assistant is not enabled for your organisation. Please contact your IT department.',
    unknownAction: 'That button no longer does anything. Type "help" to see what I can do.',
    didNotUnderstand: 'I did not understand that. Type "help" to see what I can do.',
  },
} as const;
