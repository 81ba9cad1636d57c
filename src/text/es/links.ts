import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: 'Tomar el control (Learn)',
  signUp: 'Crear una cuenta profesional',
  vlscSupport: 'Contactar con el soporte VLSC',
  vlsc: 'Abrir VLSC',
  mfaSetup: 'Configurar MFA',
  enableMfa: 'Habilitar MFA de Microsoft Entra',
  securityDefaults: 'Configurar Security Defaults',
  perUserMfa: 'Habilitar MFA por usuario',
  federatedMfa: 'Notificaciones MFA federadas',
  entraAdminCenter: 'Centro de administración Entra',
};
