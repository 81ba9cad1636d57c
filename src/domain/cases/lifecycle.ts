import type { Diagnosis } from '../types';
import {
  categoryForVerdict,
  isOpen,
  type Case,
  type CaseCategory,
  type CaseRequester,
  type CaseStatus,
  type HistoryEvent,
  type PersonRef,
  SYSTEM_PERSON,
} from './case';
import type { CaseRefusal } from './refusal';

/**
 * The case lifecycle as a pure state machine: every change is an action applied to a
 * case at a given time by a given person, giving a new case (with its audit entry) or why
 * not, as codes the catalog words. Nothing here reads a clock or a store.
 */

export type CaseAction =
  | { type: 'assign'; assignee: PersonRef }
  | { type: 'unassign' }
  | { type: 'set-status'; status: CaseStatus }
  | { type: 'set-category'; category: CaseCategory }
  | { type: 'add-note'; text: string }
  | { type: 'ask-requester'; text: string }
  | { type: 'requester-answer'; questionId: string; text: string }
  | { type: 'resolve' }
  | { type: 'close' }
  | { type: 'reopen' };

export type CaseActionType = CaseAction['type'];

export type ApplyResult = { ok: true; case: Case } | { ok: false; reason: CaseRefusal };

export const NOTE_MAX_CHARS = 2000;
export const QUESTION_MAX_CHARS = 2000;
export const ANSWER_MAX_CHARS = 2000;

/** Trims and caps text without cutting a character in half; the text is stored, never interpreted. */
export function capText(text: string, max: number): { text: string; truncated: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, truncated: false };
  const end = /[\uD800-\uDBFF]/.test(trimmed[max - 1]) ? max - 1 : max;
  return { text: trimmed.slice(0, end), truncated: true };
}

/** The case with `patch` applied and the change recorded in its history. */
function change(c: Case, actor: PersonRef, now: Date, event: HistoryEvent, patch: Partial<Case>): Case {
  const at = now.toISOString();
  const entry = { at, actor: { id: actor.id, name: actor.name }, ...event };
  return { ...c, ...patch, updatedAt: at, history: [...c.history, entry] };
}

function done(c: Case): ApplyResult {
  return { ok: true, case: c };
}

function refuse(reason: CaseRefusal): ApplyResult {
  return { ok: false, reason };
}

/** Why an action needing an open case cannot run, if it cannot. */
function notOpen(c: Case): CaseRefusal | undefined {
  return isOpen(c.status) ? undefined : { code: 'not-open', id: c.id, status: c.status };
}

/** Where an open case rests when nobody is waited on: with its assignee, or back in the queue. */
function settled(c: Case): CaseStatus {
  return c.assignee ? 'assigned' : 'new';
}

function assign(c: Case, assignee: PersonRef, actor: PersonRef, now: Date): ApplyResult {
  const closed = notOpen(c);
  if (closed) return refuse(closed);
  if (c.assignee?.id === assignee.id) return refuse({ code: 'already-assigned', id: c.id, assignee: assignee.name });
  const status = c.status === 'new' ? 'assigned' : c.status;
  const event: HistoryEvent = c.assignee ? { action: 'assign', assignee: assignee.name, from: c.assignee.name } : { action: 'assign', assignee: assignee.name };
  return done(change(c, actor, now, event, { assignee: { id: assignee.id, name: assignee.name }, status }));
}

function unassign(c: Case, actor: PersonRef, now: Date): ApplyResult {
  const closed = notOpen(c);
  if (closed) return refuse(closed);
  if (!c.assignee) return refuse({ code: 'not-assigned', id: c.id });
  const status = c.status === 'assigned' ? 'new' : c.status;
  return done(change(c, actor, now, { action: 'unassign', assignee: c.assignee.name }, { assignee: undefined, status }));
}

function resolve(c: Case, actor: PersonRef, now: Date): ApplyResult {
  const closed = notOpen(c);
  if (closed) return refuse(closed);
  return done(change(c, actor, now, { action: 'resolve' }, { status: 'resolved', resolvedAt: c.resolvedAt ?? now.toISOString() }));
}

function close(c: Case, actor: PersonRef, now: Date): ApplyResult {
  if (c.status === 'closed') return refuse({ code: 'already-closed', id: c.id });
  return done(change(c, actor, now, { action: 'close' }, { status: 'closed' }));
}

function reopen(c: Case, actor: PersonRef, now: Date): ApplyResult {
  if (isOpen(c.status)) return refuse({ code: 'already-open', id: c.id, status: c.status });
  const status = settled(c);
  // A reopened case waits afresh, so it may be reminded about again.
  return done(change(c, actor, now, { action: 'reopen', status }, { status, remindedAt: undefined }));
}

function setStatus(c: Case, status: CaseStatus, actor: PersonRef, now: Date): ApplyResult {
  if (status === c.status) return refuse({ code: 'already-status', id: c.id, status });
  if (status === 'resolved') return resolve(c, actor, now);
  if (status === 'closed') return close(c, actor, now);
  const closed = notOpen(c);
  if (closed) return refuse(closed);
  if (status === 'assigned' && !c.assignee) return refuse({ code: 'assign-first', id: c.id });
  if (status === 'new' && c.assignee) return refuse({ code: 'unassign-instead', id: c.id, assignee: c.assignee.name });
  return done(change(c, actor, now, { action: 'set-status', status }, { status }));
}

function setCategory(c: Case, category: CaseCategory, actor: PersonRef, now: Date): ApplyResult {
  if (category === c.category) return refuse({ code: 'already-category', id: c.id, category });
  return done(change(c, actor, now, { action: 'set-category', from: c.category, to: category }, {
    category,
    categoryOverridden: true,
  }));
}

