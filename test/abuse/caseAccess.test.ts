import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { TeamsUser, TENANT_ID, type UserIdentity } from '../helpers/teamsUser';
import { ADELE, caseHelpers, HELPDESK_CHANNEL, invokeCard, invokeMessage, MALLORY, until, versionOf } from '../helpers/caseRig';

/**
 * A security reviewer's attempts on the case layer, through HTTP as an attacker would
 * send them: every one must end with no data and no change, and "not allowed" must read
 * exactly as "not found".
 */

const TENANT_B = '99999999-8888-4777-8666-555555555555';
const BOB_B: UserIdentity = { id: '29:bob-b', name: 'Bob of Tenant B', aadObjectId: 'bbbbbbbb-0000-0000-0000-0000000000b1' };
const CHANNEL_B = '19:tenant-b-desk@thread.tacv2';
const TEAM_B = '19:tenant-b-team@thread.tacv2';

let rig: JourneyRig;
const { lastText, member, escalate, channelCard, channelPosts } = caseHelpers(() => rig);

beforeAll(async () => {
  // Adele (tenant A) and Bob (tenant B) are configured help-desk admins: trusted inside their own tenant only.
  rig = await startJourneyRig({ HELPDESK_ADMINS: `${ADELE.aadObjectId},${BOB_B.aadObjectId}` });
  const setup = member(ADELE);
  await setup.say('use this channel for all cases');
  expect(lastText(setup)).toContain('This channel now receives');
});
afterAll(async () => {
  await rig?.close();
});

/** Everything the bot sent to a conversation, as text. */
function shownIn(conversationId: string): string {
  return rig.connector
    .sent(conversationId)
    .map((a) => `${String(a.text ?? '')}\n${allText(cardOfOrEmpty(a))}`)
    .join('\n');
}

describe('triage commands need a role and a place', () => {
  it('answers an ordinary member in a group chat with one line and no cases', async () => {
    const { id } = await escalate(rig.user(), 'grp@fourthcoffee.xyz');
    const chat = new TeamsUser(rig.bot.url, rig.connector.url, MALLORY, { id: '19:group-chat@thread.v2', type: 'groupChat' });
    for (const command of ['cases', 'unassigned', 'mine', 'stats', 'export', 'repost', `case ${id}`]) {
      const before = rig.connector.sent(chat.conversationId).length;
      await chat.say(command);
      const answers = rig.connector.sent(chat.conversationId).slice(before);
      expect(answers).toHaveLength(1);
      expect(String(answers[0].text)).toContain('Case commands work in a help-desk channel');
      expect(answers[0].attachments).toBeUndefined();
    }
    expect(shownIn(chat.conversationId)).not.toContain(id);
    expect(shownIn(chat.conversationId)).not.toContain('grp@fourthcoffee.xyz');
  });

  it('answers the same in a channel of the tenant that is not routed, and in a personal chat of a non-admin', async () => {
    const { id } = await escalate(rig.user(), 'unrouted@fourthcoffee.xyz');
    const elsewhere = member(MALLORY, '19:random-channel@thread.tacv2', undefined, '19:random-channel@thread.tacv2');
    await elsewhere.say('cases');
    expect(lastText(elsewhere)).toContain('Case commands work in a help-desk channel');
    const personal = new TeamsUser(rig.bot.url, rig.connector.url, MALLORY);
    await personal.say(`case ${id}`);
    expect(lastText(personal)).toContain('Case commands work in a help-desk channel');
    expect(shownIn(personal.conversationId)).not.toContain('unrouted@');
  });

  it('lets a help-desk admin triage from their personal chat, on their tenant only', async () => {
    const { id } = await escalate(rig.user(), 'deskadmin@fourthcoffee.xyz');
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.say(`case ${id}`);
    expect(allText(cardOf(rig.connector.sent(adele.conversationId).at(-1)))).toContain('deskadmin@fourthcoffee.xyz');
    const bob = new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B });
    await bob.say(`case ${id}`);
    expect(lastText(bob)).toBe(`There is no case ${id} that you can see.`);
    await bob.say('export');
    const exportCard = cardOf(rig.connector.sent(bob.conversationId).at(-1));
    const csv = await (await fetch(`${rig.bot.url}${new URL(String(actionTitled(exportCard, 'Download CSV').url)).pathname}`)).text();
    expect(csv).not.toContain('fourthcoffee');
  });
});

