import {
  REPORT_ONLY,
  type AdminTask,
  type MfaReadinessReport,
  type PolicyAssessment,
  type PolicyProblem,
  type ReadFailure,
  type ReadinessFinding,
  type ReadinessPoint,
} from '../../domain/mfaReadiness';
import type { Catalog, MfaReadinessReportInWords, PolicyAssessmentInWords, ReadinessPointInWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';
import { manual } from './manual';

const EXCLUDED_KINDS = {
  user: ['usuario', 'usuarios'],
  group: ['grupo', 'grupos'],
  role: ['rol', 'roles'],
} as const;

const words = {
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
    and: ' y ',
  },
  notConfigured: 'El bot no está conectado a Microsoft Graph.',
  otherTenant: 'La aplicación del bot no puede leer este inquilino.',
} as const;

const R = words;
const CA = R.conditionalAccess;
const SD = R.securityDefaults;
const REG = R.registration;

const problems: WordsFor<PolicyProblem> = {
  'not-all-users': () => R.problems.notAllUsers,
  'other-resources': () => R.problems.otherResources,
  blocks: () => R.problems.blocks,
  'without-mfa': ({ controls }) => R.problems.withoutMfa(controls.join(', ')),
};
const problemsInWords = (list: readonly PolicyProblem[]) => list.map((problem) => inWords(problems, problem));

function policyInWords(p: PolicyAssessment): PolicyAssessmentInWords {
  const exclusions = p.exclusions && R.problems.excludes(p.exclusions.map(({ count, what }) => R.problems.excluded(count, what)).join(', '));
  return { ...p, problems: problemsInWords(p.problems), exclusions };
}

function stateName(state: string): string {
  if (state === REPORT_ONLY) return R.states.reportOnly;
  if (state === 'enabled') return R.states.on;
  if (state === 'disabled') return R.states.off;
  return state;
}

/** A policy as a point's detail names it: its name, its state, what is wrong, whom it leaves out. */
function describe(p: PolicyAssessment): string {
  const { problems: wrong, exclusions } = policyInWords(p);
  return [`"${p.displayName}" (${stateName(p.state)})`, ...wrong, exclusions ?? ''].filter(Boolean).join(' ');
}

/** What stopped a directory read, as Graph said it or as the bot knows it. */
function failureInWords(failure: ReadFailure): string {
  if (failure.kind !== 'unreachable') return failure.message;
  return failure.reason === 'not-configured' ? R.notConfigured : R.otherTenant;
}

/**
 * Graph's method ids as people read them: known ones by name, the rest counted as "another
 * method", so a raw id never shows as text.
 */
function methodsInWords(methodIds: readonly string[]): string {
  const names = REG.methodNames;
  const known = [...new Set(methodIds.filter((id) => Object.hasOwn(names, id)).map((id) => names[id]))];
  const others = new Set(methodIds.filter((id) => !Object.hasOwn(names, id))).size;
  const parts = [...known, ...(others === 0 ? [] : [others === 1 ? REG.otherMethod : REG.otherMethods(others)])];
  if (parts.length === 0) return REG.unknownMethods;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${REG.and}${parts.at(-1)}`;
}

type TitleAndDetail = { title: string; detail: string };
const findings: { readonly [C in ReadinessFinding['code']]: (finding: Extract<ReadinessFinding, { code: C }>) => TitleAndDetail } = {
  'conditional-access-manual': ({ failure }) => ({ title: CA.manualTitle, detail: `${failure ? failureInWords(failure) : ''} ${CA.manualDetail}`.trim() }),
  'conditional-access-enforced': ({ enforcing, blocking }) => {
    const detail = [CA.enforcedBy(enforcing.map(describe).join('; '))];
    if (enforcing.some((p) => p.exclusions)) detail.push(CA.checkExclusions);
    if (blocking.length > 0) detail.push(CA.alsoNote(blocking.map(describe).join('; ')));
    return { title: CA.enforcedTitle, detail: detail.join(' ') };
  },
  'conditional-access-short': ({ shortfalls }) => ({ title: CA.shortTitle, detail: shortfalls.map(describe).join(' ') }),
  'conditional-access-none': () => ({ title: CA.noneTitle, detail: CA.noneDetail }),
  'security-defaults-manual': ({ failure }) => ({ title: SD.manualTitle, detail: SD.manualDetail(failureInWords(failure)) }),
  'security-defaults-on': () => ({ title: SD.onTitle, detail: SD.onDetail }),
  'security-defaults-off-expected': () => ({ title: SD.offTitle, detail: SD.offExpected }),
  'security-defaults-off': () => ({ title: SD.offTitle, detail: SD.offDetail }),
  'per-user-mfa': () => ({ title: R.perUserMfa.title, detail: R.perUserMfa.detail }),
  'registration-manual': ({ userPrincipalName, failure }) => ({ title: REG.manualTitle(userPrincipalName), detail: failureInWords(failure) }),
  'registration-not-found': ({ userPrincipalName }) => ({ title: REG.notFoundTitle(userPrincipalName), detail: REG.notFoundDetail }),
  'registration-missing': ({ userPrincipalName }) => ({ title: REG.notRegisteredTitle(userPrincipalName), detail: REG.notRegisteredDetail }),
  'registration-one-method': ({ userPrincipalName, methods }) => ({ title: REG.oneMethodTitle(userPrincipalName), detail: REG.oneMethodDetail(methodsInWords(methods)) }),
  'registration-done': ({ userPrincipalName, methods }) => ({ title: REG.doneTitle(userPrincipalName), detail: REG.doneDetail(methodsInWords(methods)) }),
};

function pointInWords(point: ReadinessPoint): ReadinessPointInWords {
  const { title, detail } = (findings[point.finding.code] as (finding: ReadinessFinding) => TitleAndDetail)(point.finding);
  return { id: point.id, status: point.status, title, detail, ...(point.steps ? { steps: [...manual.steps[point.steps]] } : {}) };
}

const tasks: WordsFor<AdminTask> = {
  'check-conditional-access': () => CA.manualTask,
  'create-policy': () => CA.createTask,
  'remove-block': ({ policy }) => CA.removeBlock(policy),
  'fix-policy': ({ policy, problems: wrong, switchOn }) => {
    const setOn = switchOn === 'report-only' ? CA.reportOnlyToOn(policy) : switchOn === 'off' ? CA.offToOn(policy) : '';
    if (wrong.length === 0) return setOn.charAt(0).toUpperCase() + setOn.slice(1);
    return [CA.fix(policy), ...problemsInWords(wrong), setOn && CA.then(setOn)].filter(Boolean).join(' ');
  },
};

/** The live MFA check: what the directory shows, point by point. */
export const readiness: Catalog['readiness'] = {
  ...words,
  methodsInWords,
  policyInWords,
  /** The whole report in words, in the shape the command line's --json prints. */
  reportInWords: (report: MfaReadinessReport): MfaReadinessReportInWords => ({
    ...report,
    tenant: { ...report.tenant, mfaPolicies: report.tenant.mfaPolicies && report.tenant.mfaPolicies.map(policyInWords) },
    points: report.points.map(pointInWords),
    adminMustDo: report.adminMustDo.map((task) => inWords(tasks, task)),
  }),
};
