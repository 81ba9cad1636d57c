import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../log';
import { TEXT } from '../text/en';
import type { AppTurnState } from './state';
import { tenantOf } from './scope';
import { sendHelpCard } from './routes/help';
import { onMembersAdded } from './routes/welcome';

export interface AppDeps {
  config: Config;
  log: Logger;
  adapter: TeamsAdapter;
  storage: Storage;
}

const HELP = /^\s*(help|menu|\?|what can you do\??)\s*[.!]*\s*$/i;

/**
 * The Teams surface: one route per concern, registered in the order teams-ai tries them
 * (first match wins; the catch-all message route last).
 */
export function createApp({ config, log, adapter, storage }: AppDeps): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    adapter,
    botAppId: config.botId,
    storage,
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  app.turn('beforeTurn', async (context, state) => {
    const tenant = tenantOf(context);
    if (config.allowedTenants.length > 0 && (!tenant || !config.allowedTenants.includes(tenant))) {
      log.warn({ tenant, type: context.activity.type }, 'activity from a tenant not in ALLOWED_TENANTS refused');
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(TEXT.errors.refusedTenant);
      return false;
    }
    state.conversation.turnCount = (state.conversation.turnCount ?? 0) + 1;
    return true;
  });

  app.conversationUpdate('membersAdded', onMembersAdded);
  app.message(HELP, (context) => sendHelpCard(context));
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(TEXT.errors.didNotUnderstand);
  });

  app.error(async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    log.error(
      { err: error, correlationId, conversation: context.activity.conversation?.id, type: context.activity.type },
      'turn failed',
    );
    try {
      await context.sendActivity(TEXT.errors.apology(correlationId));
    } catch (sendError) {
      log.error({ err: sendError, correlationId }, 'could not send the apology');
    }
  });

  return app;
}
