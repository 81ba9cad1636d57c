import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `D’ora in poi rispondo in ${name}. Scrivi “lingua automatica” per seguire di nuovo la lingua di Teams.`,
  followingTeams: (name) => `Seguo di nuovo la lingua di Teams: ${name}.`,
  pickerTitle: 'In quale lingua devo rispondere?',
  pickerSummary: 'Scegline una, oppure scrivi “lingua” e il suo nome, ad esempio “lingua: inglese”.',
  followTeamsButton: 'Segui la mia lingua di Teams',
  unknown: (said) => `Non conosco la lingua “${said}”.`,
  unavailable: (name) => `Non posso ancora rispondere in ${name}.`,
  helpHint: 'Per cambiare la mia lingua, scrivi “lingua” e il suo nome, ad esempio “lingua: inglese”; “lingua automatica” segue di nuovo Teams.',
  draftInMyLanguage: 'Scrivi nella mia lingua',
  emailTo: (address) => `(a ${address})`,
  draftInEnglish: 'Il supporto VLSC e il supporto MFA lavorano in inglese, quindi il testo da inviare è in inglese; “Scrivi nella mia lingua” lo scrive nella tua.',
};
