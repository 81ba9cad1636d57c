import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { freePort, REPO_ROOT, startBot, type BotProcess } from '../helpers/botProcess';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { listeningPort, playgroundLaunch } from '../../scripts/playground';

/**
 * End-to-end harness: the real bot, the Microsoft 365 Agents Playground connected to it,
 * and Debian's Chromium driving the Playground page like a person would. Everything
 * listens on loopback; the browser is not allowed to reach anything else.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 60_000;
const UI_TIMEOUT_MS = 20_000;

export interface PlaygroundProcess {
  url: string;
  output: string[];
  stop(): Promise<void>;
}

/** Kills the child's whole process group (it was started detached), then waits for it. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the Playground, on loopback only (see scripts/playground-loopback.js), against a bot
 * endpoint, with the repository's .m365agentsplayground.yml given by path so that the working
 * folder can be a temporary one, which also takes its log file. It falls back to a random port
 * when the requested one is taken, so the URL is read from its "Listening on <port>" line.
 */
export async function startPlayground(botEndpoint: string): Promise<PlaygroundProcess> {
  const workDir = mkdtempSync(join(tmpdir(), 'vlsa-playground-'));
  const launch = playgroundLaunch(botEndpoint, await freePort(), {
    ...process.env,
    // Tests never open a browser tab, even on a desktop.
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(REPO_ROOT, '.m365agentsplayground.yml'),
    M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
  });
  const child = spawn(launch.command, launch.args, { cwd: workDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: launch.env });
  const output: string[] = [];
  const port = await new Promise<string>((ready, reject) => {
    const timer = setTimeout(() => reject(new Error(`Playground did not start:\n${output.join('\n')}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        const listening = listeningPort(line);
        if (listening) {
          clearTimeout(timer);
          ready(listening);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Playground exited with ${code}:\n${output.join('\n')}`));
    });
  });
  return { url: `http://localhost:${port}`, output, stop: () => stopGroup(child) };
}

export interface Stack {
  bot: BotProcess;
  playground: PlaygroundProcess;
  stop(): Promise<void>;
}

/** The bot (anonymous local mode, SQLite in a temporary folder) with a Playground in front of it. */
async function startStack(botEnv: Record<string, string> = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vlsa-e2e-'));
  const bot = await startBot({ SQLITE_PATH: join(dataDir, 'vlsa.sqlite'), ...botEnv }, dataDir);
  try {
    const playground = await startPlayground(`${bot.url}/api/messages`);
    return {
      bot,
      playground,
      stop: async () => {
        await playground.stop();
        await bot.kill();
      },
    };
  } catch (error) {
    await bot.kill();
    throw error;
  }
}

/** Developers without Chromium may skip the browser suites; CI never does (.ci/run installs it). */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM_PATH) || Boolean(process.env.CI);

/**
 * A browser suite against the bot, the Entra fake and the Playground, started once for
 * the suite: `open()` gives a fresh Playground page.
 */
export function describeInPlayground(title: string, body: (open: () => Promise<PlaygroundPage>) => void): void {
  if (!BROWSER_AVAILABLE) {
    describe(title, () => {
      it.skip(`needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); CI never skips`, () => {});
    });
    return;
  }
  describe(title, () => {
    let suite: JourneyStack | undefined;
    beforeAll(async () => {
      suite = await startJourneyStack();
    }, 120_000);
    afterAll(async () => {
      await suite?.stop();
    });
    body(() => (suite as JourneyStack).open());
  });
}

/** What an end-to-end suite runs against: the Entra fake, the bot with the Playground, and Chromium. */
export interface JourneyStack {
  entra: EntraFake;
  stack: Stack;
  browser: Browser;
  open(): Promise<PlaygroundPage>;
  stop(): Promise<void>;
}

