/** The FAQ cards around the topics. */
export const faq = {
  notSureTitle: 'I’m not sure I understood',
  notSure: 'I could not match that to the guidance I know.',
  related: 'Is it one of these?',
  journeysHeading: 'Or start one of these, or ask a person:',
  journeysOnly: 'Start one of these, or ask a person:',
  stepsButton: 'Show the steps',
  linksButton: 'Microsoft pages',
} as const;
