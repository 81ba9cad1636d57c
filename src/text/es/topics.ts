import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force.
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: '¿Por qué VLSC necesita una cuenta profesional o educativa?',
      shortAnswer:
        'Microsoft está trasladando las funciones de licencias por volumen a plataformas modernas, como el Centro de administración de Microsoft 365, que exigen cuentas profesionales o educativas. Con una de ellas tienes un único id. de inicio de sesión para software local, servicios en línea y suscripciones como Visual Studio en el Centro de servicios de licencias por volumen (VLSC) y en otros sitios de Microsoft.',
      steps: [
        'La mejor autenticación y autorización de su clase: la mejor opción para proteger los recursos empresariales adquiridos a través de los programas de licencias por volumen de Microsoft.',
        'Más seguridad: es fácil identificar que los usuarios pertenecen a una organización, y se les quita el acceso en cuanto dejan de formar parte del directorio de la organización.',
        'El administrador global de tu organización puede restablecer las contraseñas olvidadas, o puedes hacerlo tú con el autoservicio de restablecimiento de contraseña si el administrador global lo permite.',
      ],
    },
    'what-is-work-account': {
      title: '¿Qué es una cuenta profesional o educativa?',
      shortAnswer:
        'Una cuenta profesional o educativa es una cuenta vinculada a tu organización, normalmente username@orgname.com o username@orgname.onmicrosoft.com. Sirve para autenticar tu relación con la organización que tiene las licencias; no exige que tú ni tu organización usen servicios de Microsoft como Office 365.',
      steps: [
        'Si tu organización ya usa un servicio como Office 365 o Microsoft 365, ya tienes una cuenta profesional: inicia sesión en VLSC con la misma cuenta que usas para ese servicio.',
        'A diferencia de una cuenta personal de Microsoft (como outlook.com o hotmail.com), una cuenta profesional o educativa pertenece a tu organización: su administrador global puede restablecer la contraseña, y tu acceso termina cuando te vas. VLSC solo deja entrar a las cuentas personales de Microsoft durante un número limitado de inicios de sesión.',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC me pide que tome el control de mi directorio no administrado como administrador',
      shortAnswer:
        'Tu cuenta profesional o educativa se creó mediante el registro de autoservicio (un inquilino no administrado o “viral”, sin administrador). Microsoft necesita que tu organización verifique que es dueña del dominio de correo electrónico con el que inicias sesión: por ejemplo, para admin@fourthcoffee.xyz, que la organización es dueña de fourthcoffee.xyz. Mientras tanto, tienes un número de inicios de sesión restantes.',
      steps: [
        'Opción 1: sigue iniciando sesión con la dirección de correo de tu organización tomando el control del inquilino viral (verificando que eres dueño del dominio).',
        'Opción 2: crea una nueva cuenta profesional o educativa que no coincida con el dominio de correo de tu organización, como user@fourthcoffeexyz.onmicrosoft.com.',
        '¿Aún no estás listo? Mientras te queden inicios de sesión, elige **Omitir (Skip)** e inicia sesión con tu cuenta actual.',
      ],
    },
    'option1-takeover': {
      title: 'Opción 1: inicia sesión con el dominio de correo de tu organización tomando el control del inquilino viral',
      shortAnswer:
        'Para seguir iniciando sesión con una dirección propia de tu organización (por ejemplo, admin@fourthcoffee.xyz), tú o el administrador de red de tu organización verifican la propiedad de ese dominio de correo tomando el control del inquilino viral.',
      steps: [
        'Tu administrador de TI o de red confirma los registros TXT de DNS del dominio. Están disponibles en el registrador del nombre de dominio, como GoDaddy.',
        'Puede darte los datos TXT de DNS para que completes tú los pasos, o convertirse él mismo en administrador global de la cuenta profesional o educativa de tu organización. Eso no significa que tenga que administrar licencias en VLSC.',
        'Sigue las instrucciones paso a paso de Microsoft para tomar el control de un directorio no administrado.',
        '¿Aún no estás listo y todavía te quedan inicios de sesión? Elige **Omitir (Skip)** e inicia sesión en VLSC con tu cuenta actual.',
      ],
    },
    'option2-new-account': {
      title: 'Opción 2: crea un nuevo id. de usuario que no coincida con el dominio de correo de tu organización',
      shortAnswer:
        'Si te sirve un inicio de sesión que no coincida con el dominio de correo de tu organización, o si ahora no puedes demostrar la propiedad del dominio, crea una nueva cuenta profesional o educativa (como user@fourthcoffeexyz.onmicrosoft.com) que administres tú mismo. Puedes hacerlo sin llamar por teléfono al soporte de VLSC y los pasos llevan minutos, pero cuenta con hasta 2 días hábiles antes de poder iniciar sesión en VLSC con la nueva cuenta.',
      steps: [
        'Envía una solicitud por formulario web al soporte de VLSC para que desvincule tu cuenta actual de VLSC de tu dirección de correo y te invite a registrarte de nuevo. Para Canadá y EE. UU., usa el formulario web N.America MAK ADD. NO inicies sesión en VLSC hasta que el soporte de VLSC confirme que la desvinculación se completó.',
        'Ve a Registrarse (Sign Up) y crea una nueva cuenta profesional o educativa (como user@fourthcoffeexyz.onmicrosoft.com) contigo como administrador; este tipo de dominio no necesita datos TXT de DNS. Anota tu id. de usuario.',
        'Cuando el soporte de VLSC confirme la desvinculación, vuelve a VLSC, elige **iniciar sesión con una cuenta profesional o educativa (Sign In with a Work or School Account)** y escribe la nueva cuenta.',
        'Consejo: antes de implementar servicios en línea como Office 365, haz que tu organización tome el control de esta nueva cuenta y la vincule a su propio dominio personalizado.',
      ],
    },
    'skip-and-remaining-logins': {
      title: '¿Por qué tengo un número limitado de inicios de sesión restantes y qué hace Omitir (Skip)?',
      shortAnswer:
        'Cuando inicias sesión en VLSC con una cuenta no administrada (de inquilino viral), tienes un número limitado de inicios de sesión restantes para que tengas tiempo de convertirla en una cuenta administrada. Mientras tanto, elige **Omitir (Skip)** para seguir iniciando sesión con tu id. de inicio de sesión actual de VLSC.',
      steps: [
        'Elige **Omitir (Skip)** si necesitas más tiempo para tomar el control de tu cuenta no administrada o para encontrar a alguien de tu organización que pueda hacerlo.',
        'El número de inicios de sesión restantes es limitado: antes de que se acaben, tú o alguien de tu organización deben convertirse en administrador de la cuenta con la que inicias sesión.',
        '¿Te quedan cero inicios de sesión y necesitas más tiempo? Envía una solicitud al soporte de VLSC con la dirección de correo con la que inicias sesión en VLSC y pide que agreguen sesiones de inicio de sesión adicionales a tu cuenta.',
      ],
    },
    'limited-logins-msa': {
      title: '¿Por qué tengo un número limitado de inicios de sesión con una cuenta personal de Microsoft?',
      shortAnswer:
        'Los usuarios de VLSC que todavía inician sesión con una cuenta personal de Microsoft tienen un número limitado de inicios de sesión restantes, para que tengan tiempo suficiente de pasarse a la cuenta profesional o educativa obligatoria. Empieza a usar una cuenta profesional o educativa lo antes posible.',
      steps: [
        'Si tu organización usa Microsoft 365 u otro servicio en línea de Microsoft, inicia sesión en VLSC con la cuenta profesional que usas allí.',
        'Si todavía no tienes una cuenta profesional o educativa, crea una en Registrarse (Sign Up).',
      ],
    },
    'sign-up-work-account': {
      title: '¿Cómo me registro para obtener una nueva cuenta profesional o educativa?',
      shortAnswer:
        'Si tu organización usa Microsoft 365 o cualquier servicio en línea de Microsoft, probablemente ya tienes una cuenta profesional o educativa: prueba con el id. de usuario y la contraseña que usas en el trabajo. Si no, puedes obtener una en Registrarse (Sign Up), sin suscribirte a ningún servicio en línea.',
      steps: [
        'Prueba a iniciar sesión en VLSC con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo.',
        'Si tu organización no usa servicios en línea como Microsoft 365, ve a Registrarse (Sign Up) y crea una cuenta profesional o educativa.',
        'Tu nueva cuenta puede tener un aspecto como yourusername@yourcompany.onmicrosoft.com. Si tienes tu propio nombre de dominio (como yourcompany.com), puedes agregarlo más adelante desde la consola de administración.',
        'Si quieres, puedes agregar servicios al mismo inquilino más adelante.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: '¿Qué es un inquilino no administrado (“viral”)?',
      shortAnswer:
        'Un inquilino de Azure AD no administrado, a veces llamado “inquilino viral”, es un inquilino sin administrador global. Se crea cuando los usuarios se registran en un servicio en la nube y se les crea automáticamente una identidad en Azure AD a partir de su dominio de correo electrónico.',
      steps: [
        'VLSC antes permitía iniciar sesión con un inquilino no administrado, pero ahora exige inquilinos administrados.',
        'El motivo: las funciones de licencias por volumen se están trasladando a plataformas más modernas, para que puedas usar el mismo id. de usuario y la misma contraseña con los productos y servicios de Microsoft comprados de distintas formas: a través de proveedores de soluciones de licencias por volumen, proveedores de servicios en la nube o directamente a Microsoft en el Centro de administración de Microsoft 365.',
      ],
    },
    'check-unmanaged': {
      title: '¿Cómo sé si tengo una cuenta de inquilino no administrado?',
      shortAnswer:
        'Si inicias sesión en VLSC con una cuenta no administrada (de “inquilino viral”), el sitio te lo indica. También puedes comprobarlo sin iniciar sesión en VLSC.',
      steps: [
        'Inicia sesión en el Centro de servicios de licencias por volumen: te informa si la cuenta no está administrada.',
        'O inicia sesión en Portal.Office.com (u otro servicio en línea): si ves un icono Administrador (Admin) en el iniciador de aplicaciones (App Picker), el inquilino no está administrado.',
        'O, para profesionales de TI, sin iniciar sesión en VLSC: escribe **comprobar** seguido de la dirección (por ejemplo, comprobar you@yourcompany.com) y buscaré el dominio en Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: '¿Qué es la adquisición de un inquilino viral?',
      shortAnswer:
        'La adquisición de un inquilino viral (la toma de control de un inquilino no administrado) es el proceso por el que un usuario se convierte en administrador de un inquilino no administrado. Cuando el inquilino tiene un administrador, se puede usar para agregar otros usuarios a la misma organización, agregar servicios en línea y seguir usando recursos como VLSC.',
      steps: [
        'Adquisición de administrador interna: te conviertes en administrador global del inquilino no administrado; no se migran usuarios, dominios ni planes de servicio a ningún otro directorio que administres.',
        'Adquisición de administrador externa: un administrador global de un inquilino administrado existente agrega el nombre de dominio y asigna los usuarios a los recursos; los usuarios, las suscripciones y las asignaciones de licencias del inquilino no administrado se trasladan con el dominio. Microsoft la admite para Azure Rights Management y Exchange Online, y para los planes de servicio Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream y la prueba gratuita de Dynamics 365; no se admite cuando el inquilino no administrado tiene planes de servicio que incluyen SharePoint, OneDrive o Skype Empresarial (por ejemplo, a través de una suscripción gratuita de Office).',
      ],
    },
    'takeover-blockers': {
      title: '¿Qué puede impedirme completar una adquisición?',
      shortAnswer:
        'Los obstáculos habituales son: no puedes identificar a tu administrador de TI, no puedes demostrar la propiedad del dominio o tu cuenta pertenece a un dominio restringido o reclamado. En estos casos, quizás prefieras crear en su lugar un nuevo id. de usuario (opción 2).',
      steps: [
        'No puedes identificar a tu administrador de TI: las organizaciones grandes suelen tener un número del departamento de soporte técnico; las más pequeñas pueden subcontratarlo a un proveedor de TI. Si tu organización también tiene un inquilino administrado (por ejemplo, aquel con el que usas Teams), sus administradores globales aparecen en el Centro de administración de Microsoft Entra en **Entra ID > Roles y administradores > Administrador global (Roles and administrators > Global Administrator)**, o escribe **quién es mi administrador**.',
        'No puedes demostrar la propiedad del dominio: tus administradores de TI lo saben o tienen acceso a esa información, que procede de tu proveedor de servicios de Internet.',
        'Dominio restringido o reclamado: esta configuración la determina el administrador de tu organización; es posible que necesites una cuenta profesional independiente del inquilino de tu organización.',
        'En cualquiera de estos casos, piensa en la opción 2: una nueva cuenta profesional o educativa como user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: '¿Cómo hago la adquisición de un inquilino viral?',
      shortAnswer:
        'La adquisición es un proceso de varios pasos en el que tú, o alguien de tu organización, demuestra la propiedad del dominio y se convierte en su administrador global ante Microsoft: por ejemplo, admin@fourthcoffee.xyz se convierte en administrador global del inquilino fourthcoffee.xyz. El soporte de VLSC no puede hacer cambios en tu inquilino por ti.',
      steps: [
        'Tómate tiempo para revisar los recursos y consultar a personas de tu organización; mientras tanto, puedes seguir iniciando sesión con tu cuenta actual para las tareas urgentes de VLSC.',
        'Piensa en pedir a tu administrador de TI o de red (la persona que administra tu dominio) que haga la adquisición. Eso no significa que tenga que administrar VLSC ni comprar una suscripción.',
        'Elige una adquisición “interna” (te conviertes en administrador global y no se migra nada) o una adquisición “externa” (un administrador global de un inquilino administrado existente agrega el dominio y asigna los usuarios a los recursos: los usuarios, las suscripciones y las asignaciones de licencias se trasladan; Microsoft la admite para Azure Rights Management, Exchange Online y algunos planes de servicio gratuitos, pero no cuando el inquilino no administrado tiene planes de servicio que incluyen SharePoint, OneDrive o Skype Empresarial).',
        'Sigue la guía paso a paso de Microsoft, Adquisición de un directorio no administrado (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: '¿Cómo me pongo en contacto con el soporte de VLSC?',
      shortAnswer:
        'Los clientes de VLSC pueden ponerse en contacto con el soporte de VLSC por teléfono o por formulario web. Microsoft responde a las solicitudes enviadas por formulario web en un plazo de 24 horas. El soporte de VLSC no puede hacer cambios en tu inquilino por ti.',
      steps: [
        'Abre la página de contacto del soporte de VLSC y elige teléfono o formulario web.',
        'Indica la dirección de correo con la que inicias sesión en VLSC y di lo que necesitas, por ejemplo sesiones de inicio de sesión adicionales o la desvinculación de tu cuenta.',
        'Para Canadá y EE. UU., las solicitudes de desvinculación usan el formulario web N.America MAK ADD.',
      ],
    },
    'mfa-requirement': {
      title: '¿Qué es el requisito de MFA obligatoria para Volume Licensing Central?',
      shortAnswer:
        'La autenticación multifactor (MFA) es obligatoria para todas las personas que inician sesión en Volume Licensing Central (VL Central). El plazo para incorporarse fue el 5 de enero de 2026, así que el requisito está en vigor: a un usuario sin MFA se le pide que se registre al iniciar sesión y no puede continuar hasta que lo haga.',
      steps: [
        'Identifica al administrador que implementará la MFA, normalmente tu administrador global de Microsoft Entra.',
        'Aplica la MFA para VL Central en todo el inquilino, preferiblemente con una directiva de acceso condicional (los valores predeterminados de seguridad o la MFA por usuario son alternativas).',
        'Asegúrate de que los usuarios estén listos para la MFA: registran al menos un método de verificación en aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: '¿Cómo encuentro al administrador global de mi inquilino?',
      shortAnswer:
        'La persona que implementa la MFA suele ser tu administrador global de Microsoft Entra (también llamado “administrador de la compañía”, Company Administrator) o un rol de administrador equivalente que pueda administrar la configuración de seguridad. Puedes ver quién tiene el rol en el Centro de administración de Microsoft Entra.',
      steps: [
        'Ve a https://entra.microsoft.com.',
        'Navega a **Entra ID > Roles y administradores (Roles and administrators)**.',
        'Busca **Administrador global (Global Administrator)**.',
        'Verás una lista de los usuarios asignados a ese rol en tu inquilino.',
        '¿No tienes acceso al portal de Entra? Ponte en contacto con tu departamento de TI, el equipo de operaciones de seguridad o el soporte técnico interno. O escribe **quién es mi administrador** y los buscaré.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: '¿Cómo exijo la MFA para Volume Licensing Central con el acceso condicional?',
      shortAnswer:
        'Microsoft recomienda una directiva de acceso condicional en Microsoft Entra ID que exija la MFA a todos los usuarios, internos e invitados, cuando accedan a Volume Licensing Central. Si el acceso condicional no está disponible para tu inquilino, usa en su lugar los valores predeterminados de seguridad o la MFA por usuario.',
      steps: [
        'Inicia sesión en el Centro de administración de Microsoft Entra (https://entra.microsoft.com) como administrador global (o administrador de acceso condicional).',
        'Ve a **Entra ID > Acceso condicional > Información general (Conditional Access > Overview)** y selecciona **+ Crear nueva directiva (+ Create new policy)**.',
        'Escribe un nombre para la directiva, por ejemplo “MFA para Volume Licensing Central”.',
        'En **Asignaciones (Assignments)**, selecciona el valor actual en **Usuarios (Users)**.',
        'En **Incluir (Include)**, elige **Todos los usuarios (All Users)**. Esto abarca a todos los usuarios internos y a los usuarios invitados B2B que accedan a tus recursos de licencias por volumen.',
        'En **Asignaciones (Assignments)**, selecciona el valor actual en **Recursos de destino (Target Resources)** y, en **Seleccionar a qué se aplica esta directiva (Select what this policy applies to)**, comprueba que esté seleccionado **Recursos (anteriormente aplicaciones en la nube) (Resources (Formerly cloud apps))**.',
        'En **Incluir (Include)**, elige **Seleccionar aplicaciones (Select Apps)**.',
        'En **Incluir (Include)**, elige **Seleccionar recursos (Select resources)** y luego haz clic en **Ninguno (None)** en **Seleccionar (Select)**.',
        'En la ventana **Seleccionar recursos (Select Resources)**, elige **Portales de administración de Microsoft (Microsoft Admin Portals)** y haz clic en **Seleccionar (Select)**. Nota: esto habilita la MFA en todos los portales de administración asociados, incluidos el Centro de administración de Microsoft 365, el Centro de administración de Exchange, Azure Portal y el Centro de administración de Microsoft Entra.',
        'Deja las **Condiciones (Conditions)** con sus valores predeterminados (todas las ubicaciones, todos los estados de dispositivo), salvo que tengas una necesidad concreta, como excluir IP de confianza o dispositivos conformes.',
        'En **Controles de acceso > Conceder (Access controls > Grant)**, elige **Requerir autenticación multifactor (Require multi-factor authentication)** y asegúrate de que no haya ningún control en conflicto seleccionado (como **Bloquear acceso (Block access)**).',
        'Establece **Habilitar directiva (Enable policy)** en **Activado (On)** y selecciona **Crear (Create)**. A partir de entonces, a los usuarios se les pide la MFA cuando inician sesión en Volume Licensing Central; si se permite la persistencia de la sesión, es posible que a un usuario que completó la MFA hace poco no se le pida en cada inicio de sesión.',
      ],
    },
    'mfa-security-defaults': {
      title: '¿Puedo usar los valores predeterminados de seguridad en lugar del acceso condicional?',
      shortAnswer:
        'Sí, si el acceso condicional no está disponible: necesita como mínimo una licencia de Microsoft Entra ID P1, mientras que los valores predeterminados de seguridad no necesitan ninguna. Los valores predeterminados de seguridad exigen que todos los usuarios se registren para la MFA y la hagan en ciertos escenarios: Microsoft decide cuándo se le pide a un usuario, y a los administradores que Microsoft enumera (entre ellos, los administradores global, de seguridad y de acceso condicional) se les pide en cada inicio de sesión. Se aplican a todos los inicios de sesión en todas las aplicaciones, no solo a Volume Licensing Central.',
      steps: [
        'Inicia sesión en el Centro de administración de Microsoft Entra como mínimo como administrador de seguridad, ve a **Entra ID > Información general > Propiedades > Administrar valores predeterminados de seguridad (Overview > Properties > Manage Security Defaults)** y habilítalos.',
        'Si los valores predeterminados de seguridad ya están en uso y te sirve que se apliquen a todas las aplicaciones, es posible que no necesites una directiva aparte.',
        'Los valores predeterminados de seguridad y las directivas de acceso condicional no van juntos: un inquilino que usa directivas de acceso condicional debe desactivar los valores predeterminados de seguridad.',
        'Si los valores predeterminados de seguridad tampoco te sirven, la MFA por usuario (heredada) es la forma que queda de exigir la MFA sin acceso condicional.',
      ],
    },
    'mfa-per-user': {
      title: '¿Cómo habilito la MFA por usuario?',
      shortAnswer:
        'La MFA por usuario es la alternativa heredada cuando no puedes usar el acceso condicional y los valores predeterminados de seguridad no te sirven. Es menos escalable y menos flexible; en general, Microsoft recomienda el acceso condicional.',
      steps: [
        'En el Centro de administración de Microsoft Entra, ve a **Usuarios > Autenticación multifactor (Users > Multi-Factor Authentication)** (o, en el Centro de administración de Microsoft 365, **Usuarios activos > MFA (Active Users > MFA)**).',
        'Selecciona cada usuario y activa la aplicación de la MFA para su cuenta.',
        'Asegúrate de que cada cuenta que use Volume Licensing Central, incluidos los invitados de tu directorio, esté en **Aplicado (Enforced)** o **Habilitado (Enabled)**.',
        'Solo quedan cubiertas las cuentas que habilites. A un usuario habilitado se le pide que se registre para la MFA en el siguiente inicio de sesión en un navegador, y después hace la MFA en cada inicio de sesión (con algunas excepciones, como las IP de confianza o los dispositivos recordados), así que avísale con antelación.',
        'La MFA por usuario la administra un administrador de autenticación o un administrador de directivas de autenticación (o un administrador global).',
      ],
    },
    'user-mfa-registration': {
      title: '¿Cómo se registran los usuarios para la MFA?',
      shortAnswer:
        'Cada usuario va a la página de configuración de MFA (https://aka.ms/mfasetup) y agrega al menos un método de verificación habilitado para el inquilino. La aplicación Microsoft Authenticator en un teléfono suele ser lo más fácil.',
      steps: [
        'Ve a https://aka.ms/mfasetup y agrega un método de verificación, por ejemplo la aplicación Microsoft Authenticator.',
        'Agrega también un método de respaldo (por ejemplo, un segundo teléfono o un token de hardware), por si pierdes el acceso al primero.',
        'Los administradores eligen qué métodos permite el inquilino en **Inicio > Métodos de autenticación > Directivas (Home > Authentication methods > Policies)** en el portal de Entra.',
        '¿Perdiste o cambiaste el teléfono que tenía tu único método? Inicia sesión con tu método de respaldo y registra el nuevo teléfono en https://aka.ms/mfasetup. Sin método de respaldo, pregunta a tu departamento de TI o al soporte técnico: un administrador de autenticación puede exigirte que vuelvas a registrar tus métodos.',
        `Para problemas al habilitar la MFA en tu organización, escribe a ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: '¿Los usuarios invitados necesitan MFA para Volume Licensing Central?',
      shortAnswer:
        'Sí. Una directiva de acceso condicional que incluye a Todos los usuarios también abarca a los usuarios invitados B2B: también les pide la MFA a los invitados. Es posible que los invitados de organizaciones asociadas tengan que habilitar la MFA en su inquilino principal, que es el que atiende su aviso de MFA en la mayoría de los casos (guía de Microsoft para asociados). La MFA hecha en su inquilino principal solo cuenta en el tuyo cuando la configuración de confianza de entrada del acceso entre inquilinos confía en la MFA de ese inquilino (Microsoft Learn); sin esa confianza (la opción predeterminada), los invitados se registran y hacen la MFA en tu inquilino.',
      steps: [
        'Coordínate con tus asociados para que sus usuarios conozcan el requisito.',
        'Para aceptar la MFA que los invitados hacen en su inquilino principal, confía en la MFA de ese inquilino en la configuración de confianza de entrada del acceso entre inquilinos (cross-tenant access inbound trust settings).',
        'Si usas la MFA por usuario, establece también a los invitados de tu directorio en Aplicado (Enforced) o Habilitado (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'Usamos MFA de terceros o un proveedor de identidades federado',
      shortAnswer:
        'La MFA de terceros se puede integrar directamente con Microsoft Entra ID como método de autenticación externo. Si Entra ID está federado con un proveedor de identidades, ese proveedor debe configurarse para enviar la notificación multipleauthn a Microsoft Entra ID, que solo la acepta cuando la configuración federatedIdpMfaBehavior del dominio acepta la MFA hecha por el proveedor de identidades.',
      steps: [
        'MFA de terceros: agrega el proveedor como método de autenticación externo (consulta “Administrar un método de autenticación externo en Microsoft Entra ID”; los métodos de autenticación externos necesitan como mínimo Microsoft Entra ID P1). Los proveedores encuentran los detalles en la referencia para proveedores de métodos externos de autenticación multifactor de Microsoft Entra.',
        'Proveedor de identidades federado: configúralo para que envíe la notificación multipleauthn, como se describe en “Satisfacer los controles de MFA de Microsoft Entra ID con notificaciones de MFA de un IdP federado”.',
        'Microsoft Entra ID solo acepta esa notificación cuando la configuración de MFA federada del dominio (federatedIdpMfaBehavior) acepta la MFA hecha por el proveedor de identidades: acceptIfMfaDoneByFederatedIdp o enforceMfaByFederatedIdp. Con rejectMfaByFederatedIdp, Entra ID siempre hace la MFA por sí mismo.',
      ],
    },
    'mfa-after-deadline': {
      title: '¿Qué pasa si un usuario no configuró la MFA?',
      shortAnswer:
        'Desde el 5 de enero de 2026, un usuario que no configuró la MFA no queda bloqueado sin más en Volume Licensing Central: se le pide que se registre para la MFA como parte del inicio de sesión. No puede omitirlo; sin MFA no puede continuar.',
      steps: [
        'Al iniciar sesión, Microsoft Entra ID le pide al usuario que complete primero el registro de MFA.',
        'Después de seleccionar **Siguiente (Next)**, el usuario elige en una lista de métodos de verificación.',
        'Después de registrarse, el usuario completa la verificación MFA con el método elegido.',
        'Un usuario que se niega no puede continuar a Volume Licensing Central; el aviso aparece cada vez hasta que lo complete.',
      ],
    },
    'mfa-support-contact': {
      title: '¿A quién contacto por problemas al habilitar la MFA?',
      shortAnswer: `Si tienes problemas para habilitar la MFA en tu organización, escribe a ${LINKS.mfaSupportEmail} para pedir ayuda.`,
      steps: [
        `Escribe a ${LINKS.mfaSupportEmail} describiendo el problema que tienes para habilitar la MFA en tu organización.`,
        'O escribe **redactar correo al soporte de MFA** y prepararé el mensaje por ti.',
      ],
    },
  },
  links: {
    takeover: 'Adquisición de un directorio no administrado (Microsoft Learn)',
    selfServiceSignup: '¿Qué es el registro de autoservicio para Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Registrarse para una cuenta profesional o educativa',
    vlscSupport: 'Contactar con el soporte de VLSC',
    vlsc: 'Centro de servicios de licencias por volumen (VLSC)',
    entra: 'Centro de administración de Microsoft Entra',
    mfaSetup: 'Configurar tus métodos de inicio de sesión (aka.ms/mfasetup)',
    enableMfa: 'Habilitar la autenticación multifactor de Microsoft Entra (Microsoft Learn)',
    securityDefaults: 'Configurar los valores predeterminados de seguridad para Microsoft Entra ID (Microsoft Learn)',
    perUserMfa: 'Habilitar la autenticación multifactor por usuario (Microsoft Learn)',
    externalMfa: 'Referencia para proveedores de métodos externos de autenticación multifactor de Microsoft Entra (Microsoft Learn)',
    externalMfaManage: 'Administrar un método de autenticación externo en Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'Satisfacer los controles de MFA de Microsoft Entra ID con notificaciones de MFA de un IdP federado (Microsoft Learn)',
    guestMfa: 'Autenticación y acceso condicional para External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Administrar los métodos de autenticación de los usuarios para la autenticación multifactor de Microsoft Entra (Microsoft Learn)',
    mfaSupport: `Escribir a ${LINKS.mfaSupportEmail}`,
  },
};
