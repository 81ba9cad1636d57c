import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Como assumir o controle (Learn)',
  signUp: 'Criar uma conta corporativa',
  vlscSupport: 'Contatar o suporte do VLSC',
  vlsc: 'Abrir o VLSC',
  mfaSetup: 'Configurar a MFA',
  enableMfa: 'Ativar a MFA do Microsoft Entra',
  securityDefaults: 'Configurar os Security Defaults',
  perUserMfa: 'Habilitar a MFA por usuário',
  federatedMfa: 'Declarações de MFA federadas',
  entraAdminCenter: 'Centro de administração Entra',
};
