import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ENDONYMS } from '../../src/text/languages';
import { catalog as de } from '../../src/text/de';
import { catalog as en } from '../../src/text/en';
import { REPO_ROOT } from '../helpers/botProcess';
import { describeInPlayground, type PlaygroundPage } from './harness';

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
/**
 * A card's width on a narrow phone (a 360 px screen less the chat's margins; our estimate, not
 * a figure Microsoft publishes): the card must read at it, not only at the desktop's ~446 px.
 */
const PHONE_CARD_WIDTH_PX = 320;

const R = de.result.takeover;
/** The English of what the German takeover card shows, none of which may be left on it. */
const ENGLISH_TAKEOVER = [en.result.takeover.title, en.result.takeover.next, en.result.takeover.option1.button, en.result.takeover.option2.button, en.result.takeover.skip.button];

describeInPlayground('journey 1 in German in the Agents Playground', (open) => {
  beforeAll(() => mkdirSync(OUTPUT_DIR, { recursive: true }));

  async function saveCard(playground: PlaygroundPage, name: string): Promise<void> {
    const card = playground.lastCard();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
  }

  /** Runs `body` in a window tall enough for an opened card, which can be taller than the chat pane. */
  async function inTallWindow(playground: PlaygroundPage, body: () => Promise<void>): Promise<void> {
    const viewport = playground.page.viewportSize();
    await playground.page.setViewportSize({ width: viewport?.width ?? 1400, height: 3000 });
    try {
      await body();
    } finally {
      if (viewport) await playground.page.setViewportSize(viewport);
    }
  }

  /**
   * The titles of the newest card's buttons (those of an opened part too) that do not fit: cut
   * inside the button, or running past the content edge of what holds it, where it is clipped.
   */
  async function cutButtons(playground: PlaygroundPage): Promise<string[]> {
    return playground.lastCard().locator('button:visible').evaluateAll((buttons) => {
      const pastItsHolder = (button: Element) => {
        const right = button.getBoundingClientRect().right;
        for (let holder = button.parentElement; holder && holder !== document.body; holder = holder.parentElement) {
          if (right > holder.getBoundingClientRect().right - (parseFloat(getComputedStyle(holder).paddingRight) || 0) + 1) return true;
        }
        return false;
      };
      // A box holding text (not an inline element, which has no client width, nor an icon's drawing) too narrow for it.
      const holdsText = (el: Element) => el.clientWidth > 0 && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      // Only a card's own buttons: the Playground's "…" (More options) draws its dots wider than their box by design.
      const cutInside = (button: Element) =>
        button.classList.contains('ac-pushButton') && [button, ...button.querySelectorAll('*')].some((el) => holdsText(el) && el.scrollWidth > el.clientWidth + 1);
      return buttons.filter((button) => pastItsHolder(button) || cutInside(button)).map((button) => (button.textContent ?? '').trim());
    });
  }

  /**
   * Lays the newest card out at a phone's width (the Playground gives a card ~446 px whatever
   * the window), checks that every button's title fits, and saves it as `<name>-phone.png`.
   */
  async function checkAtPhoneWidth(playground: PlaygroundPage, name: string): Promise<void> {
    const card = playground.lastCard();
    await card.evaluate((el, width) => ((el as HTMLElement).style.width = `${width}px`), PHONE_CARD_WIDTH_PX);
    try {
      expect.soft(await cutButtons(playground), `${name}: buttons cut at ${PHONE_CARD_WIDTH_PX} px`).toEqual([]);
      await inTallWindow(playground, () => saveCard(playground, `${name}-phone`));
    } finally {
      await card.evaluate((el) => ((el as HTMLElement).style.width = ''));
    }
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
    await inTallWindow(playground, () => saveCard(playground, 'de-takeover-option1-open'));
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
