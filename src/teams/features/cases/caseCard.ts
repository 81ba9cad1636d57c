import type { Case, CaseStatus, PersonRef } from '../../../domain/cases/case';
import { CASE_STATUSES, isOpen } from '../../../domain/cases/case';
import { inWords, type Catalog } from '../../../text/catalog';
import { addressForDisplay } from '../../../domain/address';
import type { CaseCardData, CaseQuestionCardData } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';

const HISTORY_LINES = 5;

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
    questions: c.questions.map((q) => ({ text: `${q.askedBy.name}: ${q.text}`, answer: q.answer ? `→ ${q.answer}` : C.noAnswer })),
    notesHeading: C.notesHeading,
    notes: c.notes.map((n) => ({ line: `${n.author.name} (${utcMinute(n.at)}): ${n.text}` })),
    historyHeading: C.historyHeading,
    history: c.history.slice(-HISTORY_LINES).map((h) => ({ line: `${utcMinute(h.at)} ${h.actor.name}: ${C.historyDetail(h)}` })),
    isOpen: isOpen(c.status),
    assigneeLabel: C.assigneeLabel,
    assignees: assignees.map((p) => ({ title: p.name, value: p.id })),
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
