import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `Désormais, je réponds en ${name}. Tapez « langue automatique » pour suivre à nouveau la langue de Teams.`,
  followingTeams: (name) => `Je suis à nouveau la langue de Teams : ${name}.`,
  pickerTitle: 'Dans quelle langue dois-je répondre ?',
  pickerSummary: 'Choisissez-en une, ou tapez « langue » suivi de son nom, par exemple « langue : anglais ».',
  followTeamsButton: 'Suivre la langue de Teams',
  unknown: (said) => `Je ne connais pas la langue « ${said} ».`,
  unavailable: (name) => `Je ne peux pas encore répondre en ${name}.`,
  helpHint: 'Pour changer ma langue, tapez « langue » suivi de son nom, par exemple « langue : anglais » ; « langue automatique » suit à nouveau Teams.',
  draftInMyLanguage: 'Rédiger dans ma langue',
  emailTo: (address) => `(à ${address})`,
  draftInEnglish: 'Le support VLSC et le support MFA travaillent en anglais : le texte à envoyer est donc en anglais ; « Rédiger dans ma langue » l’écrit dans la vôtre.',
};
