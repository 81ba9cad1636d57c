import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';
import { plural } from './plural';
import { countedIn } from '../grammar';

const counted = countedIn('de');

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': 'Nicht verwalteter Mandant, Übernahme nötig',
  'personal-account': 'Persönliches Microsoft-Konto',
  'choose-work-account': 'Geschäftskonto und persönliches Konto',
  ready: 'Geschäftskonto bereit',
  'no-account': 'Kein Konto gefunden',
  'lookup-failed': 'Microsoft nicht erreicht',
  'invalid-address': 'Keine gültige Adresse',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence: "VL-… ist neu", "… als neu wieder geöffnet". */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'neu',
  assigned: 'zugewiesen',
  'waiting-on-requester': 'wartend auf die antragstellende Person',
  resolved: 'gelöst',
  closed: 'geschlossen',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `Es gibt keinen Fall ${id.length > 24 ? `${id.slice(0, 24)}…` : id}, den Sie sehen können.`;

/** "a, b und c". */
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}` : (items[0] ?? ''));

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Eröffnet für ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) =>
    was === found ? `Erneut geprüft: weiterhin ${verdicts[was]}.` : `Erneut geprüft: ${verdicts[found]} (vorher ${verdicts[was]}).`,
  assign: ({ assignee, from }) => (from ? `Neu zugewiesen von ${from} an ${assignee}.` : `Zugewiesen an ${assignee}.`),
  unassign: ({ assignee }) => `Zuweisung an ${assignee} aufgehoben.`,
  resolve: () => 'Gelöst.',
  close: () => 'Geschlossen.',
  reopen: ({ status }) => `Wieder geöffnet als ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Status auf ${statusInSentence[status]} gesetzt.`,
  'set-category': ({ from, to }) => `Kategorie von ${from} in ${to} geändert.`,
  'add-note': ({ cutTo }) => (cutTo ? `Notiz hinzugefügt (gekürzt auf ${cutTo} Zeichen).` : 'Notiz hinzugefügt.'),
  'ask-requester': ({ questionId }) => `Rückfrage an die antragstellende Person (${questionId}).`,
  'requester-answer': ({ questionId }) => `Antwort auf ${questionId} erfasst.`,
  remind: () => 'Den Helpdesk daran erinnert, dass der Fall niemandem zugewiesen ist.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Gelöst durch die erneute Prüfung vom ${utcMinute(checkedAt)}: ${verdicts[verdict]}, Mandant ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Nur der Helpdesk kann ${id} ändern; Sie können die Rückfragen dazu beantworten.`,
  'not-open': ({ id, status }) => `${id} ist ${statusInSentence[status]}: Öffnen Sie den Fall zuerst wieder.`,
  'already-assigned': ({ id, assignee }) => `${id} ist bereits ${assignee} zugewiesen.`,
  'not-assigned': ({ id }) => `${id} ist niemandem zugewiesen.`,
  'already-closed': ({ id }) => `${id} ist bereits geschlossen.`,
  'already-open': ({ id, status }) => `${id} ist bereits offen (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} ist bereits ${statusInSentence[status]}.`,
  'assign-first': ({ id }) => `Weisen Sie ${id} zuerst jemandem zu.`,
  'unassign-instead': ({ id, assignee }) => `${id} ist ${assignee} zugewiesen: Heben Sie stattdessen die Zuweisung auf.`,
  'already-category': ({ id, category }) => `${id} ist bereits in ${category}.`,
  'empty-note': () => 'Eine Notiz braucht etwas Text.',
  'empty-question': () => 'Eine Rückfrage braucht etwas Text.',
  'empty-answer': () => 'Eine Antwort braucht etwas Text.',
  'closed-to-answers': ({ id, status }) => `${id} ist ${statusInSentence[status]} und nimmt daher keine Antworten mehr an.`,
  'no-question': ({ id, questionId }) => `${id} hat keine Rückfrage ${questionId}.`,
  'already-answered': ({ id, questionId }) => `Die Rückfrage ${questionId} zu ${id} ist bereits beantwortet.`,
  'changed-since-shown': ({ id }) => `${id} hat sich geändert, seit Ihre Karte angezeigt wurde; hier ist der aktuelle Stand.`,
  'changed-meanwhile': ({ id }) => `Jemand anderes hat ${id} gleichzeitig geändert; hier ist der aktuelle Stand.`,
  'cannot-reopen': ({ id, openId }) => `${id} kann nicht wieder geöffnet werden: Für dieselbe Person und Adresse ist bereits ${openId} offen.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Meinen Admin / Helpdesk fragen',
  title: (id) => `Fall ${id}`,
  categories: { takeover: 'Mandantenübernahme', 'personal-account': 'Persönliches Konto', mfa: 'MFA', other: 'Sonstiges' },
  statuses: { new: 'Neu', assigned: 'Zugewiesen', 'waiting-on-requester': 'Wartet auf Antragsteller', resolved: 'Gelöst', closed: 'Geschlossen' },
  facts: {
    requester: 'Antragsteller',
    address: 'Adresse',
    verdict: 'Was ich gefunden habe',
    category: 'Kategorie',
    status: 'Status',
    assignee: 'Zugewiesen an',
    created: 'Eröffnet',
    tenant: 'Mandant',
  },
  verdicts,
  unassigned: 'noch niemand',
  notesHeading: 'Notizen',
  questionsHeading: 'Rückfragen an die antragstellende Person',
  noAnswer: '(noch keine Antwort)',
  historyHeading: 'Letzte Änderungen',
  assigneeLabel: 'Zuweisen an',
  earlierNotes: (count) => `${counted(count, 'ältere Notiz wird', 'ältere Notizen werden')} hier nicht angezeigt.`,
  earlierQuestions: (count) => `${counted(count, 'ältere Frage wird', 'ältere Fragen werden')} hier nicht angezeigt.`,
  assigneesShown: (shown, total) => `Zuweisen an (${shown} der ${total} Personen dieses Teams sind aufgeführt; alle anderen können „Mir zuweisen“ wählen)`,
  statusLabel: 'Status',
  noteLabel: 'Notiz',
  questionLabel: 'Rückfrage an die antragstellende Person',
  buttons: {
    assignToMe: 'Mir zuweisen',
    assign: 'Zuweisen',
    status: 'Status setzen',
    write: 'Notiz oder Rückfrage',
    note: 'Notiz hinzufügen',
    ask: 'Antragsteller fragen',
    manage: 'Zuweisen oder Status setzen',
    resolve: 'Lösen',
    reopen: 'Wieder öffnen',
    chat: 'Chat mit dem Antragsteller',
    answer: 'Antwort senden',
  },
  escalated: (id, where) => `Ich habe den Fall ${id} eröffnet und an ${where} gesendet. Sie hören hier von mir, sobald sich jemand darum kümmert.`,
  updated: (id, where) => `Ihr Fall ${id} ist auf dem Stand Ihrer letzten Prüfung; er ging an ${where}.`,
  willRetry: (id) =>
    `Ich habe den Fall ${id} eröffnet, konnte ihn aber gerade nicht zustellen. Ich versuche es automatisch weiter und sage Ihnen hier Bescheid, sobald er angekommen ist; nichts geht verloren.`,
  nobodyYet: (id, category) =>
    `Ich habe den Fall ${id} gespeichert, aber noch kann ihn niemand empfangen: Ihre Organisation hat keinen Helpdesk-Kanal für Fälle der Kategorie ${category}, und keiner Ihrer Admins oder Helpdesk-Admins hat diesen Assistenten installiert. Er wird gesendet, sobald eines davon eintritt, und ich sage Ihnen hier Bescheid. Bis dahin können Sie sich selbst an Ihre Admins wenden:`,
  reachedLater: (id, where) => `Ihr Fall ${id} wurde jetzt an ${where} zugestellt.`,
  where: {
    channel: (name) => (name ? `den Helpdesk im Kanal „${name}“` : 'den Helpdesk'),
    admins: (names) => (names.length === 1 ? `Ihren Admin ${names[0]}` : `Ihre Admins ${listed(names)}`),
    and: ' und an ',
  },
  needsOrganisation:
    'Ich kann einen Fall nur für jemanden eröffnen, der mit einem Geschäftskonto einer Organisation bei Microsoft Teams angemeldet ist. Bitte schreiben Sie mir aus Teams.',
  requesterView: (id, status) => `Fall ${id}: Status „${status}“. Ich sage Ihnen hier Bescheid, wenn sich etwas ändert.`,
  slowDown: (seconds) =>
    `Das sind viele Fallabfragen in kurzer Zeit. Bitte versuchen Sie es in ${seconds} ${plural(seconds, 'Sekunde', 'Sekunden')} noch einmal.`,
  triageWhere:
    'Fallbefehle funktionieren in einem Helpdesk-Kanal, der für diese Fälle eingerichtet ist (sagen Sie dort "use this channel for all cases"), oder für Helpdesk-Admins und die Admins Ihrer Organisation im persönlichen Chat mit mir.',
  checkFirst: 'Lassen Sie mich zuerst Ihr Konto prüfen, damit Ihr Helpdesk sieht, was ich gefunden habe.',
  draftNote: (title) => `Entwurf zur Prüfung: ${title}`,
  notify: (id, what) => `Neuigkeit zu Ihrem Fall ${id}: ${what}`,
  questionTitle: (id) => `Eine Rückfrage zu Ihrem Fall ${id}`,
  answerLabel: 'Ihre Antwort',
  answerThanks: (id) => `Danke: Ihre Antwort wurde dem Fall ${id} hinzugefügt.`,
  audit: (who, what) => `${who}: ${what}`,
  refused: 'Nur der Helpdesk und die Admins Ihrer Organisation können diesen Fall bearbeiten.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Dieser Fall hat sich inzwischen geändert; hier ist der aktuelle Stand.',
  required: {
    note: 'Schreiben Sie zuerst die Notiz.',
    question: 'Schreiben Sie zuerst die Rückfrage.',
    assignee: 'Wählen Sie aus, wem Sie zuweisen.',
    status: 'Wählen Sie einen Status.',
    answer: 'Schreiben Sie zuerst Ihre Antwort.',
  },
  list: {
    heading: (what, n) => `${what}: ${n}`,
    open: 'Offene Fälle',
    unassigned: 'Nicht zugewiesene Fälle',
    mine: 'Ihnen zugewiesene Fälle',
    none: 'Keine.',
    openButton: 'Öffnen',
    assignedTo: (name) => `bei ${name}`,
    more: (n) =>
      `${n} weitere nicht angezeigt (älteste zuerst). Sagen Sie "unassigned" oder "mine" für eine kürzere Liste, oder "export" für alle Fälle.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} Min.`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} Std.` : `${Math.floor(hours / 24)} Tg.`;
  },
  stats: {
    title: 'Fallstatistik',
    total: 'Fälle',
    resolved: 'Mindestens einmal gelöst',
    median: 'Mittlere Zeit bis zur Lösung (Median)',
    notYet: 'noch keiner gelöst',
    byCategory: 'Nach Kategorie',
    byStatus: 'Nach Status',
    byVerdict: 'Nach Befund',
    undelivered: 'Offen, noch nicht zugestellt',
  },
  export: {
    title: 'Fallexport',
    ready: (n) => `Die CSV-Datei mit ${n} ${plural(n, 'Fall', 'Fällen')} ist bereit. Der Link funktioniert einmal, 15 Minuten lang.`,
    button: 'CSV herunterladen',
  },
  channelSet: (categories) => `Dieser Kanal erhält jetzt Fälle der Kategorien ${listed(categories)}.`,
  backlog: (n) => (n ? ` ${n} ${plural(n, 'wartender Fall wird', 'wartende Fälle werden')} jetzt hier gepostet.` : ''),
  channelDenied: 'Nur die Admins Ihrer Organisation und eingerichtete Helpdesk-Admins können den Helpdesk-Kanal wählen.',
  channelUsage: 'Sagen Sie "use this channel for takeover cases" (oder personal-account, mfa, other oder all).',
  reposted: (n) => `Zustellung erneut versucht: ${n} ${plural(n, 'Fall', 'Fälle')}, noch nicht im Kanal oder bei den Personen angekommen.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id, minutes) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? `${minutes} ${plural(minutes, 'Minute', 'Minuten')}` : `${hours} Stunden`;
    return `Erinnerung: Fall ${id} wartet seit ${waited}, ohne dass jemand zugewiesen ist.`;
  },
  channelOnly: 'Dieser Befehl funktioniert in einem Helpdesk-Kanal.',
};
