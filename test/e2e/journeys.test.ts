import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { describeInPlayground, type PlaygroundPage } from './harness';

describeInPlayground('journey 1 in the Agents Playground', (open) => {
  async function checkAnother(playground: PlaygroundPage, address: string): Promise<void> {
    await playground.sendMessage('check my account');
    await playground.waitForText('Which account do you use to sign in to VLSC?');
    await playground.fillCardInput('Another e-mail address', address);
    await playground.clickButton('Check this address');
  }

  it('checks another address and shows the unmanaged-tenant card, then the personal-account card', async () => {
    const playground = await open();

    await checkAnother(playground, 'megan@fourthcoffee.xyz');
    await playground.waitForText('Your VLSC account is in an unmanaged (“viral”) tenant');
    // Option 2 opens on demand.
    await playground.clickButton('Option 2: a new account');
    await playground.waitForText('Option 2 — create a new …onmicrosoft.com account');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-takeover.png'));

    await checkAnother(playground, 'pat@outlook.com');
    await playground.waitForText('This is a personal Microsoft account');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-personal.png'));
  }, 120_000);
});
