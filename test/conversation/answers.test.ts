import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, actions, allText, cardOf, markdownText, nodes, type Json } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';

let rig: JourneyRig;
beforeAll(async () => {
  rig = await startJourneyRig();
});
afterAll(async () => {
  await rig?.close();
});

function lastActivity(user: TeamsUser): Json {
  return rig.connector.sent(user.conversationId).at(-1) as Json;
}
const lastCard = (user: TeamsUser) => cardOf(lastActivity(user));

function inputs(card: Json): Record<string, Json> {
  return Object.fromEntries(nodes(card).filter((n) => typeof n.id === 'string').map((n) => [n.id as string, n]));
}

/** What Teams sends for "Update the draft": the button's data plus every input's value. */
function submitFrom(card: Json, overrides: Record<string, string> = {}): Json {
  const values = Object.fromEntries(Object.entries(inputs(card)).map(([id, input]) => [id, String(input.value ?? '')]));
  return { ...(actionTitled(card, 'Update the draft').data as Json), ...values, ...overrides };
}

describe('free-text questions', () => {
  it('answers a question from the guidance with a card for the topic', async () => {
    const user = rig.user();
    await user.say('whats a viral tenant?');
    const text = allText(lastCard(user));
    expect(text).toContain('unmanaged');
    expect(text).toContain('no global administrator');
  });

  it('says it is not sure and offers topics and journeys when the question is off-topic', async () => {
    const user = rig.user();
    await user.say('what is the weather like in Dublin tomorrow');
    const card = lastCard(user);
    expect(allText(card)).toContain('I’m not sure I understood');
    const titles = actions(card).map((a) => a.title);
    expect(titles).toContain('Check my VLSC sign-in');
    expect(titles).toContain('Check MFA readiness');
  });

  it('opens a topic from its button and refuses an unknown topic id', async () => {
    const user = rig.user();
    await user.submit({ verb: 'vlsa.topic', topic: 'mfa-support-contact' });
    expect(allText(lastCard(user))).toContain('MFAVLCsupport@microsoft.com');
    await user.submit({ verb: 'vlsa.topic', topic: '../../etc/passwd' });
    expect(String(lastActivity(user).text)).toContain('no longer does anything');
  });
});

describe('who is my admin, without Graph configured', () => {
  it('gives the manual steps in the Entra admin center and who else to ask', async () => {
    const user = rig.user();
    await user.say('who is my admin?');
    const text = allText(lastCard(user));
    expect(text).toContain('Roles and administrators');
    expect(text).toContain('Global Administrator');
    expect(text).toMatch(/IT department/);
  });

  it('says an unmanaged tenant has no admin after such a check', async () => {
    const user = rig.user();
    await user.say('check megan@fourthcoffee.xyz');
    await user.submit({ verb: 'vlsa.admins' });
    const text = allText(lastCard(user));
    expect(text).toContain('has no admin');
    expect(text).toContain('taking the tenant over');
  });
});

describe('drafts', () => {
  it('goes from a diagnosis to a ready-to-send disassociation request in two clicks', async () => {
    const user = rig.user();
    await user.say('check megan@fourthcoffee.xyz');
    await user.submit(actionTitled(lastCard(user), 'Draft the disassociation request').data as Json);
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain('Disassociation request to VLSC Support');
    expect(text).toContain('megan@fourthcoffee.xyz');
    expect(text).toContain('22222222-2222-4222-8222-222222222222');
    expect(text).toMatch(/MAK ADD/);
    const open = actionTitled(card, 'Open VLSC Support’s contact page');
    expect(open.type).toBe('Action.OpenUrl');
    expect(inputs(card).contactName.value).toBe('Alex Wilber');
  });

  it('drafts the MFA support e-mail with a mailto link and checks required fields on update', async () => {
    const user = rig.user();
    await user.say('check alex@contoso.com');
    await user.submit({ verb: 'vlsa.draft', kind: 'mfa-support', address: 'alex@contoso.com' });
    const activity = lastActivity(user);
    const card = cardOf(activity);
    const mail = actionTitled(card, 'Open in e-mail');
    expect(String(mail.url)).toMatch(/^mailto:MFAVLCsupport@microsoft\.com\?subject=/);

    const reply = await user.post(user.activity({ type: 'message', value: submitFrom(card, { error: '', method: '' }), replyToId: 'activity-card' }));
    expect(reply.status).toBe(200);
    const updated = cardOf(rig.connector.updated(user.conversationId).at(-1));
    expect(allText(updated)).toContain('Some details need attention');
    expect(allText(updated)).toMatch(/Paste or describe the error/);
  });

  it('keeps injection text literal in the draft and never in markdown', async () => {
    const user = rig.user();
    await user.say('check alex@contoso.com');
    await user.submit({ verb: 'vlsa.draft', kind: 'mfa-support', address: 'alex@contoso.com' });
    const evil = '${x} **bold** <script>alert(1)</script> & "quotes" #hash';
    await user.post(user.activity({ type: 'message', value: submitFrom(lastCard(user), { error: evil, method: 'per-user' }), replyToId: 'activity-card' }));
    const updated = cardOf(rig.connector.updated(user.conversationId).at(-1));
    expect(allText(updated)).toContain(evil);
    expect(markdownText(updated)).not.toContain('**bold**');
    const mail = String(actionTitled(updated, 'Open in e-mail').url);
    expect(decodeURIComponent(new URL(mail).searchParams.get('body') ?? '')).toContain(evil);
  });

  it.each([
    ['draft a disassociation request', 'pat@outlook.com', /pat@outlook\.com is a personal Microsoft account[\s\S]*for accounts in an unmanaged tenant[\s\S]*Sign Up/],
    ['ask for more logins', 'alex@contoso.com', /alex@contoso\.com is the kind of account VLSC requires, so there is nothing to ask VLSC Support[\s\S]*ready for MFA/],
    ['draft an mfa support email', 'pat@outlook.com', /personal Microsoft account: it has no organisation tenant/],
  ])('makes no "%s" draft after a check of %s: it says why and where to go instead', async (request, address, why) => {
    const user = rig.user();
    await user.say(`check ${address}`);
    const before = rig.connector.sent(user.conversationId).length;
    await user.say(request);
    const replies = rig.connector.sent(user.conversationId).slice(before);
    expect(replies).toHaveLength(1);
    expect(String(replies[0].text)).toMatch(why);
    expect(replies[0].attachments).toBeUndefined();
  });

  it('asks for a check first when the person has no diagnosis yet', async () => {
    const user = new TeamsUser(rig.bot.url, rig.connector.url, { id: '29:newcomer', name: 'New Comer', aadObjectId: 'aaaaaaaa-0000-0000-0000-00000000000f' });
    await user.say('draft a disassociation request');
    const sent = rig.connector.sent(user.conversationId);
    expect(sent.map((a) => String(a.text ?? '')).join('\n')).toContain('Let me check your account first');
    expect(allText(cardOf(sent.at(-1)))).toContain('Which account do you use to sign in to VLSC?');
  });
});
