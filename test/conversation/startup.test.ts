import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBotExpectingExit, startBot } from '../helpers/botProcess';
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

  it.each([
    [
      'an http token authority, which MSAL would refuse with a stack trace',
      { GRAPH_AUTH: 'secret', GRAPH_CLIENT_ID: BOT_ID, GRAPH_TENANT_ID: BOT_ID, GRAPH_CLIENT_SECRET: 'very-secret', AZURE_AUTHORITY_HOST: 'http://login.example' },
      /^vl-signin-assistant: configuration error: AZURE_AUTHORITY_HOST: must be an https URL \(MSAL refuses other authorities\), got "http:\/\/login\.example"$/,
    ],
    [
      'an http PUBLIC_URL in production',
      { NODE_ENV: 'production', BOT_ID, BOT_PASSWORD: 'very-secret', PUBLIC_URL: 'http://vlsa.example' },
      /^vl-signin-assistant: configuration error: PUBLIC_URL: must be an https URL when NODE_ENV=production/,
    ],
    ['a misspelt NODE_ENV', { NODE_ENV: 'prod' }, /^vl-signin-assistant: configuration error: NODE_ENV: must be one of development, production, test, got "prod"$/],
    ['a help-desk channel for an unknown category', { HELPDESK_CHANNELS: '11111111-2222-3333-4444-555555555555:takover=19:x@thread.tacv2' }, /^vl-signin-assistant: configuration error: HELPDESK_CHANNELS: "takover" is not a category/],
  ])('stops on %s with exit 1 and one line naming the setting', async (_name, env, line) => {
    const { code, stderr, stdout } = await runBotExpectingExit(env);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(line);
    expect(`${stdout}${stderr}`).not.toContain('very-secret');
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

  // npm start as App Service runs it: with BOT_ID, the compiled dist/ (built here first when a source is newer).
  it('npm start with BOT_ID runs node on the compiled dist/, not the TypeScript sources', { timeout: 120_000 }, async () => {
    // A dist/ older than the sources, holding the output of a source since moved (text/en.ts became text/en/): rebuilt without it.
    const leftover = join(REPO_ROOT, 'dist', 'src', 'text', 'en.js');
    mkdirSync(dirname(leftover), { recursive: true });
    writeFileSync(leftover, 'exports.catalog = undefined;\n');
    const compiled = join(REPO_ROOT, 'dist', 'src', 'index.js');
    if (existsSync(compiled)) utimesSync(compiled, 0, 0);
    const bot = await startBot({ BOT_ID, BOT_PASSWORD: 'test-password', HOST: '127.0.0.1' }, undefined, [join(REPO_ROOT, 'scripts', 'start.js')]);
    try {
      expect(existsSync(leftover)).toBe(false);
      const pid = bot.child.pid as number;
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
      expect(children).toHaveLength(1);
      const commandLine = readFileSync(`/proc/${children[0]}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(commandLine.slice(1)).toEqual([join(REPO_ROOT, 'dist', 'src', 'index.js')]);
      expect(existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      // start.js passes SIGTERM on and exits as a process stopped by it would (128 + 15).
      expect(await bot.kill()).toBe(143);
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
