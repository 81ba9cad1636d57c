import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft responde a las solicitudes enviadas por formulario web en un plazo de 24 horas.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' Microsoft tampoco pudo decir si una cuenta personal de Microsoft usa la misma dirección: si la página de inicio de sesión te pregunta qué cuenta usar, elige “Cuenta profesional o educativa” (Work or school account).';

const tenantKind = (federated: boolean) => (federated ? 'federado' : 'administrado');

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Detalles',
  checkedAt: 'Comprobado',
  address: 'Dirección',
  domain: 'Dominio',
  tenant: 'Inquilino',
  domainType: 'Tipo de inquilino',
  domainTypes: {
    managed: 'Administrado',
    federated: 'Federado (servicio de inicio de sesión propio)',
    unmanaged: 'No administrado (“viral”)',
    unknown: 'No se encontró ningún inquilino de Microsoft',
  },
  actions: {
    checkAnother: 'Comprobar otra dirección',
    mfa: 'Comprobar preparación para MFA',
    retry: 'Reintentar',
    useWork: 'Comprobar mi cuenta profesional',
    cannotTakeOver: 'No puedo tomar el control',
    signUp: 'Crear una cuenta profesional',
  },
  ready: {
    title: 'Esta cuenta está lista para VLSC',
    unconfirmedTitle: 'El tipo de cuenta correcto, pero esta dirección no está confirmada',
    summary: (address, tenant) =>
      `${address} es una cuenta profesional o educativa de ${tenant}, un inquilino administrado de Microsoft Entra. Ese es el tipo de cuenta que exige VLSC: sigue iniciando sesión con ella.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address, domain, tenant) =>
      `${domain} pertenece a ${tenant}, un inquilino administrado de Microsoft Entra: el tipo que exige VLSC. En este momento Microsoft responde “existe” para cualquier dirección de ese dominio, así que no puedo confirmar que ${address} exista: inicia sesión con ella y, si se rechaza el inicio de sesión, revisa cómo está escrita o pregunta a tu departamento de TI.`,
    federated: (address, domain, tenant) =>
      `${domain} pertenece a ${tenant}, que inicia sesión a través de su propio proveedor de identidades (un dominio federado): el tipo que exige VLSC. Microsoft responde “existe” para todas las direcciones de un dominio federado, así que no puedo confirmar que ${address} exista: inicia sesión con ella y, si se rechaza el inicio de sesión, revisa cómo está escrita o pregunta a tu departamento de TI.`,
    next: 'Siguiente paso: Volume Licensing Central exige la autenticación multifactor (MFA) desde el 5 de enero de 2026. Comprueba que tú y tu organización están listos.',
    help: '¿Tienes preguntas o el inicio de sesión sigue fallando? Consulta a tu administrador o al soporte técnico.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Esta dirección exacta no está confirmada',
    federated: (address, personalAccount) =>
      `En un dominio federado, Microsoft responde “existe” para todas las direcciones, así que no puedo confirmar que ${address} exista. Inicia sesión con ella; si se rechaza el inicio de sesión, revisa cómo está escrita o pregunta a tu departamento de TI.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address, domain, personalAccount) =>
      `En este momento la consulta de Microsoft responde “existe” para cualquier dirección de ${domain}, incluso para direcciones inventadas (se sabe que lo hace cuando limita las solicitudes), así que no puedo confirmar que ${address} exista. Inicia sesión con ella; si se rechaza el inicio de sesión, revisa cómo está escrita o pregunta a tu departamento de TI, o vuelve a comprobarla en unos minutos.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'Elige “Cuenta profesional o educativa” al iniciar sesión',
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address, domain, tenant, federated, confirmed) =>
      confirmed
        ? `${address} existe dos veces: como cuenta profesional o educativa de ${tenant} (${tenantKind(federated)}) y como cuenta personal de Microsoft. Cuando VLSC o la página de inicio de sesión de Microsoft te pregunte cuál usar, elige “Cuenta profesional o educativa” (Work or school account).`
        : `Una cuenta personal de Microsoft usa ${address}, y las direcciones de ${domain} son cuentas profesionales o educativas de ${tenant} (${tenantKind(federated)}); Microsoft no pudo confirmar una cuenta profesional para esta dirección exacta. Cuando VLSC o la página de inicio de sesión de Microsoft te pregunte cuál usar, elige “Cuenta profesional o educativa” (Work or school account).`,
    why: 'Una cuenta personal de Microsoft solo tiene un número limitado de inicios de sesión en VLSC; la cuenta profesional es la que exige VLSC.',
  },
  personal: {
    title: 'Esta es una cuenta personal de Microsoft',
    help: '¿No sabes qué cuenta usar? Consulta a tu administrador o al soporte técnico.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain, tenant) =>
        `Tu organización ya tiene un inquilino de Microsoft Entra, el directorio que usa Microsoft 365 (${domain} pertenece a ${tenant}): inicia sesión en VLSC con tu cuenta profesional de ese inquilino o pide una a sus administradores.`,
      admins: (names) => `Sus administradores, que pueden crearte una cuenta profesional: ${names.join(', ')}.`,
      askAdmins: 'Sus administradores pueden crearte una cuenta profesional: “¿Quién es mi administrador?” te dice quiénes son.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain) =>
        `El departamento de TI que administra ${domain} puede crearte una cuenta profesional. No es la organización con la que usas Teams, así que no puedo ver sus administradores; tu propio administrador o soporte técnico puede ayudarte a contactarlos.`,
    },
    summary: (address) =>
      `${address} es una cuenta personal de Microsoft. VLSC todavía deja entrar a las cuentas personales durante un número limitado de inicios de sesión, para que tengas tiempo de pasarte a la cuenta profesional o educativa que exige. Empieza a usar una lo antes posible.`,
    chosenSummary:
      'VLSC todavía deja entrar a las cuentas personales de Microsoft durante un número limitado de inicios de sesión, para que tengas tiempo de pasarte a la cuenta profesional o educativa que exige. Empieza a usar una lo antes posible.',
    haveWork: {
      heading: 'Ya tienes una cuenta profesional',
      text: (upn) =>
        `Tu organización usa Microsoft 365 (usas Teams con ella), así que ya tienes una cuenta profesional: ${upn}. Inicia sesión en VLSC con ella y elige “Cuenta profesional o educativa” (Work or school account). Si no se debe usar para VLSC, pide una a tu departamento de TI.`,
    },
    maybeWork: {
      heading: 'Si tu organización usa Microsoft 365',
      text: 'Si tu empresa o centro educativo usa Microsoft 365 o cualquier servicio en línea de Microsoft, probablemente ya tienes una cuenta profesional o educativa. Prueba con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo, o pregunta a tu departamento de TI.',
    },
    signUp: {
      button: 'Cómo registrarte',
      heading: 'Si no, regístrate para obtener una nueva cuenta profesional o educativa',
      steps: [
        'Ve a Registrarse (Sign Up) y crea una nueva cuenta profesional o educativa. No necesitas suscribirte a ningún servicio en línea; si quieres, puedes agregar servicios al mismo inquilino más adelante.',
        'Tu nueva cuenta puede tener un aspecto como yourusername@yourcompany.onmicrosoft.com. Es normal.',
        'Si tienes tu propio nombre de dominio (como yourcompany.com), puedes agregarlo más adelante desde la consola de administración.',
      ],
    },
  },
  takeover: {
    title: 'Tu cuenta de VLSC está en un inquilino no administrado (“viral”)',
    summary: (address, domain, confirmed) =>
      `${confirmed ? `${address} pertenece a ${domain}, un` : `Las direcciones de ${domain} pertenecen a un`} inquilino de Microsoft Entra sin administrador (un inquilino no administrado o “viral”).${confirmed ? '' : ` No puedo confirmar que ${address} exista: en este momento Microsoft responde “existe” para cualquier dirección de ese dominio.`} VLSC ahora exige inquilinos administrados: toma el control del inquilino demostrando que ${domain} es tuyo (opción 1) o pásate a una nueva cuenta profesional (opción 2).`,
    next: 'Mientras tanto, VLSC te da un número limitado de inicios de sesión restantes: elige Omitir (Skip) en su aviso mientras te preparas.',
    help: 'Quién puede ayudar: tu administrador de TI o de red (quien administre tu dominio) puede hacer la adquisición. El soporte de VLSC no puede hacer cambios en tu inquilino por ti.',
    whatIs: {
      heading: '¿Qué es un inquilino no administrado?',
      text: 'Un inquilino sin administrador global. Se crea cuando alguien se registra en un servicio en la nube y se le crea automáticamente una identidad a partir de su dominio de correo electrónico. VLSC antes permitía estas cuentas, pero ahora exige inquilinos administrados para que el mismo id. de usuario funcione en todos los sitios a los que se trasladan las funciones de licencias por volumen.',
    },
    option1: {
      button: 'Opción 1: tomar el control',
      heading: 'Opción 1: toma el control del inquilino y conserva tu dirección',
      verify: (domain) =>
        `Tú, o el administrador de TI o de red de tu organización, verifican la propiedad de ${domain} confirmando un registro TXT de DNS en el registrador del nombre de dominio (como GoDaddy).`,
      alternativesHeading: 'Después, una de estas dos alternativas',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Adquisición interna**: quien verifica el dominio pasa a ser el administrador global del inquilino. No se migran usuarios, dominios ni planes de servicio a ningún otro directorio. (Ser administrador global no significa tener que administrar licencias en VLSC).',
        '- **Adquisición externa**: un administrador global de un inquilino administrado existente agrega el nombre de dominio y asigna los usuarios a los recursos. Los usuarios, las suscripciones y las asignaciones de licencias del inquilino no administrado se trasladan con el dominio. Microsoft la admite para Azure Rights Management y Exchange Online, y para los planes de servicio Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream y la prueba gratuita de Dynamics 365; no se admite cuando el inquilino no administrado tiene planes de servicio que incluyen SharePoint, OneDrive o Skype Empresarial (por ejemplo, a través de una suscripción gratuita de Office).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant) =>
        `Usas Teams con un inquilino administrado (${ownTenant}). Si es el de tu organización, la que es dueña del dominio, sus administradores globales pueden hacer la adquisición externa (demuestran la propiedad del dominio con el mismo registro TXT de DNS), siempre que el inquilino no administrado no tenga ninguno de esos planes de servicio.`,
      afterwards: 'Cuando el inquilino tenga un administrador, sigue iniciando sesión en VLSC con tu cuenta actual.',
      tip: 'Quizás prefieras pedir a tu administrador de TI o de red (quien administre tu dominio) que haga la adquisición. Eso no significa que tenga que administrar VLSC ni comprar una suscripción. El soporte de VLSC no puede hacer cambios en tu inquilino por ti.',
    },
    option2: {
      button: 'Opción 2: una cuenta nueva',
      heading: 'Opción 2: crea una nueva cuenta …onmicrosoft.com',
      intro: 'Es una buena opción si solo necesitas la cuenta para VLSC o si ahora no puedes demostrar la propiedad del dominio. Puedes hacerlo sin llamar por teléfono al soporte de VLSC y cada paso lleva minutos, pero es posible que tengas que esperar hasta 2 días hábiles para poder iniciar sesión con la nueva cuenta.',
      steps: (address) => [
        `Envía una solicitud por formulario web al soporte de VLSC para que desvincule tu cuenta actual de VLSC de ${address} y te invite a registrarte de nuevo. (Para Canadá y EE. UU., usa el formulario web N. America MAK ADD). ${WEB_FORM_ANSWER}`,
        'NO inicies sesión en VLSC hasta que el soporte de VLSC haya confirmado que la desvinculación se completó.',
        'Ve a Registrarse (Sign Up) y crea una nueva cuenta profesional o educativa (como user@yourcompany.onmicrosoft.com) contigo como administrador. Para este tipo de dominio no se necesita ningún registro TXT de DNS. Anota el id. de usuario.',
        'Cuando el soporte de VLSC lo confirme, vuelve a VLSC, elige iniciar sesión con una cuenta profesional o educativa (Sign in with a Work or School Account) y escribe la nueva cuenta.',
      ],
      tip: 'Antes de que tu organización implemente servicios en línea como Office 365, debería tomar el control de este nuevo inquilino y vincularlo a su propio dominio personalizado.',
    },
    skip: {
      button: '¿Aún no estás listo? Omitir',
      heading: '¿Aún no estás listo? Omitir (Skip)',
      text: (address) =>
        `Mientras te queden inicios de sesión, elige Omitir (Skip) en el aviso de VLSC y sigue iniciando sesión con tu cuenta actual: es útil mientras tú, o alguien de tu organización, preparan la adquisición. Si te quedan cero inicios de sesión y necesitas más tiempo, pide al soporte de VLSC que agregue sesiones de inicio de sesión adicionales a ${address}. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: '¿No puedes tomar el control del inquilino? Dime qué te lo impide:',
  },
  blockers: {
    'no-admin': {
      button: 'No encuentro a mi admin de TI',
      title: 'No puedes identificar a tu administrador de TI',
      text: 'En las organizaciones grandes suele ser un número del departamento de soporte técnico; las más pequeñas pueden subcontratar la TI a un proveedor.',
    },
    'no-domain-proof': {
      button: 'No puedo demostrar el dominio',
      title: 'No puedes demostrar la propiedad del dominio',
      text: 'Tus administradores de TI lo sabrán o tendrán acceso a esa información, que procede de tu proveedor de servicios de Internet o de tu registrador de dominios.',
    },
    'restricted-domain': {
      button: 'Dominio restringido o reclamado',
      title: 'Tu cuenta pertenece a un dominio restringido o reclamado',
      text: 'Esa configuración la determina el administrador de tu organización. Es posible que necesites una cuenta profesional independiente del inquilino de tu organización.',
    },
    steer: 'En esta situación, crea en su lugar un nuevo id. de usuario: abre la opción 2 más abajo.',
    help: '¿Sigues bloqueado? Consulta a tu administrador o al soporte técnico.',
  },
  noAccount: {
    title: 'No se encontró ninguna cuenta de Microsoft para esta dirección',
    summary: (address) =>
      `Microsoft no conoce ninguna cuenta profesional o educativa ni ninguna cuenta personal de Microsoft para ${address}. Puede ser un error de escritura, o todavía no hay ninguna cuenta.`,
    tenantExists: (domain) =>
      `${domain} sí tiene un inquilino de Microsoft Entra, así que revisa cómo está escrita o pide tu nombre de inicio de sesión a tu departamento de TI.`,
    workSignIn:
      'Si tu empresa o centro educativo usa Microsoft 365 o cualquier servicio en línea de Microsoft, probablemente ya tienes una cuenta profesional o educativa: prueba con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo.',
    signUp: 'Si todavía no tienes una cuenta profesional o educativa, puedes crear una en Registrarse (Sign Up), sin suscribirte a ningún servicio en línea.',
    help: '¿No sabes cuál es tu nombre de inicio de sesión? Consulta a tu administrador o al soporte técnico.',
  },
  invalid: {
    title: 'No puedo comprobar esa dirección',
    next: 'Revisa cómo está escrita e inténtalo de nuevo.',
  },
  failed: {
    title: 'No pude terminar la comprobación',
    summary:
      'No pude conectar con el servicio de inicio de sesión de Microsoft en este momento, así que no puedo saber qué tipo de cuenta es. Inténtalo de nuevo en un minuto.',
    help: '¿Sigue fallando? Consulta a tu administrador o al soporte técnico: “Detalles para TI” tiene lo que necesitan.',
    detailsButton: 'Detalles para TI',
    technical: (source, detail) => `El servicio de ${source} de Microsoft no respondió correctamente (${detail}).`,
    manualHeading: 'Compruébalo tú mismo',
    manual:
      'Abre en un navegador la respuesta del dominio de usuario (user realm) que aparece abajo. Si contiene "IsViral": true, la cuenta está en un inquilino no administrado y necesita una adquisición.',
    realmLink: 'Abrir la respuesta del user realm',
    sources: { 'user-realm': 'dominio de usuario (user realm)', 'credential-type': 'búsqueda de cuentas', 'openid-configuration': 'configuración del inquilino' },
  },
};
