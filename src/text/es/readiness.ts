import type { CatalogWords } from '../catalog';

const EXCLUDED_KINDS = {
  user: ['usuario', 'usuarios'],
  group: ['grupo', 'grupos'],
  role: ['rol', 'roles'],
} as const;

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'Tu organización, comprobada ahora mismo',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Pendiente',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Solo se aplica a usuarios, grupos o roles seleccionados, no a Todos los usuarios (Asignaciones > Usuarios > Incluir: Todos los usuarios; Assignments > Users > Include: All users).',
    otherResources:
      'Se dirige a otros recursos, no a Portales de administración de Microsoft ni a Todos los recursos (Recursos de destino > Incluir > Seleccionar recursos: Portales de administración de Microsoft; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks:
      "También incluye 'Bloquear acceso' ('Block access'), que bloquea el inicio de sesión en lugar de pedir MFA (Controles de acceso > Conceder: solo Requerir autenticación multifactor; Access controls > Grant: Require multifactor authentication).",
    withoutMfa: (controls: string) =>
      `Se puede cumplir sin MFA: también acepta ${controls} (Controles de acceso > Conceder: solo Requerir autenticación multifactor; Access controls > Grant: Require multifactor authentication).`,
    excludes: (parts: string) => `Excluye ${parts}.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${n} ${EXCLUDED_KINDS[what][n === 1 ? 0 : 1]}`,
  },
  states: { reportOnly: 'solo informe (report-only)', on: 'activada', off: 'desactivada' },
  conditionalAccess: {
    manualTitle: 'Acceso condicional: compruébalo a mano',
    manualDetail:
      'Comprueba en Entra ID > Acceso condicional > Directivas (Conditional Access > Policies) que una directiva exija MFA a Todos los usuarios en Portales de administración de Microsoft (Microsoft Admin Portals) y esté Activada (On).',
    manualTask:
      'Comprueba en el Centro de administración de Entra que una directiva de acceso condicional exija MFA a Todos los usuarios en Portales de administración de Microsoft (Microsoft Admin Portals) y esté Activada (On) (o que los valores predeterminados de seguridad estén activados).',
    enforcedTitle: 'El acceso condicional exige MFA en los portales de administración',
    enforcedBy: (policies: string) => `Lo aplica ${policies}`,
    checkExclusions: 'Asegúrate de que nadie excluido inicie sesión en Volume Licensing Central.',
    alsoNote: (policies: string) => `Ten en cuenta también: ${policies}`,
    removeBlock: (name: string) => `Quita 'Bloquear acceso' ('Block access') de "${name}" (Controles de acceso > Conceder) si solo debe pedir MFA.`,
    shortTitle: 'Acceso condicional: hay una directiva de MFA, pero no exige MFA a todos',
    noneTitle: 'Acceso condicional: ninguna directiva exige MFA',
    noneDetail:
      'Crea una directiva de acceso condicional que exija MFA a Todos los usuarios en Portales de administración de Microsoft (Microsoft Admin Portals) (es la forma que recomienda Microsoft).',
    createTask:
      'Crea una directiva de acceso condicional "MFA para Volume Licensing Central" que exija la autenticación multifactor a Todos los usuarios en Portales de administración de Microsoft (Microsoft Admin Portals) y establécela en Activado (On). Si el inquilino no tiene acceso condicional (necesita una licencia de Microsoft Entra ID P1), activa los valores predeterminados de seguridad (Security Defaults), que no necesitan licencia; la MFA por usuario es el último recurso.',
    reportOnlyToOn: (name: string) => `cambia Habilitar directiva (Enable policy) de "${name}" de Solo informe (Report-only) a Activado (On).`,
    offToOn: (name: string) => `establece Habilitar directiva (Enable policy) de "${name}" en Activado (On).`,
    fix: (name: string) => `Corrige "${name}":`,
    then: (task: string) => `Después, ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Valores predeterminados de seguridad: compruébalo a mano',
    manualDetail: (why: string) => `${why} Compruébalo en Entra ID > Información general > Propiedades (Overview > Properties).`,
    onTitle: 'Los valores predeterminados de seguridad están activados',
    onDetail:
      'Todos los usuarios deben registrarse para MFA. Microsoft decide cuándo se le pide a un usuario al iniciar sesión; a ciertos roles de administrador, como los administradores global, de seguridad y de acceso condicional, se les pide en cada inicio de sesión. Se aplican a todos los inicios de sesión en todas las aplicaciones, Volume Licensing Central incluida, así que es posible que no necesites una directiva aparte.',
    offTitle: 'Los valores predeterminados de seguridad están desactivados',
    offExpected: 'Es lo esperado: los valores predeterminados de seguridad no pueden estar activados mientras se usan directivas de acceso condicional.',
    offDetail:
      'Si tu inquilino no tiene acceso condicional (necesita una licencia de Microsoft Entra ID P1), los valores predeterminados de seguridad, que no necesitan licencia, son la alternativa que lo abarca todo: todos los usuarios deben registrarse para MFA y la hacen cuando Microsoft decide que es necesaria (a ciertos roles de administrador, como los administradores global, de seguridad y de acceso condicional, en cada inicio de sesión), en todas las aplicaciones.',
  },
  perUserMfa: {
    title: 'MFA por usuario (heredada): compruébala a mano',
    detail:
      'Microsoft Graph v1.0 no muestra la MFA por usuario, así que el bot no puede verla. Si tu inquilino depende de ella en lugar del acceso condicional o los valores predeterminados de seguridad, comprueba cada cuenta que use Volume Licensing Central.',
  },
  registration: {
    manualTitle: (upn: string) => `Registro de MFA de ${upn}: compruébalo a mano`,
    notFoundTitle: (upn: string) => `Registro de MFA de ${upn}: no encontrado`,
    notFoundDetail:
      'El inquilino no tiene datos de registro para esta dirección: revisa la dirección. Un invitado de una organización asociada podría registrar la MFA en su inquilino principal, pero esa MFA solo cuenta aquí cuando la configuración de confianza de entrada del acceso entre inquilinos acepta la MFA de su inquilino principal; si no, el invitado se registra y hace la MFA en tu inquilino.',
    notRegisteredTitle: (upn: string) => `${upn} no se registró para MFA`,
    notRegisteredDetail:
      'Regístrate antes de iniciar sesión en Volume Licensing Central; si no, el inicio de sesión pide primero el registro y no se puede omitir.',
    oneMethodTitle: (upn: string) => `${upn} está registrado para MFA con un método`,
    oneMethodDetail: (methods: string) => `Con ${methods}, y todavía sin método de respaldo.`,
    doneTitle: (upn: string) => `${upn} está registrado para MFA`,
    doneDetail: (methods: string) => `Con ${methods}.`,
    unknownMethods: 'métodos que el directorio no nombra',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'notificaciones de Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'el inicio de sesión sin contraseña de Microsoft Authenticator',
      softwareOneTimePasscode: 'códigos de una aplicación de autenticación',
      hardwareOneTimePasscode: 'un token de hardware',
      mobilePhone: 'un teléfono móvil',
      alternateMobilePhone: 'un segundo teléfono móvil',
      officePhone: 'un teléfono de oficina',
      email: 'una dirección de correo electrónico',
      fido2SecurityKey: 'una clave de seguridad FIDO2',
      windowsHelloForBusiness: 'Windows Hello para empresas',
      temporaryAccessPass: 'un pase de acceso temporal (Temporary Access Pass)',
      passKeyDeviceBound: 'una clave de paso (passkey)',
      passKeyDeviceBoundAuthenticator: 'una clave de paso en Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'una clave de paso en Windows Hello',
      passKeySynced: 'una clave de paso sincronizada',
      macOsSecureEnclaveKey: 'una clave de SSO de plataforma de macOS',
      securityQuestion: 'preguntas de seguridad',
      externalAuthMethod: 'un método de autenticación externo',
    } as Record<string, string>,
    otherMethod: 'otro método',
    otherMethods: (n: number) => `otros ${n} métodos`,
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`,
  },
  notConfigured: 'El bot no está conectado a Microsoft Graph.',
  otherTenant: 'La aplicación del bot no puede leer este inquilino.',
  list: (items: readonly string[]) => items.join(', '),
  policy: (name: string, state: string) => `"${name}" (${state})`,
  policies: (described: readonly string[]) => described.join('; '),
  sentences: (sentences: readonly string[]) => sentences.join(' '),
} as const;
