import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, actions, allText, cardOf, type Json } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';

let rig: JourneyRig;
beforeAll(async () => {
  rig = await startJourneyRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('what a conversation keeps', () => {
  it('saves the dialog stack, never the turn context, adapter settings or secrets', async () => {
    const user = rig.user();
    await user.say('check my account');
    const db = new Database(join(rig.bot.dataDir, 'data', 'vlsa.sqlite'), { readonly: true });
    try {
      const row = db.prepare('SELECT value FROM bot_state WHERE key LIKE ?').get(`%/conversations/${user.conversationId}`) as { value: string };
      expect(row.value).toContain('dialogStack');
      expect(row.value).not.toMatch(/_adapter|MicrosoftAppPassword|botFrameworkAuthConfig|turnState/);
      expect(row.value.length).toBeLessThan(4096);
    } finally {
      db.close();
    }
  });
});

describe('a restart in the middle of journey 1', () => {
  it('continues the conversation after the bot was killed and started again', async () => {
    const before = rig.user();
    await before.say('check my account');
    const sent = rig.connector.sent(before.conversationId);
    const card = cardOf(sent[sent.length - 1]);
    const data = actionTitled(card, 'Check this address').data as Json;

    await rig.restart();

    const after = new TeamsUser(rig.bot.url, rig.connector.url, before.user, { id: before.conversationId });
    await after.submit({ ...data, otherAddress: 'megan@fourthcoffee.xyz' });
    const replies = rig.connector.sent(before.conversationId);
    expect(allText(cardOf(replies[replies.length - 1]))).toContain('unmanaged (“viral”) tenant');
    expect(actions(cardOf(rig.connector.updated(before.conversationId).at(-1)))).toEqual([]);
  });
});
