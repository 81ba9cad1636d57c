import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { WordsFor } from '../catalog';
import { countedIn } from '../grammar';

const counted = countedIn('en');

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': 'Unmanaged tenant, takeover needed',
  'personal-account': 'Personal Microsoft account',
  'choose-work-account': 'Both work and personal account',
  ready: 'Work account ready',
  'no-account': 'No account found',
  'lookup-failed': 'Microsoft not reached',
  'invalid-address': 'Not a valid address',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'new',
  assigned: 'assigned',
  'waiting-on-requester': 'waiting on the requester',
  resolved: 'resolved',
  closed: 'closed',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `There is no case ${id.length > 24 ? `${id.slice(0, 24)}…` : id} that you can see.`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Opened for ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) => (was === found ? `Checked again: still ${verdicts[was]}.` : `Checked again: ${verdicts[found]} (was ${verdicts[was]}).`),
  assign: ({ assignee, from }) => (from ? `Reassigned from ${from} to ${assignee}.` : `Assigned to ${assignee}.`),
  unassign: ({ assignee }) => `Unassigned ${assignee}.`,
  resolve: () => 'Resolved.',
  close: () => 'Closed.',
  reopen: ({ status }) => `Reopened as ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Status set to ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Category changed from ${from} to ${to}.`,
  'add-note': ({ cutTo }) => (cutTo ? `Added a note (cut to ${cutTo} characters).` : 'Added a note.'),
  'ask-requester': ({ questionId }) => `Asked the requester (${questionId}).`,
  'requester-answer': ({ questionId }) => `Answer to ${questionId} recorded.`,
  remind: () => 'Reminded the help desk that the case is unassigned.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Resolved by the re-check of ${utcMinute(checkedAt)}: ${verdicts[verdict]}, tenant ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Only the help desk can change ${id}; you can answer its questions.`,
  'not-open': ({ id, status }) => `${id} is ${statusInSentence[status]}: reopen it first.`,
  'already-assigned': ({ id, assignee }) => `${id} is already assigned to ${assignee}.`,
  'not-assigned': ({ id }) => `${id} is not assigned to anyone.`,
  'already-closed': ({ id }) => `${id} is already closed.`,
  'already-open': ({ id, status }) => `${id} is already open (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} is already ${statusInSentence[status]}.`,
  'assign-first': ({ id }) => `Assign someone to ${id} first.`,
  'unassign-instead': ({ id, assignee }) => `${id} is assigned to ${assignee}: unassign it instead.`,
  'already-category': ({ id, category }) => `${id} is already in ${category}.`,
  'empty-note': () => 'A note needs some text.',
  'empty-question': () => 'A question needs some text.',
  'empty-answer': () => 'An answer needs some text.',
  'closed-to-answers': ({ id, status }) => `${id} is ${statusInSentence[status]}, so it takes no more answers.`,
  'no-question': ({ id, questionId }) => `${id} has no question ${questionId}.`,
  'already-answered': ({ id, questionId }) => `Question ${questionId} on ${id} is already answered.`,
  'changed-since-shown': ({ id }) => `${id} changed since your card was shown; here it is as it is now.`,
  'changed-meanwhile': ({ id }) => `Someone else changed ${id} at the same time; here it is as it is now.`,
  'cannot-reopen': ({ id, openId }) => `${id} cannot be reopened: the same person and address already have ${openId} open.`,
};


