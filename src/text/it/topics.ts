import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force. Portal labels are Microsoft's Italian
 * ones with the English label beside them, as many admins run the portal in English.
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: 'Perché VLSC richiede un account aziendale o dell’istituto di istruzione?',
      shortAnswer:
        'Microsoft sta spostando le funzionalità di Volume Licensing su piattaforme moderne come l’interfaccia di amministrazione di Microsoft 365, che richiedono account aziendali o dell’istituto di istruzione. Con uno di questi account hai un unico ID di accesso per software locale, servizi online e abbonamenti come Visual Studio sul Volume Licensing Service Center e su altri siti Microsoft.',
      steps: [
        'Autenticazione e autorizzazione di prima classe: l’opzione migliore per proteggere i beni aziendali acquisiti tramite i programmi Microsoft Volume Licensing.',
        'Più sicurezza: gli utenti sono facilmente identificabili come appartenenti a un’organizzazione, e il loro accesso viene rimosso quando non fanno più parte della directory dell’organizzazione.',
        'Le password dimenticate possono essere reimpostate dall’Amministratore globale della tua organizzazione, o con la reimpostazione della password self-service se l’Amministratore globale lo consente.',
      ],
    },
    'what-is-work-account': {
      title: 'Che cos’è un account aziendale o dell’istituto di istruzione?',
      shortAnswer:
        'Un account aziendale o dell’istituto di istruzione è un account legato alla tua organizzazione, di solito username@orgname.com o username@orgname.onmicrosoft.com. Autentica il tuo rapporto con l’organizzazione titolare delle licenze; non richiede che tu o la tua organizzazione usiate servizi Microsoft come Office 365.',
      steps: [
        'Se la tua organizzazione usa già un servizio come Office 365 o Microsoft 365, hai già un account aziendale: accedi a VLSC con lo stesso account che usi per quel servizio.',
        'A differenza di un account Microsoft personale (come outlook.com o hotmail.com), un account aziendale o dell’istituto di istruzione appartiene alla tua organizzazione: il suo Amministratore globale può reimpostare la password, e il tuo accesso termina quando lasci l’organizzazione. VLSC consente agli account Microsoft personali solo un numero limitato di accessi.',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC mi chiede di acquisire la mia directory non gestita come amministratore',
      shortAnswer:
        'Il tuo account aziendale o dell’istituto di istruzione è stato creato con l’iscrizione self-service (un tenant non gestito o “virale”, senza amministratore). Microsoft ha bisogno che la tua organizzazione verifichi di possedere il dominio e-mail con cui accedi: ad esempio, per admin@fourthcoffee.xyz, che l’organizzazione possiede fourthcoffee.xyz. Nel frattempo ricevi un certo numero di accessi rimanenti.',
      steps: [
        'Opzione 1: continua ad accedere con l’indirizzo e-mail della tua organizzazione acquisendo il tenant virale (cioè verificando di possedere il dominio).',
        'Opzione 2: crea un nuovo account aziendale o dell’istituto di istruzione che non corrisponde al dominio e-mail della tua organizzazione, ad esempio user@fourthcoffeexyz.onmicrosoft.com.',
        'Non sei ancora pronto? Finché hai accessi rimanenti, scegli **Skip** e accedi con il tuo account attuale.',
      ],
    },
    'option1-takeover': {
      title: 'Opzione 1: accedi con il dominio e-mail della tua organizzazione acquisendo il tenant virale',
      shortAnswer:
        'Per continuare ad accedere con un indirizzo specifico della tua organizzazione (ad esempio admin@fourthcoffee.xyz), tu o l’amministratore di rete della tua organizzazione verificate la proprietà di quel dominio e-mail acquisendo il tenant virale.',
      steps: [
        'Il tuo amministratore IT o di rete conferma i record DNS TXT del dominio. Sono disponibili presso il registrar del nome di dominio, ad esempio GoDaddy.',
        'Può darti i dettagli DNS TXT perché tu completi i passaggi, oppure diventare lui stesso Amministratore globale dell’account aziendale o dell’istituto di istruzione della tua organizzazione. Questo non significa che debba gestire le licenze in VLSC.',
        'Segui le istruzioni dettagliate di Microsoft per acquisire una directory non gestita.',
        'Non sei ancora pronto e hai ancora accessi rimanenti? Scegli **Skip** e accedi a VLSC con il tuo account attuale.',
      ],
    },
    'option2-new-account': {
      title: 'Opzione 2: crea un nuovo ID utente non legato al dominio e-mail della tua organizzazione',
      shortAnswer:
        'Se ti va bene un accesso che non corrisponde al dominio e-mail della tua organizzazione, o se ora non puoi dimostrare la proprietà del dominio, crea un nuovo account aziendale o dell’istituto di istruzione (ad esempio user@fourthcoffeexyz.onmicrosoft.com) che gestisci tu. Puoi farlo senza dover telefonare al supporto VLSC e i passaggi richiedono pochi minuti, ma calcola fino a 2 giorni lavorativi prima di poter accedere a VLSC con il nuovo account.',
      steps: [
        'Invia al supporto VLSC una richiesta tramite modulo web per dissociare il tuo account VLSC attuale dal tuo indirizzo e-mail e invitarti a registrarti di nuovo. Per Canada e Stati Uniti usa il modulo web N.America MAK ADD (N.America MAK ADD Web Form). NON accedere a VLSC finché il supporto VLSC non conferma che la dissociazione è completata.',
        'Vai su Sign Up e crea un nuovo account aziendale o dell’istituto di istruzione (ad esempio user@fourthcoffeexyz.onmicrosoft.com) con te stesso come amministratore; per questo tipo di dominio non servono i dettagli DNS TXT. Annota il tuo ID utente.',
        'Dopo che il supporto VLSC ha confermato la dissociazione, torna su VLSC, scegli **Sign In with a Work or School Account** (accedi con un account aziendale o dell’istituto di istruzione) e inserisci il nuovo account.',
        'Suggerimento: prima di distribuire servizi online come Office 365, fai acquisire alla tua organizzazione questo nuovo account e collegarlo al suo dominio personalizzato.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Perché ho un numero limitato di accessi rimanenti, e cosa fa Skip?',
      shortAnswer:
        'Quando accedi a VLSC con un account non gestito (tenant virale), ricevi un numero limitato di accessi rimanenti, per avere il tempo di convertirlo in un account gestito. Scegli **Skip** per continuare intanto ad accedere con il tuo ID di accesso VLSC attuale.',
      steps: [
        'Scegli **Skip** se ti serve più tempo per acquisire il tuo account non gestito, o per trovare qualcuno della tua organizzazione che possa farlo.',
        'Il numero di accessi rimanenti è limitato: prima che finiscano, tu o qualcuno della tua organizzazione dovete diventare amministratori dell’account con cui accedi.',
        'Zero accessi rimasti e ti serve più tempo? Invia una richiesta al supporto VLSC indicando l’indirizzo e-mail con cui accedi a VLSC e chiedendo di aggiungere sessioni di accesso extra al tuo account.',
      ],
    },
    'limited-logins-msa': {
      title: 'Perché ho un numero limitato di accessi con un account Microsoft personale?',
      shortAnswer:
        'Gli utenti VLSC che accedono ancora con un account Microsoft personale ricevono un numero limitato di accessi rimanenti, per avere abbastanza tempo per passare all’account aziendale o dell’istituto di istruzione richiesto. Inizia a usare un account aziendale o dell’istituto di istruzione il prima possibile.',
      steps: [
        'Se la tua organizzazione usa Microsoft 365 o un altro servizio online Microsoft, accedi a VLSC con l’account aziendale che usi lì.',
        'Se non hai ancora un account aziendale o dell’istituto di istruzione, creane uno su Sign Up.',
      ],
    },
    'sign-up-work-account': {
      title: 'Come mi registro per un nuovo account aziendale o dell’istituto di istruzione?',
      shortAnswer:
        'Se la tua organizzazione usa Microsoft 365 o un altro servizio online Microsoft, probabilmente hai già un account aziendale o dell’istituto di istruzione: prova con l’ID utente e la password che usi al lavoro. Altrimenti puoi comunque ottenerne uno su Sign Up, senza iscriverti ad alcun servizio online.',
      steps: [
        'Prova ad accedere a VLSC con l’ID utente e la password che usi per accedere al lavoro.',
        'Se la tua organizzazione non usa servizi online come Microsoft 365, vai su Sign Up e crea un account aziendale o dell’istituto di istruzione.',
        'Il nuovo account può avere un aspetto come yourusername@yourcompany.onmicrosoft.com. Se hai un tuo nome di dominio (come yourcompany.com), potrai aggiungerlo in seguito dalla console di amministrazione.',
        'Se vuoi, potrai aggiungere servizi allo stesso tenant in seguito.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'Che cos’è un tenant non gestito (“virale”)?',
      shortAnswer:
        'Un tenant Azure AD non gestito, a volte chiamato “tenant virale”, è un tenant senza amministratore globale. Nasce quando degli utenti si iscrivono a un servizio cloud e viene creata automaticamente per loro un’identità in Azure AD, in base al loro dominio e-mail.',
      steps: [
        'VLSC consentiva l’accesso con un tenant non gestito, ma ora richiede tenant gestiti.',
        'Perché: le funzionalità di Volume Licensing si stanno spostando su piattaforme più moderne, così puoi usare lo stesso ID utente e la stessa password per i prodotti e i servizi Microsoft acquistati in modi diversi: tramite Volume Licensing Solution Provider, Cloud Service Provider o direttamente da Microsoft nell’interfaccia di amministrazione di Microsoft 365.',
      ],
    },
    'check-unmanaged': {
      title: 'Come faccio a sapere se ho un account in un tenant non gestito?',
      shortAnswer:
        'Se accedi a VLSC con un account non gestito (“tenant virale”), il sito te lo dice. Puoi anche controllarlo senza accedere a VLSC.',
      steps: [
        'Accedi al Volume Licensing Service Center: ti informa se l’account non è gestito.',
        'Oppure accedi a Portal.Office.com (o a un altro servizio online): se vedi un riquadro Amministratore (Admin) nell’icona di avvio delle app (App Picker), il tenant non è gestito.',
        'Oppure, per i professionisti IT, senza accedere a VLSC: scrivi **controlla** seguito dall’indirizzo (ad esempio, controlla you@yourcompany.com) e cercherò il dominio presso Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: 'Che cos’è l’acquisizione di un tenant virale?',
      shortAnswer:
        'L’acquisizione di un tenant virale (cioè di un tenant non gestito) è il processo con cui un utente diventa amministratore di un tenant non gestito. Quando il tenant ha un amministratore, può essere usato per aggiungere altri utenti alla stessa organizzazione, aggiungere servizi online e continuare a usare risorse come VLSC.',
      steps: [
        'Acquisizione interna da parte dell’amministratore: diventi amministratore globale del tenant non gestito; nessun utente, dominio o piano di servizio viene migrato in un’altra directory che amministri.',
        'Acquisizione esterna da parte dell’amministratore: un Amministratore globale di un tenant gestito esistente aggiunge il nome di dominio e associa gli utenti alle risorse; utenti, abbonamenti e assegnazioni di licenze del tenant non gestito vengono trasferiti insieme al dominio. Microsoft la supporta per Azure Rights Management ed Exchange Online, e per i piani di servizio Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream e la versione di valutazione gratuita di Dynamics 365; non è supportata quando il tenant non gestito ha piani di servizio che includono SharePoint, OneDrive o Skype for Business (ad esempio tramite un abbonamento gratuito a Office).',
      ],
    },
    'takeover-blockers': {
      title: 'Cosa può impedirmi di completare un’acquisizione?',
      shortAnswer:
        'Gli ostacoli tipici sono: non riesci a individuare il tuo amministratore IT, non puoi dimostrare la proprietà del dominio, oppure il tuo account appartiene a un dominio limitato o recuperato. In questi casi potresti creare invece un nuovo ID utente (Opzione 2).',
      steps: [
        'Non riesci a individuare il tuo amministratore IT: le grandi organizzazioni di solito hanno un numero di help desk; quelle più piccole possono affidare questo compito a un fornitore IT. Se la tua organizzazione ha anche un tenant gestito (ad esempio quello con cui usi Teams), i suoi Amministratori globali sono elencati nell’interfaccia di amministrazione di Microsoft Entra in **Entra ID > Ruoli e amministratori > Amministratore globale** (Entra ID > Roles and administrators > Global Administrator), oppure scrivi **chi è il mio amministratore**.',
        'Non puoi dimostrare la proprietà del dominio: i tuoi amministratori IT lo sanno o hanno accesso alle informazioni, che provengono dal tuo provider di servizi Internet.',
        'Dominio limitato o recuperato: questa impostazione è stabilita dall’amministratore della tua organizzazione; potrebbe servire un account aziendale separato dal tenant della tua organizzazione.',
        'In tutti questi casi valuta l’Opzione 2: un nuovo account aziendale o dell’istituto di istruzione come user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'Come eseguo l’acquisizione di un tenant virale?',
      shortAnswer:
        'L’acquisizione è un processo in più passaggi in cui tu o qualcuno della tua organizzazione dimostra la proprietà del dominio e ne diventa Amministratore globale presso Microsoft: ad esempio, admin@fourthcoffee.xyz diventa Amministratore globale del tenant fourthcoffee.xyz. Il supporto VLSC non può apportare modifiche al tuo tenant per tuo conto.',
      steps: [
        'Prenditi il tempo di esaminare le risorse e di consultare le persone della tua organizzazione; nel frattempo puoi continuare ad accedere con il tuo account attuale per le attività urgenti in VLSC.',
        'Valuta di chiedere al tuo amministratore IT o di rete (la persona che amministra il tuo dominio) di eseguire l’acquisizione. Questo non significa che debba amministrare VLSC o acquistare un abbonamento.',
        'Scegli un’acquisizione “interna” (diventi amministratore globale, non viene migrato nulla) o un’acquisizione “esterna” (un Amministratore globale di un tenant gestito esistente aggiunge il dominio e associa gli utenti alle risorse: utenti, abbonamenti e assegnazioni di licenze vengono trasferiti; Microsoft la supporta per Azure Rights Management, Exchange Online e alcuni piani di servizio gratuiti, non quando il tenant non gestito ha piani di servizio che includono SharePoint, OneDrive o Skype for Business).',
        'Segui la guida dettagliata di Microsoft, Acquisizione di una directory non gestita (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: 'Come contatto il supporto VLSC?',
      shortAnswer:
        'I clienti VLSC possono contattare il supporto VLSC per telefono o tramite modulo web. Microsoft risponde alle richieste inviate tramite modulo web entro 24 ore. Il supporto VLSC non può apportare modifiche al tuo tenant per tuo conto.',
      steps: [
        'Apri la pagina di contatto del supporto VLSC e scegli telefono o modulo web.',
        'Indica l’indirizzo e-mail con cui accedi a VLSC e di cosa hai bisogno, ad esempio sessioni di accesso extra o la dissociazione del tuo account.',
        'Per Canada e Stati Uniti, le richieste di dissociazione usano il modulo web N.America MAK ADD (N.America MAK ADD Web Form).',
      ],
    },
    'mfa-requirement': {
      title: 'Che cos’è il requisito di MFA obbligatoria per Volume Licensing Central?',
      shortAnswer:
        'L’autenticazione a più fattori (MFA) è obbligatoria per chiunque acceda a Volume Licensing Central (VL Central). La scadenza per l’adozione era il 5 gennaio 2026, quindi il requisito è in vigore: a un utente senza MFA viene chiesto di registrarsi all’accesso, e non può proseguire finché non lo fa.',
      steps: [
        'Individua l’amministratore che implementerà l’MFA, di solito il tuo Amministratore globale di Microsoft Entra.',
        'Imponi l’MFA per VL Central a livello di tenant, preferibilmente con un criterio di Accesso condizionale (in alternativa le impostazioni predefinite per la sicurezza o l’MFA per utente).',
        'Assicurati che gli utenti siano pronti per l’MFA: registrano almeno un metodo di verifica su aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: 'Come trovo l’Amministratore globale del mio tenant?',
      shortAnswer:
        'La persona che implementa l’MFA di solito è il tuo Amministratore globale di Microsoft Entra (noto anche come “Company Administrator”) o un ruolo di amministratore equivalente che può gestire le impostazioni di sicurezza. Puoi vedere chi ha il ruolo nell’interfaccia di amministrazione di Microsoft Entra.',
      steps: [
        'Vai su https://entra.microsoft.com.',
        'Passa a **Entra ID > Ruoli e amministratori** (Entra ID > Roles and administrators).',
        'Cerca **Amministratore globale** (Global Administrator).',
        'Vedrai l’elenco degli utenti assegnati a quel ruolo nel tuo tenant.',
        'Non hai accesso al portale Entra? Rivolgiti al tuo reparto IT, al team delle operazioni di sicurezza o all’help desk interno. Oppure scrivi **chi è il mio amministratore** e li cercherò io.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: 'Come impongo l’MFA per Volume Licensing Central con l’Accesso condizionale?',
      shortAnswer:
        'Microsoft consiglia un criterio di Accesso condizionale (Conditional Access) in Microsoft Entra ID che richieda l’MFA per tutti gli utenti, interni e guest, quando accedono a Volume Licensing Central. Se l’Accesso condizionale non è disponibile per il tuo tenant, usa invece le impostazioni predefinite per la sicurezza o l’MFA per utente.',
      steps: [
        'Accedi all’interfaccia di amministrazione di Microsoft Entra (https://entra.microsoft.com) come Amministratore globale (Global Admin) o Amministratore accesso condizionale (Conditional Access Admin).',
        'Passa a **Entra ID > Accesso condizionale > Panoramica** (Entra ID > Conditional Access > Overview) e seleziona **+ Crea nuovo criterio** (+ Create new policy).',
        'Inserisci un nome per il criterio, ad esempio “MFA per Volume Licensing Central”.',
        'In **Assegnazioni** (Assignments), seleziona il valore corrente in **Utenti** (Users).',
        'In **Includi** (Include), scegli **Tutti gli utenti** (All Users). Così sono coperti tutti gli utenti interni e tutti gli utenti guest B2B che accedono alle tue risorse Volume Licensing.',
        'In **Assegnazioni** (Assignments), seleziona il valore corrente in **Risorse di destinazione** (Target Resources) e, in **Seleziona gli elementi a cui si applica questo criterio** (Select what this policy applies to), verifica che sia selezionato **Risorse (in precedenza app cloud)** (Resources (Formerly cloud apps)).',
        'In **Includi** (Include), scegli **Seleziona app** (Select Apps).',
        'In **Includi** (Include), scegli **Seleziona risorse** (Select resources), poi fai clic su **Nessuna** (None) in **Seleziona** (Select).',
        'Nella finestra **Seleziona risorse** (Select Resources), scegli **Portali di amministrazione Microsoft** (Microsoft Admin Portals) e fai clic su **Seleziona** (Select). Nota: in questo modo l’MFA viene abilitata per tutti i portali di amministrazione associati, tra cui l’interfaccia di amministrazione di Microsoft 365, l’interfaccia di amministrazione di Exchange, il portale di Azure e l’interfaccia di amministrazione di Microsoft Entra.',
        'Lascia le **Condizioni** (Conditions) sulle impostazioni predefinite (tutte le posizioni, tutti gli stati dei dispositivi), a meno che tu non abbia un’esigenza specifica, come escludere IP attendibili o dispositivi conformi.',
        'In **Controlli di accesso > Concedi** (Access controls > Grant), scegli **Richiedi l’autenticazione a più fattori** (Require multi-factor authentication) e assicurati che non sia selezionato nessun controllo in conflitto (come **Blocca accesso**, Block access).',
        'Imposta **Abilita criterio** (Enable policy) su **Attivato** (On) e seleziona **Crea** (Create). Agli utenti verrà quindi chiesta l’MFA quando accedono a Volume Licensing Central; se la persistenza della sessione è consentita, a un utente che ha completato l’MFA di recente potrebbe non essere chiesta a ogni accesso.',
      ],
    },
    'mfa-security-defaults': {
      title: 'Posso usare le impostazioni predefinite per la sicurezza invece dell’Accesso condizionale?',
      shortAnswer:
        'Sì, se l’Accesso condizionale non è disponibile: richiede almeno una licenza Microsoft Entra ID P1, mentre le impostazioni predefinite per la sicurezza (Security Defaults) non ne richiedono. Le impostazioni predefinite per la sicurezza richiedono a tutti gli utenti di registrarsi per l’MFA e di eseguire l’MFA in determinati scenari: Microsoft decide quando chiederla a un utente, e gli amministratori indicati da Microsoft (tra cui Amministratore globale, Amministratore della sicurezza e Amministratore accesso condizionale) la eseguono a ogni accesso. Si applicano a tutti gli accessi in tutte le app, non solo a Volume Licensing Central.',
      steps: [
        'Accedi all’interfaccia di amministrazione di Microsoft Entra almeno come Amministratore della sicurezza (Security Administrator), vai a **Entra ID > Panoramica > Proprietà > Gestisci impostazioni predefinite per la sicurezza** (Entra ID > Overview > Properties > Manage Security Defaults) e abilitale.',
        'Se le impostazioni predefinite per la sicurezza sono già attive e applicarle a tutte le app è accettabile, potrebbe non servirti un criterio separato.',
        'Le impostazioni predefinite per la sicurezza e i criteri di Accesso condizionale non vanno insieme: un tenant che usa criteri di Accesso condizionale deve disattivare le impostazioni predefinite per la sicurezza.',
        'Se nemmeno le impostazioni predefinite per la sicurezza sono adatte, l’MFA per utente (legacy) è il modo rimanente per richiedere l’MFA senza Accesso condizionale.',
      ],
    },
    'mfa-per-user': {
      title: 'Come abilito l’MFA per utente?',
      shortAnswer:
        'L’MFA per utente è la soluzione di ripiego legacy quando non puoi usare l’Accesso condizionale e le impostazioni predefinite per la sicurezza non sono adatte. È meno scalabile e meno flessibile; in genere Microsoft consiglia l’Accesso condizionale.',
      steps: [
        'Nell’interfaccia di amministrazione di Microsoft Entra vai a **Utenti > Autenticazione a più fattori** (Users > Multi-Factor Authentication), oppure, nell’interfaccia di amministrazione di Microsoft 365, a **Utenti attivi > MFA** (Active Users > MFA).',
        'Seleziona ogni utente e attiva l’applicazione dell’MFA per il suo account.',
        'Assicurati che ogni account che usa Volume Licensing Central, compresi gli utenti guest nella tua directory, sia impostato su **Applicato** (Enforced) o **Abilitato** (Enabled).',
        'Sono coperti solo gli account che abiliti. A un utente abilitato viene chiesto di registrarsi per l’MFA al successivo accesso da browser, poi esegue l’MFA a ogni accesso (con alcune eccezioni, come IP attendibili o dispositivi memorizzati), quindi avvisa gli utenti in anticipo.',
        'L’MFA per utente è gestita da un Amministratore dell’autenticazione (Authentication Administrator) o da un Amministratore criteri di autenticazione (Authentication Policy Administrator), oppure da un Amministratore globale.',
      ],
    },
    'user-mfa-registration': {
      title: 'Come si registrano gli utenti per l’MFA?',
      shortAnswer:
        'Ogni utente va alla pagina di configurazione dell’MFA (https://aka.ms/mfasetup) e aggiunge almeno un metodo di verifica abilitato per il tenant. L’app Microsoft Authenticator su un telefono spesso è la più semplice.',
      steps: [
        'Vai su https://aka.ms/mfasetup e aggiungi un metodo di verifica, ad esempio l’app Microsoft Authenticator.',
        'Aggiungi anche un metodo di backup (ad esempio un secondo telefono o un token hardware), nel caso perdessi l’accesso al primo.',
        'Gli amministratori scelgono quali metodi consente il tenant in **Home > Metodi di autenticazione > Criteri** (Home > Authentication methods > Policies) nel portale Entra.',
        'Hai perso o sostituito il telefono con il tuo unico metodo? Accedi con il metodo di backup e registra il nuovo telefono su https://aka.ms/mfasetup. Senza un metodo di backup, chiedi al tuo reparto IT o all’help desk: un Amministratore dell’autenticazione può richiederti di registrare di nuovo i tuoi metodi.',
        `Per problemi ad abilitare l’MFA per la tua organizzazione, scrivi a ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: 'Gli utenti guest hanno bisogno dell’MFA per Volume Licensing Central?',
      shortAnswer:
        'Sì. Un criterio di Accesso condizionale che include Tutti gli utenti (All Users) copre anche gli utenti guest B2B: chiede l’MFA anche a loro. Gli utenti guest di organizzazioni partner potrebbero dover abilitare l’MFA nel proprio tenant di origine, che nella maggior parte dei casi gestisce la loro richiesta MFA (indicazioni di Microsoft per i partner). L’MFA eseguita nel loro tenant di origine vale nel tuo solo quando le impostazioni di attendibilità in ingresso dell’accesso tra tenant (cross-tenant access inbound trust settings) considerano attendibile l’MFA di quel tenant (Microsoft Learn); senza questa attendibilità (l’impostazione predefinita) gli utenti guest si registrano ed eseguono l’MFA nel tuo tenant.',
      steps: [
        'Coordinati con i tuoi partner perché i loro utenti conoscano il requisito.',
        'Per accettare l’MFA che gli utenti guest eseguono nel proprio tenant di origine, considera attendibile l’MFA di quel tenant nelle impostazioni di attendibilità in ingresso dell’accesso tra tenant.',
        'Se usi l’MFA per utente, imposta anche gli utenti guest nella tua directory su Applicato (Enforced) o Abilitato (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'Usiamo un’MFA di terze parti o un provider di identità federato',
      shortAnswer:
        'L’MFA di terze parti può essere integrata direttamente con Microsoft Entra ID come metodo di autenticazione esterno. Se Entra ID è federato con un provider di identità, quel provider deve essere configurato per inviare l’attestazione multipleauthn a Microsoft Entra ID, che la accetta solo quando l’impostazione federatedIdpMfaBehavior del dominio accetta l’MFA eseguita dal provider di identità.',
      steps: [
        'MFA di terze parti: aggiungi il provider come metodo di autenticazione esterno (vedi “Gestire un metodo di autenticazione esterno in Microsoft Entra ID”, Manage an external authentication method in Microsoft Entra ID; i metodi di autenticazione esterni richiedono almeno Microsoft Entra ID P1). I provider trovano i dettagli nel riferimento per i provider di metodi esterni dell’autenticazione a più fattori di Microsoft Entra (Microsoft Entra multifactor authentication external method provider reference).',
        'Provider di identità federato: configuralo per inviare l’attestazione multipleauthn, come descritto in “Soddisfare i controlli MFA di Microsoft Entra ID con le attestazioni MFA di un IdP federato” (Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP).',
        'Microsoft Entra ID accetta quell’attestazione solo quando l’impostazione MFA federata del dominio (federatedIdpMfaBehavior) accetta l’MFA eseguita dal provider di identità: acceptIfMfaDoneByFederatedIdp o enforceMfaByFederatedIdp. Con rejectMfaByFederatedIdp, Entra ID esegue sempre l’MFA da sé.',
      ],
    },
    'mfa-after-deadline': {
      title: 'Cosa succede se un utente non ha configurato l’MFA?',
      shortAnswer:
        'Dal 5 gennaio 2026, un utente che non ha configurato l’MFA non viene bloccato del tutto su Volume Licensing Central: gli viene chiesto di registrarsi per l’MFA durante l’accesso. Non può saltare questo passaggio; senza MFA non può proseguire.',
      steps: [
        'All’accesso, Microsoft Entra ID chiede all’utente di completare prima la registrazione MFA.',
        'Dopo aver selezionato **Avanti** (Next), l’utente sceglie da un elenco di metodi di verifica.',
        'Dopo la registrazione, l’utente completa la verifica MFA con il metodo scelto.',
        'Un utente che rifiuta non può proseguire verso Volume Licensing Central; la richiesta compare ogni volta finché non la completa.',
      ],
    },
    'mfa-support-contact': {
      title: 'Chi contatto per problemi ad abilitare l’MFA?',
      shortAnswer: `Se hai problemi ad abilitare l’MFA per la tua organizzazione, scrivi a ${LINKS.mfaSupportEmail} per ricevere assistenza.`,
      steps: [
        `Scrivi a ${LINKS.mfaSupportEmail}, descrivendo il problema che hai ad abilitare l’MFA per la tua organizzazione.`,
        'Oppure scrivi **prepara email per il supporto mfa** e preparerò io il messaggio per te.',
      ],
    },
  },
  links: {
    takeover: 'Acquisizione di una directory non gestita come amministratore (Microsoft Learn)',
    selfServiceSignup: 'Che cos’è l’iscrizione self-service per Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Registrati per un account aziendale o dell’istituto di istruzione',
    vlscSupport: 'Contatta il supporto VLSC',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Interfaccia di amministrazione di Microsoft Entra',
    mfaSetup: 'Configura i metodi di accesso (aka.ms/mfasetup)',
    enableMfa: 'Abilitare l’autenticazione a più fattori di Microsoft Entra (Microsoft Learn)',
    securityDefaults: 'Configurare le impostazioni predefinite per la sicurezza per Microsoft Entra ID (Microsoft Learn)',
    perUserMfa: 'Abilitare l’autenticazione a più fattori per utente (Microsoft Learn)',
    externalMfa: 'Riferimento per i provider di metodi esterni dell’autenticazione a più fattori di Microsoft Entra (Microsoft Learn)',
    externalMfaManage: 'Gestire un metodo di autenticazione esterno in Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'Soddisfare i controlli MFA di Microsoft Entra ID con le attestazioni MFA di un IdP federato (Microsoft Learn)',
    guestMfa: 'Autenticazione e Accesso condizionale per External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Gestire i metodi di autenticazione utente per l’autenticazione a più fattori di Microsoft Entra (Microsoft Learn)',
    mfaSupport: `Scrivi a ${LINKS.mfaSupportEmail}`,
  },
};
