import type { CatalogWords } from '../catalog';

const OWN_TENANT_TAKEOVER =
  'Se l’organizzazione con cui usi Teams possiede questo dominio, i suoi Amministratori globali possono acquisire il tenant (un’acquisizione esterna: dimostrano la proprietà del dominio con lo stesso record DNS TXT), a meno che il tenant non abbia piani di servizio che includono SharePoint, OneDrive o Skype for Business.';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'I tuoi amministratori',
  foundSummary: (count: number) =>
    `${count} ${count === 1 ? 'persona' : 'persone'} della tua organizzazione ${count === 1 ? 'può' : 'possono'} aiutarti: prima gli Amministratori globali, poi gli amministratori che possono attivare l’MFA.`,
  none: 'Non ho trovato nessuna persona abilitata in questi ruoli. Chiedi al tuo reparto IT, al team delle operazioni di sicurezza o all’help desk interno.',
  eligible: 'idoneo, deve prima attivare il ruolo',
  more: (n: number) => `altri ${n}`,
  active: 'attivo',
  chat: (name: string) => `Chatta con ${name}`,
  chatMessage: 'Ciao, mi serve aiuto con l’accesso a Volume Licensing (account aziendale per VLSC / MFA per Volume Licensing Central).',
  gaps: 'Non è stato possibile leggere una parte dell’elenco:',
  manualTitle: 'Come trovare il tuo Amministratore globale',
  manualSummary: 'Non posso leggere la directory della tua organizzazione, ma puoi cercarlo tu nell’interfaccia di amministrazione di Microsoft Entra:',
  otherTenant: 'Questo assistente può leggere solo la directory dell’organizzazione che l’ha installato, quindi cercalo tu:',
  permissionTitle: 'Non ho ancora il permesso di leggere l’elenco degli amministratori',
  permission: 'Un amministratore deve ancora consentire a questo assistente di leggere l’elenco degli amministratori. Fino ad allora, cercalo tu:',
  permissionDetail: (permission: string) => `L’app dell’assistente ha bisogno dell’autorizzazione applicazione ${permission} di Microsoft Graph, concessa da un amministratore.`,
  consent: 'Concedi il consenso amministratore',
  failedTitle: 'Non sono riuscito a leggere l’elenco degli amministratori',
  failed: 'In questo momento non riesco a raggiungere Microsoft per leggere l’elenco degli amministratori. Riprova tra un minuto, oppure nel frattempo cercalo tu:',
  failedDetail: (message: string) => `Microsoft Graph non ha risposto correttamente (${message}).`,
  unmanagedTitle: 'Il tenant del tuo account VLSC non ha un amministratore',
  unmanaged: (domain: string) =>
    `${domain} è un tenant non gestito (“virale”): non ha nessun Amministratore globale. Qualcuno della tua organizzazione lo diventa acquisendo il tenant (Opzione 1), oppure passi a un nuovo account aziendale (Opzione 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'Questo è un tenant non gestito (creato con iscrizione self-service): nessuno lo amministra ancora, quindi non c’è un Amministratore globale a cui chiedere. Acquisisci invece il tenant come suo amministratore.',
  button: 'Chi è il mio amministratore?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: OWN_TENANT_TAKEOVER,
    ask: `${OWN_TENANT_TAKEOVER} Chiedi al tuo amministratore o all’help desk.`,
  },
};
