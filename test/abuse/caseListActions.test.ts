import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, nodes, type Json } from '../helpers/cards';
import { TeamsUser, type UserIdentity } from '../helpers/teamsUser';
import { ADELE, caseHelpers, invokeCard, invokeMessage, ISAIAH, MALLORY } from '../helpers/caseRig';

/**
 * The buttons of a case list, replayed and forged: Open sends "case <id>" and Assign to me
 * is a case action, so both go through the case layer's checks. Another tenant, an outsider,
 * a channel routed for other categories and a stale version get exactly what a missing
 * case gets, or the current list, and nothing changes.
 */

const TENANT_B = '99999999-8888-4777-8666-555555555555';
const BOB_B: UserIdentity = { id: '29:bob-b', name: 'Bob of Tenant B', aadObjectId: 'bbbbbbbb-0000-0000-0000-0000000000b1' };
const CHANNEL_B = '19:tenant-b-desk@thread.tacv2';
const MFA_CHANNEL = '19:mfa-desk@thread.tacv2';
const MISSING = 'VL-ZZZZZZZZ';

let rig: JourneyRig;
const { lastText, member, escalate } = caseHelpers(() => rig);

beforeAll(async () => {
  rig = await startJourneyRig({ HELPDESK_ADMINS: `${ADELE.aadObjectId},${BOB_B.aadObjectId}` });
  const setup = member(ADELE);
  await setup.say('use this channel for takeover, personal and other cases');
  expect(lastText(setup)).toContain('This channel now receives');
  const mfaDesk = member(ADELE, MFA_CHANNEL, undefined, MFA_CHANNEL);
  await mfaDesk.say('use this channel for mfa cases');
  expect(lastText(mfaDesk)).toContain('This channel now receives MFA cases');
});
afterAll(async () => {
  await rig?.close();
});

/** The Open and Assign to me buttons of the case's row on the help desk's list. */
async function rowButtons(id: string): Promise<{ open: Json; assign: Json }> {
  const desk = member(ADELE);
  await desk.say('cases');
  const card = cardOf(rig.connector.sent(desk.conversationId).at(-1));
  const row = nodes(card).find((n) => n.type === 'Container' && allText(n).startsWith(id));
  if (!row) throw new Error(`no row for ${id}`);
  return { open: actionTitled(row, 'Open').data as Json, assign: actionTitled(row, 'Assign to me').data as Json };
}

/** What the case's card shows to the help desk now: to Adele, a help-desk admin, in her personal chat (where she acts on any category). */
async function current(id: string): Promise<string> {
  return allText(invokeCard(await new TeamsUser(rig.bot.url, rig.connector.url, ADELE).execute('case.refresh', { caseId: id })));
}

const people = () => ({
  otherTenant: new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B }),
  otherTenantChannel: new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B, type: 'channel', id: CHANNEL_B, teamId: '19:team-b@thread.tacv2', channelId: CHANNEL_B }),
  outsider: new TeamsUser(rig.bot.url, rig.connector.url, MALLORY),
  mfaDesk: member(ISAIAH, MFA_CHANNEL, undefined, MFA_CHANNEL),
});

describe('Open on a list row, forged', () => {
  it('reads for another tenant, an outsider and a channel of other categories exactly as a missing case', async () => {
    const { id } = await escalate(rig.user(), 'megan@fourthcoffee.xyz');
    const { open } = await rowButtons(id);
    for (const [who, user] of Object.entries(people())) {
      await user.submit(open);
      const real = lastText(user);
      await user.submit({ ...open, command: `case ${MISSING}` });
      expect(real, who).toBe(lastText(user).replace(MISSING, id));
      expect(real, who).not.toContain('megan@');
      expect(rig.connector.sent(user.conversationId).some((a) => a.attachments), who).toBe(false);
    }
  });
});

