import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, actions, allText, cardOfOrEmpty, type Json } from '../helpers/cards';
import { ADELE, until } from '../helpers/caseRig';
import { TeamsUser, type UserIdentity } from '../helpers/teamsUser';

/**
 * "Campaign status" through HTTP against the running bot: an admin (HELPDESK_ADMINS) runs a
 * campaign to done, then asks how it is going in their chat and in a help-desk channel, exports
 * the CSV and closes the campaign. Then the attacks: a member asking or forging the verbs, an
 * export or close naming another tenant's campaign, formula cells in the CSV.
 */

const MEGAN: UserIdentity = { id: '29:megan', name: 'Megan Bowen', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000b1' };
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const TEAM = '19:helpdesk-team@thread.tacv2';
const DESK = '19:vlsc-cases@thread.tacv2';
const ELSEWHERE = '19:general@thread.tacv2';

let rig: JourneyRig;

beforeAll(async () => {
  rig = await startJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
  rig.connector.members.set(MEGAN.id, { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId, userPrincipalName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' });
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

const last = (user: TeamsUser) => rig.connector.sent(user.conversationId).at(-1);
const lastText = (user: TeamsUser) => String(last(user)?.text ?? '');
/** What the user was last answered, text and card: two answers compared whole. */
const lastAnswer = (user: TeamsUser) => `${lastText(user)}\n${allText(cardOfOrEmpty(last(user)))}`;
const shownCard = (user: TeamsUser, text: string): Json | undefined =>
  [...rig.connector.sent(user.conversationId), ...rig.connector.updated(user.conversationId)].map(cardOfOrEmpty).reverse().find((card) => allText(card).includes(text));
const inChannel = (who: UserIdentity, channelId: string) => new TeamsUser(rig.bot.url, rig.connector.url, who, { id: channelId, type: 'channel', teamId: TEAM, channelId });

/** A campaign of Megan (reachable: she chatted before) and two addresses nobody chats from, sent to done. */
async function campaignDone(adele: TeamsUser): Promise<string> {
  await adele.submit({ verb: 'vlsa.campaign.paste', addresses: 'address,upn\nmegan@fourthcoffee.xyz,megan@contoso.com\n=1+2@fourthcoffee.xyz,\n+cmd@fourthcoffee.xyz,', note: '' });
  const preview = await until(() => shownCard(adele, 'preview'), 'the preview card');
  const send = actionTitled(preview, 'Send').data as Json;
  await adele.submit(send);
  await until(() => shownCard(adele, 'Done:'), 'the progress card at done');
  return String(send.campaignId);
}

let campaignId = '';

describe('campaign status, over HTTP', () => {
  it('shows an admin the counts per state as bars, then what changed since the last report', async () => {
    const megan = new TeamsUser(rig.bot.url, rig.connector.url, MEGAN);
    await megan.install();
    await megan.say('hello');
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    campaignId = await campaignDone(adele);

    await adele.say('campaign status');
    const card = cardOfOrEmpty(last(adele));
    const text = allText(card);
    expect(text).toContain(`Campaign ${campaignId}: status`);
    expect(text).toContain('Started');
    expect(text).toContain('by Adele Vance');
    expect(text).toMatch(/People on the list\n3/);
    expect(text).toMatch(/In progress\n1/);
    expect(text).toMatch(/Not reachable in Teams\n2/);
    expect(text).toMatch(/Need to act\n0/);
    expect(text).toContain('This is the first report');
    expect(actions(card).map((a) => a.title)).toEqual(['Export CSV', 'Close campaign']);

    // The same question in other words, and with the campaign's id: the second report compares with the first.
    await adele.say(`how is the campaign going?`);
    expect(allText(cardOfOrEmpty(last(adele)))).toContain('No change since');
    await adele.say(`campaign status ${campaignId.toLowerCase()}`);
    expect(allText(cardOfOrEmpty(last(adele)))).toContain(`Campaign ${campaignId}: status`);
  }, 60_000);

  it('answers in a help-desk channel of the admin’s tenant, not in another channel', async () => {
    const desk = inChannel(ADELE, DESK);
    await desk.say('use this channel for all cases');
    await desk.say('campaign status');
    expect(allText(cardOfOrEmpty(last(desk)))).toContain(`Campaign ${campaignId}: status`);
    const general = inChannel(ADELE, ELSEWHERE);
    await general.say('campaign status');
    expect(lastAnswer(general)).not.toContain(campaignId);
    // A member in the help-desk channel is not answered as an admin either.
    const member = inChannel(MEGAN, DESK);
    await member.say('campaign status');
    expect(lastAnswer(member)).not.toContain(campaignId);
  }, 60_000);

  it('exports each address with its status, latest verdict and when it was checked, formula cells defused', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.say('campaign status');
    await adele.submit(actionTitled(cardOfOrEmpty(last(adele)), 'Export CSV').data as Json);
    const exported = cardOfOrEmpty(last(adele));
    expect(allText(exported)).toContain('Addresses in the CSV: 3');
    const link = new URL(String(actionTitled(exported, 'Download CSV').url));
    const response = await fetch(`${rig.bot.url}${link.pathname}`);
    expect(response.status).toBe(200);
    const csv = await response.text();
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('"address","upn","status","verdict","checked at","delivery","sent at","fixed at"');
    expect(rows[1]).toMatch(/^"megan@fourthcoffee\.xyz","megan@contoso\.com","in-progress","[a-z-]+","20\d\d-/);
    expect(rows[2]).toMatch(/^"'=1\+2@fourthcoffee\.xyz","","not-reachable"/);
    expect(rows[3]).toMatch(/^"'\+cmd@fourthcoffee\.xyz"/);
    // Once only, as every export link.
    expect((await fetch(`${rig.bot.url}${link.pathname}`)).status).toBe(404);
  }, 60_000);

  it('reports the sent campaign, not a newer preview nobody sent; a preview cancelled is closed', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.submit({ verb: 'vlsa.campaign.paste', addresses: 'megan@fourthcoffee.xyz', note: '' });
    const preview = await until(() => shownCard(adele, 'preview'), 'the new preview card');
    const draftId = String((actionTitled(preview, 'Cancel').data as Json).campaignId);
    await adele.say('campaign status');
    expect(allText(cardOfOrEmpty(last(adele)))).toContain(`Campaign ${campaignId}: status`);
    await adele.submit(actionTitled(preview, 'Cancel').data as Json);
    expect(lastText(adele)).toContain(`Campaign ${draftId} is cancelled`);
    await adele.say(`campaign status ${draftId}`);
    expect(allText(cardOfOrEmpty(last(adele)))).toContain('Closed');
  }, 60_000);

  it('closes the campaign: it is no longer the newest open one', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.say('campaign status');
    await adele.submit(actionTitled(cardOfOrEmpty(last(adele)), 'Close campaign').data as Json);
    expect(lastText(adele)).toContain(`Campaign ${campaignId} is closed`);
    await adele.say('campaign status');
    expect(lastText(adele)).toBe('You have no open campaign. Say "start a campaign" to start one.');
    // Named by id, a closed campaign still shows, without "Close campaign".
    await adele.say(`campaign status ${campaignId}`);
    expect(actions(cardOfOrEmpty(last(adele))).map((a) => a.title)).toEqual(['Export CSV']);
  }, 60_000);
});

describe('campaign status attacks', () => {
  it('gives a member asking, or forging its verbs, what unknown text and actions get', async () => {
    const megan = new TeamsUser(rig.bot.url, rig.connector.url, MEGAN);
    await megan.say('campaign status');
    expect(lastAnswer(megan)).not.toMatch(/Campaign CP-|open campaign|no such campaign/);
    await megan.submit({ verb: 'vlsa.nothing.here' });
    const unknown = lastAnswer(megan);
    for (const verb of ['vlsa.campaignStatus.export', 'vlsa.campaignStatus.close']) {
      await megan.submit({ verb, campaignId });
      expect(lastAnswer(megan)).toBe(unknown);
    }
  });

  it('answers an export or close of another tenant’s campaign as for a campaign that does not exist', async () => {
    const elsewhere = new TeamsUser(rig.bot.url, rig.connector.url, ADELE, { tenantId: OTHER_TENANT });
    for (const verb of ['vlsa.campaignStatus.export', 'vlsa.campaignStatus.close']) {
      await elsewhere.submit({ verb, campaignId });
      const forged = lastAnswer(elsewhere);
      await elsewhere.submit({ verb, campaignId: 'CP-ZZZZZZZZ' });
      expect(forged).toContain('There is no such campaign.');
      expect(lastAnswer(elsewhere)).toBe(forged);
    }
    await elsewhere.say(`campaign status ${campaignId}`);
    const typed = lastAnswer(elsewhere);
    await elsewhere.say('campaign status CP-ZZZZZZZZ');
    expect(typed).toContain('There is no such campaign.');
    expect(lastAnswer(elsewhere)).toBe(typed);
  });
});
