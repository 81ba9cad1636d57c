import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'Je ne suis pas sûr d’avoir compris',
  notSure: 'Je n’ai pas pu relier cela aux instructions que je connais.',
  related: 'Est-ce l’une de ces questions ?',
  journeysHeading: 'Ou lancez l’une de ces démarches, ou demandez à une personne :',
  journeysOnly: 'Lancez l’une de ces démarches, ou demandez à une personne :',
  stepsButton: 'Afficher les étapes',
  linksButton: 'Pages Microsoft',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Désolé, je n’ai pas de réponse à cela. Lancez `vlsa --help` pour voir ce que je peux faire d’autre.',
    didYouMean: (options: string) =>
      `Je ne suis pas sûr d’avoir compris. Vouliez-vous dire l’une de ces questions ?\n\n${options}\n\nReformulez votre question, ou lancez \`vlsa --help\` pour voir ce que je peux faire d’autre.`,
  },
};
