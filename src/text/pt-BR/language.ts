import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `A partir de agora respondo em ${name}. Digite “idioma automático” para voltar a seguir o idioma do Teams.`,
  followingTeams: (name) => `Voltei a seguir o idioma do Teams: ${name}.`,
  pickerTitle: 'Em qual idioma devo responder?',
  pickerSummary: 'Escolha um, ou digite “idioma” e o nome dele, por exemplo “idioma: inglês”.',
  followTeamsButton: 'Seguir meu idioma do Teams',
  unknown: (said) => `Não conheço o idioma “${said}”.`,
  unavailable: (name) => `Ainda não consigo responder em ${name}.`,
  helpHint: 'Para mudar meu idioma, digite “idioma” e o nome dele, por exemplo “idioma: inglês”; “idioma automático” volta a seguir o Teams.',
  draftInMyLanguage: 'Redigir no meu idioma',
  emailTo: (address) => `(para ${address})`,
  draftInEnglish: 'O suporte do VLSC e o suporte de MFA trabalham em inglês, por isso o texto a enviar está em inglês; “Redigir no meu idioma” o escreve no seu.',
};
