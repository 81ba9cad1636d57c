import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'D’accord, j’ai arrêté. Tapez « aide » pour voir ce que je peux faire.',
  nothing: 'Il n’y a rien à annuler. Tapez « aide » pour voir ce que je peux faire.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Cette vérification a été arrêtée avant qu’un compte soit choisi. Tapez « vérifier mon compte » pour en commencer une nouvelle.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'Avec plaisir ! Tapez « aide » dès que vous avez de nouveau besoin de moi.',
  ok: '👍 Je reste là si vous avez besoin d’autre chose : tapez « aide » pour voir ce que je peux faire.',
  bye: 'À bientôt. Tapez « aide » dès que vous avez de nouveau besoin de moi.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'J’ai dû reprendre cette conversation à zéro : ce que nous étions en train de faire n’a pas pu être récupéré.',
  notSaved: (correlationId: string) =>
    `Je n’ai pas pu enregistrer cela, donc rien n’a changé : réessayez dans un instant. Si cela se reproduit, donnez cette référence à votre support informatique : ${correlationId}`,
};
