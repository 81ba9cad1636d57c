import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { allText, cardOf, cardOfOrEmpty } from '../helpers/cards';
import { TeamsUser } from '../helpers/teamsUser';
import { ADELE, caseHelpers, invokeCard, until, versionOf } from '../helpers/caseRig';

const rig = useJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
const { escalate } = caseHelpers(rig);

describe('a help-desk admin without a routed channel', () => {
  it('receives the waiting cases of their tenant when they install the bot, then new ones directly, and can act on them', async () => {
    const alex = rig().user();
    const waiting = await escalate(alex, 'desk-waiting@fourthcoffee.xyz');
    expect(allText(cardOf(waiting.answer))).toContain('nobody can receive it yet');

    const adele = new TeamsUser(rig().bot.url, rig().connector.url, ADELE);
    await adele.install();
    const delivered = await until(() => rig().connector.sent(adele.conversationId).find((a) => allText(cardOfOrEmpty(a)).includes(waiting.id)), 'the waiting case at the help-desk admin');
    await until(() => (rig().connector.sent(alex.conversationId).some((a) => String(a.text).includes(`Your case ${waiting.id} has now reached your admin Adele Vance`)) ? true : undefined), 'the requester told');

    const fresh = await escalate(alex, 'desk-new@fourthcoffee.xyz');
    expect(fresh.text).toContain('sent it to your admin Adele Vance');
    const assigned = invokeCard(await adele.execute('case.assignToMe', { caseId: waiting.id, version: versionOf(cardOf(delivered)) }, 'admin-copy'));
    expect(allText(assigned)).toContain('Adele Vance');

    // Another tenant's person with the same role setting never receives this tenant's cases.
    const elsewhere = new TeamsUser(rig().bot.url, rig().connector.url, ADELE, { tenantId: '99999999-8888-4777-8666-555555555555' });
    await elsewhere.install();
    await escalate(alex, 'desk-third@fourthcoffee.xyz');
    expect(rig().connector.sent(elsewhere.conversationId).some((a) => allText(cardOfOrEmpty(a)).includes('desk-'))).toBe(false);
  });
});