function addNote(c: Case, text: string, actor: PersonRef, now: Date): ApplyResult {
  const capped = capText(text, NOTE_MAX_CHARS);
  if (!capped.text) return refuse({ code: 'empty-note' });
  const note = { author: { id: actor.id, name: actor.name }, text: capped.text, at: now.toISOString(), truncated: capped.truncated };
  const event: HistoryEvent = capped.truncated ? { action: 'add-note', cutTo: NOTE_MAX_CHARS } : { action: 'add-note' };
  return done(change(c, actor, now, event, { notes: [...c.notes, note] }));
}

function askRequester(c: Case, text: string, actor: PersonRef, now: Date): ApplyResult {
  const closed = notOpen(c);
  if (closed) return refuse(closed);
  const capped = capText(text, QUESTION_MAX_CHARS);
  if (!capped.text) return refuse({ code: 'empty-question' });
  const id = `Q${c.questions.length + 1}`;
  const question = { id, askedBy: { id: actor.id, name: actor.name }, text: capped.text, askedAt: now.toISOString(), truncated: capped.truncated };
  return done(change(c, actor, now, { action: 'ask-requester', questionId: id }, {
    questions: [...c.questions, question],
    status: 'waiting-on-requester',
  }));
}

function requesterAnswer(c: Case, questionId: string, text: string, actor: PersonRef, now: Date): ApplyResult {
  if (!isOpen(c.status)) return refuse({ code: 'closed-to-answers', id: c.id, status: c.status });
  const question = c.questions.find((q) => q.id === questionId);
  if (!question) return refuse({ code: 'no-question', id: c.id, questionId });
  if (question.answer !== undefined) return refuse({ code: 'already-answered', id: c.id, questionId });
  const capped = capText(text, ANSWER_MAX_CHARS);
  if (!capped.text) return refuse({ code: 'empty-answer' });
  const answered = { ...question, answer: capped.text, answeredAt: now.toISOString(), answerTruncated: capped.truncated };
  const questions = c.questions.map((q) => (q.id === questionId ? answered : q));
  // Still waiting while another question is unanswered.
  const stillWaiting = questions.some((q) => q.answer === undefined);
  const status = c.status === 'waiting-on-requester' && !stillWaiting ? settled(c) : c.status;
  return done(change(c, actor, now, { action: 'requester-answer', questionId }, { questions, status }));
}

export function applyAction(c: Case, action: CaseAction, actor: PersonRef, now: Date): ApplyResult {
  switch (action.type) {
    case 'assign':
      return assign(c, action.assignee, actor, now);
    case 'unassign':
      return unassign(c, actor, now);
    case 'set-status':
      return setStatus(c, action.status, actor, now);
    case 'set-category':
      return setCategory(c, action.category, actor, now);
    case 'add-note':
      return addNote(c, action.text, actor, now);
    case 'ask-requester':
      return askRequester(c, action.text, actor, now);
    case 'requester-answer':
      return requesterAnswer(c, action.questionId, action.text, actor, now);
    case 'resolve':
      return resolve(c, actor, now);
    case 'close':
      return close(c, actor, now);
    case 'reopen':
      return reopen(c, actor, now);
  }
}

export interface NewCaseInput {
  tenantId: string;
  id: string;
  requester: CaseRequester;
  diagnosis: Diagnosis;
  /** Who escalated: usually the requester. */
  actor: PersonRef;
  now: Date;
}

/** A fresh case, not yet stored (version 0; the store gives it version 1). */
export function newCase({ tenantId, id, requester, diagnosis, actor, now }: NewCaseInput): Case {
  const at = now.toISOString();
  return {
    tenantId,
    id,
    version: 0,
    requester,
    address: diagnosis.address,
    diagnosis,
    category: categoryForVerdict(diagnosis.verdict),
    categoryOverridden: false,
    status: 'new',
    notes: [],
    questions: [],
    history: [{ at, actor: { id: actor.id, name: actor.name }, action: 'open', address: diagnosis.address, verdict: diagnosis.verdict }],
    createdAt: at,
    updatedAt: at,
  };
}

/** The open case after the requester escalates the same address again with a newer diagnosis. */
export function refreshCase(c: Case, requester: CaseRequester, diagnosis: Diagnosis, actor: PersonRef, now: Date): Case {
  const merged: CaseRequester = {
    ...c.requester,
    ...requester,
    conversationReference: requester.conversationReference ?? c.requester.conversationReference,
  };
  const category = c.categoryOverridden ? c.category : categoryForVerdict(diagnosis.verdict);
  return change(c, actor, now, { action: 'diagnosis', was: c.diagnosis.verdict, found: diagnosis.verdict }, { requester: merged, diagnosis, category });
}

/** The case once the help desk has been reminded that nobody has taken it. */
export function remindedCase(c: Case, now: Date): Case {
  return change(c, SYSTEM_PERSON, now, { action: 'remind' }, { remindedAt: now.toISOString() });
}

/**
 * The case once a re-check found the account fixed: resolved by the bot, its history naming the
 * check that proved it (when, what it found, in which tenant); undefined when it is not open.
 */
export function fixedByCheck(c: Case, check: Diagnosis, now: Date): Case | undefined {
  if (!isOpen(c.status)) return undefined;
  const event: HistoryEvent = { action: 'fixed-by-check', checkedAt: check.checkedAt, verdict: check.verdict, tenant: check.tenantName && check.tenantId ? `${check.tenantName} (${check.tenantId})` : (check.tenantId ?? '') };
  return change(c, SYSTEM_PERSON, now, event, { status: 'resolved', diagnosis: check, resolvedAt: c.resolvedAt ?? now.toISOString() });
}
