import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Come acquisire il tenant (Microsoft Learn)',
  signUp: 'Registrati per un account aziendale',
  vlscSupport: 'Contatta il supporto VLSC',
  vlsc: 'Apri VLSC',
  mfaSetup: 'Configura l’MFA (aka.ms/mfasetup)',
  enableMfa: 'Abilita l’MFA di Microsoft Entra',
  securityDefaults: 'Configura le impostazioni predefinite per la sicurezza',
  perUserMfa: 'Abilita l’MFA per utente',
  federatedMfa: 'Attestazioni MFA da un IdP federato',
  entraAdminCenter: 'Interfaccia di amministrazione di Microsoft Entra',
};
