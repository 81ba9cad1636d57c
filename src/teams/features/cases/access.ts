import type { TurnContext } from 'botbuilder';
import type { Actor, CaseRole } from '../../../domain/cases/authorisation';
import { CASE_CATEGORIES, type Case, type CaseCategory } from '../../../domain/cases/case';
import { channelOf, scopeOf, tenantOf } from '../../kit/scope';
import type { CasesDeps } from '.';

/**
 * Who is acting on cases, decided on the server from the activity alone, before any
 * case is read or rendered. Identity is the sender's AAD object id and the tenant of
 * the activity: an activity without either cannot read or change a case.
 */
export interface CaseCaller {
  tenantId: string;
  id: string;
  name: string;
}

export function callerOf(context: TurnContext): CaseCaller | undefined {
  const tenantId = tenantOf(context);
  const id = context.activity.from?.aadObjectId;
  if (!tenantId || !id) return undefined;
  return { tenantId, id, name: context.activity.from.name ?? '' };
}

/**
 * In local anonymous mode (loopback only) with no HELPDESK_ADMINS, everyone is help desk,
 * so the whole flow can be tried in the Agents Playground; once HELPDESK_ADMINS is set the
 * real rules apply there too.
 */
/** What deciding someone's roles needs: HELPDESK_ADMINS, open local mode, and the tenant's admins. */
type RoleDeps = Pick<CasesDeps, 'config' | 'lookupAdmins'>;

function everyoneIsHelpdesk(deps: RoleDeps): boolean {
  return !deps.config.botId && deps.config.helpdeskAdmins.length === 0;
}

function isHelpdeskAdmin(deps: RoleDeps, caller: CaseCaller): boolean {
  return deps.config.helpdeskAdmins.includes(caller.id);
}

/** Whether the caller holds an active admin role in their own tenant (through Graph; false without it). */
export async function isTenantAdmin(deps: RoleDeps, caller: CaseCaller): Promise<boolean> {
  const admins = await deps.lookupAdmins({ tenantId: caller.tenantId });
  return admins.kind === 'found' && admins.tenantId === caller.tenantId && admins.admins.some((a) => a.id === caller.id && a.assignment === 'active');
}

/** The categories of the caller's tenant routed to the channel the activity comes from (none outside a channel). */
async function routedCategoriesHere(context: TurnContext, deps: CasesDeps, caller: CaseCaller): Promise<CaseCategory[]> {
  if (scopeOf(context) !== 'channel') return [];
  return deps.channels.categoriesFor(caller.tenantId, channelOf(context).channelId);
}

/**
 * What the caller may triage from where they are: a channel routed for some of their
 * tenant's categories (those categories), or their 1:1 chat as a help-desk admin or a
 * tenant admin (every category of their tenant). Undefined anywhere else.
 */
export async function triageScopeOf(context: TurnContext, deps: CasesDeps): Promise<{ actor: Actor; categories: CaseCategory[] } | undefined> {
  const caller = callerOf(context);
  if (!caller) return undefined;
  const scope = scopeOf(context);
  const routed = await routedCategoriesHere(context, deps, caller);
  if (routed.length) return { actor: { ...caller, roles: ['helpdesk'] }, categories: routed };
  if (scope === 'personal') {
    if (everyoneIsHelpdesk(deps) || isHelpdeskAdmin(deps, caller)) return { actor: { ...caller, roles: ['helpdesk'] }, categories: [...CASE_CATEGORIES] };
    if (await isTenantAdmin(deps, caller)) return { actor: { ...caller, roles: ['admin'] }, categories: [...CASE_CATEGORIES] };
  }
  return undefined;
}

/** The caller's roles on one case. Tenant mismatches are settled by the domain (authorisation.ts). */
export async function actorOn(context: TurnContext, deps: CasesDeps, caller: CaseCaller, c: Case): Promise<Actor> {
  const roles: CaseRole[] = [];
  if (caller.tenantId === c.tenantId) {
    const routed = await routedCategoriesHere(context, deps, caller);
    // Help-desk admins act from their personal chat or a channel routed for the case, as triage commands do: never from a group chat.
    const personal = scopeOf(context) === 'personal';
    if (routed.includes(c.category) || (personal && (everyoneIsHelpdesk(deps) || isHelpdeskAdmin(deps, caller)))) roles.push('helpdesk');
    else if (personal && (await isTenantAdmin(deps, caller))) roles.push('admin');
    if (caller.id === c.requester.aadObjectId) roles.push('requester');
  }
  return { ...caller, roles };
}

/** Who may route a channel and run a campaign: help-desk admins and the tenant's active admins (anyone in open local mode). */
export async function mayRouteChannels(deps: RoleDeps, caller: CaseCaller): Promise<boolean> {
  return everyoneIsHelpdesk(deps) || isHelpdeskAdmin(deps, caller) || isTenantAdmin(deps, caller);
}
