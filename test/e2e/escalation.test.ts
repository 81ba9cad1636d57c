import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { describeInPlayground } from './harness';

// The Playground has one signed-in person (the employee persona, a member of the "IT Help
// Desk" team), so the same person escalates in the personal chat and triages in the channel.
describeInPlayground('escalation in the Agents Playground', (open) => {
  it('escalates from the personal chat; the help desk assigns and resolves it in the channel; the employee is notified', async () => {
    const playground = await open();

    // The Playground passes channel posts to the bot only when they @mention it; the
    // welcome card's button sends the same command.
    await playground.openConversation('IT Help Desk - VLSC cases');
    await playground.clickButton('Use this channel');
    await playground.waitForText('This channel now receives');

    await playground.openConversation('Personal Chat');
    await playground.sendMessage('check megan@fourthcoffee.xyz');
    await playground.waitForText('Your VLSC account is in an unmanaged (“viral”) tenant');
    await playground.clickButton('Ask my admin / help desk');
    await playground.waitForText('I opened case');

    await playground.openConversation('IT Help Desk - VLSC cases');
    await playground.waitForPresent('Tenant takeover');
    await playground.clickButton('Assign to me');
    await playground.waitForText('Assigned');
    await playground.clickButton('Resolve');
    await playground.waitForText('Resolved');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-channel.png'));

    await playground.openConversation('Personal Chat');
    await playground.waitForPresent('Update on your case');
    await playground.screenshot(join(tmpdir(), 'vlsa-e2e-notified.png'));
  }, 180_000);
});
