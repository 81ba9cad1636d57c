import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botSettingsFor, emptyDirectory, startGraphFake, type FakeUser, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate } from '../fakes/testCertificate';
import { actionTitled, allText, cardOfOrEmpty, type Json } from '../helpers/cards';
import { ADELE, until } from '../helpers/caseRig';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { TeamsUser, TENANT_ID } from '../helpers/teamsUser';

/**
 * Campaign recipients the bot never chatted with, over HTTP against the running bot with the
 * Graph fake: with TEAMS_APP_ID set and the permission granted, the bot resolves the person,
 * installs itself (the fake then posts the install's conversationUpdate, as Teams does) and
 * sends them exactly one card, also when the bot is killed between the install and its
 * conversationUpdate; without the permission (403) they are listed not reachable and the rest of
 * the list is not tried.
 */

const APP = { tenantId: TENANT_ID, clientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', clientSecret: 'self-install-test-secret' };
const person = (id: string, name: string, upn: string): FakeUser => ({ id, displayName: name, userPrincipalName: upn, mail: upn, accountEnabled: true });
const NESTOR = person('bbbbbbbb-0000-4000-8000-000000000001', 'Nestor Wilke', 'nestorw@contoso.com');
const PATTI = person('bbbbbbbb-0000-4000-8000-000000000002', 'Patti Fernandez', 'pattif@contoso.com');
const LIDIA = person('bbbbbbbb-0000-4000-8000-000000000003', 'Lidia Holloway', 'lidiah@contoso.com');
const GRADY = person('bbbbbbbb-0000-4000-8000-000000000004', 'Grady Archie', 'gradya@contoso.com');

let rig: JourneyRig;
let graph: GraphFake;
/** The Teams clients the fake's installs opened, by object id. */
const installed = new Map<string, TeamsUser>();

beforeAll(async () => {
  const certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-install-')));
  graph = await startGraphFake(certificate, APP, { ...emptyDirectory(), users: [NESTOR, PATTI, LIDIA, GRADY] });
  rig = await startJourneyRig({ ...botSettingsFor(graph, APP, certificate.certPath), HELPDESK_ADMINS: ADELE.aadObjectId, TEAMS_APP_ID: graph.teamsApps.catalogId });
  graph.teamsApps.onInstall = (user) => {
    const client = new TeamsUser(rig.bot.url, rig.connector.url, { id: `29:${user.id}`, name: user.displayName, aadObjectId: user.id });
    installed.set(user.id, client);
    return client.install();
  };
}, 60_000);

afterAll(async () => {
  await rig?.close();
  await graph?.close();
});

/** The card last shown in the conversation with this text: the newest post or update. */
const shownCard = (user: TeamsUser, text: string): Json | undefined =>
  [...rig.connector.sent(user.conversationId), ...rig.connector.updated(user.conversationId)].map(cardOfOrEmpty).reverse().find((card) => allText(card).includes(text));

/** Adele pastes the list with a note and sends; resolves with the progress card at done. */
async function runCampaign(adele: TeamsUser, lines: string[], note: string): Promise<Json> {
  await adele.submit({ verb: 'vlsa.campaign.paste', addresses: ['address,upn', ...lines].join('\n'), note: '' });
  const preview = await until(() => shownCard(adele, 'preview'), 'the preview card');
  await adele.submit({ ...(actionTitled(preview, 'Send').data as Json), note });
  return until(() => shownCard(adele, 'Done:'), 'the progress card at done');
}

describe('a campaign reaching people who never chatted with the bot', () => {
  it('installs the bot for them through Graph, waits for the install, and sends them exactly one card', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    const done = await runCampaign(adele, ['megan@fourthcoffee.xyz,nestorw@contoso.com'], 'Installed for you: please fix this.');

    expect(allText(done)).toMatch(/Sent\n1/);
    expect(graph.installRequests.map((r) => r.userId)).toEqual([NESTOR.id]);
    const nestor = installed.get(NESTOR.id);
    expect(nestor).toBeDefined();
    const cards = rig.connector.sent(nestor?.conversationId ?? '').filter((a) => allText(cardOfOrEmpty(a)).includes('Installed for you: please fix this.'));
    expect(cards).toHaveLength(1);
    expect(allText(cardOfOrEmpty(cards[0]))).toContain('megan@fourthcoffee.xyz');
  }, 60_000);

  it('does not install twice when the bot is killed between the install and its conversationUpdate', async () => {
    let installedFor: (user: FakeUser) => void = () => undefined;
    const install = new Promise<FakeUser>((done) => (installedFor = done));
    graph.teamsApps.onInstall = async (user) => installedFor(user);
    graph.reset();
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.submit({ verb: 'vlsa.campaign.paste', addresses: 'address,upn\nadmin@fourthcoffee.xyz,lidiah@contoso.com', note: '' });
    const preview = await until(() => shownCard(adele, 'preview'), 'the preview card');
    await adele.submit({ ...(actionTitled(preview, 'Send').data as Json), note: 'After a restart.' });
    const user = await install;
    // Time for the bot to record the install it was answered 201 for.
    await new Promise((done) => setTimeout(done, 1_000));
    await rig.restart();
    const lidia = new TeamsUser(rig.bot.url, rig.connector.url, { id: `29:${user.id}`, name: user.displayName, aadObjectId: user.id });
    await lidia.install();

    const cards = await until(() => {
      const sent = rig.connector.sent(lidia.conversationId).filter((a) => allText(cardOfOrEmpty(a)).includes('After a restart.'));
      return sent.length > 0 ? sent : undefined;
    }, 'the card after the restart');
    expect(cards).toHaveLength(1);
    expect(graph.installRequests.map((r) => r.userId)).toEqual([LIDIA.id]);
  }, 60_000);

  it('lists them not reachable when the tenant did not grant the permission (403), trying the install once for the campaign', async () => {
    graph.teamsApps.selfInstallGranted = false;
    graph.reset();
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    const done = await runCampaign(adele, ['megan@fourthcoffee.xyz,pattif@contoso.com', 'dual@fourthcoffee.xyz,gradya@contoso.com'], 'No install possible.');

    expect(allText(done)).toMatch(/Not reachable in Teams\n2/);
    expect(allText(done)).toMatch(/Sent\n0/);
    expect(graph.installRequests).toHaveLength(1);
    expect(graph.teamsApps.installedFor.has(PATTI.id) || graph.teamsApps.installedFor.has(GRADY.id)).toBe(false);
    expect(installed.has(PATTI.id) || installed.has(GRADY.id)).toBe(false);
  }, 60_000);
});
