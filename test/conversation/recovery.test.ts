import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { logDuring } from '../abuse/botLog';
import { useJourneyRig } from '../helpers/journeyBot';
import { actions, actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';

const APOLOGY = 'Sorry, something went wrong';
const AFRESH = 'I had to start this conversation afresh';

const rig = useJourneyRig();

/** Everything the bot posted to the conversation (new messages, not updates), as text. */
function shown(user: TeamsUser): string[] {
  return rig().connector.sent(user.conversationId).map((a) => [String(a.text ?? ''), allText(cardOfOrEmpty(a))].join('\n'));
}

function lastShown(user: TeamsUser): string {
  return shown(user).at(-1) ?? '';
}

/** The question card of journey 1 the bot last posted, and the id the connector gave it. */
function lastQuestionCard(user: TeamsUser): { card: Json; activityId: string } {
  const call = rig().connector.calls.filter((c) => c.method === 'POST' && c.conversationId === user.conversationId && c.body?.attachments).at(-1);
  return { card: cardOf(call?.body), activityId: String(call?.createdId) };
}

/** The same person and conversation, talking to the bot as it runs now (its port changes on a restart). */
function again(user: TeamsUser): TeamsUser {
  return new TeamsUser(rig().bot.url, rig().connector.url, user.user, { id: user.conversationId });
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
    const user = rig().user();
    await user.say('check my account');
    const { card, activityId } = lastQuestionCard(user);
    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    const update = rig().connector.calls.find((c) => c.method === 'PUT' && c.conversationId === user.conversationId);
    expect(update?.activityId).toBe(activityId);
    expect(update?.status).toBe(200);
  });

  it('when the message no longer exists (404), cancel, start over and check still answer', async () => {
    const user = rig().user();
    await user.say('check my account');
    rig().connector.forgetMessages();
    const { result, log } = await logDuring(rig().bot, () => user.say('cancel'));
    expect(result.status).toBe(200);
    expect(log).not.toContain('"msg":"turn failed"');
    expect(log).toContain('could not update a card; sending it as a new message');
    const [closed, answer] = rig().connector.sent(user.conversationId).slice(-2);
    expect(actions(cardOf(closed))).toEqual([]);
    expect(allText(cardOf(closed))).toContain('This check was stopped');
    expect(allText(cardOf(closed))).not.toContain('You chose');
    expect(answer.text).toContain('OK, I stopped that');
    await expectCommandsWork(user);
  });

  it.each([
    [403, 'Forbidden'],
    [429, 'Throttled'],
  ])('when Teams refuses the update (%i %s), the answer still comes', async (status) => {
    const user = rig().user();
    await user.say('check my account');
    const { card } = lastQuestionCard(user);
    rig().connector.failUpdates(5, status);
    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    rig().connector.failUpdates(0, status);
    expect(lastShown(user)).toContain('This account is ready for VLSC');
    expect(shown(user).join('\n')).not.toContain(APOLOGY);
    await expectCommandsWork(user);
  });

  it('re-sends a re-prompt whose card is gone, and that new card is the one that answers', async () => {
    const user = rig().user();
    await user.say('check my account');
    const first = lastQuestionCard(user);
    rig().connector.forgetMessages();
    await user.submit({ ...(actionTitled(first.card, 'Check this address').data as Json), otherAddress: 'alex.contoso.com' });
    const resent = lastQuestionCard(user);
    expect(resent.activityId).not.toBe(first.activityId);
    expect(actions(resent.card).length).toBeGreaterThan(0);
    expect(allText(resent.card)).toMatch(/@/);

    await user.submit({ ...(actionTitled(resent.card, 'Check this address').data as Json), otherAddress: 'megan@fourthcoffee.xyz' });
    expect(lastShown(user)).toContain('unmanaged (“viral”) tenant');
    const close = rig().connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === user.conversationId).at(-1);
    expect(close?.activityId).toBe(resent.activityId);
    expect(close?.status).toBe(200);
  });
});

