import type { CatalogWords } from '../catalog';

const excludedWhat = { user: ['utente', 'utenti'], group: ['gruppo', 'gruppi'], role: ['ruolo', 'ruoli'] } as const;

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'La tua organizzazione, controllata ora',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Ancora da fare',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Si applica solo a utenti, gruppi o ruoli selezionati, non a Tutti gli utenti (Assegnazioni > Utenti > Includi: Tutti gli utenti; Assignments > Users > Include: All users).',
    otherResources:
      'È destinato ad altre risorse, non a Portali di amministrazione Microsoft o a Tutte le risorse (Risorse di destinazione > Includi > Seleziona risorse: Portali di amministrazione Microsoft; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks:
      "Include anche 'Blocca accesso' ('Block access'), che blocca l’accesso invece di chiedere l’MFA (Controlli di accesso > Concedi: solo Richiedi l’autenticazione a più fattori; Access controls > Grant: Require multifactor authentication only).",
    withoutMfa: (controls: string) =>
      `Può essere soddisfatto senza MFA: accetta anche ${controls} (Controlli di accesso > Concedi: solo Richiedi l’autenticazione a più fattori; Access controls > Grant: Require multifactor authentication only).`,
    excludes: (parts: string) => `Esclude ${parts}.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${n} ${excludedWhat[what][n === 1 ? 0 : 1]}`,
  },
  states: { reportOnly: 'solo report', on: 'attivato', off: 'disattivato' },
  conditionalAccess: {
    manualTitle: 'Accesso condizionale: da controllare a mano',
    manualDetail:
      'Controlla in Entra ID > Accesso condizionale > Criteri (Entra ID > Conditional Access > Policies) che un criterio richieda l’MFA per Tutti gli utenti (All users) sui Portali di amministrazione Microsoft (Microsoft Admin Portals) e sia Attivato (On).',
    manualTask:
      'Controlla nell’interfaccia di amministrazione di Entra che un criterio di Accesso condizionale richieda l’MFA per Tutti gli utenti (All users) sui Portali di amministrazione Microsoft (Microsoft Admin Portals) e sia Attivato (On), oppure che le impostazioni predefinite per la sicurezza (Security Defaults) siano attive.',
    enforcedTitle: 'L’Accesso condizionale richiede l’MFA sui portali di amministrazione',
    enforcedBy: (policies: string) => `MFA richiesta da ${policies}`,
    checkExclusions: 'Assicurati che nessuna persona esclusa acceda a Volume Licensing Central.',
    alsoNote: (policies: string) => `Nota anche: ${policies}`,
    removeBlock: (name: string) =>
      `Rimuovi 'Blocca accesso' ('Block access') da "${name}" (Controlli di accesso > Concedi; Access controls > Grant) se deve solo chiedere l’MFA.`,
    shortTitle: 'Accesso condizionale: esiste un criterio MFA, ma non impone l’MFA a tutti',
    noneTitle: 'Accesso condizionale: nessun criterio richiede l’MFA',
    noneDetail:
      'Crea un criterio di Accesso condizionale che richieda l’MFA per Tutti gli utenti (All users) sui Portali di amministrazione Microsoft (Microsoft Admin Portals): è la via consigliata da Microsoft.',
    createTask:
      'Crea un criterio di Accesso condizionale "MFA per Volume Licensing Central" che richieda l’autenticazione a più fattori per Tutti gli utenti (All users) sui Portali di amministrazione Microsoft (Microsoft Admin Portals) e impostalo su Attivato (On). Se il tenant non ha l’Accesso condizionale (richiede una licenza Microsoft Entra ID P1), attiva le impostazioni predefinite per la sicurezza (Security Defaults), che non richiedono licenze; l’MFA per utente è l’ultima risorsa.',
    reportOnlyToOn: (name: string) => `cambia Abilita criterio (Enable policy) di "${name}" da Solo report (Report-only) ad Attivato (On).`,
    offToOn: (name: string) => `imposta Abilita criterio (Enable policy) di "${name}" su Attivato (On).`,
    fix: (name: string) => `Correggi "${name}":`,
    then: (task: string) => `Poi ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Impostazioni predefinite per la sicurezza: da controllare a mano',
    manualDetail: (why: string) => `${why} Controlla in Entra ID > Panoramica > Proprietà (Entra ID > Overview > Properties).`,
    onTitle: 'Le impostazioni predefinite per la sicurezza sono attive',
    onDetail:
      'Ogni utente deve registrarsi per l’MFA. Microsoft decide quando chiederla a un utente al momento dell’accesso; ad alcuni ruoli di amministratore, come Amministratore globale, Amministratore della sicurezza e Amministratore accesso condizionale, viene chiesta a ogni accesso. Si applicano a tutti gli accessi in tutte le app, Volume Licensing Central compreso, quindi potrebbe non servirti un criterio separato.',
    offTitle: 'Le impostazioni predefinite per la sicurezza sono disattivate',
    offExpected: 'Come previsto: le impostazioni predefinite per la sicurezza non possono essere attive mentre sono in uso criteri di Accesso condizionale.',
    offDetail:
      'Se il tuo tenant non ha l’Accesso condizionale (richiede una licenza Microsoft Entra ID P1), le impostazioni predefinite per la sicurezza (Security Defaults), che non richiedono licenze, sono l’alternativa che copre tutto: ogni utente deve registrarsi per l’MFA e la esegue quando Microsoft lo ritiene necessario (per alcuni ruoli di amministratore, come Amministratore globale, Amministratore della sicurezza e Amministratore accesso condizionale, a ogni accesso), in tutte le app.',
  },
  perUserMfa: {
    title: 'MFA per utente (legacy): da controllare a mano',
    detail:
      'Microsoft Graph v1.0 non mostra l’MFA per utente, quindi il bot non può vederla. Se il tuo tenant si basa su di essa invece che sull’Accesso condizionale o sulle impostazioni predefinite per la sicurezza, controlla ogni account che usa Volume Licensing Central.',
  },
  registration: {
    manualTitle: (upn: string) => `Registrazione MFA di ${upn}: da controllare a mano`,
    notFoundTitle: (upn: string) => `Registrazione MFA di ${upn}: non trovata`,
    notFoundDetail:
      'Il tenant non ha dettagli di registrazione per questo indirizzo: controlla l’indirizzo. Un utente guest di un’organizzazione partner potrebbe registrare l’MFA nel proprio tenant di origine, ma quell’MFA vale qui solo quando le impostazioni di attendibilità in ingresso dell’accesso tra tenant (cross-tenant access inbound trust settings) accettano l’MFA del suo tenant di origine; altrimenti l’utente guest si registra ed esegue l’MFA nel tuo tenant.',
    notRegisteredTitle: (upn: string) => `${upn} non si è registrato per l’MFA`,
    notRegisteredDetail:
      'Registrati prima di accedere a Volume Licensing Central; altrimenti all’accesso ti viene chiesta prima la registrazione, e non si può saltare.',
    oneMethodTitle: (upn: string) => `${upn} è registrato per l’MFA con un solo metodo`,
    oneMethodDetail: (methods: string) => `Con ${methods}, e ancora nessun metodo di backup.`,
    doneTitle: (upn: string) => `${upn} è registrato per l’MFA`,
    doneDetail: (methods: string) => `Con ${methods}.`,
    unknownMethods: 'metodi che la directory non nomina',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'le notifiche di Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'l’accesso senza password di Microsoft Authenticator',
      softwareOneTimePasscode: 'i codici di un’app di autenticazione',
      hardwareOneTimePasscode: 'un token hardware',
      mobilePhone: 'un telefono cellulare',
      alternateMobilePhone: 'un secondo telefono cellulare',
      officePhone: 'un telefono dell’ufficio',
      email: 'un indirizzo e-mail',
      fido2SecurityKey: 'una chiave di sicurezza FIDO2',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: 'un Pass di accesso temporaneo (Temporary Access Pass)',
      passKeyDeviceBound: 'una passkey',
      passKeyDeviceBoundAuthenticator: 'una passkey in Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'una passkey in Windows Hello',
      passKeySynced: 'una passkey sincronizzata',
      macOsSecureEnclaveKey: 'una chiave SSO della piattaforma macOS (Platform SSO)',
      securityQuestion: 'le domande di sicurezza',
      externalAuthMethod: 'un metodo di autenticazione esterno',
    } as Record<string, string>,
    otherMethod: 'un altro metodo',
    otherMethods: (n: number) => `altri ${n} metodi`,
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} e ${names.at(-1)}`,
  },
  notConfigured: 'Il bot non è collegato a Microsoft Graph.',
  otherTenant: 'L’app del bot non può leggere questo tenant.',
  list: (items: readonly string[]) => items.join(', '),
  policy: (name: string, state: string) => `"${name}" (${state})`,
  policies: (described: readonly string[]) => described.join('; '),
  sentences: (sentences: readonly string[]) => sentences.join(' '),
} as const;
