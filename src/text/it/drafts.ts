import type { CatalogWords } from '../catalog';
import { countedIn } from '../grammar';
import { WEB_FORM_ANSWER } from './result';

const counted = countedIn('it');

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Nome del contatto', missing: 'Inserisci il tuo nome.' },
  contactEmail: { label: 'E-mail del contatto (dove risponde il supporto VLSC)', missing: 'Inserisci l’indirizzo e-mail a cui il supporto VLSC deve rispondere.' },
  vlscAddress: { label: 'Indirizzo e-mail usato per accedere a VLSC', missing: 'Inserisci l’indirizzo e-mail con cui accedi a VLSC.' },
};

/** The words that point to a next step, for the chat or the command line (TEXT.drafts.nextStep). */
interface DraftNextStep {
  check: string;
  signUp: string;
  mfa: string;
}

const WORK_OR_SCHOOL = '“Account aziendale o dell’istituto di istruzione” (Work or school account)';

/** The texts to VLSC Support and MFA support address them formally (voi); the notes around them address the person (tu). */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Chiedi la dissociazione',
    'extra-logins': 'Chiedi più accessi al VLSC',
    'mfa-support': 'Scrivi al supporto MFA',
  },
  textHeading: 'Testo da incollare',
  emailHeading: 'E-mail da inviare',
  subject: 'Oggetto',
  editHeading: 'Modifica i dettagli',
  update: 'Aggiorna la bozza',
  review: 'Invia al mio help desk per la revisione',
  openEmail: 'Apri nell’e-mail',
  openWebForm: 'Apri la pagina di contatto del supporto VLSC',
  truncated: 'Il link e-mail contiene un testo accorciato (i programmi di posta rifiutano i link più lunghi): incolla nell’e-mail il testo completo qui sopra.',
  updated: 'Bozza aggiornata: pronta da inviare.',
  fixErrors: 'Alcuni dettagli richiedono attenzione (vedi sotto).',
  checkFirst: 'Prima controllo il tuo account, così posso compilare i dettagli.',
  required: 'Questo campo è obbligatorio.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[da compilare]',
  shortened: '[Accorciato per stare in un link e-mail: incolla invece il testo completo dalla scheda.]',
  detail: (label: string, value: string) => `${label}: ${value}`,
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `Questo non è un indirizzo e-mail valido: ${reason}`,
    domain: 'Questo non è un nome di dominio valido, come contoso.com.',
    tenantId: 'Un ID tenant è un GUID, come 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Inserisci un numero intero, come 0.',
    choice: (titles: string) => `Scegli una di queste opzioni: ${titles}.`,
    tooLong: (max: number) => `Il testo supera i ${max} caratteri: accorcialo.`,
    sameAccount: 'Il nuovo account deve avere un indirizzo diverso da quello che il supporto VLSC dissocia.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `Hai ancora ${counted(count, 'accesso rimanente', 'accessi rimanenti')}: la richiesta di sessioni di accesso extra è per quando VLSC mostra 0 accessi rimanenti e ti serve più tempo. Fino ad allora, scegli Skip nel messaggio di VLSC e accedi con il tuo account attuale.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[lasciato vuoto]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Dominio', missing: 'Inserisci il dominio di quell’indirizzo, come contoso.com.' },
      tenantId: { label: 'ID tenant' },
      verdictFound: { label: 'Risultato del controllo di accesso' },
      request: { label: 'Richiesta', missing: 'Indica cosa chiedi al supporto VLSC.' },
      newAccount: { label: 'Nuovo account aziendale o dell’istituto di istruzione da usare' },
      region: { label: 'Area geografica' },
      tried: { label: 'Cosa ho provato' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Accessi rimanenti indicati da VLSC', missing: 'Inserisci quanti accessi ti restano secondo VLSC.' },
      progress: { label: 'A che punto è l’acquisizione', missing: 'Scegli a che punto è l’acquisizione del tuo tenant.' },
      reason: { label: 'Altri motivi per cui mi serve più tempo' },
      expectedCompletion: { label: 'Completamento previsto' },
    },
    'mfa-support': {
      tenantId: { label: 'ID tenant', missing: 'Inserisci l’ID del tuo tenant Microsoft Entra.' },
      domain: { label: 'Dominio', missing: 'Inserisci il dominio della tua organizzazione, come contoso.com.' },
      tenantType: { label: 'Tipo di tenant' },
      relationship: { label: 'La nostra organizzazione è' },
      method: { label: 'Metodo MFA provato', missing: 'Scegli il modo in cui hai provato ad abilitare l’MFA.' },
      error: { label: 'Errore visualizzato', missing: 'Incolla o descrivi l’errore che hai visto.' },
      globalAdmin: { label: 'Amministratore globale' },
      contactName: { label: 'Nome del contatto', missing: 'Inserisci il tuo nome.' },
      contactEmail: { label: 'E-mail del contatto', missing: 'Inserisci l’indirizzo e-mail a cui il supporto deve rispondere.' },
    },
  },
  choices: {
    region: { 'north-america': 'Canada o Stati Uniti (modulo web N. America MAK ADD)', elsewhere: 'Fuori da Canada e Stati Uniti' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'La mia organizzazione sta acquisendo il tenant non gestito (verifica del dominio con un record DNS TXT)',
      'finding-admin': 'Stiamo ancora cercando nella mia organizzazione qualcuno che possa acquisire il tenant',
    },
    relationship: { partner: 'Un partner Volume Licensing', customer: 'Un cliente Volume Licensing' },
    method: { 'conditional-access': 'Criterio di Accesso condizionale', 'security-defaults': 'Impostazioni predefinite per la sicurezza', 'per-user': 'MFA per utente (legacy)' },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'L’indirizzo è in un tenant Microsoft Entra non gestito (“virale”) senza amministratore',
    'personal-account': 'L’indirizzo è un account Microsoft personale, non un account aziendale o dell’istituto di istruzione',
    'choose-work-account': 'L’indirizzo è sia un account aziendale o dell’istituto di istruzione sia un account Microsoft personale',
    ready: 'L’indirizzo è un account aziendale o dell’istituto di istruzione in un tenant gestito',
    readyFederated: 'L’indirizzo è in un dominio federato, la cui organizzazione accede tramite il proprio provider di identità',
    'no-account': 'Per l’indirizzo non esiste né un account aziendale o dell’istituto di istruzione né un account Microsoft personale',
    'lookup-failed': 'Il controllo non ha ottenuto risposta dal servizio di accesso di Microsoft',
    'invalid-address': 'L’indirizzo non è un indirizzo e-mail valido',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Gli indirizzi del dominio sono in un tenant Microsoft Entra non gestito (“virale”) senza amministratore; Microsoft non ha potuto confermare questo indirizzo preciso',
      'choose-work-account':
        'Un account Microsoft personale usa l’indirizzo, e gli indirizzi del dominio sono account aziendali o dell’istituto di istruzione; Microsoft non ha potuto confermare un account aziendale per questo indirizzo preciso',
      ready: 'Gli indirizzi del dominio sono account aziendali o dell’istituto di istruzione in un tenant gestito; Microsoft non ha potuto confermare questo indirizzo preciso',
      readyFederated:
        'Il dominio è federato (la sua organizzazione accede tramite il proprio provider di identità), quindi Microsoft non ha potuto confermare questo indirizzo preciso',
    },
    personalUnknown: '; non si sa se lo usi un account Microsoft personale',
    tenant: (name: string) => ` (tenant del dominio: ${name})`,
    checked: (finding: string, when: string) => `${finding}. Controllato: ${when}.`,
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'scrivi “controlla il mio account”', signUp: 'scrivi “controlla il mio account” per vedere i passaggi', mfa: 'scrivi “mfa”' },
    cli: {
      check: 'esegui "vlsa diagnose <indirizzo>"',
      signUp: 'esegui "vlsa ask --locale it \'come creo un nuovo account aziendale\'" per vedere i passaggi',
      mfa: 'esegui "vlsa mfa-readiness --user <indirizzo>"',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} è un account Microsoft personale. Le richieste di dissociazione e di accessi extra al supporto VLSC sono per gli account in un tenant non gestito. Per un account personale le indicazioni sono di iniziare a usare il prima possibile un account aziendale o dell’istituto di istruzione: prova con l’ID utente e la password che usi per accedere al lavoro, oppure ${organisation ? `chiedi agli amministratori di ${organisation} un account aziendale in quel tenant` : `creane uno su Sign Up (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft non conosce alcun account per ${address}, quindi il supporto VLSC non ha niente da liberare o estendere: controlla come hai scritto l’indirizzo, prova con l’ID utente e la password che usi per accedere al lavoro, oppure ${organisation ? `chiedi agli amministratori di ${organisation} un account aziendale in quel tenant` : 'crea un account aziendale o dell’istituto di istruzione su Sign Up'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} è il tipo di account che VLSC richiede, quindi non c’è niente da chiedere al supporto VLSC: accedi con questo account. Prossimo passo: verifica di essere pronto per l’MFA (${next.mfa}).`
          : `${address} è in un dominio del tipo che VLSC richiede, anche se Microsoft non ha potuto confermare questo indirizzo preciso, quindi non c’è niente da chiedere al supporto VLSC: accedi con questo indirizzo e, se l’accesso viene rifiutato, controlla come l’hai scritto o chiedi al tuo reparto IT. Prossimo passo: verifica di essere pronto per l’MFA (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} è anche un account aziendale o dell’istituto di istruzione, il tipo che VLSC richiede, quindi non c’è niente da chiedere al supporto VLSC: quando accedi, scegli ${WORK_OR_SCHOOL}. Prossimo passo: verifica di essere pronto per l’MFA (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} è un account Microsoft personale: non ha un tenant dell’organizzazione in cui il supporto MFA possa aiutare ad abilitare l’MFA. Prima passa a un account aziendale o dell’istituto di istruzione: prova con l’ID utente e la password che usi per accedere al lavoro, oppure ${organisation ? `chiedi agli amministratori di ${organisation} un account aziendale in quel tenant` : `creane uno su Sign Up (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft non conosce alcun account per ${address}, anche se ${organisation} ha un tenant Microsoft Entra: controlla come hai scritto l’indirizzo (${next.check} per controllare un altro indirizzo), oppure chiedi ai suoi amministratori il tuo account aziendale in quel tenant.`
          : `Microsoft non conosce alcun account per ${address}, quindi non c’è un tenant in cui il supporto MFA possa aiutare ad abilitare l’MFA: controlla come hai scritto l’indirizzo, oppure ${next.check} per controllare un altro indirizzo.`,
    },
    invalid: (address: string, next: DraftNextStep) => `“${address}” non è un indirizzo e-mail che ho potuto controllare; ${next.check} per controllare quello con cui accedi a VLSC.`,
  },
  signOff: 'Grazie e cordiali saluti,',
  disassociation: {
    title: 'Richiesta di dissociazione al supporto VLSC',
    subject: (address: string) => `Dissociazione del mio account VLSC da ${address}`,
    greeting: 'Gentile supporto VLSC,',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `Vi chiedo di dissociare il mio account VLSC da ${address} e di invitarmi a registrarmi di nuovo.`,
    why: (address: string) =>
      `Devo accedere a VLSC con un altro account aziendale o dell’istituto di istruzione, quindi prima occorre liberare l’account VLSC registrato con ${address}.`,
    newAccount: (account: string) => `Dopo la vostra conferma accederò con il mio nuovo account aziendale o dell’istituto di istruzione, ${account}.`,
    wait: 'Non accederò a VLSC finché non mi avrete confermato che la dissociazione è completata.',
    pasteNorthAmerica: 'Incolla questo testo nel modulo web N. America MAK ADD del supporto VLSC (per Canada e Stati Uniti), collegato dalla pagina Contatti (Contact).',
    paste: 'Incolla questo testo nel modulo web del supporto VLSC, collegato dalla pagina Contatti (Contact). Per Canada e Stati Uniti usa il modulo web N. America MAK ADD.',
    doNotSignIn: 'NON accedere a VLSC finché il supporto VLSC non ha confermato che la dissociazione del tuo account è completata.',
    signUpMeanwhile:
      'Nel frattempo vai su Sign Up e crea un nuovo account aziendale o dell’istituto di istruzione (ad esempio name@yourcompany.onmicrosoft.com) con te stesso come amministratore. Annota l’ID utente.',
    afterwards:
      'Dopo la conferma del supporto VLSC, torna su VLSC, scegli Sign in with a Work or School Account (accedi con un account aziendale o dell’istituto di istruzione) e inserisci il nuovo account. Possono passare fino a 2 giorni lavorativi prima che tu possa accedere con questo account.',
  },
  extraLogins: {
    title: 'Richiesta di sessioni di accesso extra al supporto VLSC',
    subject: (address: string) => `Sessioni di accesso VLSC extra per ${address}`,
    greeting: 'Gentile supporto VLSC,',
    request: (address: string) => `Vi chiedo di aggiungere sessioni di accesso extra al mio account VLSC, a cui accedo con ${address}.`,
    remaining: (count: string) => `VLSC mostra ${counted(count, 'accesso rimanente', 'accessi rimanenti')}, e mi serve più tempo prima di poter accedere con un account aziendale o dell’istituto di istruzione gestito.`,
    paste: 'Incolla questo testo nel modulo web del supporto VLSC, collegato dalla pagina Contatti (Contact).',
    buysTime: 'Gli accessi extra fanno guadagnare tempo: tu, o qualcuno della tua organizzazione, dovete comunque acquisire il tenant o passare a un account aziendale o dell’istituto di istruzione.',
    soFar: (tried: string) => `Finora: ${tried}`,
  },
  mfaSupport: {
    title: 'E-mail al supporto MFA per Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `Impossibile abilitare l’MFA per Volume Licensing Central: ${domain} (tenant ${tenantId})`,
    greeting: 'Buongiorno,',
    relationship: { partner: 'Siamo un partner Volume Licensing.', customer: 'Siamo un cliente Volume Licensing.' },
    problem:
      'Non riusciamo ad abilitare l’autenticazione a più fattori (MFA) per Volume Licensing Central nel nostro tenant Microsoft Entra, come chiedono le indicazioni sull’MFA obbligatoria. Potete aiutarci?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Il nostro dominio ${domain} è in un tenant Microsoft Entra non gestito (“virale”), che non ha un amministratore, quindi nessuno può abilitarvi l’MFA finché il tenant non viene acquisito.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'Abbiamo provato a richiedere l’MFA con un criterio di Accesso condizionale.',
      'security-defaults': 'Abbiamo provato ad abilitare le impostazioni predefinite per la sicurezza.',
      'per-user': 'Abbiamo provato ad applicare l’MFA per utente.',
    },
    send: (mailbox: string) => `Invia questo testo a ${mailbox}, l’indirizzo che le indicazioni per i partner danno per i problemi di abilitazione dell’MFA.`,
    copyIn: (whoCanEnforce: string) => `Metti in copia chi abiliterà l’MFA: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Scrivi al supporto MFA se l’abilitazione dell’MFA non riesce ancora quando il tenant ha un amministratore.`,
  },
} as const;
