import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, StatusCodes, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
// botbuilder's own connector (pinned by it to the same version): CloudAdapter answers 401 only for this class.
import { AuthenticationError } from 'botframework-connector';
import type { Config } from '../config';

/**
 * Bot Framework's public-cloud endpoints (botframework-connector's AuthenticationConstants,
 * which botbuilder does not re-export). Setting any one endpoint makes botbuilder take every
 * endpoint from the options, so all of them are passed, with the OpenID metadata URL configurable.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
};

/** jsonwebtoken's verdicts on a token (forged signature, not yet valid, malformed). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder lets jsonwebtoken's errors escape as 500 (e.g. a token signed by another key
 * under a published key id), which tells the caller to retry; they are the caller's fault: 401.
 */
class TokenCheckingTeamsAdapter extends TeamsAdapter {
  constructor(options: ConfigurationBotFrameworkAuthenticationOptions) {
    super(options);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      try {
        return await authenticate(activity, authHeader);
      } catch (error) {
        if (error instanceof Error && TOKEN_ERRORS.has(error.name)) {
          throw new AuthenticationError(`Unauthorized: ${error.message}`, StatusCodes.UNAUTHORIZED);
        }
        throw error;
      }
    };
  }
}

/**
 * The Bot Framework adapter. With BOT_ID it validates the JWT on every request and
 * signs its replies; without it, it runs anonymously (local mode: the server then
 * listens on loopback only).
 */
export function createAdapter(config: Config): TeamsAdapter {
  return new TokenCheckingTeamsAdapter({
    MicrosoftAppId: config.botId ?? '',
    MicrosoftAppPassword: config.botPassword ?? '',
    MicrosoftAppType: config.botType,
    MicrosoftAppTenantId: config.botTenantId ?? '',
    ...PUBLIC_CLOUD,
    ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
  });
}
