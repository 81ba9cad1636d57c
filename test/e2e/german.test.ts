import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ENDONYMS } from '../../src/text/languages';
import { catalog as de } from '../../src/text/de';
import { catalog as en } from '../../src/text/en';
import { REPO_ROOT } from '../helpers/botProcess';
import { describeInPlayground, PHONE_CARD_WIDTH_PX, type PlaygroundPage } from './harness';

/**
 * Journey 1 in German, in the Playground. The Playground cannot be put in German: every
 * activity it generates (typed messages, card submits and invokes, installs) carries
 * `locale: "en-US"` and a clientInfo entity with "en-US" as literals (its activity generators
 * in @microsoft/m365agentsplayground/dist/index.js, 0.2.28); .m365agentsplayground.yml has no
 * locale setting, and the locale its server reads from Intl (internalConfig.locale) is sent
 * to the page but used nowhere. Only "Mock an Activity" → "Custom activity" forwards a
 * hand-written activity as it is, locale included, and the buttons of the card it gets
 * back submit "en-US" again. So German comes from the person's choice, as a person whose
 * Teams is in English would make it: "Sprache: Deutsch", kept for every later turn.
 */
const OUTPUT_DIR = join(REPO_ROOT, 'test-output', 'cards');
const R = de.result.takeover;
/** The English of what the German takeover card shows, none of which may be left on it. */
const ENGLISH_TAKEOVER = [en.result.takeover.title, en.result.takeover.next, en.result.takeover.option1.button, en.result.takeover.option2.button, en.result.takeover.skip.button];

describeInPlayground('journey 1 in German in the Agents Playground', (open) => {
  beforeAll(() => mkdirSync(OUTPUT_DIR, { recursive: true }));

  const saveCard = (playground: PlaygroundPage, name: string) => playground.saveCard(join(OUTPUT_DIR, `${name}.png`));

  /** Checks at a phone's width that every button's title of the newest card fits, and saves it as `<name>-phone.png`. */
  async function checkAtPhoneWidth(playground: PlaygroundPage, name: string): Promise<void> {
    await playground.atCardWidth(PHONE_CARD_WIDTH_PX, async () => {
      expect.soft(await playground.cutButtons(), `${name}: buttons cut at ${PHONE_CARD_WIDTH_PX} px`).toEqual([]);
      await playground.inTallWindow(() => saveCard(playground, `${name}-phone`));
    });
  }

  it('switches to German on "Sprache: Deutsch", then checks an unmanaged-tenant address, opens Option 1, presses a blocker and cancels, all in German', async () => {
    const playground = await open();

    await playground.sendMessage('Sprache: Deutsch');
    await playground.waitForText(de.language.changed(ENDONYMS.de));

    await playground.sendMessage('Konto prüfen');
    await playground.waitForText(de.account.title);
    await checkAtPhoneWidth(playground, 'de-account-question');
    await playground.fillCardInput(de.account.otherLabel, 'megan@fourthcoffee.xyz');
    // The submit carries the Playground's "en-US": the stored choice still answers in German.
    await playground.clickButton(de.account.otherButton);
    await playground.waitForText(R.title);

    const card = playground.lastCard();
    const firstView = await card.innerText();
    expect(firstView).toContain(R.title);
    expect(firstView).toContain(R.next);
    for (const english of ENGLISH_TAKEOVER) expect(firstView, 'English left on the German card').not.toContain(english);
    await saveCard(playground, 'de-takeover');
    await checkAtPhoneWidth(playground, 'de-takeover');

    // Its details open on demand.
    await playground.clickButton(R.option1.button);
    await playground.waitForText(R.option1.heading);
    const opened = await card.innerText();
    expect(opened).toContain(R.blockerQuestion);
    // The check's time is written the same in every language, not in English words.
    expect(opened).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(opened).not.toContain('GMT');
    await playground.inTallWindow(() => saveCard(playground, 'de-takeover-option1-open'));
    await checkAtPhoneWidth(playground, 'de-takeover-option1-open');

    // A button that asks the bot: the card it answers with is German too.
    const blocker = de.result.blockers['no-admin'];
    await playground.clickButton(blocker.button);
    await playground.waitForText(blocker.title);
    expect(await playground.lastCard().innerText()).not.toContain(en.result.blockers['no-admin'].title);
    await saveCard(playground, 'de-blocker-no-admin');
    await checkAtPhoneWidth(playground, 'de-blocker-no-admin');

    // "abbrechen" closes a question card, in German.
    await playground.sendMessage('Konto prüfen');
    await playground.waitForText(de.account.title);
    await playground.sendMessage('abbrechen');
    await playground.waitForText(de.cancel.done);
    await playground.waitForText(de.cancel.closedCard);
    await playground.screenshot(join(OUTPUT_DIR, 'de-cancelled.png'));
  }, 150_000);
});
