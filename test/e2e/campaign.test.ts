import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/botProcess';
import { describeInPlayground, PHONE_CARD_WIDTH_PX, type PlaygroundPage } from './harness';

/** Screenshots for people to look at (gitignored). */
const OUT = join(REPO_ROOT, 'test-output', 'cards');

/**
 * The newest card laid out at phone width, saved as test-output/cards/campaign-<name>.png; with
 * `hasText`, the newest holding it (the progress card is updated in place, so it need not be last).
 */
async function shoot(playground: PlaygroundPage, name: string, hasText?: string): Promise<void> {
  const path = join(OUT, `campaign-${name}.png`);
  await playground.inTallWindow(() => playground.atCardWidth(PHONE_CARD_WIDTH_PX, () => playground.saveCard(path, hasText), hasText));
}

// A mix of the Entra fake's verdicts: managed (ready), unmanaged, a Microsoft account, a federated domain,
// and the Playground's own person (alexw@contoso.com), who installed the bot and so can be reached.
const ADDRESSES = ['alexw@contoso.com', 'alex@contoso.com', 'megan@fourthcoffee.xyz', 'pat@outlook.com', 'dual@fabrikam.com'].join('\n');

// In local anonymous mode everyone is a campaign admin, so the one Playground person runs the campaign.
describeInPlayground('a campaign in the Agents Playground', (open) => {
  it('starts, previews, sends and finishes; the progress card reaches done', async () => {
    mkdirSync(OUT, { recursive: true });
    const playground = await open();
    await playground.sendMessage('start a campaign');
    await playground.waitForText('Start a campaign');
    await shoot(playground, 'start');

    await playground.fillCardInput('Addresses', ADDRESSES);
    await playground.fillCardInput('Your note, shown above each person’s result', 'Please do this before Friday.');
    await playground.clickButton('Check the addresses');
    await playground.waitForText(': preview');
    await shoot(playground, 'preview');
    await playground.clickButton('Results');
    await playground.waitForPresent('megan@fourthcoffee.xyz');
    await shoot(playground, 'preview-details');

    await playground.clickButton('Send');
    await playground.waitForText('Done: every person', 60_000);
    await shoot(playground, 'progress-done', 'Done: every person');
    expect(await playground.lastCard('Done: every person').innerText()).toMatch(/Sent\s+1/);
    // The Playground person is a recipient too: their own result, with the admin's note on top.
    await playground.waitForPresent('A note from');
    await shoot(playground, 'recipient', 'A note from');
    expect(await playground.lastCard('A note from').innerText()).toContain('Please do this before Friday.');
  }, 180_000);

  it('cancels from the preview', async () => {
    const playground = await open();
    await playground.sendMessage('start a campaign');
    await playground.waitForText('Start a campaign');
    await playground.fillCardInput('Addresses', 'megan@fourthcoffee.xyz');
    await playground.clickButton('Check the addresses');
    await playground.waitForText(': preview');
    await playground.clickButton('Cancel');
    await playground.waitForText('is cancelled');
  }, 120_000);
});
