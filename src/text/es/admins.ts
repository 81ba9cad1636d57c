import type { CatalogWords } from '../catalog';

const EXTERNAL_TAKEOVER =
  'Si la organización con la que usas Teams es dueña de este dominio, sus administradores globales pueden tomar el control del inquilino (una adquisición externa: demuestran la propiedad del dominio con el mismo registro TXT de DNS), salvo que tenga planes de servicio que incluyan SharePoint, OneDrive o Skype Empresarial.';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'Tus administradores',
  foundSummary: (count) =>
    `${count} ${count === 1 ? 'persona' : 'personas'} de tu organización ${count === 1 ? 'puede' : 'pueden'} ayudar: primero los administradores globales y después los administradores que pueden activar la MFA.`,
  none: 'No encontré a ninguna persona habilitada con estos roles. Pregunta a tu departamento de TI, al equipo de operaciones de seguridad o al soporte técnico interno.',
  eligible: 'apto, primero debe activar el rol',
  more: (n) => `${n} más`,
  active: 'activo',
  chat: (name) => `Chatear con ${name}`,
  chatMessage: 'Hola, necesito ayuda con nuestro inicio de sesión de licencias por volumen (cuenta profesional para VLSC / MFA para Volume Licensing Central).',
  gaps: 'No se pudo leer parte de la lista:',
  manualTitle: 'Cómo encontrar a tu administrador global',
  manualSummary: 'No puedo leer el directorio de tu organización, pero puedes buscarlo en el Centro de administración de Microsoft Entra:',
  otherTenant: 'Este asistente solo puede leer el directorio de la organización que lo instaló, así que búscalo tú mismo:',
  permissionTitle: 'Todavía no tengo permiso para leer la lista de administradores',
  permission: 'Un administrador todavía tiene que permitir que este asistente lea la lista de administradores. Mientras tanto, búscalo tú mismo:',
  permissionDetail: (permission) => `La aplicación del asistente necesita el permiso de aplicación ${permission} de Microsoft Graph, concedido por un administrador.`,
  consent: 'Dar consentimiento de administrador',
  failedTitle: 'No pude leer la lista de administradores',
  failed: 'No pude conectar con Microsoft en este momento para leer la lista de administradores. Inténtalo de nuevo en un minuto o, mientras tanto, búscalo tú mismo:',
  failedDetail: (message) => `Microsoft Graph no respondió correctamente (${message}).`,
  unmanagedTitle: 'El inquilino de tu cuenta de VLSC no tiene administrador',
  unmanaged: (domain) =>
    `${domain} es un inquilino no administrado (“viral”): no tiene ningún administrador global. Alguien de tu organización se convierte en administrador tomando el control del inquilino (opción 1), o te pasas a una nueva cuenta profesional (opción 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'Este es un inquilino no administrado (creado por registro de autoservicio): todavía nadie lo administra, así que no hay ningún administrador global al que preguntar. En su lugar, toma el control del inquilino como administrador.',
  button: '¿Quién es mi administrador?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: EXTERNAL_TAKEOVER,
    ask: `${EXTERNAL_TAKEOVER} Consulta a tu administrador o al soporte técnico.`,
  },
};
