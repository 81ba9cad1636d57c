import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'De acuerdo, lo detuve. Escribe "ayuda" para ver lo que puedo hacer.',
  nothing: 'No hay nada que cancelar. Escribe "ayuda" para ver lo que puedo hacer.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Esta comprobación se detuvo antes de elegir una cuenta. Escribe "comprobar mi cuenta" para empezar una nueva.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: '¡De nada! Escribe "ayuda" cuando me vuelvas a necesitar.',
  ok: '👍 Aquí estoy si necesitas algo más: escribe "ayuda" para ver lo que puedo hacer.',
  bye: 'Hasta pronto. Escribe "ayuda" cuando me vuelvas a necesitar.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'Tuve que empezar esta conversación de cero: no se pudo retomar lo que estábamos haciendo.',
  notSaved: (correlationId) =>
    `No pude guardar eso, así que no cambió nada: vuelve a intentarlo en un momento. Si sigue pasando, da esta referencia a tu soporte técnico: ${correlationId}`,
};
