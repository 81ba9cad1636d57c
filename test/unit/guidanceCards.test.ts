import { describe, expect, it } from 'vitest';
import { renderCardJson } from '../../src/teams/kit/cards/render';
import type { GuideCardData } from '../../src/teams/kit/cards/data';
import { blockerCard, BLOCKERS, personalChoiceCard, verdictCard } from '../../src/teams/features/checkAccount/verdictCard';
import { adminsCard } from '../../src/teams/features/directory/adminsCard';
import { notSureCard } from '../../src/teams/features/faq/faqCard';
import { FaqIndex } from '../../src/domain/faq/faqIndex';
import { retrieval } from '../../src/text/en/retrieval';
import { topicsIn } from '../../src/domain/faq/topics';
import type { AdminPerson } from '../../src/domain/admins';
import { catalog } from '../../src/text/en';
import { mfaCard } from '../../src/teams/features/directory/mfaCard';
import { readinessView } from '../../src/teams/features/directory/readiness';
import { evaluateMfaReadiness, type UserRegistration } from '../../src/domain/mfaReadiness';
import { actions, allText, nodes, type Json } from '../helpers/cards';
import { diagnosisFor } from '../helpers/diagnosis';

/** The topics in the catalog's words. */
const TOPICS = topicsIn(catalog.topics);

/** What a Teams client shows of a guide card: its text and its buttons. */
function shown(data: GuideCardData): { text: string; buttons: string[] } {
  const card = renderCardJson('guide', data) as Json;
  return { text: allText(card), buttons: actions(card).map((a) => String(a.title)) };
}

const requester = { upn: 'alex@contoso.com', tenantId: '11111111-1111-4111-8111-111111111111' };
const takeover = diagnosisFor('takeover-needed', 'megan@fourthcoffee.xyz', { domainType: 'unmanaged', tenantId: '22222222-2222-4222-8222-222222222222', workAccount: true, personalAccount: false });
const federated = diagnosisFor('ready', 'typo@fabrikam.com', { domainType: 'federated', tenantId: '33333333-3333-4333-8333-333333333333', tenantName: 'Fabrikam', workAccount: true, personalAccount: false, addressConfirmed: false });
const busy = diagnosisFor('ready', 'alx@contoso.com', { domainType: 'managed', tenantId: requester.tenantId, tenantName: 'Contoso', workAccount: true, personalAccount: false, addressConfirmed: false });
const ready = diagnosisFor('ready', 'alex@contoso.com', { domainType: 'managed', tenantId: requester.tenantId, tenantName: 'Contoso', workAccount: true, personalAccount: false });

