import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { actions, allText, cardOf, cardOfOrEmpty } from '../helpers/cards';
import type { TeamsUser } from '../helpers/teamsUser';

/** Small talk and slips: short answers to courtesies, and typed addresses that are not valid ones. */

const rig = useJourneyRig();

function sentAfter(user: TeamsUser, before: number) {
  return rig().connector.sent(user.conversationId).slice(before);
}

describe('small talk', () => {
  it.each([
    ['thanks', 'You’re welcome!'],
    ['Thank you!', 'You’re welcome!'],
    ['ok', 'I’m here if you need anything else'],
    ['👍', 'I’m here if you need anything else'],
    ['<emoji id="like" alt="👍" title="Like"></emoji>', 'I’m here if you need anything else'],
    ['bye', 'Bye for now.'],
  ])('answers "%s" with one short line', async (text, answer) => {
    const user = rig().user();
    await user.say(text);
    const sent = sentAfter(user, 0);
    expect(sent).toHaveLength(1);
    expect(String(sent[0].text)).toContain(answer);
    expect(sent[0].attachments).toBeUndefined();
  });

  it('leaves a waiting question card open: small talk is not an answer to it', async () => {
    const user = rig().user();
    await user.say('check my account');
    await user.say('ok thanks');
    expect(String(rig().connector.sent(user.conversationId).at(-1)?.text)).toContain('You’re welcome!');
    expect(rig().connector.updated(user.conversationId)).toHaveLength(0);
  });
});

describe('typed addresses that are not valid', () => {
  it.each([
    ['check bob@', 'There is nothing after the @.'],
    ['check x@@y', 'The address has more than one @.'],
    ['x@@contoso.com', 'The address has more than one @.'],
    ['please check my account alex@@contoso.com', 'The address has more than one @.'],
  ])('"%s" gets the address card with its reason, not an FAQ answer', async (text, reason) => {
    const user = rig().user();
    const lookups = rig().entra.requests.total;
    await user.say(text);
    const sent = sentAfter(user, 0);
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expect(allText(card)).toContain('Which account do you use to sign in to VLSC?');
    expect(allText(card)).toContain(reason);
    expect(allText(card)).not.toContain('not sure I understood');
    expect(rig().entra.requests.total).toBe(lookups);
  });
});

describe('a question card closed without an answer', () => {
  it('says the check was stopped, not "You chose: …"', async () => {
    const user = rig().user();
    await user.say('check my account');
    await user.say('cancel');
    const closed = cardOf(rig().connector.updated(user.conversationId).at(-1));
    expect(allText(closed)).toBe('Which account do you use to sign in to VLSC?\nThis check was stopped before an account was chosen. Type "check my account" to start a new one.');
    expect(actions(closed)).toEqual([]);
    expect(allText(cardOfOrEmpty(rig().connector.sent(user.conversationId).at(-1)))).toBe('');
  });
});
