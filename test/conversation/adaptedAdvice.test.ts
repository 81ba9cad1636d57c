import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/text/en';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actions, allText, cardOf, type Json } from '../helpers/cards';
import { TENANT_ID, type TeamsUser } from '../helpers/teamsUser';
import { botSettingsFor, emptyDirectory, ENFORCING_MFA_POLICY, GLOBAL_ADMINISTRATOR, startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate } from '../fakes/testCertificate';

/** Advice that depends on what the bot knows: the domain's tenant, the live MFA check, the person's own Teams tenant. */
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SECRET = 'adapted-advice-secret';
const APP = { tenantId: TENANT_ID, clientId: CLIENT, clientSecret: SECRET };

let rig: JourneyRig;
let graph: GraphFake;

beforeAll(async () => {
  const certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-cert-')));
  graph = await startGraphFake(certificate, APP, {
    ...emptyDirectory(),
    users: [{ id: 'megan', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.com', mail: 'megan@contoso.com', accountEnabled: true }],
    active: [{ roleId: GLOBAL_ADMINISTRATOR, principalId: 'megan' }],
    policies: [ENFORCING_MFA_POLICY],
    registrations: [{ userPrincipalName: 'alex@contoso.com', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush', 'mobilePhone'], defaultMfaMethod: 'push' }],
  });
  rig = await startJourneyRig(botSettingsFor(graph, APP, certificate.certPath));
  // Carol's personal Microsoft account, at a domain whose organisation has a managed tenant: the one Graph reads.
  rig.entra.addDomain('northwind-traders.example', { kind: 'managed', brand: 'Northwind Traders', tenantId: TENANT_ID, personal: ['carol'] });
  // The same, at a domain of another organisation than the person's Teams one: its admins are not the bot's to list.
  rig.entra.addDomain('tailspin.example', { kind: 'managed', brand: 'Tailspin Toys', tenantId: '99999999-9999-4999-8999-999999999999', personal: ['carol'] });
});
afterAll(async () => {
  await rig?.close();
  await graph?.close();
});

const lastCard = (user: TeamsUser): Json => cardOf(rig.connector.sent(user.conversationId).at(-1));
const titles = (card: Json) => actions(card).map((action) => String(action.title));

describe('advice adapted to what the bot knows', () => {
  it('tells a personal account at a managed domain to use or ask for a work account there, naming its admins: no sign-up, no disassociation', async () => {
    const user = rig.user();
    await user.say('check carol@northwind-traders.example');
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain(catalog.result.personal.title);
    expect(text).toContain('Your organisation already has a Microsoft Entra tenant');
    expect(text).toContain('Megan Bowen');
    expect(text).not.toMatch(/Sign Up|onmicrosoft\.com/);
    expect(titles(card).filter((title) => /Sign up|disassociation/i.test(title))).toEqual([]);
    // The same account at a consumer domain does get the sign-up path.
    await user.say('check pat@outlook.com');
    expect(titles(lastCard(user))).toContain('Sign up for a work account');
  });

  it('does not send a personal account at another organisation’s domain to the admins of the person’s own tenant', async () => {
    const user = rig.user();
    await user.say('check carol@tailspin.example');
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain(catalog.result.personal.organisation.otherOrganisation('tailspin.example'));
    expect(text).not.toContain('“Who is my admin?” finds them');
    expect(titles(card)).not.toContain(catalog.admins.button);
    expect(text).not.toMatch(/Sign Up|onmicrosoft\.com/);
  });

  it('confirms briefly when the live check finds MFA required and the person registered', async () => {
    const user = rig.user();
    await user.say('mfa');
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain(catalog.mfa.ready.title);
    expect(text).toContain(catalog.mfa.ready.userDone);
    expect(text).toContain('With Microsoft Authenticator notifications and a mobile phone.');
    expect(text).not.toContain('microsoftAuthenticatorPush');
    for (const step of catalog.mfa.user.steps) expect(text).not.toContain(step);
    expect(text).not.toContain('Create new policy');
    expect(text).not.toContain(catalog.mfa.admin.fallbackHeading);
  });

  it('puts just the registration step first when the tenant requires MFA and the person has not registered', async () => {
    const registrations = graph.directory.registrations;
    graph.directory.registrations = [{ userPrincipalName: 'alex@contoso.com', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }];
    try {
      const user = rig.user();
      await user.say('mfa');
      const card = lastCard(user);
      const text = allText(card);
      expect(text).toContain(catalog.mfa.ready.title);
      expect(text).toContain(catalog.mfa.ready.registerFirst);
      expect(text).not.toContain(catalog.mfa.ready.userDone);
      expect(titles(card)[0]).toBe('Set up MFA (aka.ms/mfasetup)');
    } finally {
      graph.directory.registrations = registrations;
    }
  });

  it('shows only what is missing when the live check finds MFA not required', async () => {
    graph.directory.policies = [];
    try {
      const user = rig.user();
      await user.say('mfa');
      const text = allText(lastCard(user));
      expect(text).toContain(catalog.mfa.notReady.summary);
      expect(text).toContain(catalog.readiness.conditionalAccess.noneTitle);
      expect(text).not.toContain(catalog.readiness.conditionalAccess.enforcedTitle);
    } finally {
      graph.directory.policies = [ENFORCING_MFA_POLICY];
    }
  });

  it('offers the admins of the person’s own Teams tenant after an unmanaged verdict', async () => {
    const user = rig.user();
    await user.say('check megan@fourthcoffee.xyz');
    await user.say('who is my admin');
    const card = lastCard(user);
    const text = allText(card);
    expect(text).toContain(catalog.admins.unmanagedTitle);
    expect(text).toContain(catalog.admins.ownTenant.found);
    expect(text).toContain('Megan Bowen');
    expect(titles(card)).toContain('Chat with Megan Bowen');
  });
});
