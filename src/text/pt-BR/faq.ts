import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'Não tenho certeza se entendi',
  notSure: 'Não consegui relacionar isso às orientações que conheço.',
  related: 'É um destes assuntos?',
  journeysHeading: 'Ou comece uma destas opções, ou pergunte a uma pessoa:',
  journeysOnly: 'Comece uma destas opções, ou pergunte a uma pessoa:',
  stepsButton: 'Mostrar as etapas',
  linksButton: 'Páginas da Microsoft',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Desculpe, não tenho uma resposta para isso. Execute `vlsa --help` para ver o que mais posso fazer.',
    didYouMean: (options) =>
      `Não tenho certeza se entendi. Você quis dizer um destes assuntos?\n\n${options}\n\nPergunte de novo com outras palavras ou execute \`vlsa --help\` para ver o que mais posso fazer.`,
  },
};
