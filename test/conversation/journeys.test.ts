import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { actionTitled, actions, allText, cardOf, markdownText, type Json } from '../helpers/cards';
import type { TeamsUser } from '../helpers/teamsUser';

const rig = useJourneyRig();

/** Starts journey 1 and returns the account card the bot sent. */
async function askWhichAccount(user: TeamsUser): Promise<{ card: Json }> {
  await user.say('check my account');
  return { card: lastCard(user) };
}

function submitData(card: Json, title: string | RegExp): Json {
  return actionTitled(card, title).data as Json;
}

function lastCard(user: TeamsUser): Json {
  const sent = rig().connector.sent(user.conversationId);
  return cardOf(sent[sent.length - 1]);
}

function lastText(user: TeamsUser): string {
  const sent = rig().connector.sent(user.conversationId);
  return String(sent[sent.length - 1].text ?? '');
}

async function checkOther(user: TeamsUser, address: string): Promise<Json> {
  const { card } = await askWhichAccount(user);
  await user.submit({ ...submitData(card, 'Check this address'), otherAddress: address });
  return lastCard(user);
}

describe('journey 1: check my VLSC sign-in', () => {
  it('asks which account, offering the Teams work addresses from the member profile', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    const titles = actions(card).map((a) => a.title);
    expect(titles).toContain('My work account: alex@contoso.com');
    expect(titles).toContain('My work account: alex.wilber@contoso.com');
    expect(titles).toContain('Check this address');
    expect(titles).toContain('Personal (outlook.com …)');
  });

  it('diagnoses the work address, shows typing, closes the question in place and answers ready', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    await user.submit(submitData(card, 'My work account: alex@contoso.com'));
    const calls = rig().connector.calls.filter((c) => c.conversationId === user.conversationId);
    expect(calls.some((c) => (c.body as Json | undefined)?.type === 'typing')).toBe(true);
    const [updated] = rig().connector.updated(user.conversationId);
    expect(actions(cardOf(updated))).toEqual([]);
    expect(allText(cardOf(updated))).toContain('alex@contoso.com');
    const result = lastCard(user);
    expect(allText(result)).toContain('This account is ready for VLSC');
    expect(actionTitled(result, 'Check MFA readiness')).toBeTruthy();
  });

  it('explains an unmanaged tenant with Option 1, Option 2, Skip and the blocker question', async () => {
    const user = rig().user();
    const result = await checkOther(user, 'megan@fourthcoffee.xyz');
    const text = allText(result);
    expect(text).toContain('unmanaged (“viral”) tenant');
    expect(text).toContain('Option 1');
    expect(text).toContain('DNS TXT');
    expect(text).toContain('External takeover');
    expect(text).toContain('If it is your organisation’s, the one that owns the domain, its Global Administrators can do the external takeover');
    expect(text).toContain('Option 2');
    expect(text).toContain('Do NOT sign in to VLSC until VLSC Support has confirmed');
    expect(text).toContain('up to 2 business days');
    expect(text).toContain('Skip');
    expect(actions(result).map((a) => a.title)).toEqual(
      expect.arrayContaining(['I can’t find my IT administrator', 'I can’t prove we own the domain', 'Domain restricted or reclaimed']),
    );
  });

  it.each([
    ['I can’t find my IT administrator', 'help desk number'],
    ['I can’t prove we own the domain', 'Internet Service Provider'],
    ['Domain restricted or reclaimed', 'separate from your organisation’s tenant'],
  ])('steers the blocker "%s" to Option 2', async (button, detail) => {
    const user = rig().user();
    const result = await checkOther(user, 'megan@fourthcoffee.xyz');
    await user.submit(submitData(result, button));
    const text = allText(lastCard(user));
    expect(text).toContain(detail);
    expect(text).toContain('Option 2');
    expect(text).toContain('disassociate your current VLSC account from megan@fourthcoffee.xyz');
  });

  it('tells a personal account holder they already have a work account through Teams', async () => {
    const user = rig().user();
    const text = allText(await checkOther(user, 'pat@outlook.com'));
    expect(text).toContain('This is a personal Microsoft account');
    expect(text).toContain('limited number of logins');
    expect(text).toContain('you already have a work account: alex@contoso.com');
    expect(text).toContain('onmicrosoft.com');
  });

  it('answers the "personal account" choice without a lookup', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    await user.submit(submitData(card, /^Personal \(outlook\.com/));
    expect(rig().entra.requests.total).toBe(0);
    expect(allText(lastCard(user))).toContain('limited number of logins');
  });

  it('does not confirm an address of a federated domain, and says what its identity provider must send for MFA', async () => {
    const text = allText(await checkOther(rig().user(), 'typo@fabrikam.com'));
    expect(text).toContain('signs in through its own identity provider');
    expect(text).toContain('I can’t confirm that typo@fabrikam.com itself exists');
    expect(text).toContain('multipleauthn');
    expect(text).not.toContain('keep signing in with it');
  });

  it('does not confirm an address while Microsoft answers "exists" for anything', async () => {
    // A domain no other test checked, so the bot holds no earlier control answer for it.
    rig().entra.addDomain('northwind.example', { kind: 'managed', brand: 'Northwind', work: ['ann'] });
    rig().entra.throttle(true);
    const text = allText(await checkOther(rig().user(), 'an@northwind.example'));
    expect(text).toContain('Microsoft’s lookup answers “exists” for any address at northwind.example');
    expect(text).not.toContain('keep signing in with it');
  });

  it('tells someone with both accounts to pick "Work or school account"', async () => {
    const text = allText(await checkOther(rig().user(), 'dual@contoso.com'));
    expect(text).toContain('Pick “Work or school account” when you sign in');
  });

  it('suggests a typo when no account exists', async () => {
    const text = allText(await checkOther(rig().user(), 'nobody@contoso.com'));
    expect(text).toContain('No Microsoft account found');
    expect(text).toContain('contoso.com does have a Microsoft Entra tenant');
  });

  it('says what failed, offers Retry and the manual check, and Retry works once Microsoft answers', async () => {
    const user = rig().user();
    rig().entra.setFault({ endpoint: 'credentialType' }, { kind: 'status', status: 500 });
    const failed = await checkOther(user, 'megan@fourthcoffee.xyz');
    const text = allText(failed);
    expect(text).toContain('I couldn’t finish the check');
    expect(text).toContain('"IsViral": true');
    // The user-realm answer is a link, behind "Details for IT", with no tenant type claimed.
    expect(actions(failed).map((a) => a.url)).toContain('https://login.microsoftonline.com/common/userrealm/megan%40fourthcoffee.xyz?api-version=2.1');
    expect(text).not.toContain('Tenant type');
    expect(text).not.toMatch(/^I couldn’t reach Microsoft’s sign-in service just now[^\n]*\(/m);
    rig().entra.reset();
    await user.submit(submitData(failed, 'Retry'));
    expect(allText(lastCard(user))).toContain('unmanaged (“viral”) tenant');
  });

  it('re-prompts on the same card with the reason when the address is not usable', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    const before = rig().connector.sent(user.conversationId).length;
    await user.submit({ ...submitData(card, 'Check this address'), otherAddress: 'alex.contoso.com' });
    expect(rig().connector.sent(user.conversationId)).toHaveLength(before);
    const updated = cardOf(rig().connector.updated(user.conversationId).at(-1));
    expect(allText(updated)).toMatch(/@/);
    expect(actions(updated).length).toBeGreaterThan(0);
    expect(rig().entra.requests.total).toBe(0);
    await user.submit({ ...submitData(updated, 'Check this address'), otherAddress: 'megan@fourthcoffee.xyz' });
    expect(allText(lastCard(user))).toContain('unmanaged');
  });

  it('ignores a replayed submit of an answered card', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    const data = submitData(card, 'My work account: alex@contoso.com');
    await user.submit(data);
    const lookups = rig().entra.requests.total;
    await user.submit(data);
    expect(rig().entra.requests.total).toBe(lookups);
    expect(lastText(user)).toContain('already answered');
  });

  it('diagnoses an address typed with the request, or alone', async () => {
    const user = rig().user();
    await user.say('check megan@fourthcoffee.xyz');
    expect(allText(lastCard(user))).toContain('unmanaged');
    await user.say('pat@outlook.com');
    expect(allText(lastCard(user))).toContain('personal Microsoft account');
  });

  it('shows text with ${…}, markdown and HTML literally and never in markdown', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    const evil = '${evil}**bold**<b>x</b>[link](http://x)';
    await user.submit({ ...submitData(card, 'Check this address'), otherAddress: evil });
    const updated = cardOf(rig().connector.updated(user.conversationId).at(-1));
    const input = (updated.body as Json[]).flatMap((b) => (b.items as Json[] | undefined) ?? []).find((i) => i.id === 'otherAddress');
    expect(input?.value).toBe(evil);
    expect(markdownText(updated)).not.toContain('**bold**');
  });
});

