import { TurnContext } from 'botbuilder';
import type { BotServices } from '../../services';
import { scopeOf } from '../../kit/scope';
import { callerOf, isTenantAdmin } from '../cases/access';
import { deliverAndTell } from '../cases/reach';
import { onMembersAdded } from './welcome';

/**
 * On install: welcome, and in a personal chat keep the conversation reference, by tenant
 * and AAD object id, so the bot can later reach this person 1:1 (an admin receiving a
 * case, a requester being notified) without scanning installations. When the person is
 * one of the tenant's admins or a help-desk admin, cases nobody could receive so far go to them now.
 */
export function installRoutes(services: BotServices) {
  const remember = async (context: TurnContext) => {
    const caller = callerOf(context);
    if (scopeOf(context) !== 'personal' || !caller) return;
    await services.references.save(caller.tenantId, caller.id, TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>);
    if (!services.config.helpdeskAdmins.includes(caller.id) && !(await isTenantAdmin(services, caller))) return;
    services.background.run('send waiting cases to a newly reachable admin', async () => {
      for (const { case: c } of await services.cases.listUnrouted({ tenantId: caller.tenantId })) await deliverAndTell(services, c);
    });
  };
  return {
    onMembersAdded: async (context: TurnContext) => {
      await remember(context);
      await onMembersAdded(context);
    },
    onInstallationUpdate: async (context: TurnContext) => {
      if ((context.activity as { action?: string }).action?.startsWith('add')) await remember(context);
    },
  };
}
