import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId) =>
    `Entschuldigung, bei mir ist etwas schiefgegangen, und ich konnte das nicht abschließen. Bitte versuchen Sie es gleich noch einmal. Wenn das weiter passiert, geben Sie Ihrem Helpdesk diese Referenz: ${correlationId}`,
  refusedTenant: 'Dieser Assistent ist für Ihre Organisation nicht freigegeben. Bitte wenden Sie sich an Ihre IT-Abteilung.',
  unknownAction: 'Diese Schaltfläche bewirkt nichts mehr. Schreiben Sie „Hilfe“, um zu sehen, was ich kann.',
  didNotUnderstand: 'Das habe ich nicht verstanden. Schreiben Sie „Hilfe“, um zu sehen, was ich kann.',
  trimmed: (shown) => `(gekürzt auf die ersten ${shown} Zeichen)`,
};
