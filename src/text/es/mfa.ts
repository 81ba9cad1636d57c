import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA para Volume Licensing Central',
  summary:
    'Todas las personas que inician sesión en Volume Licensing Central deben usar la autenticación multifactor (MFA): es obligatoria desde el 5 de enero de 2026. Si no la configuraste, el inicio de sesión te pide que te registres primero, y no puedes omitirlo.',
  user: {
    heading: 'Lo que haces tú',
    short: 'Lo que haces tú: regístrate en https://aka.ms/mfasetup con al menos un método de verificación y agrega un método de respaldo.',
    steps: [
      'Ve a la página de configuración de MFA, https://aka.ms/mfasetup, y agrega al menos un método de verificación que permita tu organización. La aplicación Microsoft Authenticator en tu teléfono suele ser lo más fácil.',
      'Agrega un método de respaldo (un segundo teléfono o un token de hardware, si tienes uno) por si pierdes el acceso al primero.',
      'Si inicias sesión antes de registrarte, Microsoft Entra ID te pide que te registres primero: selecciona Siguiente (Next), elige un método de verificación de la lista, termina el registro y luego completa la verificación MFA con ese método. El aviso aparece cada vez hasta que lo completes.',
    ],
  },
  help: 'Quién puede ayudar: tu administrador global o un administrador que administre la configuración de seguridad. “¿Quién es mi administrador?” te dice quiénes son.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Tu organización exige MFA',
    summary: (enforcedBy) => `Comprobado ahora mismo: ${enforcedBy}.`,
    userDone:
      'Inicia sesión en Volume Licensing Central y responde al aviso de MFA. Mantén más de un método registrado, por si pierdes el acceso a uno.',
    addBackup:
      'Inicia sesión en Volume Licensing Central y responde al aviso de MFA. Agrega un método de respaldo en https://aka.ms/mfasetup (un segundo teléfono o un token de hardware) por si pierdes el acceso al primero.',
    registerFirst: 'Lo que haces primero',
    detailsButton: 'Qué se comprobó',
  },
  notReady: {
    summary:
      'Comprobado ahora mismo: tu organización todavía no exige MFA a todos, y Volume Licensing Central la exige desde el 5 de enero de 2026. Tu administrador global tiene que terminar esto:',
  },
  admin: {
    button: 'Lo que hace tu administrador',
    allButton: 'Pasos para ti y tu administrador',
    heading: 'Lo que hace tu administrador global',
    whoCan: (whoCanEnforce) =>
      `Quién puede hacerlo: ${whoCanEnforce}. Un administrador de directivas de autenticación (Authentication Policy Administrator) elige qué métodos de verificación pueden registrar los usuarios. “¿Quién es mi administrador?” te dice quiénes tienen estos roles.`,
    intro: 'Exige MFA a todos los usuarios con una directiva de acceso condicional (Conditional Access), la opción recomendada:',
    steps: [
      'Inicia sesión en el Centro de administración de Microsoft Entra, https://entra.microsoft.com, como administrador global (o administrador de acceso condicional).',
      'Ve a Entra ID > Acceso condicional > Información general (Conditional Access > Overview) y selecciona + Crear nueva directiva (+ Create new policy).',
      'Ponle un nombre, por ejemplo "MFA para Volume Licensing Central".',
      'En Asignaciones > Usuarios > Incluir (Assignments > Users > Include), elige Todos los usuarios (All users): esto abarca a los usuarios internos y a los invitados B2B.',
      'En Recursos de destino (Target resources), deja "Recursos (anteriormente aplicaciones en la nube)" (Resources (formerly cloud apps)), elige Seleccionar recursos (Select resources) y selecciona Portales de administración de Microsoft (Microsoft Admin Portals). Esto también exige MFA en los demás portales de administración de Microsoft (Centro de administración de Microsoft 365, Centro de administración de Exchange, Azure Portal, Centro de administración de Entra y otros).',
      'Deja las Condiciones (Conditions) con sus valores predeterminados, salvo que necesites una exclusión concreta.',
      'En Controles de acceso > Conceder (Access controls > Grant), elige Requerir autenticación multifactor (Require multifactor authentication), sin ningún control en conflicto como Bloquear acceso (Block access).',
      'Establece Habilitar directiva (Enable policy) en Activado (On) y selecciona Crear (Create).',
    ],
    fallbackHeading: 'Si el acceso condicional no está disponible',
    fallbacks: [
      'Valores predeterminados de seguridad (Security Defaults) (Entra ID > Información general > Propiedades > Administrar valores predeterminados de seguridad; Overview > Properties > Manage Security Defaults), para inquilinos sin acceso condicional: el acceso condicional necesita una licencia de Microsoft Entra ID P1, los valores predeterminados de seguridad no necesitan ninguna. Con los valores predeterminados de seguridad, todos los usuarios deben registrarse para MFA, y Microsoft decide cuándo se le pide a un usuario (a ciertos roles de administrador, como los administradores global, de seguridad y de acceso condicional, en cada inicio de sesión). Se aplican a todos los inicios de sesión en todas las aplicaciones, no solo a Volume Licensing Central. Si los valores predeterminados de seguridad ya están activados, es posible que no necesites una directiva aparte.',
      'MFA por usuario (heredada): en el Centro de administración de Entra, en Usuarios > Autenticación multifactor (Users > Multi-Factor Authentication), o en el Centro de administración de Microsoft 365, en Usuarios activos > MFA (Active Users > MFA), establece en Habilitado (Enabled) o Aplicado (Enforced) cada cuenta que use Volume Licensing Central, invitados incluidos: solo quedan cubiertas las cuentas que habilites. A un usuario habilitado se le pide que se registre en el siguiente inicio de sesión en un navegador, así que avísale con antelación.',
    ],
    methodsHeading: 'Métodos de verificación, MFA de terceros e inicio de sesión federado',
    methods: [
      'Qué métodos de verificación pueden registrar los usuarios: Inicio > Métodos de autenticación > Directivas (Home > Authentication methods > Policies) en el portal de Entra.',
      'La MFA de terceros se puede integrar directamente con Microsoft Entra ID, como método de autenticación externo.',
      'Inicio de sesión federado (AD FS, Okta…): el proveedor de identidades debe enviar la notificación multipleauthn a Microsoft Entra ID, y Entra ID solo la acepta cuando la configuración de MFA federada del dominio (federatedIdpMfaBehavior) acepta la MFA hecha por el proveedor de identidades.',
    ],
    guestsHeading: 'Invitados de organizaciones asociadas',
    guests:
      'Coordínate con tus asociados para que sus usuarios conozcan el requisito; es posible que tengan que habilitar MFA en su inquilino principal, que es el que atiende su aviso de MFA en la mayoría de los casos (guía de Microsoft para asociados). La MFA hecha en su inquilino principal solo cuenta en el tuyo cuando la configuración de confianza de entrada del acceso entre inquilinos (cross-tenant access inbound trust settings) confía en la MFA de ese inquilino (Microsoft Learn); sin esa confianza (la opción predeterminada), los invitados se registran y hacen la MFA en tu inquilino.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'un administrador global, o un administrador cuyo rol pueda administrar esta configuración de seguridad: como mínimo un administrador de acceso condicional o un administrador de seguridad para una directiva de acceso condicional, como mínimo un administrador de seguridad para los valores predeterminados de seguridad, un administrador de autenticación o un administrador de directivas de autenticación para la MFA por usuario',
  federated: {
    heading: 'MFA cuando tu organización inicia sesión a través de su propio proveedor de identidades',
    text: (domain) =>
      `${domain} inicia sesión a través de su propio proveedor de identidades (un dominio federado). Para que cuente la MFA hecha allí, el proveedor de identidades debe enviar la notificación multipleauthn a Microsoft Entra ID, y Entra ID solo acepta esa notificación cuando la configuración de MFA federada del dominio (federatedIdpMfaBehavior) acepta la MFA hecha por el proveedor de identidades (acceptIfMfaDoneByFederatedIdp o enforceMfaByFederatedIdp). Con rejectMfaByFederatedIdp, Entra ID siempre hace la MFA por sí mismo.`,
  },
  unmanaged: {
    heading: 'Primero, el inquilino necesita un administrador',
    text: (domain) =>
      `${domain} es un inquilino no administrado (“viral”): no tiene administrador, así que todavía nadie puede activar la MFA en él. Primero, alguien de tu organización toma el control del inquilino (opción 1); después, como administrador global, puede exigir la MFA.`,
    help: 'Quién puede ayudar: quien tome el control del inquilino, porque pasa a ser su administrador: alguien de tu organización (una adquisición interna) o un administrador global de un inquilino administrado, como aquel con el que usas Teams (una adquisición externa; “¿Quién es mi administrador?” te dice quiénes son). La opción 1 de la comprobación de tu dirección tiene los pasos de la adquisición.',
  },
  support: '¿Problemas para habilitar la MFA en tu organización? Escribe a MFAVLCsupport@microsoft.com.',
};
