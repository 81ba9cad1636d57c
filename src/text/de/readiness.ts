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
import { plural } from './plural';

const ONLY_MFA = '(Zugriffssteuerungen > Gewähren: nur Multi-Faktor-Authentifizierung erforderlich; Access controls > Grant: Require multifactor authentication only)';

const words = {
  heading: 'Ihre Organisation, gerade geprüft',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Noch zu tun',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Sie gilt nur für ausgewählte Benutzer, Gruppen oder Rollen, nicht für Alle Benutzer (Zuweisungen > Benutzer > Einschließen: Alle Benutzer; Assignments > Users > Include: All users).',
    otherResources:
      'Sie zielt auf andere Ressourcen, nicht auf Microsoft-Verwaltungsportale oder Alle Ressourcen (Zielressourcen > Einschließen > Ressourcen auswählen: Microsoft-Verwaltungsportale; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks: `Sie enthält auch 'Zugriff blockieren' ('Block access'), was die Anmeldung blockiert, statt nach MFA zu fragen ${ONLY_MFA}.`,
    withoutMfa: (controls: string) => `Sie lässt sich ohne MFA erfüllen: Sie akzeptiert auch ${controls} ${ONLY_MFA}.`,
    excludes: (parts: string) => `Sie schließt ${parts} aus.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') =>
      `${n} ${{ user: 'Benutzer', group: plural(n, 'Gruppe', 'Gruppen'), role: plural(n, 'Rolle', 'Rollen') }[what]}`,
  },
  states: { reportOnly: 'Nur Bericht (Report-only)', on: 'Ein', off: 'Aus' },
  conditionalAccess: {
    manualTitle: 'Bedingter Zugriff: von Hand prüfen',
    manualDetail:
      'Prüfen Sie unter Entra ID > Bedingter Zugriff > Richtlinien (Conditional Access > Policies), dass eine Richtlinie MFA für Alle Benutzer bei den Microsoft-Verwaltungsportalen (Microsoft Admin Portals) verlangt und auf Ein steht.',
    manualTask:
      'Prüfen Sie im Entra Admin Center, dass eine Richtlinie für bedingten Zugriff MFA für Alle Benutzer bei den Microsoft-Verwaltungsportalen (Microsoft Admin Portals) verlangt und auf Ein steht (oder dass die Sicherheitsstandards eingeschaltet sind).',
    enforcedTitle: 'Bedingter Zugriff verlangt MFA bei den Verwaltungsportalen',
    enforcedBy: (policies: string) => `Erzwungen durch ${policies}`,
    checkExclusions: 'Stellen Sie sicher, dass sich niemand, der ausgeschlossen ist, bei Volume Licensing Central anmeldet.',
    alsoNote: (policies: string) => `Beachten Sie auch: ${policies}`,
    removeBlock: (name: string) => `Entfernen Sie 'Zugriff blockieren' ('Block access') aus "${name}" (Zugriffssteuerungen > Gewähren), wenn sie nur nach MFA fragen soll.`,
    shortTitle: 'Bedingter Zugriff: Eine MFA-Richtlinie gibt es, aber sie erzwingt MFA nicht für alle',
    noneTitle: 'Bedingter Zugriff: Keine Richtlinie verlangt MFA',
    noneDetail:
      'Erstellen Sie eine Richtlinie für bedingten Zugriff, die MFA für Alle Benutzer bei den Microsoft-Verwaltungsportalen (Microsoft Admin Portals) verlangt (der von Microsoft empfohlene Weg).',
    createTask:
      'Erstellen Sie eine Richtlinie für bedingten Zugriff "MFA für Volume Licensing Central", die Multi-Faktor-Authentifizierung für Alle Benutzer bei den Microsoft-Verwaltungsportalen (Microsoft Admin Portals) verlangt, und setzen Sie sie auf Ein. Hat der Mandant keinen bedingten Zugriff (dafür braucht es eine Microsoft Entra ID P1-Lizenz), schalten Sie die Sicherheitsstandards (Security defaults) ein, die keine Lizenz brauchen; MFA pro Benutzer ist der letzte Ausweg.',
    reportOnlyToOn: (name: string) => `stellen Sie Richtlinie aktivieren (Enable policy) von "${name}" von Nur Bericht (Report-only) auf Ein um.`,
    offToOn: (name: string) => `setzen Sie Richtlinie aktivieren (Enable policy) von "${name}" auf Ein.`,
    fix: (name: string) => `Korrigieren Sie "${name}":`,
    then: (task: string) => `Dann ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Sicherheitsstandards: von Hand prüfen',
    manualDetail: (why: string) => `${why} Prüfen Sie es unter Entra ID > Übersicht > Eigenschaften (Overview > Properties).`,
    onTitle: 'Die Sicherheitsstandards sind eingeschaltet',
    onDetail:
      'Jeder Benutzer muss sich für MFA registrieren. Microsoft entscheidet, wann ein Benutzer bei der Anmeldung danach gefragt wird; bestimmte Administratorrollen wie Globaler Administrator, Sicherheitsadministrator und Administrator für bedingten Zugriff werden bei jeder Anmeldung gefragt. Sie gelten für alle Anmeldungen bei allen Apps, Volume Licensing Central eingeschlossen, daher brauchen Sie vielleicht keine eigene Richtlinie.',
    offTitle: 'Die Sicherheitsstandards sind ausgeschaltet',
    offExpected: 'Wie erwartet: Die Sicherheitsstandards können nicht eingeschaltet sein, während Richtlinien für bedingten Zugriff verwendet werden.',
    offDetail:
      'Hat Ihr Mandant keinen bedingten Zugriff (dafür braucht es eine Microsoft Entra ID P1-Lizenz), sind die Sicherheitsstandards (Security defaults), die keine Lizenz brauchen, die Alternative für alles: Jeder Benutzer muss sich für MFA registrieren und führt sie durch, wenn Microsoft es für nötig hält (bestimmte Administratorrollen wie Globaler Administrator, Sicherheitsadministrator und Administrator für bedingten Zugriff bei jeder Anmeldung), bei allen Apps.',
  },
  perUserMfa: {
    title: 'MFA pro Benutzer (Legacy): von Hand prüfen',
    detail:
      'Microsoft Graph v1.0 zeigt MFA pro Benutzer nicht an, daher kann der Bot sie nicht sehen. Wenn Ihr Mandant statt auf bedingten Zugriff oder Sicherheitsstandards darauf setzt, prüfen Sie jedes Konto, das Volume Licensing Central verwendet.',
  },
  registration: {
    manualTitle: (upn: string) => `MFA-Registrierung von ${upn}: von Hand prüfen`,
    notFoundTitle: (upn: string) => `MFA-Registrierung von ${upn}: nicht gefunden`,
    notFoundDetail:
      'Der Mandant hat keine Registrierungsdetails für diese Adresse: Prüfen Sie die Adresse. Ein Gast aus einer Partnerorganisation registriert MFA vielleicht in seinem Basismandanten, aber diese MFA zählt hier nur, wenn Ihre eingehenden Vertrauenseinstellungen für den mandantenübergreifenden Zugriff MFA aus seinem Basismandanten akzeptieren; andernfalls registriert sich der Gast in Ihrem Mandanten für MFA und führt sie dort durch.',
    notRegisteredTitle: (upn: string) => `${upn} hat sich nicht für MFA registriert`,
    notRegisteredDetail:
      'Registrieren Sie sich, bevor Sie sich bei Volume Licensing Central anmelden; sonst verlangt die Anmeldung zuerst die Registrierung, und das lässt sich nicht überspringen.',
    oneMethodTitle: (upn: string) => `${upn} ist mit einer Methode für MFA registriert`,
    oneMethodDetail: (methods: string) => `Mit ${methods}, und noch ohne Ersatzmethode.`,
    doneTitle: (upn: string) => `${upn} ist für MFA registriert`,
    doneDetail: (methods: string) => `Mit ${methods}.`,
    unknownMethods: 'Methoden, die das Verzeichnis nicht benennt',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'Benachrichtigungen in Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'kennwortloser Anmeldung mit Microsoft Authenticator',
      softwareOneTimePasscode: 'Codes aus einer Authentifikator-App',
      hardwareOneTimePasscode: 'einem Hardwaretoken',
      mobilePhone: 'einem Mobiltelefon',
      alternateMobilePhone: 'einem zweiten Mobiltelefon',
      officePhone: 'einem Bürotelefon',
      email: 'einer E-Mail-Adresse',
      fido2SecurityKey: 'einem FIDO2-Sicherheitsschlüssel',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: 'einem befristeten Zugriffspass (Temporary Access Pass)',
      passKeyDeviceBound: 'einem Passkey',
      passKeyDeviceBoundAuthenticator: 'einem Passkey in Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'einem Passkey in Windows Hello',
      passKeySynced: 'einem synchronisierten Passkey',
      macOsSecureEnclaveKey: 'einem macOS-Plattform-SSO-Schlüssel',
      securityQuestion: 'Sicherheitsfragen',
      externalAuthMethod: 'einer externen Authentifizierungsmethode',
    } as Record<string, string>,
    otherMethod: 'einer anderen Methode',
    otherMethods: (n: number) => `${n} anderen Methoden`,
    and: ' und ',
  },
  notConfigured: 'Der Bot ist nicht mit Microsoft Graph verbunden.',
  otherTenant: 'Die App des Bots kann diesen Mandanten nicht lesen.',
};

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
 * method", so a raw id never shows as text. The names are dative, as "Mit …" takes them.
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
