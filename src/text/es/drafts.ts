import type { CatalogWords } from '../catalog';
import { countedIn } from '../grammar';
import { WEB_FORM_ANSWER } from './result';

const counted = countedIn('es');

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Nombre de contacto', missing: 'Escribe tu nombre.' },
  contactEmail: {
    label: 'Correo de contacto (donde responde el soporte de VLSC)',
    missing: 'Escribe la dirección de correo electrónico donde debe responder el soporte de VLSC.',
  },
  vlscAddress: {
    label: 'Dirección de correo usada para iniciar sesión en VLSC',
    missing: 'Escribe la dirección de correo electrónico con la que inicias sesión en VLSC.',
  },
};

/** The words that point to a next step, for the chat or the command line (TEXT.drafts.nextStep). */
type DraftNextStep = CatalogWords['drafts']['nextStep']['chat'];

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Pedir la desvinculación',
    'extra-logins': 'Pedir más inicios de sesión',
    'mfa-support': 'Redactar correo al soporte MFA',
  },
  textHeading: 'Texto para pegar',
  emailHeading: 'Correo para enviar',
  subject: 'Asunto',
  editHeading: 'Editar los datos',
  update: 'Actualizar el borrador',
  review: 'Enviar a mi soporte para revisión',
  openEmail: 'Abrir en el correo',
  openWebForm: 'Abrir contacto del soporte de VLSC',
  truncated:
    'El vínculo de correo contiene un texto acortado (los programas de correo rechazan vínculos más largos): pega en el correo el texto completo de arriba.',
  updated: 'Borrador actualizado: listo para enviar.',
  fixErrors: 'Algunos datos necesitan atención (ver abajo).',
  checkFirst: 'Primero déjame comprobar tu cuenta, para poder rellenar los datos.',
  required: 'Este campo es obligatorio.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[completar, por favor]',
  shortened: '[Acortado para caber en un vínculo de correo: pega en su lugar el texto completo de la tarjeta.]',
  detail: (label: string, value: string) => `${label}: ${value}`,
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `No es una dirección de correo electrónico válida: ${reason}`,
    domain: 'No es un nombre de dominio válido, como contoso.com.',
    tenantId: 'Un id. de inquilino es un GUID, como 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Escribe un número entero, como 0.',
    choice: (titles: string) => `Elige una de estas opciones: ${titles}.`,
    tooLong: (max: number) => `Tiene más de ${max} caracteres; acórtalo.`,
    sameAccount: 'La nueva cuenta debe ser una dirección distinta de la que desvincula el soporte de VLSC.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `Todavía tienes ${counted(count, 'inicio de sesión restante', 'inicios de sesión restantes')}: la solicitud de sesiones de inicio de sesión adicionales es para cuando VLSC muestra 0 inicios de sesión restantes y necesitas más tiempo. Hasta entonces, elige Omitir (Skip) en el aviso de VLSC e inicia sesión con tu cuenta actual.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[en blanco]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Dominio', missing: 'Escribe el dominio de esa dirección, como contoso.com.' },
      tenantId: { label: 'Id. de inquilino' },
      verdictFound: { label: 'Lo que encontró la comprobación de inicio de sesión' },
      request: { label: 'Solicitud', missing: 'Di qué le pides al soporte de VLSC.' },
      newAccount: { label: 'Nueva cuenta profesional o educativa que usaré' },
      region: { label: 'Región' },
      tried: { label: 'Lo que ya probé' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Inicios de sesión restantes que muestra VLSC', missing: 'Escribe cuántos inicios de sesión te quedan según VLSC.' },
      progress: { label: 'En qué punto está la adquisición', missing: 'Elige en qué punto está la adquisición de tu inquilino.' },
      reason: { label: 'Más detalles de por qué necesito más tiempo' },
      expectedCompletion: { label: 'Finalización prevista' },
    },
    'mfa-support': {
      tenantId: { label: 'Id. de inquilino', missing: 'Escribe el id. de tu inquilino de Microsoft Entra.' },
      domain: { label: 'Dominio', missing: 'Escribe el dominio de tu organización, como contoso.com.' },
      tenantType: { label: 'Tipo de inquilino' },
      relationship: { label: 'Nuestra organización es' },
      method: { label: 'Método de MFA probado', missing: 'Elige la forma en que intentaste habilitar la MFA.' },
      error: { label: 'Error que apareció', missing: 'Pega o describe el error que viste.' },
      globalAdmin: { label: 'Administrador global' },
      contactName: { label: 'Nombre de contacto', missing: 'Escribe tu nombre.' },
      contactEmail: { label: 'Correo de contacto', missing: 'Escribe la dirección de correo electrónico donde debe responder el soporte.' },
    },
  },
  choices: {
    region: { 'north-america': 'Canadá o EE. UU. (formulario web N. America MAK ADD)', elsewhere: 'Fuera de Canadá y EE. UU.' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'Mi organización está tomando el control del inquilino no administrado (verificando el dominio con un registro TXT de DNS)',
      'finding-admin': 'Todavía estamos buscando a alguien de mi organización que pueda tomar el control del inquilino',
    },
    relationship: { partner: 'Un asociado de licencias por volumen', customer: 'Un cliente de licencias por volumen' },
    method: {
      'conditional-access': 'Directiva de acceso condicional',
      'security-defaults': 'Valores predeterminados de seguridad',
      'per-user': 'MFA por usuario (heredada)',
    },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'La dirección está en un inquilino de Microsoft Entra no administrado (“viral”), sin administrador',
    'personal-account': 'La dirección es una cuenta personal de Microsoft, no una cuenta profesional o educativa',
    'choose-work-account': 'La dirección es a la vez una cuenta profesional o educativa y una cuenta personal de Microsoft',
    ready: 'La dirección es una cuenta profesional o educativa de un inquilino administrado',
    readyFederated: 'La dirección es de un dominio federado, cuya organización inicia sesión a través de su propio proveedor de identidades',
    'no-account': 'No existe ninguna cuenta profesional o educativa ni ninguna cuenta personal de Microsoft para la dirección',
    'lookup-failed': 'La comprobación no obtuvo respuesta del servicio de inicio de sesión de Microsoft',
    'invalid-address': 'La dirección no es una dirección de correo electrónico válida',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Las direcciones del dominio están en un inquilino de Microsoft Entra no administrado (“viral”), sin administrador; Microsoft no pudo confirmar esta dirección exacta',
      'choose-work-account':
        'Una cuenta personal de Microsoft usa la dirección, y las direcciones del dominio son cuentas profesionales o educativas; Microsoft no pudo confirmar una cuenta profesional para esta dirección exacta',
      ready: 'Las direcciones del dominio son cuentas profesionales o educativas de un inquilino administrado; Microsoft no pudo confirmar esta dirección exacta',
      readyFederated:
        'El dominio es federado (su organización inicia sesión a través de su propio proveedor de identidades), así que Microsoft no pudo confirmar esta dirección exacta',
    },
    personalUnknown: '; no se sabe si una cuenta personal de Microsoft la usa',
    tenant: (name: string) => ` (el inquilino del dominio: ${name})`,
    checked: (finding: string, when: string) => `${finding}. Comprobado el ${when}.`,
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'escribe "comprobar mi cuenta"', signUp: 'escribe "comprobar mi cuenta" para ver los pasos', mfa: 'escribe "mfa"' },
    cli: {
      check: 'ejecuta "vlsa diagnose <address>"',
      signUp: 'ejecuta "vlsa ask \'how do I sign up for a new work or school account\'" para ver los pasos',
      mfa: 'ejecuta "vlsa mfa-readiness --user <address>"',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} es una cuenta personal de Microsoft. Las solicitudes de desvinculación y de inicios de sesión adicionales al soporte de VLSC son para cuentas de un inquilino no administrado. Para una cuenta personal, la guía es empezar a usar una cuenta profesional o educativa lo antes posible: prueba con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo, o ${organisation ? `pide a los administradores de ${organisation} una cuenta profesional allí` : `crea una en Registrarse (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft no conoce ninguna cuenta para ${address}, así que no hay nada que el soporte de VLSC pueda liberar o ampliar: revisa cómo está escrita, prueba con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo, o ${organisation ? `pide a los administradores de ${organisation} una cuenta profesional allí` : 'crea una cuenta profesional o educativa en Registrarse (Sign Up)'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} es el tipo de cuenta que exige VLSC, así que no hay nada que pedir al soporte de VLSC: inicia sesión con ella. Después, comprueba que estás listo para la MFA (${next.mfa}).`
          : `${address} es de un dominio del tipo que exige VLSC, aunque Microsoft no pudo confirmar esta dirección exacta, así que no hay nada que pedir al soporte de VLSC: inicia sesión con ella y, si se rechaza el inicio de sesión, revisa cómo está escrita o pregunta a tu departamento de TI. Después, comprueba que estás listo para la MFA (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} también es una cuenta profesional o educativa, el tipo que exige VLSC, así que no hay nada que pedir al soporte de VLSC: al iniciar sesión, elige “Cuenta profesional o educativa” (Work or school account). Después, comprueba que estás listo para la MFA (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} es una cuenta personal de Microsoft: no tiene un inquilino de organización en el que el soporte de MFA pueda ayudar a habilitar la MFA. Primero pásate a una cuenta profesional o educativa: prueba con el id. de usuario y la contraseña que usas para iniciar sesión en el trabajo, o ${organisation ? `pide a los administradores de ${organisation} una cuenta profesional allí` : `crea una en Registrarse (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft no conoce ninguna cuenta para ${address}, aunque ${organisation} tiene un inquilino de Microsoft Entra: revisa cómo está escrita (${next.check} para comprobar otra dirección) o pide a sus administradores tu cuenta profesional allí.`
          : `Microsoft no conoce ninguna cuenta para ${address}, así que no hay ningún inquilino en el que el soporte de MFA pueda ayudar a habilitar la MFA: revisa cómo está escrita o ${next.check} para comprobar otra dirección.`,
    },
    invalid: (address: string, next: DraftNextStep) =>
      `“${address}” no es una dirección de correo electrónico que yo pueda comprobar; ${next.check} para comprobar aquella con la que inicias sesión en VLSC.`,
  },
  signOff: 'Gracias,',
  disassociation: {
    title: 'Solicitud de desvinculación al soporte de VLSC',
    subject: (address: string) => `Desvincular mi cuenta de VLSC de ${address}`,
    greeting: 'Hola, equipo de soporte de VLSC:',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `Por favor, desvinculen mi cuenta de VLSC de ${address} e invítenme a registrarme de nuevo.`,
    why: (address: string) =>
      `Necesito iniciar sesión en VLSC con otra cuenta profesional o educativa, así que primero hay que liberar la cuenta de VLSC registrada con ${address}.`,
    newAccount: (account: string) => `Iniciaré sesión con mi nueva cuenta profesional o educativa, ${account}, cuando lo confirmen.`,
    wait: 'No iniciaré sesión en VLSC hasta que confirmen que la desvinculación se completó.',
    pasteNorthAmerica:
      'Pega esto en el formulario web N. America MAK ADD del soporte de VLSC (para Canadá y EE. UU.), al que se llega desde la página de contacto.',
    paste: 'Pega esto en el formulario web del soporte de VLSC, al que se llega desde la página de contacto. Para Canadá y EE. UU., usa el formulario web N. America MAK ADD.',
    doNotSignIn: 'NO inicies sesión en VLSC hasta que el soporte de VLSC haya confirmado que la desvinculación de tu cuenta se completó.',
    signUpMeanwhile:
      'Mientras tanto, ve a Registrarse (Sign Up) y crea una nueva cuenta profesional o educativa (como name@yourcompany.onmicrosoft.com) contigo como administrador. Anota el id. de usuario.',
    afterwards:
      'Cuando el soporte de VLSC lo confirme, vuelve a VLSC, elige iniciar sesión con una cuenta profesional o educativa (Sign in with a Work or School Account) y escribe la nueva cuenta. Pueden pasar hasta 2 días hábiles antes de que puedas iniciar sesión con ella.',
  },
  extraLogins: {
    title: 'Solicitud de sesiones de inicio de sesión adicionales al soporte de VLSC',
    subject: (address: string) => `Sesiones de inicio de sesión adicionales en VLSC para ${address}`,
    greeting: 'Hola, equipo de soporte de VLSC:',
    request: (address: string) => `Por favor, agreguen sesiones de inicio de sesión adicionales a mi cuenta de VLSC, en la que inicio sesión con ${address}.`,
    remaining: (count: string) =>
      `VLSC muestra ${counted(count, 'inicio de sesión restante', 'inicios de sesión restantes')}, y necesito más tiempo antes de poder iniciar sesión con una cuenta profesional o educativa administrada.`,
    paste: 'Pega esto en el formulario web del soporte de VLSC, al que se llega desde la página de contacto.',
    buysTime:
      'Los inicios de sesión adicionales dan tiempo: tú, o alguien de tu organización, todavía tienen que tomar el control del inquilino o pasarse a una cuenta profesional o educativa.',
    soFar: (tried: string) => `Hasta ahora: ${tried}`,
  },
  mfaSupport: {
    title: 'Correo al soporte de MFA para Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `No podemos habilitar la MFA para Volume Licensing Central: ${domain} (inquilino ${tenantId})`,
    greeting: 'Hola:',
    relationship: { partner: 'Somos un asociado de licencias por volumen.', customer: 'Somos un cliente de licencias por volumen.' },
    problem:
      'No podemos habilitar la autenticación multifactor (MFA) para Volume Licensing Central en nuestro inquilino de Microsoft Entra, como pide la guía sobre la MFA obligatoria. ¿Nos pueden ayudar, por favor?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Nuestro dominio ${domain} está en un inquilino de Microsoft Entra no administrado (“viral”), que no tiene administrador, así que nadie puede habilitar la MFA en él hasta que se tome el control del inquilino.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'Intentamos exigir la MFA con una directiva de acceso condicional.',
      'security-defaults': 'Intentamos habilitar los valores predeterminados de seguridad.',
      'per-user': 'Intentamos aplicar la MFA por usuario.',
    },
    send: (mailbox: string) => `Envía esto a ${mailbox}, la dirección que da la guía para asociados para los problemas al habilitar la MFA.`,
    copyIn: (whoCanEnforce: string) => `Pon en copia a quien vaya a habilitar la MFA: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Escribe al soporte de MFA si habilitar la MFA sigue fallando cuando el inquilino ya tenga un administrador.`,
  },
} as const;