describe('Assign to me on a list row, forged or stale', () => {
  it('gives another tenant, an outsider and a channel of other categories the missing-case answer, and assigns nothing', async () => {
    const { id } = await escalate(rig.user(), 'admin@fourthcoffee.xyz');
    const { assign } = await rowButtons(id);
    for (const [who, user] of Object.entries(people())) {
      for (const data of [assign, { ...assign, version: Number(assign.version) + 3 }, { ...assign, list: 'mine' }]) {
        const real = invokeMessage(await user.execute('case.assignToMe', data));
        const missing = invokeMessage(await user.execute('case.assignToMe', { ...data, caseId: MISSING }));
        expect(real, who).toBe(missing.replace(MISSING, id));
        expect(real, who).not.toContain('admin@');
      }
    }
    expect(await current(id)).toContain('nobody yet');
  });

  it('answers a stale version with the current list and changes nothing', async () => {
    const { id } = await escalate(rig.user(), 'dual@fourthcoffee.xyz');
    const { assign } = await rowButtons(id);
    const desk = member(ADELE);
    await desk.execute('case.note', { caseId: id, version: Number(assign.version), note: 'moves the version on' });
    const list = invokeCard(await desk.execute('case.assignToMe', assign, 'list-card'));
    expect(allText(list)).toMatch(/^Open cases: \d+/);
    expect(allText(list)).not.toContain('with Adele Vance');
    expect(await current(id)).toContain('nobody yet');
  });

  it('shows the requester only their case status, never the list', async () => {
    const alex = rig.user();
    const { id } = await escalate(alex, 'pat@outlook.com');
    const { assign } = await rowButtons(id);
    expect(invokeMessage(await alex.execute('case.assignToMe', assign))).toBe(`Case ${id} is new. I will tell you here when something changes.`);
    expect(await current(id)).toContain('nobody yet');
  });

  it('lists again, after a real assignment, only the caller\'s tenant and categories', async () => {
    const { id } = await escalate(rig.user(), 'megan@contoso.com');
    const mfaDesk = member(ISAIAH, MFA_CHANNEL, undefined, MFA_CHANNEL);
    await mfaDesk.say('cases');
    const card = cardOf(rig.connector.sent(MFA_CHANNEL).at(-1));
    const row = nodes(card).find((n) => n.type === 'Container' && allText(n).startsWith(id));
    if (!row) throw new Error(`no row for ${id} in the MFA channel`);
    const list = invokeCard(await mfaDesk.execute('case.assignToMe', actionTitled(row, 'Assign to me').data as Json, 'list-card'));
    expect(allText(list)).toContain('with Isaiah Langer');
    expect(allText(list)).not.toContain('fourthcoffee');
    expect(allText(list)).not.toContain('outlook.com');
    expect(await current(id)).toContain('Isaiah Langer');
  });
});

describe('places a help-desk admin cannot act from', () => {
  it('a group chat: Assign to me there reads as a missing case and assigns nothing (no case card lands in the chat)', async () => {
    const { id } = await escalate(rig.user(), 'megan@fourthcoffee.xyz');
    const { assign } = await rowButtons(id);
    const group = new TeamsUser(rig.bot.url, rig.connector.url, ADELE, { id: '19:adele-group@thread.v2', type: 'groupChat' });
    expect(invokeMessage(await group.execute('case.assignToMe', assign, 'group-card'))).toBe(`There is no case ${id} that you can see.`);
    expect(await current(id)).not.toContain('with Adele');
  });

  it('another tenant\'s channel: routing it from tenant B is refused like a caller without the role, and A keeps it', async () => {
    const intruder = new TeamsUser(rig.bot.url, rig.connector.url, BOB_B, { tenantId: TENANT_B, type: 'channel', id: MFA_CHANNEL, teamId: '19:team-b@thread.tacv2', channelId: MFA_CHANNEL });
    await intruder.say('use this channel for all cases');
    expect(rig.connector.sent(MFA_CHANNEL).at(-1)?.text).toBe('Only your organisation’s admins and configured help-desk admins can choose the help-desk channel.');
    const mfaDesk = member(ADELE, MFA_CHANNEL, undefined, MFA_CHANNEL);
    await mfaDesk.say('cases');
    expect(allText(cardOf(rig.connector.sent(MFA_CHANNEL).at(-1)))).not.toContain('Only your organisation');
  });
});
