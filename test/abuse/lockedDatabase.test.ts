import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { actions, actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import type { TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';

const NOT_SAVED = 'I could not save that, so nothing has changed';

const rig = useJourneyRig();

/** Runs `turn` while another connection holds the database's write lock (the bot waits out its 5 s busy timeout). */
async function whileLocked<T>(turn: () => Promise<T>): Promise<T> {
  const db = new Database(join(rig().bot.dataDir, 'data', 'vlsa.sqlite'));
  try {
    db.exec('BEGIN EXCLUSIVE');
    return await turn();
  } finally {
    db.exec('ROLLBACK');
    db.close();
  }
}

/** What reached the conversation: new messages, and card updates, each as text. */
function delivered(user: TeamsUser): { sent: string[]; updated: Json[] } {
  return {
    sent: rig().connector.sent(user.conversationId).map((a) => [String(a.text ?? ''), allText(cardOfOrEmpty(a))].join('\n')),
    updated: rig().connector.updated(user.conversationId),
  };
}

describe('a database locked during a turn', { timeout: 60_000 }, () => {
  it('answers with one message saying it could not save, not the reply and then an apology', async () => {
    const user = rig().user();
    const { result, log } = await logDuring(rig().bot, () => whileLocked(() => user.say('help')));
    expect(result.status).toBe(200);
    const { sent } = delivered(user);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(NOT_SAVED);
    expect(sent[0]).toMatch(/reference: [0-9a-f-]{36}/);
    expect(log).toContain('StateNotSavedError');
    await user.say('help');
    expect(delivered(user).sent.at(-1)).toContain('What I can do');
  });

  it('leaves a waiting question as it was, so the same card still answers once the database is free', async () => {
    const user = rig().user();
    await user.say('check my account');
    const card = cardOf(rig().connector.sent(user.conversationId).at(-1));

    // The personal-account answer needs no lookup, so the only write that waits on the lock is the turn's own.
    await whileLocked(() => user.submit(actionTitled(card, /^Personal \(outlook\.com/).data as Json));
    const { sent, updated } = delivered(user);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain(NOT_SAVED);
    expect(updated).toEqual([]);

    await user.submit(actionTitled(card, 'My work account: alex@contoso.com').data as Json);
    expect(delivered(user).sent.at(-1)).toContain('This account is ready for VLSC');
    expect(actions(cardOf(rig().connector.updated(user.conversationId).at(-1)))).toEqual([]);
  });
});