describe('the MFA card', () => {
  const { text } = shown(mfaCard(catalog));

  it('does not overstate Security Defaults (correction 2)', () => {
    expect(text).not.toMatch(/require MFA for all users, on all apps/);
  });

  it.each([
    [
      'what Security Defaults do, as the seed and Learn say (correction 2)',
      ['every user must register for MFA, and Microsoft decides when a user is asked for it (certain administrator roles, such as Global, Security and Conditional Access Administrators, at every sign-in)', 'If Security Defaults are already on, you may not need a separate policy.'],
    ],
    [
      'who can turn MFA on, in the roles the admin list shows (correction 3)',
      [
        'Who can do it: a Global Administrator, or an admin whose role can manage these security settings',
        'at least a Conditional Access Administrator or Security Administrator for a Conditional Access policy',
        'at least a Security Administrator for Security Defaults',
        'an Authentication Administrator or Authentication Policy Administrator for per-user MFA',
        'An Authentication Policy Administrator chooses which verification methods users may register',
      ],
    ],
    [
      'what the seed says of guests, with the condition Learn adds (correction 4)',
      ['Coordinate with your partners', 'they might need to enable MFA in their home tenant', 'only when your cross-tenant access inbound trust settings trust MFA from it', 'which services their MFA prompt in most cases (Microsoft’s partner guidance)', 'without that trust (the default) guests register and perform MFA in your tenant'],
    ],
    [
      'the routes the seed gives an admin (correction 8)',
      ['Third-party MFA can be integrated directly with Microsoft Entra ID', 'Home > Authentication methods > Policies', 'Microsoft 365 admin center under Active Users > MFA', 'multipleauthn'],
    ],
  ])('says %s', (_what, sentences) => {
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it.each([
    ['guests: no unattributed "in most cases" next to the inbound-trust default, no garbled clause (review 7)', /in most cases(?! \(Microsoft’s partner guidance\))|whose sign-in services/],
    ['per-user MFA: not "must register before they can sign in" (review 8)', /must register before they can sign in/],
    ['Security Defaults: certain administrator roles, not all of them (review 9)', /\(administrator roles at every sign-in\)/],
  ])('does not overstate: %s', (_what, overstated) => {
    expect(text).not.toMatch(overstated);
  });

  it('says the generic multipleauthn line with its federatedIdpMfaBehavior condition (review 6)', () => {
    expect(text).toContain('the identity provider must send the multipleauthn claim to Microsoft Entra ID, and Entra ID honours it only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider');
  });

  it('says with per-user MFA that only enabled accounts are covered and they register at the next sign-in (review 8)', () => {
    expect(text).toContain('only the accounts you enable are covered. An enabled user is asked to register at the next sign-in in a browser');
  });

  it('tells a federated tenant about the multipleauthn claim and federatedIdpMfaBehavior, and an unmanaged one to take it over first (correction 6)', () => {
    const forFederated = shown(mfaCard(catalog, undefined, federated)).text;
    expect(forFederated).toContain('fabrikam.com signs in through its own identity provider');
    expect(forFederated).toContain('the identity provider must send the multipleauthn claim to Microsoft Entra ID');
    expect(forFederated).toContain('only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider');
    const forUnmanaged = shown(mfaCard(catalog, undefined, takeover)).text;
    expect(forUnmanaged).toContain('nobody can turn on MFA in it yet');
    expect(shown(mfaCard(catalog, undefined, ready)).text).not.toContain('signs in through its own identity provider (a federated domain)');
  });
});

describe('the MFA card after the live check', () => {
  /** Security Defaults on and no Conditional Access policy: a compliant tenant, with the person's registration as given. */
  function compliantFor(registration: UserRegistration | null) {
    const report = evaluateMfaReadiness({
      tenantId: requester.tenantId,
      securityDefaults: { ok: true, value: true },
      policies: { ok: true, value: [] },
      user: { userPrincipalName: 'alex@contoso.com', registration: { ok: true, value: registration } },
      now: new Date('2026-02-01T00:00:00Z'),
    });
    const view = readinessView(catalog, { kind: 'report', report });
    if (!view) throw new Error('a report has a view');
    return shown(mfaCard(catalog, view, ready));
  }
  const registered = (methodsRegistered: string[]): UserRegistration => ({ userPrincipalName: 'alex@contoso.com', isMfaRegistered: true, methodsRegistered, defaultMfaMethod: null });

  it('confirms briefly when the tenant is compliant and the person registered with one method: what enforces MFA, the method in words, what they do', () => {
    const { text } = compliantFor(registered(['microsoftAuthenticatorPush']));
    expect(text).toContain(catalog.mfa.ready.title);
    expect(text).toContain(catalog.mfa.ready.summary(catalog.readiness.securityDefaults.onTitle));
    expect(text).toContain('alex@contoso.com is registered for MFA with one method: With Microsoft Authenticator notifications, and no backup method yet.');
    expect(text).toContain(catalog.mfa.ready.addBackup);
    expect(text).not.toContain('microsoftAuthenticatorPush');
    // The registration steps are for people not yet registered.
    for (const step of catalog.mfa.user.steps) expect(text).not.toContain(step);
  });

  it('keeps the confirmation short for a person with a backup method, with what was checked on demand', () => {
    const { text, buttons } = compliantFor(registered(['microsoftAuthenticatorPush', 'mobilePhone']));
    expect(text).toContain('With Microsoft Authenticator notifications and a mobile phone.');
    expect(text).toContain(catalog.mfa.ready.userDone);
    expect(buttons).toContain(catalog.mfa.ready.detailsButton);
    expect(buttons).not.toContain('Set up MFA (aka.ms/mfasetup)');
  });

  it('shows just the registration step first when the tenant is compliant but the person is not registered', () => {
    const { text, buttons } = compliantFor({ userPrincipalName: 'alex@contoso.com', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null });
    expect(text).toContain(catalog.mfa.ready.registerFirst);
    expect(text).toContain(catalog.mfa.user.steps[0]);
    expect(text).not.toContain(catalog.mfa.ready.userDone);
    expect(buttons[0]).toBe('Set up MFA (aka.ms/mfasetup)');
  });

  it('names who can help with an unmanaged tenant: whoever takes it over, not its (absent) Global Administrator', () => {
    const { text } = shown(mfaCard(catalog, undefined, takeover));
    expect(text).toContain(catalog.mfa.unmanaged.help);
    expect(text).not.toContain(catalog.mfa.help);
    expect(shown(mfaCard(catalog, undefined, ready)).text).toContain(catalog.mfa.help);
  });

  it('says Conditional Access needs P1 and Security Defaults need no licence, without an ambiguous "it"', () => {
    const { text } = shown(mfaCard(catalog));
    expect(text).toContain('Conditional Access needs a Microsoft Entra ID P1 licence, Security Defaults need none');
    expect(text).not.toContain('(it needs Microsoft Entra ID P1)');
  });
});

describe('verdict cards', () => {
  it('does not call a federated address ready to keep using: it says what is known (correction 6)', () => {
    const card = verdictCard(catalog, federated, requester);
    const { text } = shown(card);
    // The first view itself says the address is not confirmed, not only the details.
    expect(card.title).toBe('The right kind of account, but this address is not confirmed');
    expect(card.summary).toContain('fabrikam.com belongs to Fabrikam, which signs in through its own identity provider');
    expect(card.summary).toContain('I can’t confirm that typo@fabrikam.com itself exists');
    expect(text).toContain('I can’t confirm that typo@fabrikam.com itself exists. Sign in with it; if the sign-in is refused, check the spelling or ask your IT department.');
    expect(text).not.toContain('keep signing in with it');
    expect(text).toContain('federatedIdpMfaBehavior');
  });

  it('says so when the lookup answers "exists" for anything at a managed domain (correction 6)', () => {
    const { text } = shown(verdictCard(catalog, busy, requester));
    expect(text).toContain('Microsoft’s lookup answers “exists” for any address at contoso.com, even made-up ones');
    expect(text).not.toContain('keep signing in with it');
    expect(shown(verdictCard(catalog, ready, requester)).text).toContain('alex@contoso.com is a work or school account in Contoso');
  });

  it('says a personal account is unknown while throttled and the realm did not say, never "no personal account" (review 1)', () => {
    const { text } = shown(verdictCard(catalog, { ...busy, personalAccount: null }, requester));
    expect(text).toContain('Microsoft also could not say whether a personal Microsoft account uses the same address');
    expect(shown(verdictCard(catalog, busy, requester)).text).not.toContain('could not say whether a personal Microsoft account');
    expect(text).toContain('it is reported to do that while it is throttled');
    expect(text).not.toContain('when it is busy');
  });

  it('calls the tenant of a work + personal address what it is, and claims "exists twice" only when confirmed (review 2)', () => {
    const dual = diagnosisFor('choose-work-account', 'dual@fabrikam.com', { domainType: 'federated', tenantId: federated.tenantId, tenantName: 'Fabrikam', workAccount: true, personalAccount: true, addressConfirmed: false });
    const federatedText = shown(verdictCard(catalog, dual, requester)).text;
    expect(federatedText).not.toContain('exists twice');
    expect(federatedText).not.toContain('(managed)');
    expect(federatedText).toContain('A personal Microsoft account uses dual@fabrikam.com, and addresses at fabrikam.com are work or school accounts in Fabrikam (federated)');
    const confirmed = shown(verdictCard(catalog, { ...dual, domainType: 'managed', addressConfirmed: true }, requester)).text;
    expect(confirmed).toContain('dual@fabrikam.com exists twice: as a work or school account in Fabrikam (managed)');
    const unconfirmedTakeover = shown(verdictCard(catalog, { ...takeover, addressConfirmed: false }, requester)).text;
    expect(unconfirmedTakeover).toContain('Addresses at fourthcoffee.xyz belong to a Microsoft Entra tenant with no administrator');
    expect(unconfirmedTakeover).not.toContain('megan@fourthcoffee.xyz belongs to');
    // In the first view, not only in Option 1's details.
    expect(verdictCard(catalog, { ...takeover, addressConfirmed: false }, requester).summary).toContain('I can’t confirm that megan@fourthcoffee.xyz itself exists');
    expect(verdictCard(catalog, takeover, requester).summary).not.toContain('can’t confirm');
  });

  it('says what an external takeover moves and when it is not supported, before offering the Teams tenant’s admins (correction 7)', () => {
    const { text } = shown(verdictCard(catalog, takeover, requester));
    const moves = text.indexOf('users, subscriptions and licence assignments move over with the domain');
    const blocked = text.indexOf('not supported when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business');
    const offer = text.indexOf('its Global Administrators can do the external takeover (they prove the domain by the same DNS TXT record)');
    expect(moves).toBeGreaterThan(-1);
    expect(blocked).toBeGreaterThan(moves);
    expect(offer).toBeGreaterThan(blocked);
    expect(text).toContain('Microsoft supports it for Azure Rights Management and Exchange Online, and for the service plans Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream and Dynamics 365 free trial');
    expect(text).not.toContain('then use an internal takeover');
    // The bot knows only the chat's tenant, not that it owns the domain: the offer is conditional.
    expect(text).toContain('If it is your organisation’s, the one that owns the domain');
  });

  it('has what the seed tells someone taking Option 2 or Skip (correction 8)', () => {
    const { text } = shown(verdictCard(catalog, takeover, requester));
    expect(text).toContain('without needing to phone VLSC Support');
    expect(text).toMatch(/web-form submissions within 24 hours[\s\S]*web-form submissions within 24 hours/);
    expect(shown(blockerCard(catalog, 'no-admin', takeover.address)).text).toContain('Microsoft answers web-form submissions within 24 hours.');
  });

  it('suggests the work sign-in to someone with no account found (correction 8)', () => {
    const { text } = shown(verdictCard(catalog, diagnosisFor('no-account', 'nobody@contoso.com', { domainType: 'managed' }), requester));
    expect(text).toContain('try the user ID and password you use to log in at work');
  });

  it('offers the VLSC Support drafts for unmanaged-tenant accounts, not for personal accounts', () => {
    expect(shown(verdictCard(catalog, takeover, requester)).buttons).toEqual(expect.arrayContaining(['Draft the disassociation request', 'Draft the extra log-ins request']));
    for (const card of [verdictCard(catalog, diagnosisFor('personal-account', 'sam@outlook.com'), requester), personalChoiceCard(catalog, requester)]) {
      expect(shown(card).buttons.filter((b) => /Draft|log-ins/.test(b))).toEqual([]);
    }
  });
});

/** The first view of a guide card: its body and its buttons, without what Action.ShowCard opens. */
function firstView(data: GuideCardData): { text: string; buttons: string[] } {
  const card = renderCardJson('guide', data) as Json;
  const top = (card.actions as Json[]) ?? [];
  const body = allText({ body: card.body } as Json);
  return { text: body, buttons: top.filter((a) => a.mode !== 'secondary').map((a) => String(a.title)) };
}

describe('first views', () => {
  it('gives Option 1’s internal and external takeover as alternatives, not numbered steps', () => {
    const card = renderCardJson('guide', verdictCard(catalog, takeover, requester)) as Json;
    // Numbered steps are TextRuns in a column beside their number: no takeover kind may be one.
    const steps = nodes(card).filter((n) => n.type === 'TextRun' && /^(?:Internal|External) takeover/.test(String(n.text)));
    expect(steps).toEqual([]);
    const alternatives = nodes(card).find((n) => n.type === 'TextBlock' && String(n.text).includes('**Internal takeover**'));
    expect(String(alternatives?.text)).toMatch(/^- \*\*Internal takeover\*\*[^\n]*\n- \*\*External takeover\*\*/);
  });

  it('opens Option 2 from the blocker cards instead of repeating it', () => {
    for (const blocker of BLOCKERS) {
      const { text, buttons } = firstView(blockerCard(catalog, blocker, takeover.address));
      expect(text).not.toContain('Do NOT sign in to VLSC');
      expect(buttons).toContain(catalog.result.takeover.option2.button);
    }
  });

  it('says plainly that Microsoft could not be reached, with Retry, and keeps the detail and the user-realm link for IT', () => {
    const failed = diagnosisFor('lookup-failed', 'kim@contoso.com', { failure: { source: 'user-realm', detail: 'network: fetch failed (ENOTFOUND); gave up after 3 attempts' } });
    const data = verdictCard(catalog, failed, requester);
    const { text, buttons } = firstView(data);
    expect(text).toContain('I couldn’t reach Microsoft’s sign-in service just now');
    expect(text).not.toContain('ENOTFOUND');
    expect(buttons).toEqual(expect.arrayContaining(['Retry', catalog.result.failed.detailsButton]));
    const all = shown(data).text;
    expect(all).toContain('ENOTFOUND');
    expect(all).not.toContain('Tenant type');
    const card = renderCardJson('guide', data) as Json;
    expect(actions(card).map((a) => a.url)).toContain('https://login.microsoftonline.com/common/userrealm/kim%40contoso.com?api-version=2.1');
  });

  it('offers a person on every card, including not-sure, the manual admin card and the personal card reached by its button', () => {
    const human: string[] = [catalog.cases.escalateButton, catalog.admins.button];
    const cards = [
      notSureCard(catalog, new FaqIndex(TOPICS, { tag: 'en', retrieval }).answer('zzz qqq')),
      adminsCard(catalog, { kind: 'manual', reason: 'not-configured'}),
      personalChoiceCard(catalog, {}),
      personalChoiceCard(catalog, requester),
    ];
    for (const card of cards) expect(firstView(card).buttons.some((b) => human.includes(b))).toBe(true);
  });

  it('puts the not-sure card’s headings in order: the topics, then the journeys', () => {
    const card = renderCardJson('guide', notSureCard(catalog, { ...new FaqIndex(TOPICS, { tag: 'en', retrieval }).answer('zzz qqq'), alternatives: TOPICS.slice(0, 2).map((topic) => ({ topic, score: 1 })) } as never)) as Json;
    const text = allText(card);
    expect(text.indexOf(catalog.faq.related)).toBeLessThan(text.indexOf(TOPICS[0].title));
    expect(text.indexOf(TOPICS[1].title)).toBeLessThan(text.indexOf(catalog.faq.journeysHeading));
  });

  it('labels admins cleanly, Global Administrators first', () => {
    const person = (displayName: string, roles: AdminPerson['roles'], assignment: AdminPerson['assignment']): AdminPerson => ({ id: displayName, displayName, mail: null, userPrincipalName: `${displayName}@contoso.com`, roles, assignment });
    const text = shown(adminsCard(catalog, { kind: 'found', tenantId: 't', gaps: [], fetchedAt: '', fromCache: false, admins: [person('Gia', ['Global Administrator'], 'eligible')] })).text;
    expect(text).toContain('Global Administrator (eligible, must activate the role first)');
    expect(text).not.toContain('((');
    expect(text).not.toMatch(/\(eligible \(/);
  });
});