describe('interruptions', () => {
  it('cancel closes the waiting card and a later click on it does nothing', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    await user.say('cancel');
    expect(lastText(user)).toContain('OK, I stopped that');
    expect(actions(cardOf(rig().connector.updated(user.conversationId).at(-1)))).toEqual([]);
    await user.submit(submitData(card, 'My work account: alex@contoso.com'));
    expect(lastText(user)).toContain('already answered');
    expect(rig().entra.requests.total).toBe(0);
  });

  it('start over mid-journey shows the menu and ends the journey', async () => {
    const user = rig().user();
    await askWhichAccount(user);
    await user.say('start over');
    expect(allText(lastCard(user))).toContain('What I can do');
    await user.say('cancel');
    expect(lastText(user)).toContain('nothing to cancel');
  });

  it('help mid-journey keeps the question open', async () => {
    const user = rig().user();
    const { card } = await askWhichAccount(user);
    await user.say('help');
    await user.submit(submitData(card, 'My work account: alex@contoso.com'));
    expect(allText(lastCard(user))).toContain('ready for VLSC');
  });

  it('refuses a submit with a verb it does not know', async () => {
    const user = rig().user();
    await user.submit({ verb: 'vlsa.delete-everything' });
    expect(lastText(user)).toContain('no longer does anything');
  });
});

describe('journey 2: MFA for Volume Licensing Central', () => {
  it('gives the user steps and the admin the Conditional Access policy steps', async () => {
    const user = rig().user();
    await user.say('mfa');
    const text = allText(lastCard(user));
    expect(text).toContain('https://aka.ms/mfasetup');
    expect(text).toContain('backup method');
    expect(text).toContain('cannot skip it');
    expect(text).toContain('Microsoft Admin Portals');
    expect(text).toContain('Require multifactor authentication');
    expect(text).toContain('Security Defaults');
    expect(text).toContain('multipleauthn');
    expect(text).toContain('MFAVLCsupport@microsoft.com');
  });
});