describe('case cards across tenants and roles', () => {
  it('gives another tenant, for a real case id, exactly the answer a missing id gets, for every verb and version', async () => {
    const { id } = await escalate(rig.user(), 'cross@fourthcoffee.xyz');
    const version = versionOf(channelCard(id).card);
    const stranger = new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B, type: 'channel', id: CHANNEL_B, teamId: TEAM_B, channelId: CHANNEL_B });
    for (const verb of ['case.refresh', 'case.whatever', 'case.assignToMe', 'case.note']) {
      for (const v of [version, version + 7, undefined]) {
        const real = invokeMessage(await stranger.execute(verb, { caseId: id, version: v, note: 'forged-by-tenant-b' }));
        const missing = invokeMessage(await stranger.execute(verb, { caseId: 'VL-ZZZZZZZZ', version: v, note: 'forged-by-tenant-b' }));
        expect(real).toBe(missing.replace('VL-ZZZZZZZZ', id));
        expect(real).not.toContain('cross@');
      }
    }
    expect(allText(invokeCard(await member(ADELE).execute('case.refresh', { caseId: id })))).not.toContain('forged-by-tenant-b');
  });

  it('refuses a tenantless invoke from the help-desk channel, and one without an AAD object id, and changes nothing', async () => {
    const { id } = await escalate(rig.user(), 'tenantless@fourthcoffee.xyz');
    const { card, conversationId } = channelCard(id);
    const noTenant = member(ADELE, conversationId, null);
    const answer = invokeMessage(await noTenant.execute('case.note', { caseId: id, version: versionOf(card), note: 'forged note' }));
    expect(answer).toBe(`There is no case ${id} that you can see.`);
    const noObjectId = new TeamsUser(rig.bot.url, rig.connector.url, { ...ADELE, aadObjectId: '' }, { id: conversationId, type: 'channel', channelId: HELPDESK_CHANNEL });
    expect(invokeMessage(await noObjectId.execute('case.note', { caseId: id, version: versionOf(card), note: 'forged note' }))).toBe(answer);
    const after = invokeCard(await member(ADELE, conversationId).execute('case.refresh', { caseId: id }, 'root'));
    expect(allText(after)).not.toContain('forged note');
    expect(versionOf(after)).toBe(versionOf(card));
  });

  it('applies a change only on the version the card showed: a card without a readable version gets the current card', async () => {
    const { id } = await escalate(rig.user(), 'noversion@fourthcoffee.xyz');
    const { conversationId } = channelCard(id);
    const desk = member(ADELE, conversationId);
    for (const version of [undefined, 'x', {}, 2.5, '2abc']) {
      const answer = invokeCard(await desk.execute('case.status', { caseId: id, version, status: 'closed' }, 'root'));
      expect(allText(answer)).not.toContain('Closed.');
    }
    const current = invokeCard(await desk.execute('case.refresh', { caseId: id }, 'root'));
    expect(versionOf(current)).toBe(1);
  });

  it('takes an activity whose two tenant fields disagree as having no tenant', async () => {
    const { id } = await escalate(rig.user(), 'mixed@fourthcoffee.xyz');
    const { card, conversationId } = channelCard(id);
    const forged = member(ADELE, conversationId).activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'case.note', data: { caseId: id, version: versionOf(card), note: 'mixed tenants' } } },
    });
    const body = { ...forged, channelData: { ...(forged.channelData as Json), tenant: { id: TENANT_B } } };
    expect(invokeMessage(await member(ADELE, conversationId).post(body))).toBe(`There is no case ${id} that you can see.`);
  });

  it('shows the requester their case status, not the help desk card, and lets nobody else act', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'own@fourthcoffee.xyz');
    const version = versionOf(channelCard(id).card);
    expect(invokeMessage(await alex.execute('case.refresh', { caseId: id }))).toContain(`Case ${id} is new`);
    expect(invokeMessage(await alex.execute('case.resolve', { caseId: id, version }))).toContain(`Case ${id} is new`);
    const outsider = new TeamsUser(rig.bot.url, rig.connector.url, MALLORY);
    expect(invokeMessage(await outsider.execute('case.resolve', { caseId: id, version }))).toBe(`There is no case ${id} that you can see.`);
  });
});

describe('help-desk routes are per tenant', () => {
  it('never posts tenant A\'s case into tenant B\'s channel, whatever tenant B routes', async () => {
    const bobChannel = new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B, type: 'channel', id: CHANNEL_B, teamId: TEAM_B, channelId: CHANNEL_B });
    await bobChannel.say('use this channel for all');
    expect(lastText(bobChannel)).toContain('This channel now receives');
    const { id } = await escalate(rig.user(), 'route@fourthcoffee.xyz');
    const posts = channelPosts(id);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      const body = post.body as { channelData: { channel: { id: string }; tenant: { id: string } } };
      expect(body.channelData.channel.id).toBe(HELPDESK_CHANNEL);
      expect(body.channelData.tenant.id).toBe(TENANT_ID);
    }
    await bobChannel.say('cases');
    expect(shownIn(CHANNEL_B)).not.toContain(id);
  });
});

describe('conversation references', () => {
  it('keeps messages for the requester in their personal chat when they escalated from a group chat', async () => {
    const alex = rig.user();
    await escalate(alex, 'refs@fourthcoffee.xyz');
    const group = new TeamsUser(rig.bot.url, rig.connector.url, alex.user, { id: '19:alex-group@thread.v2', type: 'groupChat' });
    await group.say('check refs@fourthcoffee.xyz');
    const result = cardOf(rig.connector.sent(group.conversationId).at(-1));
    await group.submit(actionTitled(result, 'Ask my admin / help desk').data as Json);
    const id = /VL-[A-Z2-9]{8}/.exec(lastText(group))?.[0] as string;
    const { conversationId } = channelCard(id);
    const desk = member(ADELE, conversationId);
    const current = invokeCard(await desk.execute('case.refresh', { caseId: id }, 'root'));
    invokeCard(await desk.execute('case.ask', { caseId: id, version: versionOf(current), question: 'Which registrar?' }, 'root'));
    await until(() => (rig.connector.sent(alex.conversationId).some((a) => allText(cardOfOrEmpty(a)).includes('Which registrar?')) ? true : undefined), 'the question in the personal chat');
    expect(shownIn(group.conversationId)).not.toContain('Which registrar?');
  });
});
