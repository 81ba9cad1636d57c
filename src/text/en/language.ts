/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language = {
  changed: (name: string) => `From now on I answer in ${name}. Type “language auto” to follow your Teams language again.`,
  followingTeams: (name: string) => `I follow your Teams language again: ${name}.`,
  pickerTitle: 'Which language should I answer in?',
  pickerSummary: 'Choose one, or type “language” and its name, such as “language: Deutsch”.',
  followTeamsButton: 'Follow my Teams language',
  unknown: (said: string) => `I don’t know the language “${said}”.`,
  unavailable: (name: string) => `I can’t answer in ${name} yet.`,
  helpHint: 'To change my language, type “language” and its name, such as “language: Deutsch”; “language auto” follows Teams again.',
  draftInMyLanguage: 'Draft in my language',
  /** Beside an e-mail draft's subject. */
  emailTo: (address: string) => `(to ${address})`,
  draftInEnglish: 'VLSC Support and MFA support work in English, so the text to send is in English; “Draft in my language” writes it in yours.',
} as const;
