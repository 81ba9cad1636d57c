import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Tenant overnemen (Learn)',
  signUp: 'Werkaccount aanmaken',
  vlscSupport: 'Contact met VLSC Support',
  vlsc: 'VLSC openen',
  mfaSetup: 'MFA instellen (aka.ms/mfasetup)',
  enableMfa: 'Microsoft Entra MFA inschakelen',
  securityDefaults: 'Security Defaults instellen',
  perUserMfa: 'MFA per gebruiker inschakelen',
  federatedMfa: 'MFA-claims van federatieve IdP',
  entraAdminCenter: 'Microsoft Entra-beheercentrum',
};
