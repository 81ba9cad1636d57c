import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCertificate } from '../fakes/testCertificate';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOf, cardOfOrEmpty, type Json } from '../helpers/cards';
import { ADELE, MALLORY, until } from '../helpers/caseRig';
import { TeamsUser, type UserIdentity } from '../helpers/teamsUser';

/**
 * The campaign journey through HTTP against the running bot: an admin sends a CSV file (served
 * by a loopback https host allowed through FILE_DOWNLOAD_HOSTS), gets the preview, sends; the
 * person who chatted before gets exactly one card with the note; the progress card reaches done.
 * Then the attacks: a non-admin, a forged Send for another tenant's campaign, download links
 * that are not allowed, an oversize file, formula cells and a 200 KB line.
 */

const MEGAN: UserIdentity = { id: '29:megan', name: 'Megan Bowen', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000b1' };
const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

let rig: JourneyRig;
let files: Server;
let filesPort: number;
const served: string[] = [];
const FILES: Record<string, string> = {
  '/list.csv': 'address,upn\nmegan@fourthcoffee.xyz,megan@contoso.com\nnobody-here@fourthcoffee.xyz,\n',
  '/formulas.csv': 'address\nmegan@fourthcoffee.xyz\n=HYPERLINK("https://evil.example")\n',
  '/long.csv': `${'a'.repeat(200_000)}@contoso.com\n`,
  '/big.csv': `address\n${'someone@contoso.com\n'.repeat(120_000)}`,
};

beforeAll(async () => {
  const certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-files-')));
  files = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    served.push(path);
    if (path === '/redirect-away') {
      res.writeHead(302, { location: `https://127.0.0.1:${filesPort}/list.csv` });
      return res.end();
    }
    const body = FILES[path];
    if (body === undefined) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.end(body);
  });
  await new Promise<void>((ready) => files.listen(0, '127.0.0.1', ready));
  filesPort = (files.address() as AddressInfo).port;
  rig = await startJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId, FILE_DOWNLOAD_HOSTS: 'localhost', NODE_EXTRA_CA_CERTS: certificate.certPath });
  rig.connector.members.set(MEGAN.id, { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId, userPrincipalName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' });
}, 60_000);

afterAll(async () => {
  await rig?.close();
  await new Promise((done) => files?.close(done));
});

const sendFile = (user: TeamsUser, url: string, name = 'list.csv') =>
  user.post(user.activity({ type: 'message', text: '', attachments: [{ contentType: FILE_DOWNLOAD_INFO, name, content: { downloadUrl: url, fileType: 'csv' } }] }));

const lastText = (user: TeamsUser) => String(rig.connector.sent(user.conversationId).at(-1)?.text ?? '');

/** The card last shown in the conversation with this text: the newest post or update. */
const shownCard = (user: TeamsUser, text: string): Json | undefined =>
  [...rig.connector.sent(user.conversationId), ...rig.connector.updated(user.conversationId)].map(cardOfOrEmpty).reverse().find((card) => allText(card).includes(text));

describe('a campaign, end to end over HTTP', () => {
  it('an admin sends a CSV file, previews, sends; the person who chatted before gets one card with the note; the progress card reaches done', async () => {
    const megan = new TeamsUser(rig.bot.url, rig.connector.url, MEGAN);
    await megan.install();
    await megan.say('hello');
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);

    await sendFile(adele, `https://localhost:${filesPort}/list.csv`);
    expect(lastText(adele)).toContain('Addresses to check: 2');
    const preview = await until(() => shownCard(adele, 'preview'), 'the preview card');
    const text = allText(preview);
    expect(text).toMatch(/Addresses\n2/);
    expect(text).toMatch(/Not reachable in Teams\n1/);
    expect(text).toContain('nobody-here@fourthcoffee.xyz');

    const send = actionTitled(preview, 'Send').data as Json;
    await adele.submit({ ...send, note: 'Please fix this by Friday. <b>IT</b>' });
    expect(lastText(adele)).toContain('is being sent');

    const done = await until(() => shownCard(adele, 'Done:'), 'the progress card at done');
    expect(allText(done)).toMatch(/Sent\n1/);
    expect(allText(done)).toMatch(/Not reachable in Teams\n1/);
    const cards = rig.connector.sent(megan.conversationId).filter((a) => allText(cardOfOrEmpty(a)).includes('Please fix this by Friday.'));
    expect(cards).toHaveLength(1);
    const card = cardOf(cards[0]);
    expect(allText(card)).toContain('A note from Adele Vance:');
    expect(allText(card)).toContain('<b>IT</b>');
    expect(allText(card)).toContain('megan@fourthcoffee.xyz');

    // Send again (a second click, a replay): nothing more is sent.
    await adele.submit({ ...send, note: 'again' });
    expect(lastText(adele)).toContain('already being sent, or has finished');
  }, 60_000);
});

