import type { CatalogWords } from '../catalog';

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'Con quale account accedi a VLSC?',
  prompt: 'Lo controllo con il servizio di accesso pubblico di Microsoft. Sul tuo account non viene modificato nulla.',
  workChoice: (address: string) => `Il mio account aziendale: ${address}`,
  otherLabel: 'Un altro indirizzo e-mail',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Controlla questo indirizzo',
  personalButton: 'Personale (outlook.com …)',
  answered: 'Hai scelto',
  personalAnswer: 'Un account personale',
  alreadyAnswered: 'Hai già risposto a questa scheda. Scrivi “controlla il mio account” per iniziare un nuovo controllo.',
  rateLimited: (minutes: number) =>
    `Hai controllato molti indirizzi nell’ultima ora. Per proteggere la privacy delle persone limito le ricerche: riprova tra circa ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
  tenantRateLimited: (minutes: number) =>
    `Le persone della tua organizzazione hanno controllato molti indirizzi nell’ultima ora. Per proteggere la privacy delle persone limito le ricerche: riprova tra circa ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
};
