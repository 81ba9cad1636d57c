import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actions, actionTitled, allText, cardOf, markdownText, nodes, type Json } from '../helpers/cards';
import { ADELE, caseHelpers, invokeCard, ISAIAH } from '../helpers/caseRig';

/**
 * The help desk's cards as a member uses them in the routed channel: the case lists with
 * Open and Assign to me on every row, the stats chart, the export card and the case card.
 */

let rig: JourneyRig;
const { lastText, member, escalate, channelCard } = caseHelpers(() => rig);
/** Longest action title that fits on a phone-width card without being cut. */
const MAX_TITLE = 36;

beforeAll(async () => {
  rig = await startJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId, LOOKUP_USER_LIMIT_PER_HOUR: '100' });
  const setup = member(ADELE);
  await setup.say('use this channel for all cases');
  expect(lastText(setup)).toContain('This channel now receives');
});
afterAll(async () => {
  await rig?.close();
});

function lastCard(conversationId: string): Json {
  return cardOf(rig.connector.sent(conversationId).at(-1));
}

/** The row of a list card that shows the case: its container and what it reads. */
function rowOf(card: Json, id: string): { row: Json; text: string } {
  const row = nodes(card).find((n) => n.type === 'Container' && allText(n).startsWith(id));
  if (!row) throw new Error(`no row for ${id} in: ${allText(card)}`);
  return { row, text: allText(row) };
}

/** Titles fit, and what people typed (names, addresses) never reaches markdown. */
function expectReadable(card: Json, typed: readonly string[]): void {
  for (const action of actions(card)) expect(String(action.title).length).toBeLessThanOrEqual(MAX_TITLE);
  for (const text of typed) expect(markdownText(card)).not.toContain(text);
}

describe('case lists', () => {
  it('shows one row per case with who, category, age and status, and an Open and an Assign to me button', async () => {
    const { id } = await escalate(rig.user(), 'megan@fourthcoffee.xyz');
    const desk = member(ADELE);
    await desk.say('cases');
    const card = lastCard(desk.conversationId);
    expect(allText(card)).toMatch(/^Open cases: \d+/);
    const { row, text } = rowOf(card, id);
    expect(text).toContain('New');
    expect(text).toContain('Alex Wilber · megan@fourthcoffee.xyz');
    expect(text).toContain('Tenant takeover · nobody yet');
    expect(text).toMatch(/\n\d+ min\n/);
    expect(actions(row).map((a) => a.title)).toEqual(['Open', 'Assign to me']);
    expectReadable(card, ['Alex Wilber', 'megan@fourthcoffee.xyz']);
  });

  it('opens the case card from its row, through the same way as "case <id>"', async () => {
    const { id } = await escalate(rig.user(), 'open@fourthcoffee.xyz');
    const desk = member(ADELE);
    await desk.say('unassigned');
    const open = actionTitled(rowOf(lastCard(desk.conversationId), id).row, 'Open');
    expect(open.type).toBe('Action.Submit');
    await desk.submit(open.data as Json);
    const card = lastCard(desk.conversationId);
    expect(allText(card)).toContain(`Case ${id}`);
    expect(allText(card)).toContain('open@fourthcoffee.xyz');
  });

  it('assigns from the row and answers with the list again, now showing who has the case', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'assign@fourthcoffee.xyz');
    const desk = member(ADELE);
    await desk.say('cases');
    const assign = actionTitled(rowOf(lastCard(desk.conversationId), id).row, 'Assign to me');
    expect(assign.type).toBe('Action.Execute');
    const list = invokeCard(await desk.execute(String(assign.verb), assign.data as Json, 'list-card'));
    expect(allText(list)).toMatch(/^Open cases: \d+/);
    const { row, text } = rowOf(list, id);
    expect(text).toContain('Assigned');
    expect(text).toContain('with Adele Vance');
    expect(actions(row).map((a) => a.title)).toEqual(['Open']);
    expect(allText(channelCard(id).card)).toContain('Adele Vance');
    await desk.say('mine');
    const mine = lastCard(desk.conversationId);
    expect(allText(mine)).toMatch(/^Cases assigned to you: [1-9]/);
    rowOf(mine, id);
  });

  it('shows ten rows and says how many more there are and how to see them', async () => {
    for (let i = 0; i < 11; i++) await escalate(rig.user(), `many${i}@fourthcoffee.xyz`);
    const desk = member(ADELE);
    await desk.say('cases');
    const card = lastCard(desk.conversationId);
    const total = Number(/^Open cases: (\d+)/.exec(allText(card))?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(actions(card).filter((a) => a.title === 'Open')).toHaveLength(10);
    expect(allText(card)).toContain(`${total - 10} more not shown (oldest first). Say "unassigned" or "mine" for a shorter list, or "export" for every case.`);
  });

  it('says so when a list is empty', async () => {
    const desk = member(ISAIAH);
    await desk.say('mine');
    const card = lastCard(desk.conversationId);
    expect(allText(card)).toBe('Cases assigned to you: 0\nNone.');
    expect(actions(card)).toEqual([]);
  });
});

describe('stats, export and the case card', () => {
  it('draws the stats as labelled bars, without internal keys', async () => {
    await escalate(rig.user(), 'stats@fourthcoffee.xyz');
    const desk = member(ADELE);
    await desk.say('stats');
    const card = lastCard(desk.conversationId);
    const text = allText(card);
    expect(text).toContain('Case statistics');
    expect(text).toContain('By category\nTenant takeover');
    expect(text).toContain('Unmanaged tenant, takeover needed');
    expect(text).toContain('Waiting on requester\n0');
    for (const key of ['takeover:', 'assigned:', 'takeover-needed', 'personal-account', 'waiting-on-requester']) expect(text).not.toContain(key);
    const bars = nodes(card).filter((n) => n.type === 'Column' && n.style === 'accent');
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.some((bar) => bar.width === 100)).toBe(true);
    expect(nodes(card).some((n) => n.type === 'Image')).toBe(false);
  });

  it('titles the export card as an export', async () => {
    const desk = member(ADELE);
    await desk.say('export');
    const card = lastCard(desk.conversationId);
    expect(allText(card)).toMatch(/^Case export\nThe CSV of \d+ cases is ready/);
    expect(allText(card)).not.toContain('Case statistics');
    expect(actionTitled(card, 'Download CSV').type).toBe('Action.OpenUrl');
  });

  it('names the verdict in words on the case card, and everywhere in its history', async () => {
    const { id } = await escalate(rig.user(), 'admin@fourthcoffee.xyz');
    const { card } = channelCard(id);
    const text = allText(card);
    expect(text).toContain('What I found\nUnmanaged tenant, takeover needed');
    expect(text).not.toContain('takeover-needed');
    expect(text).not.toContain('Found:');
    expectReadable(card, ['Alex Wilber', 'admin@fourthcoffee.xyz']);
  });
});
