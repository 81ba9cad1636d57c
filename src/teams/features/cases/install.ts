import { TurnContext } from 'botbuilder';
import { scopeOf } from '../../kit/scope';
import { callerOf, isTenantAdmin } from './access';
import { deliverAndTell } from './reach';
import type { CasesDeps } from '.';

/**
 * On install in a personal chat: keep the conversation reference, by tenant and AAD object
 * id, so the bot can later reach this person 1:1 (an admin receiving a case, a requester
 * being notified) without scanning installations. When the person is one of the tenant's
 * admins or a help-desk admin, cases nobody could receive so far go to them now.
 */
export function rememberInstaller(deps: CasesDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const caller = callerOf(context);
    if (scopeOf(context) !== 'personal' || !caller) return;
    await deps.references.save(caller.tenantId, caller.id, TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>);
    if (!deps.config.helpdeskAdmins.includes(caller.id) && !(await isTenantAdmin(deps, caller))) return;
    deps.background.run('send waiting cases to a newly reachable admin', async () => {
      for (const { case: c } of await deps.cases.listUnrouted({ tenantId: caller.tenantId })) await deliverAndTell(deps, c);
    });
  };
}
