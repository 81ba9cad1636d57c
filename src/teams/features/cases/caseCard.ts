import type { Case, CaseStatus, PersonRef } from '../../../domain/cases/case';
import { CASE_STATUSES, isOpen } from '../../../domain/cases/case';
import { inWords, type Catalog } from '../../../text/catalog';
import { addressForDisplay } from '../../../domain/address';
import type { CaseCardData, CaseQuestionCardData } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';

const HISTORY_LINES = 5;

/**
 * What a case card holds at most, so that one with many long notes, questions or a big team
 * stays well under the bot message limit (Microsoft Learn, "Format your bot messages": 100 KB
 * counted in UTF-16, 80 KB advised, and 40 KB in its earlier editions); the newest are shown.
 */
export const CASE_CARD_LIMITS = { notesChars: 5000, questionsChars: 5000, assignees: 40 } as const;

/** The newest of `items` (oldest first) whose `size` adds up to at most `budget`; the newest one always. */
function newestWithin<T>(items: readonly T[], size: (item: T) => number, budget: number): T[] {
  let used = 0;
  let first = items.length;
  while (first > 0 && (first === items.length || used + size(items[first - 1]) <= budget)) {
    used += size(items[first - 1]);
    first -= 1;
  }
  return items.slice(first);
}

/** The people to offer as assignees: the current one first, then by name, at most CASE_CARD_LIMITS.assignees. */
function assigneeChoices(c: Case, people: readonly PersonRef[]): PersonRef[] {
  const byName = [...people].sort((a, b) => (a.id === c.assignee?.id ? -1 : b.id === c.assignee?.id ? 1 : a.name.localeCompare(b.name)));
  return byName.slice(0, CASE_CARD_LIMITS.assignees);
}

export const STATUS_COLOR: Record<CaseStatus, CaseCardData['statusColor']> = {
  new: 'Accent',
  assigned: 'Default',
  'waiting-on-requester': 'Warning',
  resolved: 'Good',
  closed: 'Default',
};

/** Teams' deep link to chat with the requester (by their sign-in name). */
function chatUrl(c: Case): string {
  const upn = c.requester.upn ?? c.requester.email;
  return upn ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}` : '';
}

/** The case card everyone who handles the case sees: the same card in every place it lives. */
export function caseCardData(words: Catalog, c: Case, assignees: readonly PersonRef[]): CaseCardData {
  const C = words.cases;
  const d = c.diagnosis;
  const questions = newestWithin(c.questions, (q) => q.text.length + (q.answer?.length ?? 0), CASE_CARD_LIMITS.questionsChars);
  const notes = newestWithin(c.notes, (n) => n.text.length, CASE_CARD_LIMITS.notesChars);
  const choices = assigneeChoices(c, assignees);
  return {
    caseId: c.id,
    version: c.version,
    title: `${C.title(c.id)} · ${C.categories[c.category]}`,
    statusLabel: C.statuses[c.status],
    statusColor: STATUS_COLOR[c.status],
    summary: inWords(words.diagnosis.reasons, d.reason),
    facts: [
      { title: C.facts.requester, value: c.requester.upn ? `${c.requester.name} (${c.requester.upn})` : c.requester.name },
      { title: C.facts.address, value: addressForDisplay(c.address) },
      { title: C.facts.verdict, value: C.verdicts[d.verdict] },
      ...(d.tenantId ? [{ title: C.facts.tenant, value: d.tenantName ? `${d.tenantName} (${d.tenantId})` : d.tenantId }] : []),
      { title: C.facts.assignee, value: c.assignee?.name ?? C.unassigned },
      { title: C.facts.created, value: utcMinute(c.createdAt) },
    ],
    questionsHeading: C.questionsHeading,
    questions: questions.map((q) => ({ text: `${q.askedBy.name}: ${q.text}`, answer: q.answer ? `→ ${q.answer}` : C.noAnswer })),
    earlierQuestions: questions.length < c.questions.length ? C.earlierQuestions(c.questions.length - questions.length) : '',
    notesHeading: C.notesHeading,
    notes: notes.map((n) => ({ line: `${n.author.name} (${utcMinute(n.at)}): ${n.text}` })),
    earlierNotes: notes.length < c.notes.length ? C.earlierNotes(c.notes.length - notes.length) : '',
    historyHeading: C.historyHeading,
    history: c.history.slice(-HISTORY_LINES).map((h) => ({ line: `${utcMinute(h.at)} ${h.actor.name}: ${C.historyDetail(h)}` })),
    isOpen: isOpen(c.status),
    assigneeLabel: choices.length < assignees.length ? C.assigneesShown(choices.length, assignees.length) : C.assigneeLabel,
    assignees: choices.map((p) => ({ title: p.name, value: p.id })),
    statusFieldLabel: C.statusLabel,
    statusValue: c.status,
    statuses: CASE_STATUSES.map((status) => ({ title: C.statuses[status], value: status })),
    noteLabel: C.noteLabel,
    questionLabel: C.questionLabel,
    buttons: C.buttons,
    chatUrl: chatUrl(c),
  };
}

/** The card the requester gets for a question, with a box to answer inside the bot. */
export function questionCardData(words: Catalog, c: Case, questionId: string): CaseQuestionCardData {
  const C = words.cases;
  const q = c.questions.find((question) => question.id === questionId);
  return {
    caseId: c.id,
    questionId,
    title: C.questionTitle(c.id),
    askedBy: q?.askedBy.name ?? '',
    question: q?.text ?? '',
    answered: Boolean(q?.answer),
    answer: q?.answer ?? '',
    answerLabel: C.answerLabel,
    answerButton: C.buttons.answer,
    requiredMessage: C.required.answer,
  };
}
