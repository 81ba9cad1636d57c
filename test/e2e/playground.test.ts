import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser, PlaygroundPage, startStack, type Stack } from './harness';

// Developers without Chromium may skip this file; CI must not (it installs chromium in .ci/run).
const runnable = existsSync(CHROMIUM_PATH) || Boolean(process.env.CI);

describe.runIf(runnable)('in the Agents Playground', () => {
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('answers "help" in the personal chat with the help card', async () => {
    const playground = await PlaygroundPage.open(browser as Browser, (stack as Stack).playground.url);
    // The welcome card (sent on install) also says "What I can do": let it arrive first.
    await playground.lastCard().waitFor();
    await playground.sendMessage('help');
    await playground.waitForText('What I can do');

    const card = playground.lastCard();
    await expect.poll(() => card.locator('.ac-textBlock').first().innerText()).toBe('VL Sign-in Assistant');
    expect(await card.innerText()).toContain('What I can do');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-help.png'));
  }, 90_000);
});

if (!runnable) {
  describe('in the Agents Playground', () => {
    it.skip(`needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); CI never skips`, () => {});
  });
}
