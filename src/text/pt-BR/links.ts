import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Como assumir o controle (Learn)',
  signUp: 'Criar uma conta corporativa',
  vlscSupport: 'Contatar o suporte do VLSC',
  vlsc: 'Abrir o VLSC',
  mfaSetup: 'Configurar a MFA (aka.ms/mfasetup)',
  enableMfa: 'Habilitar a MFA do Microsoft Entra',
  securityDefaults: 'Configurar padrões de segurança',
  perUserMfa: 'Habilitar a MFA por usuário',
  federatedMfa: 'Declarações de MFA de IdP federado',
  entraAdminCenter: 'Centro de administração do Entra',
};
