import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { createSigningKey, signJwt, type SigningKey } from '../helpers/jwt';
import { TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';
import { BOT_FRAMEWORK_ISSUER, startBotFrameworkAuthFake, type BotFrameworkAuthFake } from '../fakes/botFrameworkAuthFake';

const BOT_ID = '0f0e0d0c-0b0a-0908-0706-050403020100';
const OTHER_BOT_ID = '99999999-0b0a-4908-8706-050403020100';

let published: SigningKey;
let stranger: SigningKey;
let auth: BotFrameworkAuthFake;
let connector: FakeConnector;
let bot: BotProcess;
let user: TeamsUser;

beforeAll(async () => {
  published = createSigningKey('published-key');
  stranger = createSigningKey('stranger-key');
  auth = await startBotFrameworkAuthFake([published]);
  connector = await startFakeConnector();
  bot = await startBot({ BOT_ID, BOT_PASSWORD: 'test-password', HOST: '127.0.0.1', BOT_OPENID_METADATA_URL: auth.metadataUrl });
  user = new TeamsUser(bot.url, connector.url);
});
afterAll(async () => {
  await bot?.kill();
  await connector?.close();
  await auth?.close();
});

/** Claims as the Bot Connector sends them for this bot and this conversation's serviceUrl. */
function channelClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: BOT_FRAMEWORK_ISSUER, aud: BOT_ID, serviceurl: connector.url, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides };
}

/** A turn that sends nothing (someone else joined), so a valid token needs no outbound token. */
function someoneJoined(token?: string): Promise<{ status: number }> {
  const activity = user.activity({ type: 'conversationUpdate', membersAdded: [{ id: '29:someone-else' }] });
  return user.post(activity, token ? { authorization: `Bearer ${token}` } : {});
}

describe('with BOT_ID set, the bot authenticates every request', () => {
  it('accepts a valid Bot Connector token (200), reading the keys from the configured metadata URL', async () => {
    expect((await someoneJoined(signJwt(channelClaims(), published))).status).toBe(200);
    expect(auth.requests).toContain('/v1/.well-known/keys');
  });

  it.each([
    ['no token', undefined],
    ['an expired token', () => signJwt(channelClaims({ exp: Math.floor(Date.now() / 1000) - 3600 }), published)],
    ['a token for another bot', () => signJwt(channelClaims({ aud: OTHER_BOT_ID }), published)],
    ['a forged issuer', () => signJwt(channelClaims({ iss: 'https://api.botframework.com.evil.example' }), published)],
    ['a token for another serviceUrl', () => signJwt(channelClaims({ serviceurl: 'https://smba.evil.example/' }), published)],
    ['a token signed by a key not in the JWKS', () => signJwt(channelClaims(), stranger)],
    ['a token signed by another key under a published key id', () => signJwt(channelClaims(), stranger, published.kid)],
    ['a token not yet valid', () => signJwt(channelClaims({ nbf: Math.floor(Date.now() / 1000) + 3600 }), published)],
    ['a token that is not a JWT', () => 'not-a-jwt'],
  ])('refuses %s with 401 and runs no turn', async (_name, token) => {
    const before = connector.calls.length;
    expect((await someoneJoined(token?.())).status).toBe(401);
    expect((await user.post(user.activity({ type: 'message', text: 'help' }), token ? { authorization: `Bearer ${token()}` } : {})).status).toBe(401);
    expect(connector.calls.length).toBe(before);
  });

  it('stays up and logs no unhandled rejection', async () => {
    const { result } = await logDuring(bot, () => fetch(`${bot.url}/healthz`));
    expect(result.status).toBe(200);
    expect(bot.output.join('\n')).not.toContain('unhandled rejection');
  });
});
