import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { CHROMIUM_PATH, launchBrowser, PlaygroundPage, startStack, type Stack } from './harness';

const runnable = existsSync(CHROMIUM_PATH) || Boolean(process.env.CI);

describe.runIf(runnable)('journey 1 in the Agents Playground', () => {
  let entra: EntraFake | undefined;
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    entra = await startEntraFake();
    stack = await startStack({ ENTRA_LOGIN_URL: entra.url });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await entra?.close();
  });

  async function checkAnother(playground: PlaygroundPage, address: string): Promise<void> {
    await playground.sendMessage('check my account');
    await playground.waitForText('Which account do you use to sign in to VLSC?');
    await playground.fillCardInput('Another e-mail address', address);
    await playground.clickButton('Check this address');
  }

  it('checks another address and shows the unmanaged-tenant card, then the personal-account card', async () => {
    const playground = await PlaygroundPage.open(browser as Browser, (stack as Stack).playground.url);
    await playground.lastCard().waitFor();

    await checkAnother(playground, 'megan@fourthcoffee.xyz');
    await playground.waitForText('Your VLSC account is in an unmanaged (“viral”) tenant');
    await playground.waitForText('Option 2 — create a new …onmicrosoft.com account');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-takeover.png'));

    await checkAnother(playground, 'pat@outlook.com');
    await playground.waitForText('This is a personal Microsoft account');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-personal.png'));
  }, 120_000);
});
