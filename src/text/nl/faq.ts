import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'Ik weet niet zeker of ik u begrijp',
  notSure: 'Ik kon dat niet koppelen aan de richtlijnen die ik ken.',
  related: 'Is het een van deze?',
  journeysHeading: 'Of start een van deze, of vraag het een mens:',
  journeysOnly: 'Start een van deze, of vraag het een mens:',
  stepsButton: 'Stappen weergeven',
  linksButton: "Microsoft-pagina's",
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Sorry, daar heb ik geen antwoord op. Met `vlsa --help` ziet u wat ik nog meer kan.',
    didYouMean: (options) =>
      `Ik weet niet zeker of ik u begrijp. Bedoelde u een van deze?\n\n${options}\n\nStel de vraag opnieuw met andere woorden, of bekijk met \`vlsa --help\` wat ik nog meer kan.`,
  },
};
