import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords } from '../catalog';
import type { WordsFor } from '../catalog';

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts: Record<Verdict, string> = {
  'takeover-needed': 'Tenant non gestito, acquisizione necessaria',
  'personal-account': 'Account Microsoft personale',
  'choose-work-account': 'Account sia aziendale sia personale',
  ready: 'Account aziendale pronto',
  'no-account': 'Nessun account trovato',
  'lookup-failed': 'Microsoft non raggiungibile',
  'invalid-address': 'Indirizzo non valido',
};

/** A status in the middle of a sentence (a case, "il caso", is masculine). */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'nuovo',
  assigned: 'assegnato',
  'waiting-on-requester': 'in attesa del richiedente',
  resolved: 'risolto',
  closed: 'chiuso',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `Non esiste alcun caso ${id.length > 24 ? `${id.slice(0, 24)}…` : id} che tu possa vedere.`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Aperto per ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) => (was === found ? `Ricontrollato: ancora ${verdicts[was]}.` : `Ricontrollato: ${verdicts[found]} (prima: ${verdicts[was]}).`),
  assign: ({ assignee, from }) => (from ? `Riassegnato da ${from} a ${assignee}.` : `Assegnato a ${assignee}.`),
  unassign: ({ assignee }) => `Rimossa l’assegnazione a ${assignee}.`,
  resolve: () => 'Risolto.',
  close: () => 'Chiuso.',
  reopen: ({ status }) => `Riaperto come ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Stato impostato su ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Categoria cambiata da ${from} a ${to}.`,
  'add-note': ({ cutTo }) => (cutTo ? `Aggiunta una nota (accorciata a ${cutTo} caratteri).` : 'Aggiunta una nota.'),
  'ask-requester': ({ questionId }) => `Domanda posta al richiedente (${questionId}).`,
  'requester-answer': ({ questionId }) => `Risposta a ${questionId} registrata.`,
  remind: () => 'Ricordato all’help desk che il caso non è assegnato.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Risolto dal nuovo controllo del ${utcMinute(checkedAt)}: ${verdicts[verdict]}, tenant ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Solo l’help desk può modificare ${id}; tu puoi rispondere alle sue domande.`,
  'not-open': ({ id, status }) => `${id} è ${statusInSentence[status]}: prima riaprilo.`,
  'already-assigned': ({ id, assignee }) => `${id} è già assegnato a ${assignee}.`,
  'not-assigned': ({ id }) => `${id} non è assegnato a nessuno.`,
  'already-closed': ({ id }) => `${id} è già chiuso.`,
  'already-open': ({ id, status }) => `${id} è già aperto (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} è già ${statusInSentence[status]}.`,
  'assign-first': ({ id }) => `Prima assegna ${id} a qualcuno.`,
  'unassign-instead': ({ id, assignee }) => `${id} è assegnato a ${assignee}: rimuovi invece l’assegnazione.`,
  'already-category': ({ id, category }) => `${id} è già in ${category}.`,
  'empty-note': () => 'Una nota deve contenere del testo.',
  'empty-question': () => 'Una domanda deve contenere del testo.',
  'empty-answer': () => 'Una risposta deve contenere del testo.',
  'closed-to-answers': ({ id, status }) => `${id} è ${statusInSentence[status]}, quindi non accetta altre risposte.`,
  'no-question': ({ id, questionId }) => `${id} non ha la domanda ${questionId}.`,
  'already-answered': ({ id, questionId }) => `Alla domanda ${questionId} su ${id} è già stata data una risposta.`,
  'changed-since-shown': ({ id }) => `${id} è cambiato da quando ti è stata mostrata la scheda; eccolo com’è ora.`,
  'changed-meanwhile': ({ id }) => `Qualcun altro ha modificato ${id} nello stesso momento; eccolo com’è ora.`,
  'cannot-reopen': ({ id, openId }) => `${id} non può essere riaperto: la stessa persona con lo stesso indirizzo ha già aperto ${openId}.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Chiedi al mio admin / help desk',
  title: (id: string) => `Caso ${id}`,
  categories: { takeover: 'Acquisizione del tenant', 'personal-account': 'Account personale', mfa: 'MFA', other: 'Altro' },
  statuses: { new: 'Nuovo', assigned: 'Assegnato', 'waiting-on-requester': 'In attesa del richiedente', resolved: 'Risolto', closed: 'Chiuso' },
  facts: {
    requester: 'Richiedente',
    address: 'Indirizzo',
    verdict: 'Cosa ho trovato',
    category: 'Categoria',
    status: 'Stato',
    assignee: 'Assegnato a',
    created: 'Aperto',
    tenant: 'Tenant',
  },
  verdicts,
  unassigned: 'ancora nessuno',
  notesHeading: 'Note',
  questionsHeading: 'Domande al richiedente',
  noAnswer: '(ancora nessuna risposta)',
  historyHeading: 'Ultime modifiche',
  assigneeLabel: 'Assegna a',
  earlierNotes: (count: number) => (count === 1 ? '1 nota precedente non è mostrata qui.' : `${count} note precedenti non sono mostrate qui.`),
  earlierQuestions: (count: number) => (count === 1 ? '1 domanda precedente non è mostrata qui.' : `${count} domande precedenti non sono mostrate qui.`),
  assigneesShown: (shown: number, total: number) => `Assegna a (sono elencate ${shown} delle ${total} persone di questo team; chiunque altro può premere “Assegna a me”)`,
  statusLabel: 'Stato',
  noteLabel: 'Nota',
  questionLabel: 'Domanda per il richiedente',
  buttons: {
    assignToMe: 'Assegna a me',
    assign: 'Assegna',
    status: 'Imposta lo stato',
    write: 'Nota o domanda',
    note: 'Aggiungi nota',
    ask: 'Chiedi al richiedente',
    manage: 'Assegna o imposta lo stato',
    resolve: 'Risolvi',
    reopen: 'Riapri',
    chat: 'Chatta con il richiedente',
    answer: 'Invia la risposta',
  },
  // `where` carries its own preposition ("all’help desk", "al tuo amministratore"): Italian joins "a" and the article.
  escalated: (id: string, where: string) => `Ho aperto il caso ${id} e l’ho inviato ${where}. Ti scriverò qui quando qualcuno se ne occuperà.`,
  updated: (id: string, where: string) => `Il tuo caso ${id} è aggiornato con il tuo ultimo controllo; è affidato ${where}.`,
  willRetry: (id: string) =>
    `Ho aperto il caso ${id}, ma per ora non sono riuscito a consegnarlo. Continuo a riprovare automaticamente e ti avviserò qui quando arriva; non si perde nulla.`,
  nobodyYet: (id: string, category: string) =>
    `Ho salvato il caso ${id}, ma per ora nessuno può riceverlo: la tua organizzazione non ha un canale di help desk per i casi “${category}”, e nessuno dei tuoi amministratori o degli amministratori dell’help desk ha installato questo assistente. Verrà inviato appena succede una delle due cose, e te lo dirò qui. Nel frattempo puoi contattare tu i tuoi amministratori:`,
  reachedLater: (id: string, where: string) => `Il tuo caso ${id} è ora arrivato ${where}.`,
  where: {
    channel: (name: string) => (name ? `all’help desk nel canale “${name}”` : 'all’help desk'),
    admins: (names: readonly string[]) =>
      names.length === 1 ? `al tuo amministratore ${names[0]}` : `ai tuoi amministratori ${names.slice(0, -1).join(', ')} e ${names[names.length - 1]}`,
    and: ' e ',
  },
  needsOrganisation:
    'Posso aprire un caso solo per chi ha eseguito l’accesso a Microsoft Teams con un account aziendale di un’organizzazione. Scrivimi da Teams.',
  requesterView: (id: string, status: string) => `Il caso ${id} è ${status.toLowerCase()}. Ti avviserò qui quando cambia qualcosa.`,
  slowDown: (seconds: number) => `Sono molte ricerche di casi in poco tempo. Riprova tra ${seconds} ${seconds === 1 ? 'secondo' : 'secondi'}.`,
  triageWhere:
    'I comandi dei casi funzionano in un canale di help desk a cui sono indirizzati quei casi (scrivi lì "use this channel for all cases"), oppure in una chat personale con me, per gli amministratori dell’help desk e gli amministratori della tua organizzazione.',
  checkFirst: 'Prima controllo il tuo account, così il tuo help desk vede cosa ho trovato.',
  draftNote: (title: string) => `Bozza da rivedere: ${title}`,
  notify: (id: string, what: string) => `Aggiornamento sul tuo caso ${id}: ${what}`,
  questionTitle: (id: string) => `Una domanda sul tuo caso ${id}`,
  answerLabel: 'La tua risposta',
  answerThanks: (id: string) => `Grazie: la tua risposta è stata aggiunta al caso ${id}.`,
  audit: (who: string, what: string) => `${who}: ${what}`,
  refused: 'Solo l’help desk e gli amministratori della tua organizzazione possono intervenire su questo caso.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Nel frattempo questo caso è cambiato; eccolo com’è ora.',
  required: {
    note: 'Scrivi prima la nota.',
    question: 'Scrivi prima la domanda.',
    assignee: 'Scegli a chi assegnarlo.',
    status: 'Scegli uno stato.',
    answer: 'Scrivi prima la tua risposta.',
  },
  list: {
    heading: (what: string, n: number) => `${what}: ${n}`,
    open: 'Casi aperti',
    unassigned: 'Casi non assegnati',
    mine: 'Casi assegnati a te',
    none: 'Nessuno.',
    openButton: 'Apri',
    assignedTo: (name: string) => `in carico a ${name}`,
    more: (n: number) =>
      `Altri ${n} non mostrati (dal più vecchio). Scrivi "unassigned" o "mine" per un elenco più breve, oppure "export" per tutti i casi.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} g`;
  },
  stats: {
    title: 'Statistiche dei casi',
    total: 'Casi',
    resolved: 'Risolti almeno una volta',
    median: 'Tempo mediano di risoluzione',
    notYet: 'nessuno ancora risolto',
    byCategory: 'Per categoria',
    byStatus: 'Per stato',
    byVerdict: 'Per cosa ho trovato',
    undelivered: 'Aperti, non ancora consegnati',
  },
  export: {
    title: 'Esportazione dei casi',
    ready: (n: number) => `Il CSV di ${n} ${n === 1 ? 'caso' : 'casi'} è pronto. Il link funziona una sola volta, per 15 minuti.`,
    button: 'Scarica il CSV',
  },
  channelSet: (categories: readonly string[]) =>
    `Da ora questo canale riceve i casi: ${categories.length > 1 ? `${categories.slice(0, -1).join(', ')} e ${categories[categories.length - 1]}` : categories[0]}.`,
  backlog: (n: number) => (n ? ` ${n} ${n === 1 ? 'caso in attesa viene pubblicato' : 'casi in attesa vengono pubblicati'} qui ora.` : ''),
  channelDenied: 'Solo gli amministratori della tua organizzazione e gli amministratori dell’help desk configurati possono scegliere il canale dell’help desk.',
  channelUsage: 'Scrivi "use this channel for takeover cases" (oppure personal-account, mfa, other o all).',
  reposted: (n: number) =>
    n === 1
      ? `Ho riprovato a pubblicare ${n} caso che non aveva raggiunto il suo canale o le sue persone.`
      : `Ho riprovato a pubblicare ${n} casi che non avevano raggiunto il loro canale o le loro persone.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id: string, minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? `${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}` : `${hours} ore`;
    return `Promemoria: il caso ${id} è in attesa da ${waited} senza nessuno assegnato.`;
  },
  channelOnly: 'Questo comando funziona in un canale di help desk.',
};