/** Rewrites the stored conversation of `user` in the bot's database (the bot must be stopped). */
function rewriteStoredConversation(user: TeamsUser, change: (value: Json) => string): void {
  const db = new Database(join(rig().bot.dataDir, 'data', 'vlsa.sqlite'));
  try {
    const key = `msteams/28:vlsa-bot/conversations/${user.conversationId}`;
    const row = db.prepare('SELECT value FROM bot_state WHERE key = ?').get(key) as { value: string };
    db.prepare('UPDATE bot_state SET value = ? WHERE key = ?').run(change(JSON.parse(row.value) as Json), key);
  } finally {
    db.close();
  }
}

/** What an earlier version stored mid-journey: its own dialog layout and the waiting card beside the stack. */
function earlierVersionJourney(value: Json): string {
  const requester = { aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001', name: 'Alex Wilber' };
  return JSON.stringify({
    ...value,
    dialogState: {
      dialogStack: [
        { id: 'checkAccount', state: { dialogs: { dialogStack: [{ id: 'checkAccount.steps', state: { options: {}, values: { requester }, stepIndex: 0 } }] } } },
      ],
    },
    pendingCard: { activityId: 'activity-old', cardId: 'card-old', data: { cardId: 'card-old', title: 'Which account?' } },
  });
}

const DAMAGE: [string, (value: Json) => string][] = [
  ['a dialog stack naming a dialog that no longer exists', (v) => JSON.stringify({ ...v, dialogState: { dialogStack: [{ id: 'retiredJourney', state: {} }] } })],
  ['a dialog state that is garbage', (v) => JSON.stringify({ ...v, dialogState: 'garbage' })],
  ['a journey whose state lost its card', (v) => JSON.stringify({ ...v, dialogState: { dialogStack: [{ id: 'checkAccount', state: { requester: 7 } }] } })],
  ['an earlier version’s journey with its pendingCard', earlierVersionJourney],
  ['a row that is not JSON at all', () => '{"turnCount": 3, "dialogState": {'],
];

describe('after a restart', () => {
  const damaged = new Map<string, TeamsUser>();
  let forgotten: TeamsUser;
  let forgottenCard: Json;

  beforeAll(async () => {
    forgotten = rig().user();
    await forgotten.say('check my account');
    forgottenCard = lastQuestionCard(forgotten).card;
    for (const [name] of DAMAGE) {
      const user = rig().user();
      await user.say('check my account');
      damaged.set(name, user);
    }
    await rig().restart(() => {
      for (const [name, change] of DAMAGE) rewriteStoredConversation(damaged.get(name) as TeamsUser, change);
    });
    // The Agents Playground forgets its messages when it restarts.
    rig().connector.forgetMessages();
  }, 60_000);

  it('with an open question card the connector no longer knows, cancel, start over and check answer', async () => {
    const user = again(forgotten);
    await expectCommandsWork(user);
    await user.submit(actionTitled(forgottenCard, 'My work account: alex@contoso.com').data as Json);
    expect(lastShown(user)).toContain('already answered');
  });

  it.each(DAMAGE.map(([name]) => [name]))('with %s stored, says once that it started afresh, then works', async (name) => {
    const user = again(damaged.get(name) as TeamsUser);
    const before = rig().connector.sent(user.conversationId).length;
    const { log } = await logDuring(rig().bot, () => user.say('help'));
    expect(log).not.toContain('"msg":"turn failed"');
    const answers = shown(user).slice(before);
    expect(answers[0]).toContain(AFRESH);
    expect(answers[1]).toContain('What I can do');
    expect(answers).toHaveLength(2);
    await expectCommandsWork(user);
    await user.say('check my account');
    const { card } = lastQuestionCard(user);
    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    expect(lastShown(user)).toContain('This account is ready for VLSC');
    expect(shown(user).filter((text) => text.includes(AFRESH))).toHaveLength(1);
  });
});
