import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const ONLY_MFA = '(Zugriffssteuerungen > Gewähren: nur Multi-Faktor-Authentifizierung erforderlich; Access controls > Grant: Require multifactor authentication only)';

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
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
    /** Two or more methods, listed. */
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} und ${names.at(-1)}`,
  },
  notConfigured: 'Der Bot ist nicht mit Microsoft Graph verbunden.',
  otherTenant: 'Die App des Bots kann diesen Mandanten nicht lesen.',
  /** Items of a list: the controls a policy also accepts, whom it excludes. */
  list: (items: readonly string[]) => items.join(', '),
  /** A policy as a point's detail names it: its name and its state. */
  policy: (name: string, state: string) => `"${name}" (${state})`,
  /** Policies named one after another, each with what is wrong with it. */
  policies: (described: readonly string[]) => described.join('; '),
  /** Sentences of one detail, one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
