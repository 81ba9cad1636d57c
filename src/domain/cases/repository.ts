import type { Diagnosis } from '../types';
import type { Case, CaseCategory, CaseOutbox, CaseRequester, PendingPost, PersonRef } from './case';
import { newCaseId } from './caseId';
import { applyAction, newCase, refreshCase, type CaseAction } from './lifecycle';
import { maySee, refusalFor, type Actor } from './authorisation';
import type { CaseRefusal } from './refusal';
import type { CaseStats } from './stats';

/** A save lost the race: `current` is the case as the winner left it. */
export class CaseConflict extends Error {
  constructor(readonly current: Case) {
    super(`${current.id} was changed by someone else (now version ${current.version}).`);
    this.name = 'CaseConflict';
  }
}

/** An outbox save lost the race: `current` is the outbox as the winner left it. */
export class OutboxConflict extends Error {
  constructor(readonly current: CaseOutbox) {
    super(`The delivery record of ${current.caseId} was changed meanwhile (now version ${current.version}).`);
    this.name = 'OutboxConflict';
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

/** Narrows a tenant's listing; `categories` is how a help-desk channel sees only what is routed to it. */
export interface CaseFilter {
  categories?: readonly CaseCategory[];
  limit?: number;
}

/**
 * Where cases live, each with its outbox (the delivery record beside it). The tenant is
 * the first key of every read and listing: no method returns a case of a tenant it was
 * not given, except those the bot's own background loop uses across tenants
 * (`listDueOutboxes`, `listToRemind`, and `listUnrouted` without a tenant). A case's id is
 * unique within its tenant. Implementations (SQLite, Azure Tables) pass the contract
 * suite in test/contracts/caseRepository.contract.ts. Timestamps are ISO strings; lists
 * of open cases come oldest first. A case stored before the tenant was a key, whose
 * requester had no tenant, is kept under the empty tenant `''`, which no actor has
 * (authorisation.ts): only the background loop's listings still return it.
 */
export interface CaseRepository {
  /**
   * Stores a new case as version 1 together with its outbox (version 1, holding `pending`,
   * updated at the case's `updatedAt`), in one write. Throws CaseIdTaken, or
   * OpenCaseExists when the requester already has an open case for the address in that tenant.
   */
  insert(c: Case, pending?: readonly PendingPost[]): Promise<{ case: Case; outbox: CaseOutbox }>;
  get(tenantId: string, id: string): Promise<Case | undefined>;
  /** Stores `c` if the stored version is still `expectedVersion`, as version + 1. Throws CaseConflict, CaseNotFound or OpenCaseExists (a reopen beside a newer open case). */
  save(c: Case, expectedVersion: number): Promise<Case>;
  /** The open case for this requester and address in the tenant (addresses compared case-insensitively). */
  findOpen(tenantId: string, requesterId: string, address: string): Promise<Case | undefined>;
  listOpen(tenantId: string, filter?: CaseFilter): Promise<Case[]>;
  listUnassigned(tenantId: string, filter?: CaseFilter): Promise<Case[]>;
  /** Open cases assigned to the person. */
  listAssignedTo(tenantId: string, assigneeId: string, filter?: CaseFilter): Promise<Case[]>;
  /** Open unassigned cases (of every tenant) created at least `olderThanMs` before `now` and not yet reminded about. */
  listToRemind(olderThanMs: number, now: Date): Promise<Case[]>;
  /** Records the reminder (with its history entry) in one step, whatever the version; undefined for an unknown id. */
  markReminded(tenantId: string, id: string, at: Date): Promise<Case | undefined>;
  /** The requester's cases in the tenant, newest first. */
  listByRequester(tenantId: string, requesterId: string, limit?: number): Promise<Case[]>;
  stats(tenantId: string): Promise<CaseStats>;
  /** Every case of a tenant, oldest first, read a page at a time. */
  all(tenantId: string, options?: { pageSize?: number }): AsyncIterable<Case>;

  /** The case's delivery record; undefined when the case does not exist. */
  getOutbox(tenantId: string, caseId: string): Promise<CaseOutbox | undefined>;
  /** Stores the outbox if its stored version is still `expectedVersion`, as version + 1. Throws OutboxConflict or CaseNotFound. Never changes the case. */
  saveOutbox(outbox: CaseOutbox, expectedVersion: number): Promise<CaseOutbox>;
  /**
   * Outboxes (of every tenant) with a pending post due at or before `now`, earliest first,
   * whatever the status of their case (a closed case's cards still show that it is closed).
   */
  listDueOutboxes(now: Date, limit?: number): Promise<CaseOutbox[]>;
  /**
   * Open cases whose outbox has no card and nothing pending (nobody reached, nothing on
   * its way), oldest first: of one tenant, or of every tenant for the background loop.
   */
  listUnrouted(filter?: { tenantId?: string; limit?: number }): Promise<Array<{ case: Case; outbox: CaseOutbox }>>;
}

export type MutationResult =
  | { ok: true; case: Case }
  | { ok: false; conflict: false; reason: CaseRefusal }
  | { ok: false; conflict: true; current: Case; reason: CaseRefusal };

function refused(reason: CaseRefusal): MutationResult {
  return { ok: false, conflict: false, reason };
}

/**
 * Reads, authorises, applies and saves one action by one person. The case is read in the
 * actor's own tenant only, and a case they may not see answers exactly as a missing one.
 * With `expectedVersion` (the version the actor's card showed), a case that changed
 * since is a conflict: the actor gets the current case and nothing is applied on top of
 * what they did not see.
 */
export async function mutateCase(repo: CaseRepository, id: string, actor: Actor, action: CaseAction, now = new Date(), expectedVersion?: number): Promise<MutationResult> {
  const current = await repo.get(actor.tenantId, id);
  if (!current || !maySee(actor, current)) return refused({ code: 'not-found', id });
  const refusal = refusalFor(actor, current, action);
  if (refusal) return refused(refusal);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    return { ok: false, conflict: true, current, reason: { code: 'changed-since-shown', id } };
  }
  const applied = applyAction(current, action, actor, now);
  if (!applied.ok) return refused(applied.reason);
  try {
    return { ok: true, case: await repo.save(applied.case, current.version) };
  } catch (error) {
    if (error instanceof CaseConflict) {
      return { ok: false, conflict: true, current: error.current, reason: { code: 'changed-meanwhile', id } };
    }
    if (error instanceof OpenCaseExists) {
      return refused({ code: 'cannot-reopen', id, openId: error.existingId });
    }
    throw error;
  }
}

export interface OpenCaseInput {
  tenantId: string;
  requester: CaseRequester;
  diagnosis: Diagnosis;
  /** A note the requester sent with the escalation (a draft they reviewed). */
  note?: string;
  now?: Date;
  /** Draws case ids; tests pass their own to force a collision. */
  newId?: () => string;
}

/** Races lost (to a twin escalation or an id collision) before giving up. */
const MAX_ATTEMPTS = 5;

/**
 * Opens a case for the requester and address in their tenant, or brings the open one up
 * to date with the new diagnosis. A new case is stored together with its outbox, so its
 * first posts are queued in the same write. The store's one-open-case rule settles a
 * race between two escalations: the loser finds the winner's case and updates it.
 */
export async function openOrUpdateCase(
  repo: CaseRepository,
  input: OpenCaseInput,
  firstPosts: readonly PendingPost[] = [],
): Promise<{ case: Case; created: boolean }> {
  const { tenantId, requester, diagnosis, note, now = new Date(), newId = newCaseId } = input;
  const actor: PersonRef = { id: requester.aadObjectId, name: requester.name };
  const withNote = (c: Case): Case => {
    if (!note) return c;
    const applied = applyAction(c, { type: 'add-note', text: note }, actor, now);
    return applied.ok ? applied.case : c;
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const open = await repo.findOpen(tenantId, requester.aadObjectId, diagnosis.address);
    try {
      // Asking again with nothing new (same verdict, no note) changes nothing, so no card people hold goes stale.
      if (open && !note && open.diagnosis.verdict === diagnosis.verdict) return { case: open, created: false };
      if (open) return { case: await repo.save(withNote(refreshCase(open, requester, diagnosis, actor, now)), open.version), created: false };
      const inserted = await repo.insert(withNote(newCase({ tenantId, id: newId(), requester, diagnosis, actor, now })), firstPosts);
      return { case: inserted.case, created: true };
    } catch (error) {
      if (!(error instanceof CaseConflict || error instanceof OpenCaseExists || error instanceof CaseIdTaken)) throw error;
    }
  }
  throw new Error(`Could not open a case for ${diagnosis.address}: ${MAX_ATTEMPTS} attempts lost a race.`);
}
