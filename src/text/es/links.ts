import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Tomar el control (Microsoft Learn)',
  signUp: 'Crear una cuenta profesional',
  vlscSupport: 'Contactar con el soporte de VLSC',
  vlsc: 'Abrir VLSC',
  mfaSetup: 'Configurar MFA (aka.ms/mfasetup)',
  enableMfa: 'Habilitar MFA de Microsoft Entra',
  securityDefaults: 'Valores predeterminados de seguridad',
  perUserMfa: 'Habilitar MFA por usuario',
  federatedMfa: 'Notificaciones MFA de IdP federado',
  entraAdminCenter: 'Centro de administración de Entra',
};
