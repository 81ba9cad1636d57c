import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actions, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { TeamsUser, TENANT_ID } from '../helpers/teamsUser';
import { botSettingsFor, emptyDirectory, GLOBAL_ADMINISTRATOR, startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate } from '../fakes/testCertificate';
import { CASE_ID, until } from '../helpers/caseRig';

const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SECRET = 'conversation-test-secret';
const APP = { tenantId: TENANT_ID, clientId: CLIENT, clientSecret: SECRET };

let rig: JourneyRig;
let graph: GraphFake;

beforeAll(async () => {
  const certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-cert-')));
  const person = (id: string, name: string, accountEnabled = true) => ({ id, displayName: name, userPrincipalName: `${id}@contoso.com`, mail: `${id}@contoso.com`, accountEnabled });
  graph = await startGraphFake(certificate, APP, {
    ...emptyDirectory(),
    users: [person('megan', 'Megan Bowen'), person('eli', 'Eli Eligible'), person('dana', 'Dana Disabled', false)],
    active: [
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'megan' },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'dana' },
    ],
    eligible: [{ roleId: GLOBAL_ADMINISTRATOR, principalId: 'eli' }],
    securityDefaults: false,
    policies: [
      {
        id: 'p1',
        displayName: 'MFA for admins (report-only)',
        state: 'enabledForReportingButNotEnforced',
        conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['MicrosoftAdminPortals'] } },
        grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
      },
    ],
    registrations: [{ userPrincipalName: 'alex@contoso.com', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }],
  });
  // No admin cache: every question reaches the fake, so a fault switched on mid-suite is seen at once.
  rig = await startJourneyRig(botSettingsFor(graph, APP, certificate.certPath));
});
afterAll(async () => {
  await rig?.close();
  await graph?.close();
});

const lastCard = (user: TeamsUser): Json => cardOf(rig.connector.sent(user.conversationId).at(-1));

describe('with Microsoft Graph configured', () => {
  it('lists the enabled admins, active first, each with a Teams chat link', async () => {
    const user = rig.user();
    await user.say('who is my admin');
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain('Megan Bowen');
    expect(text).toContain('Eli Eligible');
    expect(text).not.toContain('Dana Disabled');
    expect(text.indexOf('Megan Bowen')).toBeLessThan(text.indexOf('Eli Eligible'));
    const chat = actions(card).find((a) => a.title === 'Chat with Megan Bowen');
    expect(String(chat?.url)).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=megan%40contoso\.com&message=/);
  });

  it('shows the tenant and the person, point by point, in the MFA journey', async () => {
    const user = rig.user();
    await user.say('mfa');
    const text = allText(lastCard(user));
    expect(text).toContain('Your organisation, checked just now');
    expect(text).toMatch(/report-only/i);
    expect(text).toContain('Still to do');
    // Only what is missing: the switch to On, not the whole policy recipe.
    expect(text).toContain('from Report-only to On');
    expect(text).not.toContain('+ Create new policy');
  });

  it('keeps a case nobody can receive yet, and sends it to a Global Administrator as soon as they install the bot', async () => {
    const alex = rig.user();
    await alex.say('check late@contoso.com');
    await alex.submit({ verb: 'vlsa.escalate', address: 'late@contoso.com' });
    const answer = rig.connector.sent(alex.conversationId).at(-1) as Json;
    expect(allText(cardOf(answer))).toContain('nobody can receive it yet');
    const id = CASE_ID.exec(allText(cardOf(answer)))?.[0] as string;
    const megan = new TeamsUser(rig.bot.url, rig.connector.url, { id: '29:megan', name: 'Megan Bowen', aadObjectId: 'megan' });
    await megan.install();
    await until(() => (rig.connector.sent(megan.conversationId).some((a) => allText(cardOfOrEmpty(a)).includes(id)) ? true : undefined), 'the waiting case at the admin');
    await until(() => (rig.connector.sent(alex.conversationId).some((a) => String(a.text).includes(`Your case ${id} has now reached your admin Megan Bowen`)) ? true : undefined), 'the requester told');
  });

  it('sends an escalated case 1:1 to a Global Administrator who installed the bot, who can act on it', async () => {
    const megan = new TeamsUser(rig.bot.url, rig.connector.url, { id: '29:megan', name: 'Megan Bowen', aadObjectId: 'megan' });
    await megan.install();
    const alex = rig.user();
    await alex.say('check dual@contoso.com');
    await alex.submit({ verb: 'vlsa.escalate', address: 'dual@contoso.com' });
    const reply = String(rig.connector.sent(alex.conversationId).at(-1)?.text);
    expect(reply).toContain('sent it to your admin Megan Bowen');
    const id = CASE_ID.exec(reply)?.[0] as string;
    const delivered = rig.connector.sent(megan.conversationId).filter((a) => allText(cardOfOrEmpty(a)).includes(id));
    expect(delivered).toHaveLength(1);
    const card = cardOf(rig.connector.updated(megan.conversationId).at(-1) ?? delivered[0]);
    const version = Number((actions(card).find((a) => a.title === 'Assign to me')?.data as Json).version);
    const result = await megan.execute('case.assignToMe', { caseId: id, version }, 'admin-card');
    expect(allText((result.body as { value: Json }).value)).toContain('Megan Bowen');
  });

  it('names the missing permission and the admin-consent URL on a 403, with the manual path', async () => {
    graph.forbid('/v1.0/roleManagement');
    const user = rig.user();
    await user.say('who is my admin');
    const card = lastCard(user);
    expect(allText(card)).toContain('RoleManagement.Read.Directory');
    const consent = actions(card).find((a) => a.title === 'Grant admin consent');
    expect(String(consent?.url)).toContain(`/${TENANT_ID}/adminconsent?client_id=${CLIENT}`);
    expect(allText(card)).toContain('Roles and administrators');
    graph.reset();
  });
});
