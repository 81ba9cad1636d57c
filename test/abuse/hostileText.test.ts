import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { TeamsUser } from '../helpers/teamsUser';

const APOLOGY = 'Sorry, something went wrong';

const rig = useJourneyRig();

/** Runs `action` while asking /healthz over and over, each answer a 200; resolves with its result. */
async function whileProbingHealth<T>(action: () => Promise<T>): Promise<{ result: T }> {
  let done = false;
  const probe = (async () => {
    while (!done) {
      const response = await fetch(`${rig().bot.url}/healthz`);
      await response.text();
      expect(response.status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return { result: await action() };
  } finally {
    done = true;
    await probe;
  }
}

describe('a 200 KB hostile message', () => {
  it.each([
    ['"<" × 200k in a personal chat', 'personal', '<'.repeat(200_000)],
    ['"<at>" × 50k in a personal chat', 'personal', '<at>'.repeat(50_000)],
    ['"." × 200k, then x, in a personal chat', 'personal', `${'.'.repeat(200_000)}x`],
    ['a channel command of 200 KB', 'channel', `use this channel for ${'a '.repeat(100_000)}cases x`],
  ] as const)('%s is answered, and /healthz keeps answering meanwhile (its latency is a bench figure: npm run bench -- --only hostile)', async (_name, type, text) => {
    const user =
      type === 'personal' ? rig().user() : new TeamsUser(rig().bot.url, rig().connector.url, undefined, { id: `19:desk-${Date.now()}@thread.tacv2`, type: 'channel', teamId: '19:team@thread.tacv2' });
    const { result } = await whileProbingHealth(() => user.say(text));
    expect(result.status).toBe(200);
    const sent = rig().connector.sent(user.conversationId);
    expect(sent.length).toBeGreaterThan(0);
    for (const activity of sent) expect(String(activity.text ?? '')).not.toContain(APOLOGY);
  });
});
