import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';
import { plural } from './plural';
import { countedIn } from '../grammar';

const counted = countedIn('nl');

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': 'Niet-beheerde tenant, overname nodig',
  'personal-account': 'Persoonlijk Microsoft-account',
  'choose-work-account': 'Zowel werk- als persoonlijk account',
  ready: 'Werkaccount klaar',
  'no-account': 'Geen account gevonden',
  'lookup-failed': 'Microsoft niet bereikt',
  'invalid-address': 'Geen geldig adres',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence: "VL-… is nieuw", "heropend als nieuw". */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'nieuw',
  assigned: 'toegewezen',
  'waiting-on-requester': 'wachtend op de aanvrager',
  resolved: 'opgelost',
  closed: 'gesloten',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `Er is geen case ${id.length > 24 ? `${id.slice(0, 24)}…` : id} die u kunt zien.`;

/** "a, b en c". */
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}` : (items[0] ?? ''));

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Geopend voor ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) =>
    was === found ? `Opnieuw gecontroleerd: nog steeds ${verdicts[was]}.` : `Opnieuw gecontroleerd: ${verdicts[found]} (was ${verdicts[was]}).`,
  assign: ({ assignee, from }) => (from ? `Opnieuw toegewezen van ${from} aan ${assignee}.` : `Toegewezen aan ${assignee}.`),
  unassign: ({ assignee }) => `Toewijzing aan ${assignee} ongedaan gemaakt.`,
  resolve: () => 'Opgelost.',
  close: () => 'Gesloten.',
  reopen: ({ status }) => `Heropend als ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Status ingesteld op ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Categorie gewijzigd van ${from} in ${to}.`,
  'add-note': ({ cutTo }) => (cutTo ? `Notitie toegevoegd (ingekort tot ${cutTo} tekens).` : 'Notitie toegevoegd.'),
  'ask-requester': ({ questionId }) => `Vraag gesteld aan de aanvrager (${questionId}).`,
  'requester-answer': ({ questionId }) => `Antwoord op ${questionId} vastgelegd.`,
  remind: () => 'De helpdesk eraan herinnerd dat de case niet is toegewezen.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Opgelost door de nieuwe controle van ${utcMinute(checkedAt)}: ${verdicts[verdict]}, tenant ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Alleen de helpdesk kan ${id} wijzigen; u kunt de vragen erover beantwoorden.`,
  'not-open': ({ id, status }) => `${id} is ${statusInSentence[status]}: heropen de case eerst.`,
  'already-assigned': ({ id, assignee }) => `${id} is al toegewezen aan ${assignee}.`,
  'not-assigned': ({ id }) => `${id} is aan niemand toegewezen.`,
  'already-closed': ({ id }) => `${id} is al gesloten.`,
  'already-open': ({ id, status }) => `${id} is al open (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} is al ${statusInSentence[status]}.`,
  'assign-first': ({ id }) => `Wijs ${id} eerst aan iemand toe.`,
  'unassign-instead': ({ id, assignee }) => `${id} is toegewezen aan ${assignee}: maak de toewijzing in plaats daarvan ongedaan.`,
  'already-category': ({ id, category }) => `${id} staat al in ${category}.`,
  'empty-note': () => 'Een notitie heeft wat tekst nodig.',
  'empty-question': () => 'Een vraag heeft wat tekst nodig.',
  'empty-answer': () => 'Een antwoord heeft wat tekst nodig.',
  'closed-to-answers': ({ id, status }) => `${id} is ${statusInSentence[status]}, dus er kunnen geen antwoorden meer bij.`,
  'no-question': ({ id, questionId }) => `${id} heeft geen vraag ${questionId}.`,
  'already-answered': ({ id, questionId }) => `Vraag ${questionId} bij ${id} is al beantwoord.`,
  'changed-since-shown': ({ id }) => `${id} is gewijzigd sinds uw kaart werd getoond; hier is de huidige stand.`,
  'changed-meanwhile': ({ id }) => `Iemand anders heeft ${id} tegelijkertijd gewijzigd; hier is de huidige stand.`,
  'cannot-reopen': ({ id, openId }) => `${id} kan niet worden heropend: dezelfde persoon en hetzelfde adres hebben al ${openId} open.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Beheerder / helpdesk vragen',
  title: (id) => `Case ${id}`,
  categories: { takeover: 'Tenantovername', 'personal-account': 'Persoonlijk account', mfa: 'MFA', other: 'Overig' },
  statuses: { new: 'Nieuw', assigned: 'Toegewezen', 'waiting-on-requester': 'Wacht op aanvrager', resolved: 'Opgelost', closed: 'Gesloten' },
  facts: {
    requester: 'Aanvrager',
    address: 'Adres',
    verdict: 'Wat ik vond',
    category: 'Categorie',
    status: 'Status',
    assignee: 'Toegewezen aan',
    created: 'Geopend',
    tenant: 'Tenant',
  },
  verdicts,
  unassigned: 'nog niemand',
  notesHeading: 'Notities',
  questionsHeading: 'Vragen aan de aanvrager',
  noAnswer: '(nog geen antwoord)',
  historyHeading: 'Laatste wijzigingen',
  assigneeLabel: 'Toewijzen aan',
  earlierNotes: (count) => `${counted(count, 'eerdere notitie wordt', 'eerdere notities worden')} hier niet getoond.`,
  earlierQuestions: (count) => `${counted(count, 'eerdere vraag wordt', 'eerdere vragen worden')} hier niet getoond.`,
  assigneesShown: (shown, total) => `Toewijzen aan (${shown} van de ${total} personen in dit team staan in de lijst; ieder ander kan op “Aan mij toewijzen” drukken)`,
  statusLabel: 'Status',
  noteLabel: 'Notitie',
  questionLabel: 'Vraag voor de aanvrager',
  buttons: {
    assignToMe: 'Aan mij toewijzen',
    assign: 'Toewijzen',
    status: 'Status instellen',
    write: 'Notitie of vraag',
    note: 'Notitie toevoegen',
    ask: 'De aanvrager vragen',
    manage: 'Toewijzen of status instellen',
    resolve: 'Oplossen',
    reopen: 'Heropenen',
    chat: 'Chatten met de aanvrager',
    answer: 'Antwoord verzenden',
  },
  escalated: (id, where) => `Ik heb case ${id} geopend en naar ${where} gestuurd. U hoort hier van mij zodra iemand ermee aan de slag gaat.`,
  updated: (id, where) => `Uw case ${id} is bijgewerkt met uw laatste controle; hij ligt bij ${where}.`,
  willRetry: (id) =>
    `Ik heb case ${id} geopend, maar kon hem net niet afleveren. Ik blijf het automatisch proberen en laat het u hier weten zodra hij is aangekomen; er gaat niets verloren.`,
  nobodyYet: (id, category) =>
    `Ik heb case ${id} opgeslagen, maar nog niemand kan hem ontvangen: uw organisatie heeft geen helpdeskkanaal voor cases van het type ${category}, en geen van uw beheerders of helpdeskbeheerders heeft deze assistent geïnstalleerd. Hij wordt verzonden zodra een van beide gebeurt, en ik laat het u hier weten. Intussen kunt u zelf contact opnemen met uw beheerders:`,
  reachedLater: (id, where) => `Uw case ${id} is nu aangekomen bij ${where}.`,
  where: {
    channel: (name) => (name ? `de helpdesk in het kanaal “${name}”` : 'de helpdesk'),
    admins: (names) => (names.length === 1 ? `uw beheerder ${names[0]}` : `uw beheerders ${listed(names)}`),
    and: ' en ',
  },
  needsOrganisation:
    'Ik kan alleen een case openen voor iemand die bij Microsoft Teams is aangemeld met een werkaccount van een organisatie. Schrijf me vanuit Teams.',
  requesterView: (id, status) => `Case ${id} heeft de status “${status}”. Ik laat het u hier weten als er iets verandert.`,
  slowDown: (seconds) => `Dat zijn veel case-opzoekingen in korte tijd. Probeer het over ${seconds} ${plural(seconds, 'seconde', 'seconden')} opnieuw.`,
  triageWhere:
    'Casecommando\'s werken in een helpdeskkanaal dat voor die cases is ingesteld (zeg daar "use this channel for all cases"), of in een persoonlijke chat met mij voor helpdeskbeheerders en de beheerders van uw organisatie.',
  checkFirst: 'Laat me eerst uw account controleren, zodat uw helpdesk ziet wat ik heb gevonden.',
  draftNote: (title) => `Concept ter controle: ${title}`,
  notify: (id, what) => `Update over uw case ${id}: ${what}`,
  questionTitle: (id) => `Een vraag over uw case ${id}`,
  answerLabel: 'Uw antwoord',
  answerThanks: (id) => `Bedankt: uw antwoord is toegevoegd aan case ${id}.`,
  audit: (who, what) => `${who}: ${what}`,
  refused: 'Alleen de helpdesk en de beheerders van uw organisatie kunnen iets met deze case doen.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Deze case is intussen gewijzigd; hier is de huidige stand.',
  required: {
    note: 'Schrijf eerst de notitie.',
    question: 'Schrijf eerst de vraag.',
    assignee: 'Kies iemand om aan toe te wijzen.',
    status: 'Kies een status.',
    answer: 'Schrijf eerst uw antwoord.',
  },
  list: {
    heading: (what, n) => `${what}: ${n}`,
    open: 'Open cases',
    unassigned: 'Niet-toegewezen cases',
    mine: 'Cases die aan u zijn toegewezen',
    none: 'Geen.',
    openButton: 'Openen',
    assignedTo: (name) => `bij ${name}`,
    more: (n) => `Nog ${n} niet weergegeven (oudste eerst). Zeg "unassigned" of "mine" voor een kortere lijst, of "export" voor alle cases.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} u` : `${Math.floor(hours / 24)} d`;
  },
  stats: {
    title: 'Casestatistieken',
    total: 'Cases',
    resolved: 'Minstens één keer opgelost',
    median: 'Mediane tijd tot oplossing',
    notYet: 'nog geen opgelost',
    byCategory: 'Per categorie',
    byStatus: 'Per status',
    byVerdict: 'Per bevinding',
    undelivered: 'Open, nog niet afgeleverd',
  },
  export: {
    title: 'Case-export',
    ready: (n) => `Het CSV-bestand met ${n} ${plural(n, 'case', 'cases')} staat klaar. De link werkt één keer, 15 minuten lang.`,
    button: 'CSV downloaden',
  },
  channelSet: (categories) => `Dit kanaal ontvangt nu cases van het type ${listed(categories)}.`,
  backlog: (n) => (n ? ` ${n} ${plural(n, 'wachtende case wordt', 'wachtende cases worden')} nu hier geplaatst.` : ''),
  channelDenied: 'Alleen de beheerders van uw organisatie en ingestelde helpdeskbeheerders kunnen het helpdeskkanaal kiezen.',
  channelUsage: 'Zeg "use this channel for takeover cases" (of personal-account, mfa, other of all).',
  reposted: (n) =>
    `Opnieuw geprobeerd ${n} ${plural(n, 'case', 'cases')} te plaatsen die nog niet bij het kanaal of de mensen ${plural(n, 'was', 'waren')} aangekomen.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id, minutes) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? `${minutes} ${plural(minutes, 'minuut', 'minuten')}` : `${hours} uur`;
    return `Herinnering: case ${id} wacht al ${waited} zonder dat iemand is toegewezen.`;
  },
  channelOnly: 'Dat commando werkt in een helpdeskkanaal.',
};
