import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `A partir de ahora respondo en ${name}. Escribe “idioma automático” para volver a seguir el idioma de Teams.`,
  followingTeams: (name) => `Vuelvo a seguir tu idioma de Teams: ${name}.`,
  pickerTitle: '¿En qué idioma quieres que responda?',
  pickerSummary: 'Elige uno, o escribe “idioma” y su nombre, por ejemplo “idioma: inglés”.',
  followTeamsButton: 'Seguir mi idioma de Teams',
  unknown: (said) => `No conozco el idioma “${said}”.`,
  unavailable: (name) => `Todavía no puedo responder en ${name}.`,
  helpHint: 'Para cambiar mi idioma, escribe “idioma” y su nombre, por ejemplo “idioma: inglés”; “idioma automático” vuelve a seguir Teams.',
  draftInMyLanguage: 'Redactar en mi idioma',
  emailTo: (address) => `(para ${address})`,
  draftInEnglish: 'El soporte de VLSC y el soporte de MFA trabajan en inglés, así que el texto que debes enviar está en inglés; “Redactar en mi idioma” lo escribe en el tuyo.',
};
