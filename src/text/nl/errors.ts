import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId) =>
    `Sorry, er ging aan mijn kant iets mis en ik kon dat niet afmaken. Probeer het zo meteen opnieuw. Blijft dit gebeuren, geef uw helpdesk dan deze referentie: ${correlationId}`,
  refusedTenant: 'Deze assistent is niet ingeschakeld voor uw organisatie. Neem contact op met uw IT-afdeling.',
  unknownAction: 'Die knop doet niets meer. Typ "help" om te zien wat ik kan.',
  didNotUnderstand: 'Dat heb ik niet begrepen. Typ "help" om te zien wat ik kan.',
  trimmed: (shown) => `(ingekort tot de eerste ${shown} tekens)`,
};
