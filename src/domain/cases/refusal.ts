import type { CaseCategory, CaseStatus } from './case';

/** Why an action on a case was not taken, as a code the catalog words (its cases.refusals). */
export type CaseRefusal =
  /** Missing, or not the actor's to see: the one answer for both. */
  | { code: 'not-found'; id: string }
  | { code: 'requester-only'; id: string }
  | { code: 'not-open'; id: string; status: CaseStatus }
  | { code: 'already-assigned'; id: string; assignee: string }
  | { code: 'not-assigned'; id: string }
  | { code: 'already-closed'; id: string }
  | { code: 'already-open'; id: string; status: CaseStatus }
  | { code: 'already-status'; id: string; status: CaseStatus }
  | { code: 'assign-first'; id: string }
  | { code: 'unassign-instead'; id: string; assignee: string }
  | { code: 'already-category'; id: string; category: CaseCategory }
  | { code: 'empty-note' }
  | { code: 'empty-question' }
  | { code: 'empty-answer' }
  | { code: 'closed-to-answers'; id: string; status: CaseStatus }
  | { code: 'no-question'; id: string; questionId: string }
  | { code: 'already-answered'; id: string; questionId: string }
  /** The actor's card showed an older version. */
  | { code: 'changed-since-shown'; id: string }
  /** Someone else saved the case at the same time. */
  | { code: 'changed-meanwhile'; id: string }
  | { code: 'cannot-reopen'; id: string; openId: string };
