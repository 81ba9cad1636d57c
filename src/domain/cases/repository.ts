import type { Diagnosis } from '../types';
import { CaseConflict, CaseIdTaken, OpenCaseExists, type CaseRepository } from '../stores/ports';
import type { Case, CaseRequester, PendingPost, PersonRef } from './case';
import { newCaseId } from './caseId';
import { applyAction, newCase, refreshCase, type CaseAction } from './lifecycle';
import { maySee, refusalFor, type Actor } from './authorisation';
import type { CaseRefusal } from './refusal';

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
