import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'Non sono sicuro di aver capito',
  notSure: 'Non sono riuscito a collegare la domanda alle indicazioni che conosco.',
  related: 'Intendi uno di questi?',
  journeysHeading: 'Oppure avvia una di queste operazioni, o chiedi a una persona:',
  journeysOnly: 'Avvia una di queste operazioni, o chiedi a una persona:',
  stepsButton: 'Mostra i passaggi',
  linksButton: 'Pagine Microsoft',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Mi dispiace, non ho una risposta. Esegui `vlsa --help` per vedere cos’altro posso fare.',
    didYouMean: (options: string) => `Non sono sicuro di aver capito. Intendevi uno di questi?\n\n${options}\n\nChiedi di nuovo con altre parole, oppure esegui \`vlsa --help\` per vedere cos’altro posso fare.`,
  },
};
