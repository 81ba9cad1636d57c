import type { CardLocation, Case, CaseOutbox, PendingPost } from '../domain/cases/case';
import type { Diagnosis } from '../domain/types';

/**
 * Cases and outboxes as both stores keep them: JSON beside the keys and the version
 * (which the stores keep in their own column or property, so the JSON never carries a
 * stale one), and the one way a case stored by the first schema becomes a case and its
 * outbox.
 */

/**
 * The tenant of a case stored before cases had one, when nothing named it: empty, a
 * tenant no actor ever has (maySee refuses an actor without one), so such a case is
 * kept for stats and export by nobody; only the background loop still sees it.
 */
export const NO_TENANT = '';

export function caseJson(c: Case): string {
  const { version: _version, ...body } = c;
  return JSON.stringify(body);
}

export function caseFromJson(json: string, version: number): Case {
  return { ...withReasonData(JSON.parse(json) as Omit<Case, 'version'>), version };
}

/** A case stored before the diagnosis's reason was data holds its sentence: it is kept as recorded. */
function withReasonData<C extends { diagnosis: Diagnosis }>(c: C): C {
  const reason: unknown = c.diagnosis.reason;
  return typeof reason === 'string' ? { ...c, diagnosis: { ...c.diagnosis, reason: { code: 'recorded', text: reason } } } : c;
}

/** What an outbox stores besides its keys and version. */
type OutboxBody = Pick<CaseOutbox, 'cards' | 'pending' | 'updatedAt'>;

export function outboxJson(o: CaseOutbox): string {
  const body: OutboxBody = { cards: o.cards, pending: o.pending, updatedAt: o.updatedAt };
  return JSON.stringify(body);
}

export function outboxFromJson(tenantId: string, caseId: string, json: string, version: number): CaseOutbox {
  return { tenantId, caseId, version, ...(JSON.parse(json) as OutboxBody) };
}

/** The outbox a new case is stored with: version 1, nothing posted, `pending` queued. */
export function firstOutbox(c: Case, pending: readonly PendingPost[]): CaseOutbox {
  return { tenantId: c.tenantId, caseId: c.id, version: 1, cards: [], pending: [...pending], updatedAt: c.updatedAt };
}

/** A case as the first schema stored it: no tenant of its own, its delivery record inside. */
export type LegacyCase = Omit<Case, 'tenantId' | 'version'> & { cards?: CardLocation[]; pendingPosts?: PendingPost[] };

/** The tenant a legacy case moves to: its requester's, when the requester had one. */
export function legacyTenantOf(legacy: LegacyCase): string {
  return legacy.requester.tenantId ?? NO_TENANT;
}

/** A legacy case as a case of `tenantId` (its version kept) and its outbox (version 1, its cards and pending posts). */
export function upgradeLegacyCase(legacy: LegacyCase, version: number, tenantId: string): { case: Case; outbox: CaseOutbox } {
  const { cards = [], pendingPosts = [], ...rest } = withReasonData(legacy);
  const c: Case = { ...rest, tenantId, version };
  return { case: c, outbox: { tenantId, caseId: c.id, version: 1, cards, pending: pendingPosts, updatedAt: c.updatedAt } };
}
