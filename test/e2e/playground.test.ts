import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInPlayground } from './harness';

describeInPlayground('in the Agents Playground', (open) => {
  it('answers "help" in the personal chat with the help card', async () => {
    const playground = await open();
    await playground.sendMessage('help');
    await playground.waitForText('What I can do');

    const card = playground.lastCard();
    await expect.poll(() => card.locator('.ac-textBlock').first().innerText()).toBe('VL Sign-in Assistant');
    expect(await card.innerText()).toContain('What I can do');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-help.png'));
  }, 90_000);
});
