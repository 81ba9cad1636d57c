import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId: string) =>
    `Mi dispiace, qualcosa non ha funzionato da parte mia e non sono riuscito a completare l’operazione. Riprova tra poco. Se succede di nuovo, comunica al tuo help desk questo riferimento: ${correlationId}`,
  refusedTenant: 'Questo assistente non è abilitato per la tua organizzazione. Contatta il tuo reparto IT.',
  unknownAction: 'Questo pulsante non fa più nulla. Scrivi “aiuto” per vedere cosa posso fare.',
  didNotUnderstand: 'Non ho capito. Scrivi “aiuto” per vedere cosa posso fare.',
  trimmed: (shown: number) => `(accorciato ai primi ${shown} caratteri)`,
};
