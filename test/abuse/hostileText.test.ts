import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { TeamsUser } from '../helpers/teamsUser';

const APOLOGY = 'Sorry, something went wrong';

const rig = useJourneyRig();

/** Runs `action` while asking /healthz over and over; resolves with its result and the slowest health answer. */
async function whileProbingHealth<T>(action: () => Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let done = false;
  let slowestHealthMs = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${rig().bot.url}/healthz`);
      await response.text();
      expect(response.status).toBe(200);
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return { result: await action(), slowestHealthMs };
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
  ] as const)('%s is answered, and /healthz stays responsive meanwhile', async (_name, type, text) => {
    const user =
      type === 'personal' ? rig().user() : new TeamsUser(rig().bot.url, rig().connector.url, undefined, { id: `19:desk-${Date.now()}@thread.tacv2`, type: 'channel', teamId: '19:team@thread.tacv2' });
    const { result, slowestHealthMs } = await whileProbingHealth(() => user.say(text));
    expect(result.status).toBe(200);
    const sent = rig().connector.sent(user.conversationId);
    expect(sent.length).toBeGreaterThan(0);
    for (const activity of sent) expect(String(activity.text ?? '')).not.toContain(APOLOGY);
    expect(slowestHealthMs).toBeLessThan(1000);
  });
});
