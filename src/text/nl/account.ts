import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const tryAgainIn = (minutes: number) => `probeer het over ongeveer ${minutes} ${plural(minutes, 'minuut', 'minuten')} opnieuw.`;

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'Met welk account meldt u zich aan bij VLSC?',
  prompt: 'Ik controleer het met de openbare aanmeldservice van Microsoft. Er wordt niets aan uw account gewijzigd.',
  workChoice: (address) => `Mijn werkaccount: ${address}`,
  otherLabel: 'Een ander e-mailadres',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Dit adres controleren',
  personalButton: 'Persoonlijk (outlook.com …)',
  answered: 'U koos',
  personalAnswer: 'Een persoonlijk account',
  alreadyAnswered: 'Die kaart is al beantwoord. Typ "account controleren" om een nieuwe controle te starten.',
  rateLimited: (minutes) =>
    `U hebt het afgelopen uur veel adressen gecontroleerd. Om de privacy van mensen te beschermen, beperk ik het aantal opzoekingen; ${tryAgainIn(minutes)}`,
  tenantRateLimited: (minutes) =>
    `Mensen in uw organisatie hebben het afgelopen uur veel adressen gecontroleerd. Om de privacy van mensen te beschermen, beperk ik het aantal opzoekingen; ${tryAgainIn(minutes)}`,
};
