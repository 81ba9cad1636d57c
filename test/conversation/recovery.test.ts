import { describe, expect, it } from 'vitest';
import { logDuring } from '../abuse/botLog';
import { useJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actions, actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import type { TeamsUser } from '../helpers/teamsUser';

const APOLOGY = 'Sorry, something went wrong';

let rig: JourneyRig;
useJourneyRig((started) => (rig = started));

/** Everything the bot posted to the conversation (new messages, not updates), as text. */
function shown(user: TeamsUser): string[] {
  return rig.connector.sent(user.conversationId).map((a) => [String(a.text ?? ''), allText(cardOfOrEmpty(a))].join('\n'));
}

function lastShown(user: TeamsUser): string {
  return shown(user).at(-1) ?? '';
}

/** The question card of journey 1 the bot last posted, and the id the connector gave it. */
function lastQuestionCard(user: TeamsUser): { card: Json; activityId: string } {
  const call = rig.connector.calls.filter((c) => c.method === 'POST' && c.conversationId === user.conversationId && c.body?.attachments).at(-1);
  return { card: cardOf(call?.body), activityId: String(call?.createdId) };
}

/** cancel, start over and a check typed with its address, each answered normally. */
async function expectCommandsWork(user: TeamsUser): Promise<void> {
  await user.say('cancel');
  expect(lastShown(user)).toMatch(/OK, I stopped that|nothing to cancel/);
  await user.say('start over');
  expect(lastShown(user)).toContain('What I can do');
  await user.say('check alice@contoso.com');
  expect(lastShown(user)).toContain('No Microsoft account found');
  expect(shown(user).join('\n')).not.toContain(APOLOGY);
}

describe('a question card that cannot be updated', () => {
  it('is closed in place through the id the connector gave it', async () => {
    const user = rig.user();
    await user.say('check my account');
    const { card, activityId } = lastQuestionCard(user);
    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    const update = rig.connector.calls.find((c) => c.method === 'PUT' && c.conversationId === user.conversationId);
    expect(update?.activityId).toBe(activityId);
    expect(update?.status).toBe(200);
  });

  it('when the message no longer exists (404), cancel, start over and check still answer', async () => {
    const user = rig.user();
    await user.say('check my account');
    rig.connector.forgetMessages();
    const { result, log } = await logDuring(rig.bot, () => user.say('cancel'));
    expect(result.status).toBe(200);
    expect(log).not.toContain('"msg":"turn failed"');
    expect(log).toContain('could not update a card; sending it as a new message');
    const [closed, answer] = rig.connector.sent(user.conversationId).slice(-2);
    expect(actions(cardOf(closed))).toEqual([]);
    expect(allText(cardOf(closed))).toContain('This question was closed.');
    expect(answer.text).toContain('OK, I stopped that');
    await expectCommandsWork(user);
  });

  it.each([
    [403, 'Forbidden'],
    [429, 'Throttled'],
  ])('when Teams refuses the update (%i %s), the answer still comes', async (status) => {
    const user = rig.user();
    await user.say('check my account');
    const { card } = lastQuestionCard(user);
    rig.connector.failUpdates(5, status);
    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    rig.connector.failUpdates(0, status);
    expect(lastShown(user)).toContain('This account is ready for VLSC');
    expect(shown(user).join('\n')).not.toContain(APOLOGY);
    await expectCommandsWork(user);
  });

  it('re-sends a re-prompt whose card is gone, and that new card is the one that answers', async () => {
    const user = rig.user();
    await user.say('check my account');
    const first = lastQuestionCard(user);
    rig.connector.forgetMessages();
    await user.submit({ ...(actionTitled(first.card, 'Check this address').data as Json), otherAddress: 'alex.contoso.com' });
    const resent = lastQuestionCard(user);
    expect(resent.activityId).not.toBe(first.activityId);
    expect(actions(resent.card).length).toBeGreaterThan(0);
    expect(allText(resent.card)).toMatch(/@/);

    await user.submit({ ...(actionTitled(resent.card, 'Check this address').data as Json), otherAddress: 'megan@fourthcoffee.xyz' });
    expect(lastShown(user)).toContain('unmanaged (“viral”) tenant');
    const close = rig.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === user.conversationId).at(-1);
    expect(close?.activityId).toBe(resent.activityId);
    expect(close?.status).toBe(200);
  });
});
