import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../src/domain/campaigns/campaign';
import { previewCard, progressCard } from '../../src/teams/features/campaigns/cards';
import { catalog } from '../../src/text/en';

const campaign = newCampaign({ tenantId: 'tenant-a', id: 'CP-7K3QX2PM', owner: { aadObjectId: 'p1', name: 'Adele Vance' }, note: '', recipientCount: 2 }, new Date('2026-11-21T10:00:00Z'));
const people = [{ address: 'ann@fourthcoffee.xyz', verdict: 'takeover-needed' as const }, { address: 'bob@fourthcoffee.xyz', verdict: 'takeover-needed' as const }];
const preview = (notReachable: number) => ({ total: 2, byVerdict: [{ verdict: 'takeover-needed' as const, count: 2 }], unchecked: 0, needsAction: { count: 2, people }, notReachable: { count: notReachable, people: people.slice(0, notReachable) } });
const titles = (card: { actions: Array<{ title: string }> }) => card.actions.map((a) => a.title);

describe('campaign cards', () => {
  it('offers no Send when nobody on the list can be reached, and says what to do instead', () => {
    const card = previewCard(catalog, campaign, preview(2), { duplicates: 0 });
    expect(titles(card)).toEqual(['Cancel']);
    expect(card.next).toContain('Nobody on the list can be reached in Teams');
    expect(card.noteLabel).toBe('');
    expect(titles(previewCard(catalog, campaign, preview(1), { duplicates: 0 }))).toEqual(['Send', 'Cancel']);
    // Where the bot installs itself for people, Send can still reach them.
    expect(titles(previewCard(catalog, campaign, preview(2), { duplicates: 0, installs: true }))).toEqual(['Send', 'Cancel']);
  });

  it('says done only as far as it is true: nobody sent, or some cards failed', () => {
    const done = { ...campaign, state: 'done' as const };
    const at = new Date('2026-11-21T10:09:00Z');
    expect(progressCard(catalog, done, { sent: 0, pending: 0, failed: 0, notReachable: 2, total: 2 }, at).status).toBe('Done: nobody was sent a card, because nobody on the list could be reached in Teams.');
    expect(progressCard(catalog, done, { sent: 1, pending: 0, failed: 1, notReachable: 0, total: 2 }, at).status).toContain('some cards could not be delivered');
    expect(progressCard(catalog, done, { sent: 2, pending: 0, failed: 0, notReachable: 0, total: 2 }, at).status).toBe(catalog.campaigns.progress.done);
  });
});
