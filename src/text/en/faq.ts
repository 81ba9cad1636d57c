/** The FAQ cards around the topics. */
export const faq = {
  notSureTitle: 'I’m not sure I understood',
  notSure: 'I could not match that to the guidance I know.',
  related: 'Is it one of these?',
  journeysHeading: 'Or start one of these, or ask a person:',
  journeysOnly: 'Start one of these, or ask a person:',
  stepsButton: 'Show the steps',
  linksButton: 'Microsoft pages',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Sorry, I don’t have an answer to that. Run `vlsa --help` to see what else I can do.',
    didYouMean: (options: string) => `I’m not sure I understood. Did you mean one of these?\n\n${options}\n\nAsk again in other words, or run \`vlsa --help\` to see what else I can do.`,
  },
} as const;
