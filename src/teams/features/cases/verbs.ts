import type { Catalog } from '../../../text/catalog';
import type { CardButton } from '../../kit/cards/data';
import type { ExecuteVerb, SubmitVerb } from '../../kit/verbs';

/** The cases' Action.Submit verbs: a person asks for help; a help-card or list button runs a triage command. */
export const CASE_VERBS = {
  escalate: 'vlsa.escalate',
  triage: 'vlsa.triage',
} as const satisfies Record<string, SubmitVerb>;

/** The Action.Execute verbs on case cards (case.json, caseList.json) and question cards (caseQuestion.json). */
export const CASE_ACTION_VERBS = {
  assignToMe: 'case.assignToMe',
  assign: 'case.assign',
  status: 'case.status',
  note: 'case.note',
  ask: 'case.ask',
  resolve: 'case.resolve',
  reopen: 'case.reopen',
  answer: 'case.answer',
} as const satisfies Record<string, ExecuteVerb>;

export type CaseActionVerb = (typeof CASE_ACTION_VERBS)[keyof typeof CASE_ACTION_VERBS];

export function escalateButton(words: Catalog, address?: string): CardButton {
  return { title: words.cases.escalateButton, data: { verb: CASE_VERBS.escalate, ...(address ? { address } : {}) } };
}

/** A button that runs a triage command, as if it were typed. */
export function triageButton(fields: { title: string; description: string }, command: string) {
  return { ...fields, data: { verb: CASE_VERBS.triage, command } };
}
