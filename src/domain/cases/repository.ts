import type { Diagnosis } from '../types';
import type { Case, CaseCategory, CaseRequester, PersonRef } from './case';
import { newCaseId } from './caseId';
import { applyAction, newCase, refreshCase, type CaseAction } from './lifecycle';
import { refusalFor, type Actor } from './authorisation';
import type { CaseStats } from './stats';

/** A save lost the race: `current` is the case as the winner left it. */
export class CaseConflict extends Error {
  constructor(readonly current: Case) {
    super(`${current.id} was changed by someone else (now version ${current.version}).`);
    this.name = 'CaseConflict';
  }
}

/** The store already holds an open case for this requester and address. */
export class OpenCaseExists extends Error {
  constructor(readonly existingId: string) {
    super(`There is already an open case for this person and address: ${existingId}.`);
    this.name = 'OpenCaseExists';
  }
}

/** A new case drew an id the store already holds. */
export class CaseIdTaken extends Error {
  constructor(readonly id: string) {
    super(`The case id ${id} is already taken.`);
    this.name = 'CaseIdTaken';
  }
}

export class CaseNotFound extends Error {
  constructor(readonly id: string) {
    super(`There is no case ${id}.`);
    this.name = 'CaseNotFound';
  }
}

/** Narrows a listing; `categories` is how a help-desk channel sees only what is routed to it. */
export interface CaseFilter {
  tenantId?: string;
  categories?: readonly CaseCategory[];
  limit?: number;
}

/**
 * Where cases live. Implementations (SQLite now, Azure Tables later) pass the contract
 * suite in test/contracts/caseRepository.contract.ts. Timestamps are ISO strings; lists
 * of open cases come oldest first.
 */
export interface CaseRepository {
  /** Stores a new case as version 1. Throws CaseIdTaken, or OpenCaseExists when the requester already has an open case for the address. */
  insert(c: Case): Promise<Case>;
  get(id: string): Promise<Case | undefined>;
  /** Stores `c` if the stored version is still `expectedVersion`, as version + 1. Throws CaseConflict, CaseNotFound or OpenCaseExists (a reopen beside a newer open case). */
  save(c: Case, expectedVersion: number): Promise<Case>;
  /** The open case for this requester and address (compared case-insensitively). */
  findOpen(requesterId: string, address: string): Promise<Case | undefined>;
  listOpen(filter?: CaseFilter): Promise<Case[]>;
  listUnassigned(filter?: CaseFilter): Promise<Case[]>;
  /** Open cases assigned to the person. */
  listAssignedTo(assigneeId: string, filter?: CaseFilter): Promise<Case[]>;
  /** Cases with a pending post due at or before `now`, earliest first. */
  listDuePosts(now: Date, limit?: number): Promise<Case[]>;
  /** Open unassigned cases created at least `olderThanMs` before `now` and not yet reminded about. */
  listToRemind(olderThanMs: number, now: Date): Promise<Case[]>;
  /** Records the reminder (with its history entry) in one step, whatever the version; undefined for an unknown id. */
  markReminded(id: string, at: Date): Promise<Case | undefined>;
  /** The requester's cases, newest first. */
  listByRequester(requesterId: string, limit?: number): Promise<Case[]>;
  stats(filter?: { tenantId?: string }): Promise<CaseStats>;
  /** Every case (of a tenant), oldest first, read a page at a time. */
  all(filter?: { tenantId?: string; pageSize?: number }): AsyncIterable<Case>;
}

export type MutationResult =
  | { ok: true; case: Case }
  | { ok: false; conflict: false; reason: string }
  | { ok: false; conflict: true; current: Case; reason: string };

function refused(reason: string): MutationResult {
  return { ok: false, conflict: false, reason };
}

/**
 * One action by one person: read, authorise, apply, save once. When someone else saved
 * in between, nothing is overwritten: the answer carries the case as it now is.
 */
/**
 * Reads, checks, applies and saves one action. With `expectedVersion` (the version the
 * actor's card showed), a case that changed since is a conflict: the actor gets the
 * current case and nothing is applied on top of what they did not see.
 */
export async function mutateCase(repo: CaseRepository, id: string, actor: Actor, action: CaseAction, now = new Date(), expectedVersion?: number): Promise<MutationResult> {
  const current = await repo.get(id);
  if (!current) return refused(`There is no case ${id}.`);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    return { ok: false, conflict: true, current, reason: `${id} changed since your card was shown; here it is as it is now.` };
  }
  const refusal = refusalFor(actor, current, action);
  if (refusal) return refused(refusal);
  const applied = applyAction(current, action, actor, now);
  if (!applied.ok) return refused(applied.reason);
  try {
    return { ok: true, case: await repo.save(applied.case, current.version) };
  } catch (error) {
    if (error instanceof CaseConflict) {
      return { ok: false, conflict: true, current: error.current, reason: `Someone else changed ${id} at the same time; here it is as it is now.` };
    }
    if (error instanceof OpenCaseExists) {
      return refused(`${id} cannot be reopened: the same person and address already have ${error.existingId} open.`);
    }
    throw error;
  }
}

export interface OpenCaseInput {
  requester: CaseRequester;
  diagnosis: Diagnosis;
  /** Who escalated; the requester when absent. */
  actor?: PersonRef;
  now?: Date;
  /** Draws case ids; tests pass their own to force a collision. */
  newId?: () => string;
}

/** Races lost (to a twin escalation or an id collision) before giving up. */
const MAX_ATTEMPTS = 5;

/**
 * Opens a case for the requester and address, or brings the open one up to date with
 * the new diagnosis. The store's one-open-case rule settles a race between two
 * escalations: the loser finds the winner's case and updates it.
 */
export async function openOrUpdateCase(repo: CaseRepository, input: OpenCaseInput): Promise<{ case: Case; created: boolean }> {
  const { requester, diagnosis, now = new Date(), newId = newCaseId } = input;
  const actor = input.actor ?? { id: requester.aadObjectId, name: requester.name };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const open = await repo.findOpen(requester.aadObjectId, diagnosis.address);
    try {
      if (open) return { case: await repo.save(refreshCase(open, requester, diagnosis, actor, now), open.version), created: false };
      return { case: await repo.insert(newCase({ id: newId(), requester, diagnosis, actor, now })), created: true };
    } catch (error) {
      if (!(error instanceof CaseConflict || error instanceof OpenCaseExists || error instanceof CaseIdTaken)) throw error;
    }
  }
  throw new Error(`Could not open a case for ${diagnosis.address}: ${MAX_ATTEMPTS} attempts lost a race.`);
}
