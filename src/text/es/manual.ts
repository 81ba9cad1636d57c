import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Ve a https://entra.microsoft.com',
      'Navega a Entra ID > Roles y administradores (Roles and administrators)',
      'Busca Administrador global (Global Administrator)',
      'Verás una lista de los usuarios asignados a ese rol en tu inquilino.',
    ],
    otherwise: 'Si no tienes acceso al portal de Entra, ponte en contacto con tu departamento de TI, el equipo de operaciones de seguridad o el soporte técnico interno.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Inicia sesión en el Centro de administración de Microsoft Entra (https://entra.microsoft.com) como administrador global (o administrador de acceso condicional).',
    'Ve a Entra ID > Acceso condicional > Información general (Conditional Access > Overview) y selecciona + Crear nueva directiva (+ Create new policy).',
    'Escribe un nombre para la directiva, por ejemplo "MFA para Volume Licensing Central".',
    'En Asignaciones (Assignments), selecciona el valor actual en Usuarios (Users).',
    'En Incluir (Include), elige Todos los usuarios (All users) (esto abarca a los usuarios internos y a los invitados B2B).',
    'En Asignaciones (Assignments), selecciona el valor actual en Recursos de destino (Target resources) y comprueba que esté seleccionado Recursos (anteriormente aplicaciones en la nube) (Resources (formerly cloud apps)).',
    'En Incluir (Include), elige Seleccionar aplicaciones (Select apps).',
    'En Incluir (Include), elige Seleccionar recursos (Select resources) y luego selecciona Ninguno (None) en Seleccionar (Select).',
    'En Seleccionar recursos (Select resources), elige Portales de administración de Microsoft (Microsoft Admin Portals) y luego Seleccionar (Select) (esto exige MFA en todos los portales de administración de Microsoft, incluidos el Centro de administración de Microsoft 365, el Centro de administración de Exchange, Azure Portal y el Centro de administración de Microsoft Entra).',
    'Deja las Condiciones (Conditions) con sus valores predeterminados, salvo que necesites una exclusión (por ejemplo, IP de confianza o dispositivos conformes).',
    "En Controles de acceso > Conceder (Access controls > Grant), elige Requerir autenticación multifactor (Require multifactor authentication), sin ningún control en conflicto como 'Bloquear acceso' ('Block access').",
    'Establece Habilitar directiva (Enable policy) en Activado (On) y selecciona Crear (Create).',
  ],
  securityDefaults: [
    'En el Centro de administración de Microsoft Entra, ve a Entra ID > Información general > Propiedades (Overview > Properties).',
    'Selecciona Administrar valores predeterminados de seguridad (Manage security defaults) y activa los valores predeterminados de seguridad (Security defaults) (se aplican a todos los inicios de sesión en todas las aplicaciones, no solo a Volume Licensing Central).',
  ],
  perUserMfa: [
    'En el Centro de administración de Microsoft Entra, abre Usuarios > Autenticación multifactor (Users > Multi-Factor Authentication) (o, en el Centro de administración de Microsoft 365, Usuarios activos > MFA; Active Users > MFA).',
    'Comprueba que cada cuenta que use Volume Licensing Central, invitados incluidos, esté en Habilitado (Enabled) o Aplicado (Enforced) para MFA.',
  ],
  registration: (setupUrl: string) => [
    `Ve a ${setupUrl} y agrega al menos un método de verificación habilitado para tu inquilino (la aplicación Microsoft Authenticator suele ser lo más fácil).`,
    'Agrega un método de respaldo (por ejemplo, un segundo teléfono o un token de hardware) por si pierdes el acceso al primero.',
  ],
};
