import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';
import { ADELE, CASE_ID, caseHelpers, invokeCard, until, versionOf } from '../helpers/caseRig';

/**
 * No case is ever orphaned: a case nobody can receive yet is kept, counted and posted
 * as soon as someone can receive it; delivery bookkeeping never invalidates a card.
 */

let rig: JourneyRig;
const { lastText, member, escalate, channelCard } = caseHelpers(() => rig);

beforeAll(async () => {
  // No Graph and no channel yet: nobody can receive a case at first.
  rig = await startJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
});
afterAll(async () => {
  await rig?.close();
});

describe('a case with no help desk to go to', () => {
  it('is kept, the requester is told plainly with a way to a person, stats count it, and routing a channel posts it', async () => {
    const alex = rig.user();
    const { id, answer } = await escalate(alex, 'waiting@fourthcoffee.xyz');
    const card = cardOf(answer);
    expect(allText(card)).toContain(`I saved case ${id}, but nobody can receive it yet`);
    expect(allText(card)).not.toContain('as soon as one is set up');
    expect(actionTitled(card, 'Who is my admin?')).toBeDefined();

    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.say('stats');
    expect(allText(cardOf(rig.connector.sent(adele.conversationId).at(-1)))).toContain('Open, not delivered yet\n1');

    const again = await escalate(alex, 'waiting@fourthcoffee.xyz');
    expect(again.id).toBe(id);
    expect(allText(cardOf(again.answer))).toContain('nobody can receive it yet');

    const desk = member(ADELE);
    await desk.say('use this channel for all cases');
    expect(lastText(desk)).toContain('1 waiting case is being posted here now');
    await until(() => (rig.connector.calls.some((c) => c.path === '/v3/conversations' && JSON.stringify(c.body).includes(id)) ? true : undefined), 'the backlog post');
    await until(() => (rig.connector.sent(alex.conversationId).some((a) => String(a.text).includes(`Your case ${id} has now reached the help desk`)) ? true : undefined), 'the requester told');
    await adele.say('stats');
    expect(allText(cardOf(rig.connector.sent(adele.conversationId).at(-1)))).toContain('Open, not delivered yet\n0');

    const third = await escalate(alex, 'waiting@fourthcoffee.xyz');
    expect(third.text).toContain(`Your case ${id} is up to date`);
    expect(third.text).toContain('the help desk');
  });
});

describe('delivery bookkeeping', () => {
  it('does not change the version on the cards: a card posted after failures still acts', async () => {
    const desk = member(ADELE);
    const alex = rig.user();
    await alex.say('check retry@fourthcoffee.xyz');
    const result = cardOf(rig.connector.sent(alex.conversationId).at(-1));
    // 403, as when the bot was removed from the team: the connector client does not retry it.
    rig.connector.failNext(1, 403);
    await alex.submit(actionTitled(result, 'Ask my admin / help desk').data as Json);
    expect(lastText(alex)).toContain('I keep trying automatically');
    const id = CASE_ID.exec(lastText(alex))?.[0] as string;
    await desk.say('repost');
    // Asking again with nothing new changes nothing either.
    await escalate(alex, 'retry@fourthcoffee.xyz');
    const { card, conversationId } = channelCard(id);
    expect(versionOf(card)).toBe(1);
    expect(allText(card)).not.toMatch(/Queued|Could not post|Posted the/);
    const assigned = invokeCard(await member(ADELE, conversationId).execute('case.assignToMe', { caseId: id, version: versionOf(card) }, 'root'));
    expect(allText(assigned)).toContain('Adele Vance');
    await until(() => (rig.connector.sent(alex.conversationId).some((a) => String(a.text).includes(`Your case ${id} has now reached`)) ? true : undefined), 'the requester told');
  });

  it('posts a card again where its copy can no longer be updated, and keeps that copy current', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'gone@fourthcoffee.xyz');
    const { card, conversationId } = channelCard(id);
    // Adele acts from the admin's personal copy she got with "case …"; the channel copy's update answers 404.
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    rig.connector.failUpdates(1, 404);
    invokeCard(await adele.execute('case.assignToMe', { caseId: id, version: versionOf(card) }, 'personal-copy'));
    const reposted = await until(() => rig.connector.sent(conversationId).find((a) => a.type === 'message' && allText(cardOfOrEmpty(a)).includes('Assigned to Adele Vance')), 'the card posted again in the thread');
    expect(allText(cardOf(reposted))).toContain('Adele Vance');
    const again = invokeCard(await adele.execute('case.note', { caseId: id, version: versionOf(card) + 1, note: 'second change' }, 'personal-copy'));
    expect(allText(again)).toContain('second change');
    await until(() => (rig.connector.updated(conversationId).some((a) => allText(cardOfOrEmpty(a)).includes('second change')) ? true : undefined), 'the new copy updated in place');
  });
});
