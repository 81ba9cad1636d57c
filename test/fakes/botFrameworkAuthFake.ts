import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publicJwk, type SigningKey } from '../helpers/jwt';

/** What the Bot Connector's tokens name as their issuer; botbuilder accepts only this one. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface BotFrameworkAuthFake {
  /** For BOT_OPENID_METADATA_URL. */
  metadataUrl: string;
  /** Requests served, by path: shows the bot read the keys from here. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A loopback stand-in for login.botframework.com: the OpenID metadata document and the JWKS
 * botbuilder reads to validate inbound tokens. Each key is endorsed for `msteams`, since
 * botbuilder refuses a key whose endorsements do not name the activity's channel.
 */
export async function startBotFrameworkAuthFake(keys: SigningKey[]): Promise<BotFrameworkAuthFake> {
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push(path);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path === '/v1/.well-known/openidconfiguration') {
      return send(200, {
        issuer: BOT_FRAMEWORK_ISSUER,
        authorization_endpoint: `${base}/v1/.well-known/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (path === '/v1/.well-known/keys') {
      return send(200, { keys: keys.map((key) => ({ ...publicJwk(key), endorsements: ['msteams'] })) });
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
