import { describe, expect, it } from 'vitest';
import { applyCampaignAction, newCampaign, type Campaign, type CampaignAction } from '../../src/domain/campaigns/campaign';
import { emptyStatusCounts, type StatusCounts } from '../../src/domain/campaigns/status';
import { everyoneFixed, summaryDue, summaryRecord } from '../../src/domain/campaigns/summary';
import { CampaignSummaries } from '../../src/domain/stores/campaignSummaries';
import { MemoryStore } from '../../src/storage/memoryStore';

const SENT = new Date('2026-12-01T09:00:00.000Z');
const day = (n: number, hours = 0) => new Date(SENT.getTime() + n * 86_400_000 + hours * 3_600_000);
const OWNER = { aadObjectId: 'aad-admin', name: 'Adele' };

function campaignAfter(...actions: CampaignAction[]): Campaign {
  let c = newCampaign({ tenantId: 'tenant-a', id: 'CP-AAAAAAAA', owner: OWNER, note: '', recipientCount: 4 }, day(-1));
  for (const action of actions) c = applyCampaignAction(c, action, action === 'send' ? SENT : day(1)) as Campaign;
  return c;
}

const counts = (values: Partial<StatusCounts>): StatusCounts => ({ ...emptyStatusCounts(), ...values });
const SOME_LEFT = counts({ 'in-progress': 3, fixed: 1 });
const ALL_FIXED = counts({ fixed: 4 });

describe('weekly campaign summaries: which campaigns are due', () => {
  const sent = campaignAfter('previewed', 'send');

  it('is due a week after Send, not a moment before, then a week after each summary', () => {
    expect(sent.sentAt).toBe(SENT.toISOString());
    expect(summaryDue(sent, undefined, day(6))).toBe(false);
    expect(summaryDue(sent, undefined, day(6, 23))).toBe(false);
    expect(summaryDue(sent, undefined, day(7))).toBe(true);
    const first = summaryRecord(SOME_LEFT, day(7, 2));
    expect(summaryDue(sent, first, day(7, 3))).toBe(false);
    expect(summaryDue(sent, first, day(13, 2))).toBe(false);
    expect(summaryDue(sent, first, day(14, 2))).toBe(true);
  });

  it('follows up done and cancelled-after-Send campaigns, never drafts, previews, closed ones or ones cancelled before Send', () => {
    expect(summaryDue(campaignAfter('previewed', 'send', 'finish'), undefined, day(7))).toBe(true);
    expect(summaryDue(campaignAfter('previewed', 'send', 'cancel'), undefined, day(7))).toBe(true);
    for (const never of [campaignAfter(), campaignAfter('previewed'), campaignAfter('previewed', 'cancel'), campaignAfter('previewed', 'send', 'finish', 'close'), campaignAfter('previewed', 'send', 'cancel', 'close')]) {
      expect(summaryDue(never, undefined, day(70)), never.state).toBe(false);
      expect(summaryDue(never, summaryRecord(SOME_LEFT, day(7)), day(70)), never.state).toBe(false);
    }
  });

  it('counts a campaign an earlier version sent (no sentAt) from its creation', () => {
    const { sentAt: _sentAt, ...older } = campaignAfter('previewed', 'send', 'finish');
    expect(summaryDue(older, undefined, day(5))).toBe(false);
    expect(summaryDue(older, undefined, day(6))).toBe(true);
  });

  it('sends the summary that finds everyone fixed, then none', () => {
    expect(everyoneFixed(SOME_LEFT)).toBe(false);
    expect(everyoneFixed(counts({ fixed: 3, 'not-reachable': 1 }))).toBe(false);
    expect(everyoneFixed(ALL_FIXED)).toBe(true);
    const last = summaryRecord(ALL_FIXED, day(7));
    expect(last).toEqual({ counts: ALL_FIXED, at: day(7).toISOString(), final: true });
    for (const later of [day(14), day(21), day(365)]) expect(summaryDue(sent, last, later)).toBe(false);
  });

  it('lets one of two claims at once send the summary; the other finds it claimed', async () => {
    const summaries = new CampaignSummaries(new MemoryStore());
    const now = day(7);
    const claim = () => summaries.claim('tenant-a', sent.id, summaryRecord(SOME_LEFT, now), (last) => summaryDue(sent, last, now));
    const outcomes = await Promise.all([claim(), claim()]);
    expect(outcomes.filter((o) => o.claimed)).toEqual([{ claimed: true, previous: undefined }]);
    expect(await summaries.last('tenant-a', sent.id)).toEqual(summaryRecord(SOME_LEFT, now));
    expect(await summaries.last('tenant-b', sent.id)).toBeUndefined();
    const next = await summaries.claim('tenant-a', sent.id, summaryRecord(ALL_FIXED, day(14)), (last) => summaryDue(sent, last, day(14)));
    expect(next).toEqual({ claimed: true, previous: summaryRecord(SOME_LEFT, now) });
  });
});
