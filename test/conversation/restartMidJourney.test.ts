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