describe('campaign attacks', () => {
  it('gives a non-admin saying "start a campaign" or forging its verbs what unknown text and actions get', async () => {
    const mallory = new TeamsUser(rig.bot.url, rig.connector.url, MALLORY);
    await mallory.say('start a campaign');
    const answered = cardOfOrEmpty(rig.connector.sent(mallory.conversationId).at(-1));
    expect(allText(answered)).not.toContain('Start a campaign');
    await mallory.submit({ verb: 'vlsa.campaign.send', campaignId: 'CP-AAAAAAAA' });
    const forged = lastText(mallory);
    await mallory.submit({ verb: 'vlsa.nothing.here' });
    expect(forged).toBe(lastText(mallory));
    await sendFile(mallory, `https://localhost:${filesPort}/list.csv`);
    expect(allText(cardOfOrEmpty(rig.connector.sent(mallory.conversationId).at(-1)))).not.toContain('Addresses to check');
  });

  it('answers a Send for another tenant’s campaign as for a campaign that does not exist', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await adele.submit({ verb: 'vlsa.campaign.paste', addresses: 'address,upn\nmegan@fourthcoffee.xyz,megan@contoso.com', note: '' });
    const preview = await until(() => shownCard(adele, 'preview'), 'the preview card');
    const send = actionTitled(preview, 'Send').data as Json;
    const elsewhere = new TeamsUser(rig.bot.url, rig.connector.url, ADELE, { tenantId: OTHER_TENANT });
    await elsewhere.submit(send);
    const forged = lastText(elsewhere);
    await elsewhere.submit({ ...send, campaignId: 'CP-ZZZZZZZZ' });
    expect(forged).toBe('There is no such campaign.');
    expect(lastText(elsewhere)).toBe(forged);
    await adele.submit(actionTitled(preview, 'Cancel').data as Json);
    expect(lastText(adele)).toContain('is cancelled');
  }, 60_000);

  it('downloads only over https from an allowed host, never following a redirect to another host, within the size cap', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    served.length = 0;
    await sendFile(adele, `https://evil.example/list.csv`);
    expect(lastText(adele)).toContain('FILE_DOWNLOAD_HOSTS');
    await sendFile(adele, `http://localhost:${filesPort}/list.csv`);
    expect(lastText(adele)).toContain('FILE_DOWNLOAD_HOSTS');
    expect(served).toEqual([]);
    await sendFile(adele, `https://localhost:${filesPort}/redirect-away`);
    expect(lastText(adele)).toContain('sent me on to another address');
    expect(served).toEqual(['/redirect-away']);
    await sendFile(adele, `https://localhost:${filesPort}/big.csv`);
    expect(lastText(adele)).toContain('larger than 2 MB');
  });

  it('names the line of a formula-looking cell and answers a 200 KB single line', async () => {
    const adele = new TeamsUser(rig.bot.url, rig.connector.url, ADELE);
    await sendFile(adele, `https://localhost:${filesPort}/formulas.csv`);
    expect(lastText(adele)).toContain('I did not start the campaign');
    expect(lastText(adele)).toContain('Line 3:');
    await sendFile(adele, `https://localhost:${filesPort}/long.csv`);
    expect(lastText(adele)).toContain('Line 1:');
  });
});
