import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, cardOfOrEmpty, nodes, type Json } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';
import { ADELE, CASE_ID, caseHelpers, invokeCard, invokeMessage, ISAIAH, MALLORY, until, versionOf } from '../helpers/caseRig';

let rig: JourneyRig;
const { lastText, member, escalate, channelCard } = caseHelpers(() => rig);

beforeAll(async () => {
  // Adele is a configured help-desk admin, so the real rules apply here (not "everyone is help desk").
  rig = await startJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
  for (const who of [ADELE, ISAIAH]) {
    rig.connector.members.set(who.id, { id: who.id, name: who.name, aadObjectId: who.aadObjectId, userPrincipalName: `${who.name.split(' ')[0].toLowerCase()}@contoso.com`, email: '' });
  }
  const setup = member(ADELE);
  await setup.say('use this channel for all cases');
  expect(lastText(setup)).toContain('This channel now receives');
});
afterAll(async () => {
  await rig?.close();
});

describe('escalation to the help-desk channel', () => {
  it('opens a case, posts its card in a new thread of the channel and tells the requester', async () => {
    const alex = rig.user();
    const { id, text } = await escalate(alex, 'megan@fourthcoffee.xyz');
    expect(text).toContain(`I opened case ${id}`);
    const { card } = channelCard(id);
    const shown = allText(card);
    expect(shown).toContain(id);
    expect(shown).toContain('megan@fourthcoffee.xyz');
    expect(shown).toContain('Unmanaged tenant, takeover needed');
    expect(actionTitled(card, 'Assign to me').type).toBe('Action.Execute');
    expect(actionTitled(card, 'Chat with the requester').url).toContain('users=alex%40contoso.com');
  });

  it('updates the one open case when the same person asks again about the same address', async () => {
    const alex = rig.user();
    const first = await escalate(alex, 'dual@contoso.com');
    const second = await escalate(alex, 'dual@contoso.com');
    expect(second.id).toBe(first.id);
    expect(second.text).toContain('is up to date');
  });

  it('runs the lifecycle: assign, note, ask the requester, answer, resolve, reopen — with notifications', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'admin@fourthcoffee.xyz');
    const { card, conversationId } = channelCard(id);
    const adele = member(ADELE, conversationId);

    let current = invokeCard(await adele.execute('case.assignToMe', { caseId: id, version: versionOf(card) }, 'root'));
    expect(allText(current)).toContain('Adele Vance');
    await until(() => (lastText(alex).includes(`Update on your case ${id}`) ? true : undefined), 'the requester notification');
    await until(() => (rig.connector.sent(conversationId).some((a) => String(a.text).includes('Adele Vance:')) ? true : undefined), 'the audit line in the thread');

    current = invokeCard(await adele.execute('case.note', { caseId: id, version: versionOf(current), note: 'Called the registrar **today**' }, 'root'));
    expect(allText(current)).toContain('Called the registrar **today**');

    current = invokeCard(await adele.execute('case.ask', { caseId: id, version: versionOf(current), question: 'Who registered the domain?' }, 'root'));
    expect(allText(current)).toContain('Waiting on requester');
    const questionCard = await until(() => {
      const found = rig.connector.sent(alex.conversationId).find((a) => allText(cardOfOrEmpty(a)).includes('A question about your case'));
      return found ? cardOf(found) : undefined;
    }, 'the question card');
    const answerData = actionTitled(questionCard, 'Send answer').data as Json;
    // Someone else in the routed channel cannot answer for the requester: for them it is a case they cannot see.
    const forged = invokeMessage(await member(ISAIAH, conversationId).execute('case.answer', { ...answerData, answer: 'Not my words' }, 'root'));
    expect(forged).toContain(`There is no case ${id}`);
    const answered = invokeCard(await alex.execute('case.answer', { ...answerData, answer: 'Our MSP, Northwind' }, 'question'));
    expect(allText(answered)).toContain('Our MSP, Northwind');
    await until(() => (rig.connector.updated(conversationId).some((a) => allText(cardOf(a)).includes('Our MSP, Northwind')) ? true : undefined), 'the channel card updated with the answer');

    const fresh = invokeCard(await adele.execute('case.refresh', { caseId: id }, 'root'));
    expect(allText(fresh)).toContain('Assigned');
    const resolved = invokeCard(await adele.execute('case.resolve', { caseId: id, version: versionOf(fresh) }, 'root'));
    expect(allText(resolved)).toContain('Resolved');
    const reopenData = actionTitled(resolved, 'Reopen').data as Json;
    const reopened = invokeCard(await adele.execute('case.reopen', reopenData, 'root'));
    expect(allText(reopened)).toMatch(/Assigned|New/);
  });

  it('refuses a forged action from someone outside the help desk and changes nothing', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'nobody@contoso.com');
    const { card } = channelCard(id);
    const outsider = new TeamsUser(rig.bot.url, rig.connector.url, MALLORY);
    const result = await outsider.execute('case.assignToMe', { caseId: id, version: versionOf(card) });
    // Not allowed reads exactly as not found.
    const missing = await outsider.execute('case.assignToMe', { caseId: 'VL-ZZZZZZZZ', version: versionOf(card) });
    expect(invokeMessage(result)).toBe(invokeMessage(missing).replace('VL-ZZZZZZZZ', id));
    expect(invokeMessage(result)).not.toContain('megan');
    const after = invokeCard(await member(ADELE).execute('case.refresh', { caseId: id }));
    expect(allText(after)).toContain('nobody yet');
  });

  it('assigns to a help-desk member picked from the team roster, and refuses someone outside it', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'anyone@fabrikam.com');
    const { card, conversationId } = channelCard(id);
    const choices = (nodes(card).find((n) => n.id === 'assignee')?.choices ?? []) as { title: string; value: string }[];
    expect(choices.map((c) => c.title)).toEqual(expect.arrayContaining(['Adele Vance', 'Isaiah Langer']));
    const desk = member(ADELE, conversationId);
    const assigned = invokeCard(await desk.execute('case.assign', { caseId: id, version: versionOf(card), assignee: ISAIAH.aadObjectId }, 'root'));
    expect(allText(assigned)).toContain('Isaiah Langer');
    const refused = await desk.execute('case.assign', { caseId: id, version: versionOf(assigned), assignee: MALLORY.aadObjectId }, 'root');
    expect((refused.body as { value: string }).value).toContain('Pick someone to assign');
  });

  it('lets exactly one of two people assigning at once win; the other gets the current card', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'sam@contoso.com');
    const { card, conversationId } = channelCard(id);
    const version = versionOf(card);
    const [a, b] = await Promise.all([
      member(ADELE, conversationId).execute('case.assignToMe', { caseId: id, version }, 'root'),
      member(ISAIAH, conversationId).execute('case.assignToMe', { caseId: id, version }, 'root'),
    ]);
    const texts = [allText(invokeCard(a)), allText(invokeCard(b))];
    const winner = texts[0].includes('Adele Vance') ? 'Adele Vance' : 'Isaiah Langer';
    for (const text of texts) expect(text).toContain(winner);
    const final = allText(invokeCard(await member(ADELE).execute('case.refresh', { caseId: id })));
    expect(final.match(/assigned the case|Assigned to/g)?.length ?? 0).toBeGreaterThan(0);
    expect(final).toContain(winner);
  });

  it('keeps a case whose card could not be posted and delivers it on "repost"', async () => {
    const alex = rig.user();
    await alex.say('check pat@outlook.com');
    const result = cardOf(rig.connector.sent(alex.conversationId).at(-1));
    // 403, as when the bot was removed from the team: the connector client does not retry it.
    rig.connector.failNext(1, 403);
    await alex.submit(actionTitled(result, 'Ask my admin / help desk').data as Json);
    expect(lastText(alex)).toContain('I keep trying automatically');
    const id = CASE_ID.exec(lastText(alex))?.[0] as string;
    const desk = member(ADELE);
    await desk.say('repost');
    expect(lastText(desk)).toMatch(/Tried again to post [1-9]/);
    expect(allText(channelCard(id).card)).toContain(id);
  });
});

