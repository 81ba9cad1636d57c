import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/botProcess';
import { describeInPlayground, type PlaygroundPage } from './harness';

/** Screenshots for people to look at (gitignored). */
const OUT = join(REPO_ROOT, 'test-output', 'cards');
/** Teams' chat column on a phone-sized card. */
const CARD_WIDTH = 446;

/** The newest card's size as the Playground renders it, and a picture of it. */
async function shoot(playground: PlaygroundPage, name: string): Promise<{ width: number; height: number }> {
  const card = playground.lastCard();
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  if (!box) throw new Error(`no ${name} card on the page`);
  await card.screenshot({ path: join(OUT, `${name}.png`) });
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

// In local anonymous mode everyone is help desk, so the one Playground person escalates and triages in the personal chat.
describeInPlayground('help-desk cards in the Agents Playground', (open) => {
  it('shows the case list and the stats chart at chat width, and assigns from the list', async () => {
    mkdirSync(OUT, { recursive: true });
    const playground = await open();
    await playground.page.setViewportSize({ width: 900, height: 1400 });
    for (const address of ['megan@fourthcoffee.xyz', 'pat@outlook.com', 'admin@fourthcoffee.xyz']) {
      await playground.sendMessage(`check ${address}`);
      await playground.waitForText(address);
      await playground.clickButton('Ask my admin / help desk');
      await playground.waitForText('case VL-');
    }

    await playground.sendMessage('cases');
    await playground.waitForText('Open cases: 3');
    const list = await shoot(playground, 'case-list');
    expect(list.width).toBeLessThanOrEqual(CARD_WIDTH + 50);

    await playground.clickButton('Assign to me');
    await playground.waitForText('with Alex Wilber');
    await shoot(playground, 'case-list-assigned');

    await playground.clickButton('Open');
    await playground.waitForText('What I found');
    const opened = await shoot(playground, 'case-opened-from-list');
    // Notes and questions open on demand; what is typed there still reaches the case.
    await playground.clickButton('Note or question');
    await playground.fillCardInput('Note', 'Called the registrar');
    await shoot(playground, 'case-note-open');
    await playground.clickButton('Add note');
    await playground.waitForText('Called the registrar');

    await playground.sendMessage('stats');
    await playground.waitForText('Case statistics');
    const stats = await shoot(playground, 'case-stats');

    await playground.sendMessage('export');
    await playground.waitForText('Case export');
    await shoot(playground, 'case-export');

    console.log(`help-desk cards: list ${list.width}×${list.height} px, case ${opened.width}×${opened.height} px, stats ${stats.width}×${stats.height} px`);
  }, 180_000);
});
