import { TurnContext } from 'botbuilder';
import type { BotServices } from '../services';
import { scopeOf } from '../scope';
import { onMembersAdded } from './welcome';

/**
 * On install: welcome, and in a personal chat keep the conversation reference, indexed
 * by AAD object id, so the bot can later reach this person 1:1 (an admin receiving a
 * case, a requester being notified) without scanning installations.
 */
export function installRoutes(services: BotServices) {
  const remember = async (context: TurnContext) => {
    const id = context.activity.from?.aadObjectId;
    if (scopeOf(context) !== 'personal' || !id) return;
    await services.references.save(id, TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>);
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
