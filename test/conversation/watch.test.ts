import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { ADELE, caseHelpers, MALLORY, until } from '../helpers/caseRig';
import { ALEX, TeamsUser, type UserIdentity } from '../helpers/teamsUser';

/**
 * "Tell me when it's fixed" through HTTP against the running bot: people watch addresses of an
 * unmanaged domain from their verdict cards; the domain's tenant turns managed in the Entra fake;
 * "check again now" finds it fixed: a notice with the next step to the one who asked, the same
 * notice at once to everyone else watching the domain, and the open case resolved. Then the
 * attacks: watching an address one never checked, stopping someone else's watch, a group chat.
 */

const MEGAN: UserIdentity = { id: '29:megan', name: 'Megan Bowen', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000b1' };
const DOMAIN = 'northwind-watch.example';
const TENANT = '55555555-5555-4555-8555-555555555555';

const rig = useJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
const { escalate } = caseHelpers(rig);

const lastText = (user: TeamsUser) => String(rig().connector.sent(user.conversationId).at(-1)?.text ?? '');
const lastCard = (user: TeamsUser) => cardOfOrEmpty(rig().connector.sent(user.conversationId).at(-1));
const cardsWith = (user: TeamsUser, text: string) => rig().connector.sent(user.conversationId).map(cardOfOrEmpty).filter((card) => allText(card).includes(text));

/** Checks the address and presses "Tell me when it's fixed" on its card; returns the card that answered. */
async function watchFromCard(user: TeamsUser, address: string): Promise<Json> {
  await user.say(`check ${address}`);
  const verdict = cardOf(rig().connector.sent(user.conversationId).at(-1));
  await user.submit(actionTitled(verdict, 'Tell me when it’s fixed').data as Json);
  return lastCard(user);
}

describe('watching an address until it is fixed', () => {
  it('tells the watcher, and everyone else watching the domain, when its tenant turns managed; the open case is resolved', async () => {
    rig().entra.addDomain(DOMAIN, { kind: 'unmanaged', tenantId: TENANT, work: ['alex', 'megan'] });
    const alex = rig().user();
    await alex.install();
    rig().connector.members.set(MEGAN.id, { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId, userPrincipalName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' });
    const megan = new TeamsUser(rig().bot.url, rig().connector.url, MEGAN);
    await megan.install();

    const { id: caseId } = await escalate(alex, `alex@${DOMAIN}`);
    const watching = await watchFromCard(alex, `alex@${DOMAIN}`);
    expect(allText(watching)).toContain(`Watching alex@${DOMAIN}`);
    expect(allText(watching)).toContain('every 24 hours');
    await watchFromCard(megan, `megan@${DOMAIN}`);

    // A check again before anything changed: still the same.
    await alex.say('check again');
    expect(lastText(alex)).toContain(`alex@${DOMAIN}: still “Unmanaged tenant, takeover needed”. I’ll keep watching it.`);
    // Checking the card again shows the watch on, with the way out.
    await alex.say(`check alex@${DOMAIN}`);
    expect(allText(lastCard(alex))).toContain('I’m watching this address');
    expect(() => actionTitled(lastCard(alex), 'Tell me when it’s fixed')).toThrow();

    // The takeover: the same tenant, now managed.
    rig().entra.addDomain(DOMAIN, { kind: 'managed', tenantId: TENANT, brand: 'Northwind', work: ['alex', 'megan'] });
    await alex.say('check again now');
    expect(lastText(alex)).toContain(`alex@${DOMAIN}: fixed (see the card above)`);
    const [notice] = cardsWith(alex, `Fixed: alex@${DOMAIN} is ready for VLSC`);
    expect(notice).toBeDefined();
    const noticeText = allText(notice);
    expect(noticeText).toContain('multifactor authentication (MFA)');
    expect(noticeText).toContain(`What this means for the others at ${DOMAIN}: see Details.`);
    expect(JSON.stringify(notice)).toContain(`Everyone else at ${DOMAIN}`);
    expect(JSON.stringify(notice)).toContain('learn.microsoft.com/entra/identity/users/domains-admin-takeover');

    // Megan never asked again: the takeover's sweep told her at once, in her own chat.
    const meganNotice = await until(() => cardsWith(megan, `Fixed: megan@${DOMAIN} is ready for VLSC`)[0], 'Megan’s notice');
    expect(allText(meganNotice)).not.toContain('alex@');
    expect(cardsWith(alex, `megan@${DOMAIN}`)).toEqual([]);

    // The case Alex opened is resolved, its history naming the check, as the help desk sees it.
    const adele = new TeamsUser(rig().bot.url, rig().connector.url, ADELE);
    await adele.say(`case ${caseId}`);
    const caseCard = JSON.stringify(rig().connector.sent(adele.conversationId).at(-1));
    expect(caseCard).toContain('Resolved by the re-check of');
    expect(caseCard).toContain(`Work account ready, tenant Northwind (${TENANT})`);

    // The watch ended: nothing left to check, and the old card's button says so.
    await alex.say('check again');
    expect(lastText(alex)).toContain('You are not watching any address');
    await alex.submit({ verb: 'vlsa.watch.start', address: `alex@${DOMAIN}` });
    expect(lastText(alex)).toBe(`alex@${DOMAIN} is ready for VLSC now: there is nothing left to watch.`);
  }, 60_000);

  it('stops watching on "Stop watching", and only the presser’s own watch', async () => {
    rig().entra.addDomain('stop-watch.example', { kind: 'unmanaged', work: ['alex', 'megan'] });
    const alex = rig().user();
    const megan = new TeamsUser(rig().bot.url, rig().connector.url, MEGAN);
    const watching = await watchFromCard(alex, 'alex@stop-watch.example');
    const stop = actionTitled(watching, 'Stop watching').data as Json;
    // Megan replays Alex's card action: she watches nothing of his, and his watch stays.
    await megan.submit(stop);
    expect(lastText(megan)).toBe('You are not watching alex@stop-watch.example.');
    await alex.say('check again');
    expect(lastText(alex)).toContain('alex@stop-watch.example: still');
    await alex.submit(stop);
    expect(lastText(alex)).toBe('I stopped watching alex@stop-watch.example.');
    await alex.say('check again');
    expect(lastText(alex)).not.toContain('stop-watch.example');
    await alex.submit(stop);
    expect(lastText(alex)).toBe('You are not watching alex@stop-watch.example.');
  }, 30_000);
});

describe('a check that proves nothing', () => {
  it('does not call an address fixed when Microsoft answers “exists” for any address, and says the check could not tell', async () => {
    const alex = rig().user();
    await watchFromCard(alex, 'nobody@contoso.com');
    rig().entra.throttle(true);
    await alex.say('check again');
    expect(lastText(alex)).toContain('nobody@contoso.com: this check could not tell');
    expect(cardsWith(alex, 'Fixed:')).toEqual([]);
    rig().entra.throttle(false);
    await alex.say('check again');
    expect(lastText(alex)).toContain('nobody@contoso.com: still “No account found”');
  }, 30_000);
});

describe('a campaign recipient', () => {
  it('is watched once their card is sent, and told when their account is fixed', async () => {
    const domain = 'campaign-watch.example';
    rig().entra.addDomain(domain, { kind: 'unmanaged', work: ['megan'] });
    rig().connector.members.set(MEGAN.id, { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId, userPrincipalName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' });
    const megan = new TeamsUser(rig().bot.url, rig().connector.url, MEGAN);
    await megan.install();
    const adele = new TeamsUser(rig().bot.url, rig().connector.url, ADELE);
    await adele.submit({ verb: 'vlsa.campaign.paste', addresses: `address,upn\nmegan@${domain},megan@contoso.com`, note: 'Please fix this.' });
    const shown = (text: string) => () => [...rig().connector.sent(adele.conversationId), ...rig().connector.updated(adele.conversationId)].map(cardOfOrEmpty).reverse().find((card) => allText(card).includes(text));
    const preview = await until(shown('preview'), 'the preview card');
    await adele.submit(actionTitled(preview, 'Send').data as Json);
    const card = await until(() => cardsWith(megan, 'Please fix this.')[0], 'Megan’s campaign card');
    expect(allText(card)).toContain('I’m watching this address');
    expect(actionTitled(card, 'Stop watching').data).toMatchObject({ verb: 'vlsa.watch.stop', address: `megan@${domain}` });

    const status = async () => {
      await adele.say('campaign status');
      return allText(lastCard(adele));
    };
    expect(await status()).toMatch(/In progress\n1/);

    rig().entra.addDomain(domain, { kind: 'managed', work: ['megan'] });
    await megan.say('check again');
    expect(lastText(megan)).toContain(`megan@${domain}: fixed`);
    expect(cardsWith(megan, `Fixed: megan@${domain} is ready for VLSC`)).toHaveLength(1);
    // The campaign counts her as done: the re-check is the proof.
    const after = await status();
    expect(after).toMatch(/Fixed\n1/);
    expect(after).toMatch(/In progress\n0/);
    expect(after).toContain('+1 fixed');
  }, 60_000);
});

describe('watch attacks', () => {
  it('refuses a watch of an address the presser never checked, or that cannot be fixed, as an unknown action', async () => {
    const mallory = new TeamsUser(rig().bot.url, rig().connector.url, MALLORY);
    await mallory.submit({ verb: 'vlsa.nothing.here' });
    const unknown = lastText(mallory);
    await mallory.submit({ verb: 'vlsa.watch.start', address: 'megan@fourthcoffee.xyz' });
    expect(lastText(mallory)).toBe(unknown);
    await mallory.submit({ verb: 'vlsa.watch.start', address: 'not an address' });
    expect(lastText(mallory)).toBe(unknown);
    await mallory.submit({ verb: 'vlsa.watch.start', address: { toString: 'x' } });
    expect(lastText(mallory)).toBe(unknown);
    // A ready account has nothing to fix.
    await mallory.say('check alex@contoso.com');
    await mallory.submit({ verb: 'vlsa.watch.start', address: 'alex@contoso.com' });
    expect(lastText(mallory)).toBe('alex@contoso.com is ready for VLSC now: there is nothing left to watch.');
    await mallory.say('check again');
    expect(lastText(mallory)).toContain('You are not watching any address');
  });

  it('offers no watch in a group chat, where the notice would reach other people', async () => {
    const group = new TeamsUser(rig().bot.url, rig().connector.url, ALEX, { id: '19:group-watch@thread.v2', type: 'groupChat' });
    await group.say('check megan@fourthcoffee.xyz');
    const card = lastCard(group);
    expect(allText(card)).toContain('megan@fourthcoffee.xyz');
    expect(() => actionTitled(card, 'Tell me when it’s fixed')).toThrow();
    await group.submit({ verb: 'vlsa.nothing.here' });
    const unknown = lastText(group);
    await group.submit({ verb: 'vlsa.watch.start', address: 'megan@fourthcoffee.xyz' });
    expect(lastText(group)).toBe(unknown);
  });
});