describe('triage commands in the channel', () => {
  it('lists open and unassigned cases, shows one case, and counts them', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'alex@contoso.com');
    const desk = member(ADELE);
    await desk.say('cases');
    expect(allText(cardOf(rig.connector.sent(desk.conversationId).at(-1)))).toContain(id);
    await desk.say('unassigned');
    expect(allText(cardOf(rig.connector.sent(desk.conversationId).at(-1)))).toContain(id);
    await desk.say(`case ${id.toLowerCase()}`);
    expect(allText(cardOf(rig.connector.sent(desk.conversationId).at(-1)))).toContain('alex@contoso.com');
    await desk.say('stats');
    expect(allText(cardOf(rig.connector.sent(desk.conversationId).at(-1)))).toMatch(/Case statistics\nCases\n\d+/);
    await desk.say('mine');
    expect(allText(cardOf(rig.connector.sent(desk.conversationId).at(-1)))).toContain('Cases assigned to you');
  });

  it('exports the cases as a CSV behind a one-time link', async () => {
    const desk = member(ADELE);
    await desk.say('export');
    const card = cardOf(rig.connector.sent(desk.conversationId).at(-1));
    const url = String(actionTitled(card, 'Download CSV').url);
    const link = new URL(url);
    const local = `${rig.bot.url}${link.pathname}`;
    const first = await fetch(local);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/csv');
    const csv = await first.text();
    expect(csv).toMatch(CASE_ID);
    expect((await fetch(local)).status).toBe(404);
  });
});
