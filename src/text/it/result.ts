import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft risponde alle richieste inviate tramite modulo web entro 24 ore.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' Microsoft non ha potuto dire nemmeno se un account Microsoft personale usa lo stesso indirizzo: se la pagina di accesso ti chiede quale account, scegli “Account aziendale o dell’istituto di istruzione” (Work or school account).';

const WORK_OR_SCHOOL = '“Account aziendale o dell’istituto di istruzione” (Work or school account)';
const tenantKind = (federated: boolean) => (federated ? 'federato' : 'gestito');

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Dettagli',
  checkedAt: 'Controllato',
  address: 'Indirizzo',
  domain: 'Dominio',
  tenant: 'Tenant',
  domainType: 'Tipo di tenant',
  domainTypes: { managed: 'Gestito', federated: 'Federato (servizio di accesso proprio)', unmanaged: 'Non gestito (“virale”)', unknown: 'Nessun tenant Microsoft trovato' },
  actions: {
    checkAnother: 'Controlla un altro indirizzo',
    mfa: 'Controlla se l’MFA è pronta',
    retry: 'Riprova',
    useWork: 'Controlla il mio account aziendale',
    cannotTakeOver: 'Non posso acquisire il tenant',
    signUp: 'Registrati per un account aziendale',
  },
  ready: {
    title: 'Questo account è pronto per VLSC',
    unconfirmedTitle: 'Il tipo di account è giusto, ma questo indirizzo non è confermato',
    summary: (address: string, tenant: string) =>
      `${address} è un account aziendale o dell’istituto di istruzione in ${tenant}, un tenant Microsoft Entra gestito. È il tipo di account che VLSC richiede: continua ad accedere con questo.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address: string, domain: string, tenant: string) =>
      `${domain} appartiene a ${tenant}, un tenant Microsoft Entra gestito: il tipo che VLSC richiede. In questo momento Microsoft risponde “exists” (esiste) per qualsiasi indirizzo di quel dominio, quindi non posso confermare che ${address} esista davvero: accedi con questo indirizzo e, se l’accesso viene rifiutato, controlla come l’hai scritto o chiedi al tuo reparto IT.`,
    federated: (address: string, domain: string, tenant: string) =>
      `${domain} appartiene a ${tenant}, che accede tramite il proprio provider di identità (un dominio federato): il tipo che VLSC richiede. Per un dominio federato Microsoft risponde “exists” (esiste) per ogni indirizzo, quindi non posso confermare che ${address} esista davvero: accedi con questo indirizzo e, se l’accesso viene rifiutato, controlla come l’hai scritto o chiedi al tuo reparto IT.`,
    next: 'Prossimo passo: dal 5 gennaio 2026 Volume Licensing Central richiede l’autenticazione a più fattori (MFA). Verifica che tu e la tua organizzazione siate pronti.',
    help: 'Domande, o l’accesso non riesce ancora? Chiedi al tuo amministratore o all’help desk.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Questo indirizzo preciso non è confermato',
    federated: (address: string, personalAccount: boolean | null) =>
      `Per un dominio federato Microsoft risponde “exists” (esiste) per ogni indirizzo, quindi non posso confermare che ${address} esista davvero. Accedi con questo indirizzo; se l’accesso viene rifiutato, controlla come l’hai scritto o chiedi al tuo reparto IT.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address: string, domain: string, personalAccount: boolean | null) =>
      `In questo momento la ricerca di Microsoft risponde “exists” (esiste) per qualsiasi indirizzo di ${domain}, anche inventato (risulta che lo faccia quando è sotto limitazione), quindi non posso confermare che ${address} esista davvero. Accedi con questo indirizzo; se l’accesso viene rifiutato, controlla come l’hai scritto o chiedi al tuo reparto IT, oppure ricontrolla tra qualche minuto.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: `Scegli ${WORK_OR_SCHOOL} quando accedi`,
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
      confirmed
        ? `${address} esiste due volte: come account aziendale o dell’istituto di istruzione in ${tenant} (${tenantKind(federated)}) e come account Microsoft personale. Quando VLSC o la pagina di accesso Microsoft ti chiede quale dei due, scegli ${WORK_OR_SCHOOL}.`
        : `Un account Microsoft personale usa ${address}, e gli indirizzi di ${domain} sono account aziendali o dell’istituto di istruzione in ${tenant} (${tenantKind(federated)}); Microsoft non ha potuto confermare un account aziendale per questo indirizzo preciso. Quando VLSC o la pagina di accesso Microsoft ti chiede quale dei due, scegli ${WORK_OR_SCHOOL}.`,
    why: 'Un account Microsoft personale ha solo un numero limitato di accessi a VLSC; l’account aziendale è quello che VLSC richiede.',
  },
  personal: {
    title: 'Questo è un account Microsoft personale',
    help: 'Non sai quale account usare? Chiedi al tuo amministratore o all’help desk.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain: string, tenant: string) =>
        `La tua organizzazione ha già un tenant Microsoft Entra, la directory usata da Microsoft 365 (${domain} appartiene a ${tenant}): accedi a VLSC con il tuo account aziendale di quel tenant, oppure chiedine uno ai suoi amministratori.`,
      admins: (names: readonly string[]) => `I suoi amministratori, che possono creare un account aziendale per te: ${names.join(', ')}.`,
      askAdmins: 'I suoi amministratori possono creare un account aziendale per te: “Chi è il mio amministratore?” li trova.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain: string) =>
        `Il reparto IT che gestisce ${domain} può creare un account aziendale per te. Non è l’organizzazione con cui usi Teams, quindi non posso elencare i suoi amministratori; il tuo amministratore o il tuo help desk può aiutarti a contattarli.`,
    },
    summary: (address: string) =>
      `${address} è un account Microsoft personale. VLSC consente ancora agli account personali un numero limitato di accessi, per darti il tempo di passare all’account aziendale o dell’istituto di istruzione che richiede. Inizia a usarne uno il prima possibile.`,
    chosenSummary:
      'VLSC consente ancora agli account Microsoft personali un numero limitato di accessi, per darti il tempo di passare all’account aziendale o dell’istituto di istruzione che richiede. Inizia a usarne uno il prima possibile.',
    haveWork: {
      heading: 'Hai già un account aziendale',
      text: (upn: string) =>
        `La tua organizzazione usa Microsoft 365 (ci stai usando Teams), quindi hai già un account aziendale: ${upn}. Accedi a VLSC con questo account e scegli ${WORK_OR_SCHOOL}. Se non va usato per VLSC, chiedine uno al tuo reparto IT.`,
    },
    maybeWork: {
      heading: 'Se la tua organizzazione usa Microsoft 365',
      text: 'Se la tua azienda o il tuo istituto usa Microsoft 365 o un altro servizio online Microsoft, probabilmente hai già un account aziendale o dell’istituto di istruzione. Prova con l’ID utente e la password che usi per accedere al lavoro, oppure chiedi al tuo reparto IT.',
    },
    signUp: {
      button: 'Come registrarsi',
      heading: 'Altrimenti, registrati per un nuovo account aziendale o dell’istituto di istruzione',
      steps: [
        'Vai su Sign Up e crea un nuovo account aziendale o dell’istituto di istruzione. Non devi iscriverti a nessun servizio online; se vuoi, potrai aggiungere servizi allo stesso tenant in seguito.',
        'Il nuovo account può avere un aspetto come yourusername@yourcompany.onmicrosoft.com. È normale.',
        'Se hai un tuo nome di dominio (come yourcompany.com), potrai aggiungerlo in seguito dalla console di amministrazione.',
      ],
    },
  },
  takeover: {
    title: 'Il tuo account VLSC è in un tenant non gestito (“virale”)',
    summary: (address: string, domain: string, confirmed: boolean) =>
      `${confirmed ? `${address} appartiene a ${domain}, un` : `Gli indirizzi di ${domain} appartengono a un`} tenant Microsoft Entra senza amministratore (un tenant non gestito o “virale”).${confirmed ? '' : ` Non posso confermare che ${address} esista davvero: in questo momento Microsoft risponde “exists” (esiste) per qualsiasi indirizzo di quel dominio.`} VLSC ora richiede tenant gestiti: acquisisci il tenant dimostrando di possedere ${domain} (Opzione 1), oppure passa a un nuovo account aziendale (Opzione 2).`,
    next: 'Nel frattempo VLSC ti concede un numero limitato di accessi rimanenti: mentre ti prepari, scegli Skip nel suo messaggio.',
    help: 'Chi può aiutarti: il tuo amministratore IT o di rete (chi amministra il tuo dominio) può eseguire l’acquisizione. Il supporto VLSC non può apportare modifiche al tuo tenant per tuo conto.',
    whatIs: {
      heading: 'Che cos’è un tenant non gestito?',
      text: 'Un tenant senza amministratore globale. Nasce quando delle persone si iscrivono a un servizio cloud e viene creata automaticamente un’identità in base al loro dominio e-mail. VLSC consentiva questi account, ma ora richiede tenant gestiti, perché lo stesso ID utente funzioni su tutti i siti verso cui si stanno spostando le funzionalità di Volume Licensing.',
    },
    option1: {
      button: 'Opzione 1: acquisisci il tenant',
      heading: 'Opzione 1 — acquisisci il tenant e mantieni il tuo indirizzo',
      verify: (domain: string) =>
        `Tu, o l’amministratore IT o di rete della tua organizzazione, verificate la proprietà di ${domain} confermando un record DNS TXT presso il registrar del nome di dominio (ad esempio GoDaddy).`,
      alternativesHeading: 'Poi una di due alternative',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Acquisizione interna**: chi verifica il dominio diventa Amministratore globale (Global Administrator) del tenant. Nessun utente, dominio o piano di servizio viene migrato in un’altra directory. (Diventare Amministratore globale non significa dover gestire le licenze in VLSC.)',
        '- **Acquisizione esterna**: un Amministratore globale di un tenant gestito esistente aggiunge il nome di dominio e associa gli utenti alle risorse. Utenti, abbonamenti e assegnazioni di licenze del tenant non gestito vengono trasferiti insieme al dominio. Microsoft la supporta per Azure Rights Management ed Exchange Online, e per i piani di servizio Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream e la versione di valutazione gratuita di Dynamics 365; non è supportata quando il tenant non gestito ha piani di servizio che includono SharePoint, OneDrive o Skype for Business (ad esempio tramite un abbonamento gratuito a Office).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant: string) =>
        `Usi Teams con un tenant gestito (${ownTenant}). Se è quello della tua organizzazione, cioè quella che possiede il dominio, i suoi Amministratori globali possono eseguire l’acquisizione esterna (dimostrano la proprietà del dominio con lo stesso record DNS TXT), se il tenant non gestito non ha nessuno di quei piani di servizio.`,
      afterwards: 'Quando il tenant ha un amministratore, continua ad accedere a VLSC con il tuo account attuale.',
      tip: 'Potresti preferire chiedere al tuo amministratore IT o di rete (chi amministra il tuo dominio) di eseguire l’acquisizione. Non significa che debba amministrare VLSC o acquistare un abbonamento. Il supporto VLSC non può apportare modifiche al tuo tenant per tuo conto.',
    },
    option2: {
      button: 'Opzione 2: un nuovo account',
      heading: 'Opzione 2 — crea un nuovo account …onmicrosoft.com',
      intro: 'Adatta se l’account ti serve solo per VLSC, o se ora non puoi dimostrare la proprietà del dominio. Puoi farlo senza dover telefonare al supporto VLSC e ogni passaggio richiede pochi minuti, ma potresti dover attendere fino a 2 giorni lavorativi prima di poter accedere con il nuovo account.',
      steps: (address: string) => [
        `Invia al supporto VLSC una richiesta tramite modulo web per dissociare il tuo account VLSC attuale da ${address} e per invitarti a registrarti di nuovo. (Per Canada e Stati Uniti usa il modulo web N. America MAK ADD.) ${WEB_FORM_ANSWER}`,
        'NON accedere a VLSC finché il supporto VLSC non ha confermato che la dissociazione è completata.',
        'Vai su Sign Up e crea un nuovo account aziendale o dell’istituto di istruzione (ad esempio user@yourcompany.onmicrosoft.com) con te stesso come amministratore. Per questo tipo di dominio non serve alcun record DNS TXT. Annota l’ID utente.',
        'Dopo la conferma del supporto VLSC, torna su VLSC, scegli Sign in with a Work or School Account (accedi con un account aziendale o dell’istituto di istruzione) e inserisci il nuovo account.',
      ],
      tip: 'Prima di distribuire servizi online come Office 365, la tua organizzazione dovrebbe acquisire questo nuovo tenant e collegarlo al proprio dominio personalizzato.',
    },
    skip: {
      button: 'Non sei ancora pronto? Skip',
      heading: 'Non sei ancora pronto? Skip',
      text: (address: string) =>
        `Finché hai ancora accessi rimanenti, scegli Skip nel messaggio di VLSC e continua ad accedere con il tuo account attuale: è utile mentre tu, o qualcuno della tua organizzazione, preparate l’acquisizione. Se hai zero accessi rimanenti e ti serve più tempo, chiedi al supporto VLSC di aggiungere sessioni di accesso extra a ${address}. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'Non puoi acquisire il tenant? Dimmi cosa te lo impedisce:',
  },
  blockers: {
    'no-admin': {
      button: 'Non trovo il mio admin IT',
      title: 'Non riesci a individuare il tuo amministratore IT',
      text: 'Nelle grandi organizzazioni di solito è un numero di help desk; le organizzazioni più piccole possono affidare l’IT a un fornitore esterno.',
    },
    'no-domain-proof': {
      button: 'Non posso provare il dominio',
      title: 'Non riesci a dimostrare la proprietà del dominio',
      text: 'I tuoi amministratori IT lo sanno o hanno accesso alle informazioni, che provengono dal tuo provider di servizi Internet o dal registrar del dominio.',
    },
    'restricted-domain': {
      button: 'Dominio limitato o recuperato',
      title: 'Il tuo account appartiene a un dominio limitato o recuperato',
      text: 'Questa impostazione è stabilita dall’amministratore della tua organizzazione. Potrebbe servire un account aziendale separato dal tenant della tua organizzazione.',
    },
    steer: 'In questa situazione crea invece un nuovo ID utente: apri l’Opzione 2 qui sotto.',
    help: 'Ancora bloccato? Chiedi al tuo amministratore o all’help desk.',
  },
  noAccount: {
    title: 'Nessun account Microsoft trovato per questo indirizzo',
    summary: (address: string) =>
      `Microsoft non conosce alcun account aziendale o dell’istituto di istruzione né alcun account Microsoft personale per ${address}. Potrebbe essere un errore di battitura, oppure l’account non esiste ancora.`,
    tenantExists: (domain: string) =>
      `${domain} ha un tenant Microsoft Entra, quindi controlla come hai scritto l’indirizzo o chiedi al tuo reparto IT il tuo nome di accesso.`,
    workSignIn: 'Se la tua azienda o il tuo istituto usa Microsoft 365 o un altro servizio online Microsoft, probabilmente hai già un account aziendale o dell’istituto di istruzione: prova con l’ID utente e la password che usi per accedere al lavoro.',
    signUp: 'Se non hai ancora un account aziendale o dell’istituto di istruzione, puoi crearne uno su Sign Up, senza iscriverti ad alcun servizio online.',
    help: 'Non sei sicuro del tuo nome di accesso? Chiedi al tuo amministratore o all’help desk.',
  },
  invalid: {
    title: 'Non posso controllare questo indirizzo',
    next: 'Controlla come l’hai scritto e riprova.',
  },
  failed: {
    title: 'Non sono riuscito a completare il controllo',
    summary: 'In questo momento non riesco a raggiungere il servizio di accesso di Microsoft, quindi non posso dire che tipo di account è. Riprova tra un minuto.',
    help: 'Non funziona ancora? Chiedi al tuo amministratore o all’help desk: “Dettagli per l’IT” contiene quello che serve.',
    detailsButton: 'Dettagli per l’IT',
    technical: (source: string, detail: string) => `Il servizio ${source} di Microsoft non ha risposto correttamente (${detail}).`,
    manualHeading: 'Controlla tu stesso',
    manual: 'Apri in un browser la risposta del realm utente qui sotto. Se contiene "IsViral": true, l’account è in un tenant non gestito e serve un’acquisizione.',
    realmLink: 'Apri la risposta del realm utente',
    sources: { 'user-realm': 'realm utente', 'credential-type': 'ricerca account', 'openid-configuration': 'configurazione del tenant' },
  },
};
