import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `Ab jetzt antworte ich auf ${name}. Geben Sie „Sprache automatisch“ ein, um wieder Ihrer Teams-Sprache zu folgen.`,
  followingTeams: (name) => `Ich folge wieder Ihrer Teams-Sprache: ${name}.`,
  pickerTitle: 'In welcher Sprache soll ich antworten?',
  pickerSummary: 'Wählen Sie eine aus, oder geben Sie „Sprache“ und ihren Namen ein, etwa „Sprache: Englisch“.',
  followTeamsButton: 'Meiner Teams-Sprache folgen',
  unknown: (said) => `Die Sprache „${said}“ kenne ich nicht.`,
  unavailable: (name) => `Auf ${name} kann ich noch nicht antworten.`,
  helpHint: 'Um meine Sprache zu ändern, geben Sie „Sprache“ und ihren Namen ein, etwa „Sprache: Englisch“; „Sprache automatisch“ folgt wieder Teams.',
  draftInMyLanguage: 'In meiner Sprache entwerfen',
  emailTo: (address) => `(an ${address})`,
  draftInEnglish: 'Der VLSC-Support und der MFA-Support arbeiten auf Englisch, daher ist der zu sendende Text auf Englisch; „In meiner Sprache entwerfen“ schreibt ihn in Ihrer Sprache.',
};
