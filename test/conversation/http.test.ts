import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { allText, cardOfOrEmpty } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';

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

describe('the bot through its real HTTP endpoint', () => {
  it('answers /healthz with status, version and storage kind', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '0.1.0', storage: 'sqlite' });
  });

  it('welcomes a person who installs it with a card of what it can do', async () => {
    const alex = new TeamsUser(bot.url, connector.url);
    const result = await alex.install();
    expect(result.status).toBe(200);
    const [welcome] = connector.sent(alex.conversationId);
    const text = allText(cardOfOrEmpty(welcome));
    expect(text).toContain('VL Sign-in Assistant');
    expect(text).toContain('Volume Licensing Service Center');
    expect(text).toContain('What I can do');
  });

  it('answers "help" with the help card and only offers journeys that exist', async () => {
    const alex = new TeamsUser(bot.url, connector.url);
    await alex.say('help');
    const [reply] = connector.sent(alex.conversationId);
    expect(reply.replyToId).toBeDefined();
    const card = (reply.attachments as { contentType: string; content: { actions: { title: string }[] } }[])[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(allText(cardOfOrEmpty(reply))).toContain('What I can do');
    for (const action of card.content.actions) expect(action.title).not.toBe('');
  });

  it('does not treat a word that merely contains "help" as the help command', async () => {
    const alex = new TeamsUser(bot.url, connector.url);
    await alex.say('helpdesk');
    const [reply] = connector.sent(alex.conversationId);
    expect(allText(cardOfOrEmpty(reply))).not.toContain('What I can do');
  });

  it('welcomes a team with the team commands when added to it', async () => {
    const team = new TeamsUser(bot.url, connector.url, undefined, { id: '19:general@thread.tacv2', type: 'channel', teamId: '19:general@thread.tacv2' });
    await team.post(team.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:vlsa-bot' }] }));
    const text = allText(cardOfOrEmpty(connector.sent(team.conversationId)[0]));
    expect(text).toContain('What I can do in this team');
  });

  it('welcomes a group chat with what works there: no help-desk buttons that only refuse', async () => {
    const chat = new TeamsUser(bot.url, connector.url, undefined, { id: '19:licensing@thread.v2', type: 'groupChat' });
    await chat.post(chat.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:vlsa-bot' }] }));
    const card = cardOfOrEmpty(connector.sent(chat.conversationId)[0]);
    const text = allText(card);
    expect(text).toContain('What I can do in this chat');
    expect(text).not.toContain('In this team');
    expect(text).not.toMatch(/Open cases|Use this channel/);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 'application/json', 400],
    ['a JSON array', '[1,2,3]', 'application/json', 400],
    ['no activity type', '{"text":"hi"}', 'application/json', 400],
    ['the wrong content type', 'type=message', 'application/x-www-form-urlencoded', 415],
  ])('refuses %s cleanly and stays up', async (_name, body, contentType, status) => {
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(status);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('refuses an oversized body with 413 and stays up', async () => {
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) });
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
