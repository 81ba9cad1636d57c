import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, cardOf, markdownText, nodes, type Json } from '../helpers/cards';
import type { TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';

const APOLOGY = 'Sorry, something went wrong';
const LONG = 'word '.repeat(2000).trim();

/** Text people type or paste, and what must reach a card unchanged. */
const INPUTS: Array<[string, string]> = [
  ['template syntax', '${name} ${1+1} {{name}} ${$root} $when'],
  ['markdown', '**bold** _it_ [click](https://evil.example) # Heading'],
  ['HTML', '<script>alert(1)</script><b>bold</b> &amp; &lt;'],
  ['RTL marks', 'invoice\u202Egnp.exe \u200Fשלום'],
  ['emoji with ZWJ sequences', '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🧑‍💻'],
  ['NUL and control characters', 'nul\u0000bel\u0007esc\u001b[31mdel\u007f end'],
];

let rig: JourneyRig;
beforeAll(async () => {
  rig = await startJourneyRig({ LOOKUP_USER_LIMIT_PER_HOUR: '1000' });
});
afterAll(async () => {
  await rig?.close();
});

function conversationActivities(user: TeamsUser): Json[] {
  return [...rig.connector.sent(user.conversationId), ...rig.connector.updated(user.conversationId)];
}

/** What a crash looks like from outside: an apology, or a body the connector could not parse as JSON. */
function expectNoCrash(user: TeamsUser): void {
  const calls = rig.connector.calls.filter((c) => c.conversationId === user.conversationId);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((c) => c.body === undefined)).toEqual([]);
  for (const activity of conversationActivities(user)) expect(String(activity.text ?? '')).not.toContain(APOLOGY);
}

/** User text may appear as TextRun or as an input's value, never in a TextBlock (which renders markdown). */
function expectNeverAsMarkdown(user: TeamsUser, text: string): void {
  for (const activity of conversationActivities(user)) {
    if (activity.attachments) expect(markdownText(cardOf(activity))).not.toContain(text);
  }
}

function textRuns(card: Json): string[] {
  return nodes(card)
    .filter((n) => n.type === 'TextRun')
    .map((n) => String(n.text));
}

describe.each([...INPUTS, ['10,000 characters', LONG] as [string, string]])('user text with %s', (_name, text) => {
  it('typed as a question: answered, without an apology', async () => {
    const user = rig.user();
    expect((await user.say(text)).status).toBe(200);
    expectNoCrash(user);
    expect(rig.connector.sent(user.conversationId).length).toBeGreaterThan(0);
    expectNeverAsMarkdown(user, text);
  });

  it('typed as the address on the account card: asked again with a reason, the text kept as typed (up to 320 characters)', async () => {
    const user = rig.user();
    await user.say('check my account');
    const card = cardOf(rig.connector.sent(user.conversationId).at(-1));
    expect((await user.submit({ ...(actionTitled(card, 'Check this address').data as Json), otherAddress: text })).status).toBe(200);
    expectNoCrash(user);
    const updated = cardOf(rig.connector.updated(user.conversationId).at(-1));
    const input = nodes(updated).find((n) => n.type === 'Input.Text');
    expect(input?.value).toBe(text.slice(0, 320));
    expect(rig.entra.requests.total).toBe(0);
    expectNeverAsMarkdown(user, text.slice(0, 320));
  });

  it('typed into the draft fields: shown literally through TextRun, or refused with a reason when too long', async () => {
    const user = rig.user();
    const submitted = await user.submit({ verb: 'vlsa.draft.update', kind: 'mfa-support', error: text, contactName: text, globalAdmin: text });
    expect(submitted.status).toBe(200);
    expectNoCrash(user);
    const card = cardOf(rig.connector.sent(user.conversationId).at(-1));
    expectNeverAsMarkdown(user, text);
    if (text.length > 2000) {
      expect(textRuns(card)).toContain('This is longer than 2000 characters; please shorten it.');
      expect(textRuns(card)).toContain('This is longer than 200 characters; please shorten it.');
    } else {
      // Drafts drop invisible control characters and bidirectional overrides (they would
      // travel into the e-mail support reads); everything else is shown as typed.
      const visible = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '');
      expect(textRuns(card).some((run) => run.includes(visible))).toBe(true);
    }
  });
});

describe('afterwards', () => {
  it('no turn failed, nothing unhandled, and the bot is healthy', async () => {
    const { result } = await logDuring(rig.bot, () => fetch(`${rig.bot.url}/healthz`));
    expect(result.status).toBe(200);
    const log = rig.bot.output.join('\n');
    expect(log).not.toContain('unhandled rejection');
    expect(log).not.toContain('"msg":"turn failed"');
  });
});
