import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { actionTitled, cardOf } from '../helpers/cards';
import { useJourneyRig } from '../helpers/journeyBot';
import { TeamsUser } from '../helpers/teamsUser';

const BOT_ID = '0f0e0d0c-0b0a-0908-0706-050403020100';
const TEAM = '19:helpdesk-team@thread.tacv2';
const CHANNEL = '19:vlsc-cases@thread.tacv2';

describe('a CSV export link', () => {
  const rig = useJourneyRig();

  it('downloads once: of several requests at the same moment, exactly one gets the CSV', async () => {
    const desk = new TeamsUser(rig().bot.url, rig().connector.url, undefined, { id: CHANNEL, type: 'channel', teamId: TEAM, channelId: CHANNEL });
    // Triage works in a routed channel only.
    await desk.say('use this channel for all cases');
    await desk.say('export');
    const link = new URL(String(actionTitled(cardOf(rig().connector.sent(desk.conversationId).at(-1)), 'Download CSV').url));
    const local = `${rig().bot.url}${link.pathname}`;
    const responses = await Promise.all(Array.from({ length: 6 }, () => fetch(local)));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 404, 404, 404, 404, 404]);
    expect(bodies[responses.findIndex((r) => r.status === 200)]).toContain('"id","created"');
  });
});

describe('export links in production', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ NODE_ENV: 'production', BOT_ID, BOT_PASSWORD: 'test-password', HOST: '127.0.0.1', PUBLIC_URL: 'https://vlsa.example' });
  });
  afterAll(async () => {
    await bot?.kill();
  });

  const unknownToken = 'A'.repeat(43);

  it('are refused with 403 over plain http, before the token is looked at', async () => {
    const response = await fetch(`${bot.url}/exports/${unknownToken}`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Export links are served over https only.' });
  });

  it.each([
    ['X-Forwarded-Proto: https', { 'x-forwarded-proto': 'https' }],
    ['X-ARR-SSL', { 'x-arr-ssl': '2048|256|CN=Microsoft Azure TLS Issuing CA 05' }],
  ])('are served when App Service ended TLS in front of the bot (%s): an unknown token is 404', async (_name, headers) => {
    const response = await fetch(`${bot.url}/exports/${unknownToken}`, { headers });
    expect(response.status).toBe(404);
  });

  it('are refused when the front end says the request came over http', async () => {
    const response = await fetch(`${bot.url}/exports/${unknownToken}`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(response.status).toBe(403);
  });
});
