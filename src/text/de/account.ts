import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const tryAgainIn = (minutes: number) => `bitte versuchen Sie es in etwa ${minutes} ${plural(minutes, 'Minute', 'Minuten')} noch einmal.`;

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'Mit welchem Konto melden Sie sich beim VLSC an?',
  prompt: 'Ich prüfe es mit dem öffentlichen Anmeldedienst von Microsoft. An Ihrem Konto wird nichts geändert.',
  workChoice: (address) => `Mein Geschäftskonto: ${address}`,
  otherLabel: 'Eine andere E-Mail-Adresse',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Diese Adresse prüfen',
  personalButton: 'Persönlich (outlook.com …)',
  answered: 'Ihre Wahl',
  personalAnswer: 'Ein persönliches Konto',
  alreadyAnswered: 'Diese Karte wurde bereits beantwortet. Schreiben Sie „Konto prüfen“, um eine neue Prüfung zu starten.',
  rateLimited: (minutes) =>
    `Sie haben in der letzten Stunde viele Adressen geprüft. Zum Schutz der Privatsphäre begrenze ich die Abfragen; ${tryAgainIn(minutes)}`,
  tenantRateLimited: (minutes) =>
    `Personen in Ihrer Organisation haben in der letzten Stunde viele Adressen geprüft. Zum Schutz der Privatsphäre begrenze ich die Abfragen; ${tryAgainIn(minutes)}`,
};
