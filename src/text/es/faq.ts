import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'No estoy seguro de haberte entendido',
  notSure: 'No pude relacionar eso con la guía que conozco.',
  related: '¿Es alguno de estos temas?',
  journeysHeading: 'O empieza una de estas opciones, o pregunta a una persona:',
  journeysOnly: 'Empieza una de estas opciones, o pregunta a una persona:',
  stepsButton: 'Mostrar los pasos',
  linksButton: 'Páginas de Microsoft',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Lo siento, no tengo respuesta para eso. Ejecuta `vlsa --help` para ver qué más puedo hacer.',
    didYouMean: (options) =>
      `No estoy seguro de haberte entendido. ¿Te refieres a alguno de estos temas?\n\n${options}\n\nPregunta de nuevo con otras palabras o ejecuta \`vlsa --help\` para ver qué más puedo hacer.`,
  },
};
