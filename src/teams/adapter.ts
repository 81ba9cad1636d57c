import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

/**
 * The Bot Framework adapter. With BOT_ID it validates the JWT on every request and
 * signs its replies; without it, it runs anonymously (local mode: the server then
 * listens on loopback only).
 */
export function createAdapter(config: Config): TeamsAdapter {
  return new TeamsAdapter({
    MicrosoftAppId: config.botId ?? '',
    MicrosoftAppPassword: config.botPassword ?? '',
    MicrosoftAppType: config.botType,
    MicrosoftAppTenantId: config.botTenantId ?? '',
  });
}
