import { describe, expect, it } from 'vitest';
import { runBotExpectingExit, startBot } from '../helpers/botProcess';
import { startFakeConnector } from '../helpers/connector';
import { TeamsUser } from '../helpers/teamsUser';

const BOT_ID = '0f0e0d0c-0b0a-0908-0706-050403020100';

describe('start-up and shutdown', () => {
  it('refuses to start in production without BOT_ID, with one line naming the setting', async () => {
    const { code, stderr } = await runBotExpectingExit({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/configuration error: BOT_ID: is required when NODE_ENV=production/);
  });

  it('stops on a bad setting without printing secrets', async () => {
    const { code, stderr } = await runBotExpectingExit({ BOT_ID, BOT_PASSWORD: 'very-secret', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT: must be a whole number/);
    expect(stderr).not.toContain('very-secret');
  });

  it('says it runs in local anonymous mode on loopback when BOT_ID is not set', async () => {
    const bot = await startBot();
    try {
      expect(bot.output.join('\n')).toMatch(/local anonymous mode/);
      expect(bot.output.find((l) => l.includes('"msg":"listening"'))).toContain('127.0.0.1');
    } finally {
      await bot.kill();
    }
  });

  it('with BOT_ID set, refuses a request without a token with 401', async () => {
    const bot = await startBot({ BOT_ID, BOT_PASSWORD: 'test-password', HOST: '127.0.0.1' });
    const connector = await startFakeConnector();
    try {
      const result = await new TeamsUser(bot.url, connector.url).say('help');
      expect(result.status).toBe(401);
      expect(connector.sent()).toEqual([]);
    } finally {
      await bot.kill();
      await connector.close();
    }
  });

  it('finishes the turn in flight on SIGTERM and exits 0', async () => {
    const bot = await startBot();
    const connector = await startFakeConnector();
    try {
      const alex = new TeamsUser(bot.url, connector.url);
      const turn = alex.say('help');
      await new Promise((r) => setTimeout(r, 20));
      const exit = bot.kill('SIGTERM');
      expect((await turn).status).toBe(200);
      expect(await exit).toBe(0);
      expect(bot.output.join('\n')).toContain('"msg":"stopped"');
    } finally {
      await connector.close();
    }
  });
});
