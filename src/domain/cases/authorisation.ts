import type { Case, PersonRef } from './case';
import type { CaseAction } from './lifecycle';
import type { CaseRefusal } from './refusal';

/**
 * Who may do what with a case. The Teams layer establishes an actor's roles from where
 * they act (a routed help-desk channel, their 1:1 chat as a tenant admin, their own case)
 * and always in the tenant of the activity; these rules then decide, before anything is
 * rendered:
 *
 * | role      | may                                           |
 * |-----------|-----------------------------------------------|
 * | helpdesk  | everything on their tenant's cases but answer |
 * | admin     | everything on their tenant's cases but answer |
 * | requester | see their own case, answer its questions      |
 * | anyone    | nothing: the answer a missing case gets       |
 */
export type CaseRole = 'helpdesk' | 'admin' | 'requester';

/** Someone acting on a case: always of a known tenant, with the roles the Teams layer established. */
export interface Actor extends PersonRef {
  tenantId: string;
  roles: readonly CaseRole[];
}

type ActorRights = Pick<Actor, 'id' | 'roles' | 'tenantId'>;

/** Whether the actor triages their tenant's cases (help desk or tenant admin). */
export function triages(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('helpdesk') || actor.roles.includes('admin');
}

function isRequesterOf(actor: ActorRights, c: Case): boolean {
  return actor.roles.includes('requester') && actor.id === c.requester.aadObjectId;
}

/** Whether the actor may see the case at all: otherwise it is, for them, a case that does not exist. */
export function maySee(actor: ActorRights, c: Case): boolean {
  if (!actor.tenantId || actor.tenantId !== c.tenantId) return false;
  return triages(actor) || isRequesterOf(actor, c);
}

/**
 * Why `actor` may not take `action` on a case they may see, or undefined when they may:
 * the requester may only answer questions on their own case, and only the requester may answer them.
 */
export function refusalFor(actor: ActorRights, c: Case, action: CaseAction): CaseRefusal | undefined {
  if (!maySee(actor, c)) return { code: 'not-found', id: c.id };
  // An answer is the requester's own words: the help desk asks, it never answers for them (their question card is only ever sent to the requester).
  if (action.type === 'requester-answer') return isRequesterOf(actor, c) ? undefined : { code: 'not-found', id: c.id };
  return triages(actor) ? undefined : { code: 'requester-only', id: c.id };
}
