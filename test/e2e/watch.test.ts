import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/botProcess';
import { BROWSER_AVAILABLE, PHONE_CARD_WIDTH_PX, startJourneyStack, type JourneyStack, type PlaygroundPage } from './harness';

/** Screenshots for people to look at (gitignored). */
const OUT = join(REPO_ROOT, 'test-output', 'cards');
const DOMAIN = 'watch-e2e.example';
const ADDRESS = `alexw@${DOMAIN}`;

async function shoot(playground: PlaygroundPage, name: string, hasText?: string): Promise<void> {
  const path = join(OUT, `watch-${name}.png`);
  await playground.inTallWindow(() => playground.atCardWidth(PHONE_CARD_WIDTH_PX, () => playground.saveCard(path, hasText), hasText));
}

const describeBrowser = BROWSER_AVAILABLE ? describe : describe.skip;

describeBrowser('"Tell me when it’s fixed" in the Agents Playground', () => {
  let suite: JourneyStack;
  beforeAll(async () => {
    suite = await startJourneyStack();
    suite.entra.addDomain(DOMAIN, { kind: 'unmanaged', work: ['alexw'] });
  }, 120_000);
  afterAll(async () => {
    await suite?.stop();
  });

  it('watches an address from its card; after the takeover, "check again" brings the fixed card', async () => {
    mkdirSync(OUT, { recursive: true });
    const playground = await suite.open();
    await playground.sendMessage(`check ${ADDRESS}`);
    await playground.waitForText('Option 1: take over the tenant');
    // On the takeover card it is on the Option 1 page, where the fix it watches for is made.
    await playground.clickButton('Option 1: take over the tenant');
    await playground.waitForPresent('Tell me when it’s fixed');
    await shoot(playground, 'offered', 'Tell me when it’s fixed');
    await playground.clickButton('Tell me when it’s fixed');
    await playground.waitForText(`Watching ${ADDRESS}`);
    await shoot(playground, 'watching', `Watching ${ADDRESS}`);

    // The takeover: the domain's tenant is managed now.
    suite.entra.addDomain(DOMAIN, { kind: 'managed', brand: 'Watch E2E', work: ['alexw'] });
    await playground.clickButton('Check again now');
    await playground.waitForText(`Fixed: ${ADDRESS} is ready for VLSC`);
    await playground.waitForText(`${ADDRESS}: fixed`);
    await shoot(playground, 'fixed', `Fixed: ${ADDRESS}`);
    expect(await playground.lastCard(`Fixed: ${ADDRESS}`).innerText()).toContain('multifactor authentication (MFA)');
    await playground.clickButton('Details');
    await playground.waitForPresent(`Everyone else at ${DOMAIN}`);
    await shoot(playground, 'fixed-others', `Fixed: ${ADDRESS}`);
  }, 120_000);
});