/** The bot diagnosing against a local Entra fake, the Playground in front of it, and a browser; `botEnv` adds settings (Graph …). */
export async function startJourneyStack(botEnv: Record<string, string> = {}): Promise<JourneyStack> {
  const entra = await startEntraFake();
  const stack = await startStack({ ENTRA_LOGIN_URL: entra.url, ...botEnv });
  const browser = await launchBrowser();
  return {
    entra,
    stack,
    browser,
    open: async () => {
      const playground = await PlaygroundPage.open(browser, stack.playground.url);
      // The welcome card arrives on install: let it land before anything is sent.
      await playground.lastCard().waitFor();
      return playground;
    },
    stop: async () => {
      await browser.close();
      await stack.stop();
      await entra.close();
    },
  };
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** The page's visible text, and the parts of it that are not the conversation. */
interface PageText {
  all: string;
  notConversation: string[];
}

function conversationCount(text: PageText, needle: string): number {
  return text.notConversation.reduce((count, part) => count - occurrences(part, needle), occurrences(text.all, needle));
}

/**
 * The Playground page as a user sees it. `sendMessage` and `clickButton` remember what the
 * conversation showed before them, and `waitForText` waits for text that is new since then,
 * so a reply is never confused with an earlier card (the welcome card also says "What I can do").
 */
/**
 * A card's width on a narrow phone (a 360 px screen less the chat's margins; our estimate, not
 * a figure Microsoft publishes): a card must read at it, not only at the desktop's ~446 px.
 */
export const PHONE_CARD_WIDTH_PX = 320;

export class PlaygroundPage {
  private before: PageText = { all: '', notConversation: [] };

  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<PlaygroundPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The page asks Microsoft's CDN for fonts and animations; keep tests offline and fast.
    await page.route((u) => !isLoopback(u.toString()), (route) => route.abort());
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const playground = new PlaygroundPage(page);
    await playground.composer().waitFor({ timeout: STARTUP_TIMEOUT_MS });
    // The log panel repeats message texts; hide it so only the conversation counts.
    const hideLog = page.getByTitle('Hide log panel');
    if (await hideLog.isVisible()) await hideLog.click();
    await playground.mark();
    return playground;
  }

  /** Switches to a chat or channel by its label in the left pane: "Personal Chat", "IT Help Desk - VLSC cases" … */
  async openConversation(label: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: label, exact: true }).click();
    await this.composer().waitFor({ timeout: UI_TIMEOUT_MS });
    await this.mark();
  }

  /** Types into the compose box and sends: Enter in a chat, the Post button for a new channel post. */
  async sendMessage(text: string): Promise<void> {
    await this.mark();
    const box = this.composer();
    await box.click();
    await this.page.keyboard.type(text);
    const post = this.page.getByRole('button', { name: 'Post', exact: true });
    if (await post.isVisible()) await post.click();
    else await this.page.keyboard.press('Enter');
    await this.page.waitForFunction((el) => (el as HTMLElement).innerText.trim() === '', await box.elementHandle(), {
      timeout: UI_TIMEOUT_MS,
    });
  }

  /** Waits until `text` shows up in the conversation more often than before the last send or click. */
  async waitForText(text: string, timeoutMs = UI_TIMEOUT_MS): Promise<void> {
    const baseline = conversationCount(this.before, text);
    const deadline = Date.now() + timeoutMs;
    while (conversationCount(await this.pageText(), text) <= baseline) {
      if (Date.now() > deadline) {
        throw new Error(`"${text}" did not appear within ${timeoutMs} ms; the page shows:\n${(await this.pageText()).all}`);
      }
      await this.page.waitForTimeout(200);
    }
  }

  /** Waits until `text` is in the conversation at all (for what arrived before it was opened). */
  async waitForPresent(text: string, timeoutMs = UI_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (conversationCount(await this.pageText(), text) === 0) {
      if (Date.now() > deadline) throw new Error(`"${text}" is not in the conversation; the page shows:\n${(await this.pageText()).all}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Clicks the newest Adaptive Card button with this title. */
  async clickButton(title: string): Promise<void> {
    await this.mark();
    await this.page.locator('.ac-adaptiveCard').getByRole('button', { name: title, exact: true }).last().click();
  }

  /** Types into the newest card's text input with this label (or the first text input). */
  async fillCardInput(label: string, value: string): Promise<void> {
    const card = this.lastCard();
    // A text box, not a button whose title holds the same word ("Note or question" opening the "Note" field).
    const byLabel = card.getByRole('textbox', { name: label });
    const input = (await byLabel.count()) > 0 ? byLabel.first() : card.locator('input[type="text"], input[type="email"], textarea').first();
    await input.fill(value);
  }

  /**
   * The newest Adaptive Card in the conversation (a card, not the card an Action.ShowCard opened
   * inside it); with `hasText`, the newest holding that text (cards updated in place keep their place).
   */
  lastCard(hasText?: string): Locator {
    return this.page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)', hasText === undefined ? {} : { hasText }).last();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  /** Saves the newest card (holding `hasText`, when given) alone as a PNG. */
  async saveCard(path: string, hasText?: string): Promise<void> {
    const card = this.lastCard(hasText);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path });
  }

  /** Runs `body` in a window tall enough for an opened card, which can be taller than the chat pane. */
  async inTallWindow<T>(body: () => Promise<T>): Promise<T> {
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width: viewport?.width ?? 1400, height: 3000 });
    try {
      return await body();
    } finally {
      if (viewport) await this.page.setViewportSize(viewport);
    }
  }

  /**
   * Lays the newest card (holding `hasText`, when given) out `widthPx` wide (the Playground gives a
   * card ~446 px whatever the window), runs `body` on it, then gives the card its width back.
   */
  async atCardWidth<T>(widthPx: number, body: () => Promise<T>, hasText?: string): Promise<T> {
    const card = this.lastCard(hasText);
    await card.evaluate((el, width) => ((el as HTMLElement).style.width = `${width}px`), widthPx);
    try {
      return await body();
    } finally {
      await card.evaluate((el) => ((el as HTMLElement).style.width = ''));
    }
  }

  /**
   * Of `titles`, those that would not fit on the newest card's first button where it stands: each
   * is written into that button in turn and measured as `cutButtons` does; its title is put back.
   */
  async cutTitles(titles: readonly string[]): Promise<string[]> {
    return this.lastCard().evaluate((card, candidates) => {
      const button = card.querySelector('.ac-pushButton') ?? card.querySelector('button');
      if (!button) throw new Error(`the card has no button to measure titles on: ${card.outerHTML.slice(0, 3000)}`);
      const label = [button, ...button.querySelectorAll('*')].find((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()));
      if (!label) throw new Error('the button has no title');
      const original = label.textContent;
      const edge = (el: Element) => el.getBoundingClientRect().right - (parseFloat(getComputedStyle(el).paddingRight) || 0) + 1;
      const cut = (title: string) => {
        label.textContent = title;
        return label.scrollWidth > label.clientWidth + 1 || button.scrollWidth > button.clientWidth + 1 || button.getBoundingClientRect().right > edge(card);
      };
      try {
        return candidates.filter(cut);
      } finally {
        label.textContent = original;
      }
    }, titles);
  }

  /**
   * The titles of the newest card's buttons (those of an opened part too) that do not fit: cut
   * inside the button, or running past the content edge of what holds it, where it is clipped.
   */
  async cutButtons(): Promise<string[]> {
    return this.lastCard().locator('button:visible').evaluateAll((buttons) => {
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

  /** The compose box: a chat's message box, or a channel's "Start a new post" box (the first one). */
  private composer(): Locator {
    return this.page.locator('[role="textbox"][contenteditable="true"]').first();
  }

  private async mark(): Promise<void> {
    this.before = await this.pageText();
  }

  /** Not the conversation: the list of chats (it previews last messages) and the compose boxes. */
  private pageText(): Promise<PageText> {
    return this.page.evaluate(() => ({
      all: document.body.innerText,
      notConversation: [
        ...document.querySelectorAll('[role="region"][aria-label="Chat and Teams Channel"], [role="textbox"]'),
      ].map((el) => (el as HTMLElement).innerText),
    }));
  }
}
