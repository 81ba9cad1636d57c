import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `Vanaf nu antwoord ik in het ${name}. Typ ‘taal automatisch’ om de taal van Teams weer te volgen.`,
  followingTeams: (name) => `Ik volg de taal van Teams weer: ${name}.`,
  pickerTitle: 'In welke taal moet ik antwoorden?',
  pickerSummary: 'Kies er een, of typ ‘taal’ en de naam ervan, bijvoorbeeld ‘taal: Engels’.',
  followTeamsButton: 'Mijn Teams-taal volgen',
  unknown: (said) => `De taal ‘${said}’ ken ik niet.`,
  unavailable: (name) => `In het ${name} kan ik nog niet antwoorden.`,
  helpHint: 'Typ ‘taal’ en de naam ervan om mijn taal te wijzigen, bijvoorbeeld ‘taal: Engels’; ‘taal automatisch’ volgt Teams weer.',
  draftInMyLanguage: 'Opstellen in mijn taal',
  emailTo: (address) => `(aan ${address})`,
  draftInEnglish: 'VLSC Support en MFA-support werken in het Engels, dus de tekst om te versturen is Engels; ‘Opstellen in mijn taal’ schrijft hem in uw taal.',
};