/** Help-desk cases: the cards, lists, stats and messages about them (../assemble/cases.ts words a history entry with them). */
export const cases = {
  escalateButton: 'Ask my admin / help desk',
  title: (id: string) => `Case ${id}`,
  categories: { takeover: 'Tenant takeover', 'personal-account': 'Personal account', mfa: 'MFA', other: 'Other' },
  statuses: { new: 'New', assigned: 'Assigned', 'waiting-on-requester': 'Waiting on requester', resolved: 'Resolved', closed: 'Closed' },
  facts: {
    requester: 'Requester',
    address: 'Address',
    verdict: 'What I found',
    category: 'Category',
    status: 'Status',
    assignee: 'Assigned to',
    created: 'Opened',
    tenant: 'Tenant',
  },
  verdicts,
  unassigned: 'nobody yet',
  notesHeading: 'Notes',
  questionsHeading: 'Questions to the requester',
  noAnswer: '(no answer yet)',
  historyHeading: 'Latest changes',
  assigneeLabel: 'Assign to',
  earlierNotes: (count: number) => `${counted(count, 'earlier note is', 'earlier notes are')} not shown here.`,
  earlierQuestions: (count: number) => `${counted(count, 'earlier question is', 'earlier questions are')} not shown here.`,
  assigneesShown: (shown: number, total: number) => `Assign to (${shown} of the ${total} people in this team are listed; anyone else can press “Assign to me”)`,
  statusLabel: 'Status',
  noteLabel: 'Note',
  questionLabel: 'Question for the requester',
  buttons: {
    assignToMe: 'Assign to me',
    assign: 'Assign',
    status: 'Set status',
    write: 'Note or question',
    note: 'Add note',
    ask: 'Ask the requester',
    manage: 'Assign or set status',
    resolve: 'Resolve',
    reopen: 'Reopen',
    chat: 'Chat with the requester',
    answer: 'Send answer',
  },
  escalated: (id: string, where: string) => `I opened case ${id} and sent it to ${where}. You will hear from me here when someone acts on it.`,
  updated: (id: string, where: string) => `Your case ${id} is up to date with your latest check; it is with ${where}.`,
  willRetry: (id: string) => `I opened case ${id}, but could not deliver it just now. I keep trying automatically and will tell you here when it arrives; nothing is lost.`,
  nobodyYet: (id: string, category: string) =>
    `I saved case ${id}, but nobody can receive it yet: your organisation has no help-desk channel for ${category} cases, and none of your admins or help-desk admins has this assistant installed. It is sent as soon as either happens, and I will tell you here. Meanwhile you can contact your admins yourself:`,
  reachedLater: (id: string, where: string) => `Your case ${id} has now reached ${where}.`,
  where: {
    channel: (name: string) => (name ? `the help desk in the “${name}” channel` : 'the help desk'),
    admins: (names: readonly string[]) => (names.length === 1 ? `your admin ${names[0]}` : `your admins ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
    and: ' and to ',
  },
  needsOrganisation: 'I can only open a case for someone signed in to Microsoft Teams with a work account of an organisation. Please write to me from Teams.',
  requesterView: (id: string, status: string) => `Case ${id} is ${status.toLowerCase()}. I will tell you here when something changes.`,
  slowDown: (seconds: number) => `That is a lot of case look-ups in a short time. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  triageWhere: 'Case commands work in a help-desk channel routed for those cases (say "use this channel for all cases" there), or in a personal chat with me for help-desk admins and your organisation’s admins.',
  checkFirst: 'Let me check your account first, so your help desk sees what I found.',
  draftNote: (title: string) => `Draft for review: ${title}`,
  notify: (id: string, what: string) => `Update on your case ${id}: ${what}`,
  questionTitle: (id: string) => `A question about your case ${id}`,
  answerLabel: 'Your answer',
  answerThanks: (id: string) => `Thanks: your answer was added to case ${id}.`,
  audit: (who: string, what: string) => `${who}: ${what}`,
  refused: 'Only the help desk and your organisation’s admins can act on this case.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'This case changed in the meantime; here it is as it is now.',
  required: { note: 'Write the note first.', question: 'Write the question first.', assignee: 'Pick someone to assign.', status: 'Pick a status.', answer: 'Write your answer first.' },
  list: {
    heading: (what: string, n: number) => `${what}: ${n}`,
    open: 'Open cases',
    unassigned: 'Unassigned cases',
    mine: 'Cases assigned to you',
    none: 'None.',
    openButton: 'Open',
    assignedTo: (name: string) => `with ${name}`,
    more: (n: number) =>
      `${n} more not shown (oldest first). Say "unassigned" or "mine" for a shorter list, or "export" for every case.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
  },
  stats: {
    title: 'Case statistics',
    total: 'Cases',
    resolved: 'Resolved at least once',
    median: 'Median time to resolve',
    notYet: 'none resolved yet',
    byCategory: 'By category',
    byStatus: 'By status',
    byVerdict: 'By what I found',
    undelivered: 'Open, not delivered yet',
  },
  export: {
    title: 'Case export',
    ready: (n: number) => `The CSV of ${n} case${n === 1 ? '' : 's'} is ready. The link works once, for 15 minutes.`,
    button: 'Download CSV',
  },
  channelSet: (categories: readonly string[]) => `This channel now receives ${categories.length > 1 ? `${categories.slice(0, -1).join(', ')} and ${categories[categories.length - 1]}` : categories[0]} cases.`,
  backlog: (n: number) => (n ? ` ${n} waiting case${n === 1 ? ' is' : 's are'} being posted here now.` : ''),
  channelDenied: 'Only your organisation’s admins and configured help-desk admins can choose the help-desk channel.',
  channelUsage: 'Say "use this channel for takeover cases" (or personal-account, mfa, other, or all).',
  reposted: (n: number) => `Tried again to post ${n} case${n === 1 ? '' : 's'} that had not reached their channel or people.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id: string, minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${hours} hours`;
    return `Reminder: case ${id} has been waiting for ${waited} without anyone assigned.`;
  },
  channelOnly: 'That command works in a help-desk channel.',
} as const;
