import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId: string) =>
    `Désolé, un problème est survenu de mon côté et je n’ai pas pu terminer. Réessayez dans un instant. Si cela se reproduit, donnez cette référence à votre support informatique : ${correlationId}`,
  refusedTenant: 'Cet assistant n’est pas activé pour votre organisation. Contactez votre service informatique.',
  unknownAction: 'Ce bouton ne fait plus rien. Tapez « aide » pour voir ce que je peux faire.',
  didNotUnderstand: 'Je n’ai pas compris. Tapez « aide » pour voir ce que je peux faire.',
  trimmed: (shown: number) => `(réduit aux ${shown} premiers caractères)`,
};
