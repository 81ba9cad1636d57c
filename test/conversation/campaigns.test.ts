import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { actionTitled, allText, cardOfOrEmpty } from '../helpers/cards';
import { until } from '../helpers/caseRig';

/** An admin's campaign over HTTP: start card, pasted list, preview, Send, the recipient's card. */

describe('a campaign in open local mode (everyone is help desk)', () => {
  const rig = useJourneyRig();

  it('previews a pasted list and sends the reachable person one verdict card with the note', async () => {
    const alex = rig().user();
    await alex.say('start a campaign');
    const start = cardOfOrEmpty(rig().connector.sent(alex.conversationId).at(-1));
    expect(allText(start)).toContain('Start a campaign');
    await alex.submit({ verb: 'vlsa.campaign.paste', addresses: 'alex@contoso.com\nnobody@fabrikam.com\nALEX@contoso.com', note: 'Please do this before Friday.' });
    const preview = await until(() => {
      const card = cardOfOrEmpty(rig().connector.sent(alex.conversationId).at(-1));
      return allText(card).includes(': preview') ? card : undefined;
    }, 'the preview card');
    expect(allText(preview)).toContain('Not reachable in Teams');
    expect(allText(preview)).toContain('nobody@fabrikam.com');
    const send = actionTitled(preview, 'Send');
    const data = send.data as Record<string, unknown>;
    await alex.submit({ ...data, note: 'Please do this before Friday.' });
    await until(() => (rig().connector.sent(alex.conversationId).some((a) => allText(cardOfOrEmpty(a)).includes('Please do this before Friday.')) ? true : undefined), 'the recipient card');
    const cards = rig().connector.sent(alex.conversationId).filter((a) => allText(cardOfOrEmpty(a)).includes('Please do this before Friday.'));
    expect(cards).toHaveLength(1);
    expect(allText(cardOfOrEmpty(rig().connector.sent(alex.conversationId).find((a) => allText(cardOfOrEmpty(a)).includes('Sending…'))))).toContain('Pending');
    // The progress card is updated in place (at most every 10 s) until it shows the campaign done.
    await until(() => (rig().connector.updated(alex.conversationId).some((a) => allText(cardOfOrEmpty(a)).includes('Done: every person')) ? true : undefined), 'the progress card done');
  });

  it('answers a forged Send for a campaign that is not the tenant’s as not found', async () => {
    const alex = rig().user();
    await alex.submit({ verb: 'vlsa.campaign.send', campaignId: 'CP-ABCDEFGH' });
    expect(String(rig().connector.sent(alex.conversationId).at(-1)?.text)).toContain('There is no such campaign.');
  });

  it.each([
    ['http://contoso.sharepoint.com/list.csv', 'not an https address'],
    ['https://evil.example/list.csv', 'not an https address'],
    ['https://user:pw@contoso.sharepoint.com/list.csv', 'not an https address'],
  ])('does not download a list from %s', async (downloadUrl, answer) => {
    const alex = rig().user();
    const attachments = [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'list.csv', content: { downloadUrl, fileType: 'csv' } }];
    await alex.post(alex.activity({ type: 'message', text: '', attachments }));
    expect(String(rig().connector.sent(alex.conversationId).at(-1)?.text)).toContain(answer);
  });

  it('refuses a pasted list naming the bad line', async () => {
    const alex = rig().user();
    await alex.submit({ verb: 'vlsa.campaign.paste', addresses: 'alex@contoso.com\nbob@@contoso.com', note: '' });
    expect(String(rig().connector.sent(alex.conversationId).at(-1)?.text)).toContain('Line 2');
  });
});

describe('a campaign asked for by someone who is not an admin', () => {
  const rig = useJourneyRig({ HELPDESK_ADMINS: '99999999-0000-0000-0000-000000000009' });

  it('gets what unknown text gets, not the start card', async () => {
    const alex = rig().user();
    await alex.say('start a campaign');
    expect(allText(cardOfOrEmpty(rig().connector.sent(alex.conversationId).at(-1)))).not.toContain('Start a campaign');
    await alex.submit({ verb: 'vlsa.campaign.paste', addresses: 'alex@contoso.com', note: '' });
    expect(String(rig().connector.sent(alex.conversationId).at(-1)?.text)).toContain('There is no such campaign.');
  });
});
