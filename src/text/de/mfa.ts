import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA für Volume Licensing Central',
  summary:
    'Alle, die sich bei Volume Licensing Central anmelden, müssen die Multi-Faktor-Authentifizierung (MFA) verwenden: Sie ist seit dem 5. Januar 2026 Pflicht. Wenn Sie sie noch nicht eingerichtet haben, fordert die Anmeldung Sie zuerst zur Registrierung auf, und Sie können das nicht überspringen.',
  user: {
    heading: 'Was Sie tun',
    short: 'Was Sie tun: Registrieren Sie sich unter https://aka.ms/mfasetup mit mindestens einer Überprüfungsmethode, und fügen Sie eine Ersatzmethode hinzu.',
    steps: [
      'Öffnen Sie die MFA-Einrichtungsseite https://aka.ms/mfasetup und fügen Sie mindestens eine Überprüfungsmethode hinzu, die Ihre Organisation zulässt. Die App Microsoft Authenticator auf Ihrem Smartphone ist oft am einfachsten.',
      'Fügen Sie eine Ersatzmethode hinzu (ein zweites Telefon oder einen Hardwaretoken, falls Sie einen haben), falls Sie den Zugriff auf die erste verlieren.',
      'Wenn Sie sich vor der Registrierung anmelden, fordert Microsoft Entra ID Sie zuerst zur Registrierung auf: Wählen Sie Weiter (Next), wählen Sie eine Überprüfungsmethode aus der Liste, schließen Sie die Registrierung ab, und bestehen Sie dann damit die MFA-Prüfung. Die Aufforderung erscheint jedes Mal, bis Sie sie abschließen.',
    ],
  },
  help: 'Wer helfen kann: Ihr Globaler Administrator oder ein Admin, der Sicherheitseinstellungen verwaltet. „Wer ist mein Admin?“ listet sie auf.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Ihre Organisation verlangt MFA',
    summary: (enforcedBy) => `Gerade geprüft: ${enforcedBy}.`,
    userDone: 'Melden Sie sich bei Volume Licensing Central an und beantworten Sie die MFA-Aufforderung. Halten Sie mehr als eine Methode registriert, falls Sie den Zugriff auf eine verlieren.',
    addBackup: 'Melden Sie sich bei Volume Licensing Central an und beantworten Sie die MFA-Aufforderung. Fügen Sie unter https://aka.ms/mfasetup eine Ersatzmethode hinzu (ein zweites Telefon oder einen Hardwaretoken), falls Sie den Zugriff auf die erste verlieren.',
    registerFirst: 'Was Sie zuerst tun',
    detailsButton: 'Was geprüft wurde',
  },
  notReady: {
    summary:
      'Gerade geprüft: Ihre Organisation verlangt MFA noch nicht für alle, und Volume Licensing Central verlangt sie seit dem 5. Januar 2026. Ihr Globaler Administrator muss Folgendes erledigen:',
  },
  admin: {
    button: 'Was Ihr Admin tut',
    allButton: 'Schritte für Sie und Ihren Admin',
    heading: 'Was Ihr Globaler Administrator tut',
    whoCan: (whoCanEnforce) =>
      `Wer das tun kann: ${whoCanEnforce}. Ein Authentifizierungsrichtlinienadministrator legt fest, welche Überprüfungsmethoden Benutzer registrieren dürfen. „Wer ist mein Admin?“ listet die Personen in diesen Rollen auf.`,
    intro: 'MFA für alle Benutzer mit einer Richtlinie für bedingten Zugriff (Conditional Access) verlangen (empfohlen):',
    steps: [
      'Melden Sie sich beim Microsoft Entra Admin Center, https://entra.microsoft.com, als Globaler Administrator (oder Administrator für bedingten Zugriff) an.',
      'Gehen Sie zu Entra ID > Bedingter Zugriff > Übersicht (Conditional Access > Overview) und wählen Sie + Neue Richtlinie erstellen (+ Create new policy).',
      'Benennen Sie sie, zum Beispiel "MFA für Volume Licensing Central".',
      'Wählen Sie unter Zuweisungen > Benutzer > Einschließen (Assignments > Users > Include) die Option Alle Benutzer (All users): Das umfasst interne Benutzer und B2B-Gäste.',
      'Behalten Sie unter Zielressourcen (Target resources) "Ressourcen (früher Cloud-Apps)" (Resources (formerly cloud apps)) bei, wählen Sie Ressourcen auswählen (Select resources) und dann Microsoft-Verwaltungsportale (Microsoft Admin Portals). Das verlangt MFA auch für die anderen Microsoft-Verwaltungsportale (Microsoft 365 Admin Center, Exchange Admin Center, Azure-Portal, Entra Admin Center und andere).',
      'Lassen Sie die Bedingungen (Conditions) auf ihren Standardwerten, es sei denn, Sie brauchen eine bestimmte Ausnahme.',
      'Wählen Sie unter Zugriffssteuerungen > Gewähren (Access controls > Grant) die Option Multi-Faktor-Authentifizierung erforderlich (Require multifactor authentication), ohne widersprechende Steuerung wie Zugriff blockieren (Block access).',
      'Setzen Sie Richtlinie aktivieren (Enable policy) auf Ein (On) und wählen Sie Erstellen (Create).',
    ],
    fallbackHeading: 'Wenn bedingter Zugriff nicht verfügbar ist',
    fallbacks: [
      'Sicherheitsstandards (Security defaults) (Entra ID > Übersicht > Eigenschaften > Sicherheitsstandards verwalten; Overview > Properties > Manage security defaults), für Mandanten ohne bedingten Zugriff: Bedingter Zugriff braucht eine Microsoft Entra ID P1-Lizenz, Sicherheitsstandards brauchen keine. Mit Sicherheitsstandards muss sich jeder Benutzer für MFA registrieren, und Microsoft entscheidet, wann ein Benutzer danach gefragt wird (bestimmte Administratorrollen wie Globaler Administrator, Sicherheitsadministrator und Administrator für bedingten Zugriff bei jeder Anmeldung). Sie gelten für alle Anmeldungen bei allen Apps, nicht nur bei Volume Licensing Central. Wenn die Sicherheitsstandards schon eingeschaltet sind, brauchen Sie vielleicht keine eigene Richtlinie.',
      'MFA pro Benutzer (per-user MFA, Legacy): Setzen Sie im Entra Admin Center unter Benutzer > Multi-Faktor-Authentifizierung (Users > Multi-Factor Authentication) oder im Microsoft 365 Admin Center unter Aktive Benutzer > MFA (Active users > MFA) jedes Konto, das Volume Licensing Central verwendet, Gäste eingeschlossen, auf Aktiviert (Enabled) oder Erzwungen (Enforced): Abgedeckt sind nur die Konten, die Sie aktivieren. Ein aktivierter Benutzer wird bei der nächsten Anmeldung im Browser zur Registrierung aufgefordert, also sagen Sie es ihm vorher.',
    ],
    methodsHeading: 'Überprüfungsmethoden, MFA von Drittanbietern und Verbundanmeldung',
    methods: [
      'Welche Überprüfungsmethoden Benutzer registrieren dürfen: Startseite > Authentifizierungsmethoden > Richtlinien (Home > Authentication methods > Policies) im Entra-Portal.',
      'MFA von Drittanbietern lässt sich direkt in Microsoft Entra ID integrieren, als externe Authentifizierungsmethode.',
      'Verbundanmeldung (AD FS, Okta …): Der Identitätsanbieter muss den Anspruch multipleauthn an Microsoft Entra ID senden, und Entra ID berücksichtigt ihn nur, wenn die Verbund-MFA-Einstellung der Domäne (federatedIdpMfaBehavior) vom Identitätsanbieter durchgeführte MFA akzeptiert.',
    ],
    guestsHeading: 'Gäste aus Partnerorganisationen',
    guests:
      'Stimmen Sie sich mit Ihren Partnern ab, damit deren Benutzer von der Anforderung wissen; sie müssen MFA vielleicht in ihrem Basismandanten aktivieren, der ihre MFA-Aufforderung in den meisten Fällen bedient (Partnerleitfaden von Microsoft). In ihrem Basismandanten durchgeführte MFA zählt in Ihrem nur, wenn Ihre eingehenden Vertrauenseinstellungen für den mandantenübergreifenden Zugriff (cross-tenant access inbound trust settings) MFA von dort vertrauen (Microsoft Learn); ohne dieses Vertrauen (der Standard) registrieren sich Gäste in Ihrem Mandanten für MFA und führen sie dort durch.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'ein Globaler Administrator oder ein Admin, dessen Rolle diese Sicherheitseinstellungen verwalten kann: mindestens ein Administrator für bedingten Zugriff oder Sicherheitsadministrator für eine Richtlinie für bedingten Zugriff, mindestens ein Sicherheitsadministrator für die Sicherheitsstandards, ein Authentifizierungsadministrator oder Authentifizierungsrichtlinienadministrator für MFA pro Benutzer',
  federated: {
    heading: 'MFA, wenn sich Ihre Organisation über einen eigenen Identitätsanbieter anmeldet',
    text: (domain) =>
      `Bei ${domain} läuft die Anmeldung über einen eigenen Identitätsanbieter (eine Verbunddomäne). Damit dort durchgeführte MFA zählt, muss der Identitätsanbieter den Anspruch multipleauthn an Microsoft Entra ID senden, und Entra ID berücksichtigt diesen Anspruch nur, wenn die Verbund-MFA-Einstellung der Domäne (federatedIdpMfaBehavior) vom Identitätsanbieter durchgeführte MFA akzeptiert (acceptIfMfaDoneByFederatedIdp oder enforceMfaByFederatedIdp). Mit rejectMfaByFederatedIdp führt Entra ID die MFA immer selbst durch.`,
  },
  unmanaged: {
    heading: 'Zuerst braucht der Mandant einen Admin',
    text: (domain) =>
      `${domain} ist ein nicht verwalteter („viraler“) Mandant: Er hat keinen Administrator, daher kann dort noch niemand MFA einschalten. Zuerst übernimmt jemand in Ihrer Organisation den Mandanten (Option 1); danach kann er als dessen Globaler Administrator MFA verlangen.`,
    help: 'Wer helfen kann: wer den Mandanten übernimmt, denn er wird dessen Admin: jemand in Ihrer Organisation (eine interne Übernahme) oder ein Globaler Administrator eines verwalteten Mandanten wie dem, mit dem Sie Teams verwenden (eine externe Übernahme; „Wer ist mein Admin?“ listet sie auf). Option 1 Ihrer Adressprüfung enthält die Schritte zur Übernahme.',
  },
  support: 'Probleme beim Aktivieren von MFA für Ihre Organisation? Schreiben Sie an MFAVLCsupport@microsoft.com.',
};
