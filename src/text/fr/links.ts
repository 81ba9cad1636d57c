import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Prise de contrôle (Learn)',
  signUp: 'Créer un compte professionnel',
  vlscSupport: 'Contacter le support VLSC',
  vlsc: 'Ouvrir le VLSC',
  mfaSetup: 'Configurer la MFA',
  enableMfa: 'Activer la MFA Microsoft Entra',
  securityDefaults: 'Configurer les Security Defaults',
  perUserMfa: 'Activer la MFA par utilisateur',
  federatedMfa: 'Revendications MFA fédérées',
  entraAdminCenter: 'Centre d’administration Entra',
};
