import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Übernahme (Microsoft Learn)',
  signUp: 'Geschäftskonto registrieren',
  vlscSupport: 'VLSC-Support kontaktieren',
  vlsc: 'VLSC öffnen',
  mfaSetup: 'MFA einrichten',
  enableMfa: 'Microsoft Entra MFA aktivieren',
  securityDefaults: 'Sicherheitsstandards einrichten',
  perUserMfa: 'MFA pro Benutzer aktivieren',
  federatedMfa: 'MFA-Ansprüche (Verbund-IdP)',
  entraAdminCenter: 'Microsoft Entra Admin Center',
};
