import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Prise de contrôle (Microsoft Learn)',
  signUp: 'Créer un compte professionnel',
  vlscSupport: 'Contacter le support VLSC',
  vlsc: 'Ouvrir le VLSC',
  mfaSetup: 'Configurer la MFA (aka.ms/mfasetup)',
  enableMfa: 'Activer la MFA Microsoft Entra',
  securityDefaults: 'Paramètres de sécurité par défaut',
  perUserMfa: 'Activer la MFA par utilisateur',
  federatedMfa: 'Revendications MFA d’un IdP fédéré',
  entraAdminCenter: 'Centre d’administration Entra',
};
