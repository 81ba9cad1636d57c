import { SYSTEM_PERSON, type Case, type PersonRef } from './case';
import type { CaseAction } from './lifecycle';

export type CaseRole = 'helpdesk' | 'admin' | 'requester';

/** Someone acting on a case, with the roles the Teams layer established for them. */
export interface Actor extends PersonRef {
  roles: readonly CaseRole[];
  /** The actor's tenant, when known: nobody acts on another tenant's cases. */
  tenantId?: string;
}

/** The bot's own background work (post retries, reminders) acts with help-desk rights. */
export const SYSTEM_ACTOR: Actor = { ...SYSTEM_PERSON, roles: ['helpdesk'] };

type ActorRights = Pick<Actor, 'id' | 'roles' | 'tenantId'>;

/**
 * Why `actor` may not take `action` on the case, or undefined when they may. Help-desk
 * members and tenant admins may do everything; the requester may only answer questions
 * on their own case; anyone else nothing.
 */
export function refusalFor(actor: ActorRights, c: Case, action: CaseAction): string | undefined {
  const caseTenant = c.requester.tenantId;
  if (actor.tenantId && caseTenant && actor.tenantId !== caseTenant) return `${c.id} belongs to another organisation.`;
  if (actor.roles.includes('helpdesk') || actor.roles.includes('admin')) return undefined;
  const isRequester = actor.roles.includes('requester') && actor.id === c.requester.aadObjectId;
  if (isRequester) {
    return action.type === 'requester-answer' ? undefined : `Only the help desk can change ${c.id}; you can answer its questions.`;
  }
  return `Only the help desk can act on ${c.id}.`;
}

export function canAct(actor: ActorRights, c: Case, action: CaseAction): boolean {
  return refusalFor(actor, c, action) === undefined;
}
