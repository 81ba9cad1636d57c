import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { useJourneyRig } from '../helpers/journeyBot';
import { TeamsUser } from '../helpers/teamsUser';

const BOT_ID = '0f0e0d0c-0b0a-0908-0706-050403020100';

/** One request to the bot with the Host header given (fetch does not let a caller choose it). */
function send(bot: BotProcess, method: string, path: string, host: string | undefined, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {};
    const req = request({ host: '127.0.0.1', port: bot.port, method, path, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    if (host !== undefined) req.setHeader('host', host);
    req.on('error', reject);
    req.end(body);
  });
}

const rig = useJourneyRig();

/** A "help" message from a new conversation, as a JSON body. */
function message(): { alex: TeamsUser; body: string } {
  const alex = new TeamsUser(rig().bot.url, rig().connector.url);
  return { alex, body: JSON.stringify(alex.activity({ type: 'message', text: 'help' })) };
}

describe('in local anonymous mode (no BOT_ID), a request whose Host is not loopback', () => {
  it.each(['evil.example', 'evil.example:3978', 'localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.5:3978', '[::2]', ''])('is refused with 421 and a short JSON reason, on every route (Host %j)', async (host) => {
    const { alex, body } = message();
    for (const [method, path, payload] of [['POST', '/api/messages', body], ['GET', '/healthz'], ['GET', `/exports/${'A'.repeat(43)}`], ['HEAD', '/api/messages'], ['GET', '/nothing-here']] as const) {
      const response = await send(rig().bot, method, path, host, payload);
      expect(response.status, `${method} ${path}`).toBe(421);
      if (method !== 'HEAD') expect(JSON.parse(response.body)).toEqual({ error: 'In local anonymous mode the bot answers only requests addressed to localhost, 127.0.0.1 or [::1].' });
    }
    expect(rig().connector.sent(alex.conversationId)).toEqual([]);
  });

  it('is refused when it has no Host at all (Node answers HTTP/1.1 without Host with 400 itself)', async () => {
    expect((await send(rig().bot, 'GET', '/healthz', undefined)).status).toBe(400);
  });
});

describe('in local anonymous mode, a loopback Host (as the Agents Playground sends)', () => {
  it.each(['localhost', `localhost:${3978}`, 'LOCALHOST:3978', '127.0.0.1', '127.0.0.1:3978', '[::1]', '[::1]:3978'])('is served (Host %j)', async (host) => {
    expect((await send(rig().bot, 'GET', '/healthz', host)).status).toBe(200);
    const { alex, body } = message();
    expect((await send(rig().bot, 'POST', '/api/messages', host, body)).status).toBe(200);
    expect(rig().connector.sent(alex.conversationId).length).toBeGreaterThan(0);
  });
});

describe('with BOT_ID set', () => {
  it('does not look at the Host: a request for another host name gets the token check (401)', async () => {
    const authenticated = await startBot({ BOT_ID, BOT_PASSWORD: 'test-password', HOST: '127.0.0.1' });
    try {
      const alex = new TeamsUser(authenticated.url, rig().connector.url);
      expect((await send(authenticated, 'POST', '/api/messages', 'vlsa.azurewebsites.net', JSON.stringify(alex.activity({ type: 'message', text: 'help' })))).status).toBe(401);
      expect((await send(authenticated, 'GET', '/healthz', 'vlsa.azurewebsites.net')).status).toBe(200);
    } finally {
      await authenticated.kill();
    }
  });
});
