import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { BOT, TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';

let bot: BotProcess;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startBot();
});
afterAll(async () => {
  await bot?.kill();
  await connector?.close();
});

async function postRaw(body: string, contentType = 'application/json'): Promise<number> {
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  await response.text();
  return response.status;
}

/** Runs `tasks` with at most `limit` in flight, keeping their results in order. */
async function inBatches<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < tasks.length; start += limit) {
    results.push(...(await Promise.all(tasks.slice(start, start + limit).map((task) => task()))));
  }
  return results;
}


describe('malformed and unexpected HTTP requests', () => {
  it.each([
    ['malformed JSON', '{"type": "message",', 'application/json', 400],
    ['JSON that is a string', '"message"', 'application/json', 400],
    ['JSON null', 'null', 'application/json', 400],
    ['a type that is not a string', '{"type": 42}', 'application/json', 400],
    ['an empty body', '', 'application/json', 400],
    ['plain text', 'hello', 'text/plain', 415],
    ['XML', '<activity type="message"/>', 'application/xml', 415],
    ['a form', 'type=message', 'application/x-www-form-urlencoded', 415],
  ])('refuses %s with a clean %s', async (_name, body, contentType, status) => {
    expect(await postRaw(body, contentType)).toBe(status);
  });

  it('refuses a body over MAX_BODY_BYTES with 413, even with a valid activity inside', async () => {
    const alex = new TeamsUser(bot.url, connector.url);
    const body = JSON.stringify(alex.activity({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(await postRaw(body)).toBe(413);
    expect(connector.sent(alex.conversationId)).toEqual([]);
  });

  // The server checks these before the adapter: a turn would fail in teams-ai or botbuilder,
  // or reply to a made-up service URL.
  it.each([
    ['no serviceUrl', { serviceUrl: undefined }],
    ['no conversation', { conversation: undefined }],
    ['a conversation that is a string', { conversation: 'a:123' }],
    ['no from', { from: undefined }],
    ['a from that is a number', { from: 7 }],
    ['no recipient', { recipient: undefined }],
    ['a serviceUrl that is not a URL', { serviceUrl: 'not a url' }],
  ])('answers a message with %s with 400, and no failed turn', async (_name, fields) => {
    const alex = new TeamsUser(bot.url, connector.url);
    const { result, log } = await logDuring(bot, () => alex.post(alex.activity({ type: 'message', text: 'help', ...fields })));
    expect(result.status).toBe(400);
    expect(connector.sent(alex.conversationId)).toEqual([]);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('answers an invoke nothing handles with 501 Not Implemented, as Bot Framework does, and sends nothing', async () => {
    const alex = new TeamsUser(bot.url, connector.url);
    const { result, log } = await logDuring(bot, () => alex.post(alex.activity({ type: 'invoke', name: 'bogus/invoke', value: { x: 1 } })));
    expect(result.status).toBe(501);
    expect(connector.sent(alex.conversationId)).toEqual([]);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it.each([
    ['an unknown type', { type: 'bogusType' }],
    ['an event', { type: 'event', name: 'application/vnd.microsoft.meetingStart', value: { id: 'm1' } }],
    ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }], replyToId: 'activity-1' }],
    ['a typing indicator', { type: 'typing' }],
    ['a conversation update with nobody added', { type: 'conversationUpdate' }],
  ])('ignores %s: 200 and no message sent', async (_name, fields) => {
    const alex = new TeamsUser(bot.url, connector.url);
    const { result, log } = await logDuring(bot, () => alex.post(alex.activity(fields)));
    expect(result.status).toBe(200);
    expect(connector.sent(alex.conversationId)).toEqual([]);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('survives a storm of 300 conversation updates across 50 conversations, welcoming each install', async () => {
    const users = Array.from({ length: 50 }, () => new TeamsUser(bot.url, connector.url));
    const tasks = Array.from({ length: 300 }, (_, i) => () => users[i % 50].post(users[i % 50].activity({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] })));
    const { result, log } = await logDuring(bot, () => inBatches(tasks, 25));
    expect(result.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    for (const user of users) expect(connector.sent(user.conversationId)).toHaveLength(6);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('is still healthy afterwards, with no unhandled rejection in its log', async () => {
    const { result } = await logDuring(bot, () => fetch(`${bot.url}/healthz`));
    expect(result.status).toBe(200);
    expect(bot.output.join('\n')).not.toContain('unhandled rejection');
  });
});
