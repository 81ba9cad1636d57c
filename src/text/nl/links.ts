import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Tenant overnemen (Microsoft Learn)',
  signUp: 'Registreren voor een werkaccount',
  vlscSupport: 'Contact met VLSC Support',
  vlsc: 'VLSC openen',
  mfaSetup: 'MFA instellen (aka.ms/mfasetup)',
  enableMfa: 'Microsoft Entra MFA inschakelen',
  securityDefaults: 'Standaardinstellingen beveiliging',
  perUserMfa: 'MFA per gebruiker inschakelen',
  federatedMfa: 'MFA-claims van een federatieve IdP',
  entraAdminCenter: 'Microsoft Entra-beheercentrum',
};
