import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Come acquisire il tenant (Learn)',
  signUp: 'Crea un account aziendale',
  vlscSupport: 'Contatta il supporto VLSC',
  vlsc: 'Apri VLSC',
  mfaSetup: 'Configura l’MFA',
  enableMfa: 'Abilita l’MFA di Microsoft Entra',
  securityDefaults: 'Configura i Security Defaults',
  perUserMfa: 'Abilita l’MFA per utente',
  federatedMfa: 'Attestazioni MFA federate',
  entraAdminCenter: 'Microsoft Entra admin center',
};
