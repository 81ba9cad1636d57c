import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA per Volume Licensing Central',
  summary:
    'Chiunque acceda a Volume Licensing Central deve usare l’autenticazione a più fattori (MFA): è obbligatoria dal 5 gennaio 2026. Se non l’hai configurata, al momento dell’accesso ti viene chiesto di registrarti prima, e non puoi saltare questo passaggio.',
  user: {
    heading: 'Cosa fai tu',
    short: 'Cosa fai tu: registrati su https://aka.ms/mfasetup con almeno un metodo di verifica e aggiungi un metodo di backup.',
    steps: [
      'Vai alla pagina di configurazione dell’MFA, https://aka.ms/mfasetup, e aggiungi almeno un metodo di verifica consentito dalla tua organizzazione. L’app Microsoft Authenticator sul telefono spesso è la più semplice.',
      'Aggiungi un metodo di backup (un secondo telefono o un token hardware, se ne hai uno) nel caso perdessi l’accesso al primo.',
      'Se accedi prima di registrarti, Microsoft Entra ID ti chiede di registrarti prima: seleziona Avanti (Next), scegli un metodo di verifica dall’elenco, completa la registrazione, poi completa la verifica MFA con quel metodo. La richiesta compare ogni volta finché non la completi.',
    ],
  },
  help: 'Chi può aiutarti: il tuo Amministratore globale, o un amministratore che gestisce le impostazioni di sicurezza. “Chi è il mio amministratore?” li elenca.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'La tua organizzazione richiede l’MFA',
    summary: (enforcedBy: string) => `Controllato ora: ${enforcedBy}.`,
    userDone: 'Accedi a Volume Licensing Central e rispondi alla richiesta MFA. Tieni registrato più di un metodo, nel caso perdessi l’accesso a uno.',
    addBackup: 'Accedi a Volume Licensing Central e rispondi alla richiesta MFA. Aggiungi un metodo di backup su https://aka.ms/mfasetup (un secondo telefono o un token hardware) nel caso perdessi l’accesso al primo.',
    registerFirst: 'Cosa fai prima di tutto',
    detailsButton: 'Cosa è stato controllato',
  },
  notReady: {
    summary:
      'Controllato ora: la tua organizzazione non richiede ancora l’MFA per tutti, e Volume Licensing Central la richiede dal 5 gennaio 2026. Il tuo Amministratore globale deve completare quanto segue:',
  },
  admin: {
    button: 'Cosa fa il tuo amministratore',
    allButton: 'Passaggi per te e il tuo admin',
    heading: 'Cosa fa il tuo Amministratore globale',
    whoCan: (whoCanEnforce: string) =>
      `Chi può farlo: ${whoCanEnforce}. Un Amministratore criteri di autenticazione (Authentication Policy Administrator) sceglie quali metodi di verifica gli utenti possono registrare. “Chi è il mio amministratore?” elenca le persone con questi ruoli.`,
    intro: 'Richiedi l’MFA per tutti gli utenti con un criterio di Accesso condizionale (Conditional Access), la via consigliata:',
    steps: [
      'Accedi all’interfaccia di amministrazione di Microsoft Entra, https://entra.microsoft.com, come Amministratore globale (Global Administrator) o Amministratore accesso condizionale (Conditional Access Administrator).',
      'Vai a Entra ID > Accesso condizionale > Panoramica (Entra ID > Conditional Access > Overview) e seleziona + Crea nuovo criterio (+ Create new policy).',
      'Dagli un nome, ad esempio "MFA per Volume Licensing Central".',
      'In Assegnazioni > Utenti > Includi (Assignments > Users > Include), scegli Tutti gli utenti (All users): copre gli utenti interni e gli utenti guest B2B.',
      'In Risorse di destinazione (Target resources), mantieni "Risorse (in precedenza app cloud)" ("Resources (formerly cloud apps)"), scegli Seleziona risorse (Select resources) e seleziona Portali di amministrazione Microsoft (Microsoft Admin Portals). Così l’MFA è richiesta anche sugli altri portali di amministrazione Microsoft (interfaccia di amministrazione di Microsoft 365, interfaccia di amministrazione di Exchange, portale di Azure, interfaccia di amministrazione di Entra e altri).',
      'Lascia le Condizioni (Conditions) sulle impostazioni predefinite, a meno che non ti serva un’esclusione specifica.',
      'In Controlli di accesso > Concedi (Access controls > Grant), scegli Richiedi l’autenticazione a più fattori (Require multifactor authentication), senza controlli in conflitto come Blocca accesso (Block access).',
      'Imposta Abilita criterio (Enable policy) su Attivato (On) e seleziona Crea (Create).',
    ],
    fallbackHeading: 'Se l’Accesso condizionale non è disponibile',
    fallbacks: [
      'Impostazioni predefinite per la sicurezza (Security Defaults) (Entra ID > Panoramica > Proprietà > Gestisci impostazioni predefinite per la sicurezza; Entra ID > Overview > Properties > Manage Security Defaults), per i tenant senza Accesso condizionale: l’Accesso condizionale richiede una licenza Microsoft Entra ID P1, le impostazioni predefinite per la sicurezza nessuna. Con le impostazioni predefinite per la sicurezza ogni utente deve registrarsi per l’MFA, e Microsoft decide quando chiederla a un utente (per alcuni ruoli di amministratore, come Amministratore globale, Amministratore della sicurezza e Amministratore accesso condizionale, a ogni accesso). Si applicano a tutti gli accessi in tutte le app, non solo a Volume Licensing Central. Se le impostazioni predefinite per la sicurezza sono già attive, potrebbe non servirti un criterio separato.',
      'MFA per utente (legacy): nell’interfaccia di amministrazione di Entra in Utenti > Autenticazione a più fattori (Users > Multi-Factor Authentication), oppure nell’interfaccia di amministrazione di Microsoft 365 in Utenti attivi > MFA (Active Users > MFA), imposta su Abilitato (Enabled) o Applicato (Enforced) ogni account che usa Volume Licensing Central, utenti guest compresi: sono coperti solo gli account che abiliti. A un utente abilitato viene chiesto di registrarsi al successivo accesso da browser, quindi avvisalo in anticipo.',
    ],
    methodsHeading: 'Metodi di verifica, MFA di terze parti e accesso federato',
    methods: [
      'Quali metodi di verifica gli utenti possono registrare: Home > Metodi di autenticazione > Criteri (Home > Authentication methods > Policies) nel portale Entra.',
      'L’MFA di terze parti può essere integrata direttamente con Microsoft Entra ID, come metodo di autenticazione esterno.',
      'Accesso federato (AD FS, Okta …): il provider di identità deve inviare l’attestazione multipleauthn a Microsoft Entra ID, ed Entra ID la accetta solo quando l’impostazione MFA federata del dominio (federatedIdpMfaBehavior) accetta l’MFA eseguita dal provider di identità.',
    ],
    guestsHeading: 'Utenti guest di organizzazioni partner',
    guests:
      'Coordinati con i tuoi partner perché i loro utenti conoscano il requisito; potrebbero dover abilitare l’MFA nel proprio tenant di origine, che nella maggior parte dei casi gestisce la loro richiesta MFA (indicazioni di Microsoft per i partner). L’MFA eseguita nel loro tenant di origine vale nel tuo solo quando le impostazioni di attendibilità in ingresso dell’accesso tra tenant (cross-tenant access inbound trust settings) considerano attendibile l’MFA di quel tenant (Microsoft Learn); senza questa attendibilità (l’impostazione predefinita) gli utenti guest si registrano ed eseguono l’MFA nel tuo tenant.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'un Amministratore globale, o un amministratore il cui ruolo può gestire queste impostazioni di sicurezza: almeno un Amministratore accesso condizionale o un Amministratore della sicurezza per un criterio di Accesso condizionale, almeno un Amministratore della sicurezza per le impostazioni predefinite per la sicurezza, un Amministratore dell’autenticazione o un Amministratore criteri di autenticazione per l’MFA per utente',
  federated: {
    heading: 'MFA quando la tua organizzazione accede tramite il proprio provider di identità',
    text: (domain: string) =>
      `${domain} accede tramite il proprio provider di identità (un dominio federato). Perché l’MFA eseguita lì sia valida, il provider di identità deve inviare l’attestazione multipleauthn a Microsoft Entra ID, ed Entra ID accetta quell’attestazione solo quando l’impostazione MFA federata del dominio (federatedIdpMfaBehavior) accetta l’MFA eseguita dal provider di identità (acceptIfMfaDoneByFederatedIdp o enforceMfaByFederatedIdp). Con rejectMfaByFederatedIdp, Entra ID esegue sempre l’MFA da sé.`,
  },
  unmanaged: {
    heading: 'Prima di tutto, il tenant ha bisogno di un amministratore',
    text: (domain: string) =>
      `${domain} è un tenant non gestito (“virale”): non ha un amministratore, quindi per ora nessuno può attivarvi l’MFA. Prima qualcuno della tua organizzazione acquisisce il tenant (Opzione 1); poi, come suo Amministratore globale, può richiedere l’MFA.`,
    help: 'Chi può aiutarti: chi acquisisce il tenant, perché ne diventa l’amministratore: qualcuno della tua organizzazione (un’acquisizione interna), oppure un Amministratore globale di un tenant gestito come quello con cui usi Teams (un’acquisizione esterna; “Chi è il mio amministratore?” li elenca). L’Opzione 1 del controllo del tuo indirizzo contiene i passaggi per l’acquisizione.',
  },
  support: 'Problemi ad abilitare l’MFA per la tua organizzazione? Scrivi a MFAVLCsupport@microsoft.com.',
};
