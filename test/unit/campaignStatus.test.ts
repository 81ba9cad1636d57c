import { describe, expect, it } from 'vitest';
import type { DeliveryState, Recipient } from '../../src/domain/campaigns/campaign';
import { changeSince, countStatuses, recipientsOf, statusCsv, statusOf } from '../../src/domain/campaigns/status';
import { CampaignStatusReports } from '../../src/domain/stores/campaignStatusReports';
import type { Verdict } from '../../src/domain/verdicts';
import { MemoryStore } from '../../src/storage/memoryStore';
import { SqliteCampaignRepository } from '../../src/storage/sqliteCampaigns';
import { people, sampleCampaign } from '../contracts/campaignRepository.contract';
import { diagnosisFor } from '../helpers/diagnosis';
import { useSqliteFiles } from '../helpers/sqliteFiles';

const { tempFile, databaseAt } = useSqliteFiles('vlsa-campaign-status-');

function recipient(index: number, delivery: DeliveryState, verdict?: Verdict, extra: Partial<Recipient> = {}): Recipient {
  const address = `user${index}@contoso.com`;
  return {
    tenantId: 'tenant-a',
    campaignId: 'CP-AAAAAAAA',
    index,
    address,
    delivery,
    attempts: 0,
    nextAttemptAt: '2026-12-01T09:00:00.000Z',
    ...(verdict ? { diagnosis: diagnosisFor(verdict, address) } : {}),
    ...extra,
  };
}

describe('campaign status', () => {
  it('puts each recipient in one state: fixed first, then by where their card stands', () => {
    expect(statusOf(recipient(0, 'sent', 'takeover-needed', { fixedAt: '2026-12-02T10:00:00.000Z' }))).toBe('fixed');
    expect(statusOf(recipient(1, 'not-reachable', 'ready'))).toBe('fixed');
    expect(statusOf(recipient(2, 'sent', 'takeover-needed'))).toBe('in-progress');
    expect(statusOf(recipient(3, 'not-reachable', 'takeover-needed'))).toBe('not-reachable');
    for (const delivery of ['pending', 'sending', 'failed'] as const) expect(statusOf(recipient(4, delivery, 'takeover-needed'))).toBe('needs-action');
    expect(statusOf(recipient(5, 'pending'))).toBe('needs-action');
  });

  it('counts the states and what moved since the last report', async () => {
    const counts = await countStatuses([recipient(0, 'sent', 'takeover-needed'), recipient(1, 'sent', 'ready'), recipient(2, 'failed', 'takeover-needed'), recipient(3, 'not-reachable')]);
    expect(counts).toEqual({ 'needs-action': 1, 'in-progress': 1, fixed: 1, 'not-reachable': 1 });
    expect(changeSince(counts, undefined)).toBeUndefined();
    const last = { counts: { 'needs-action': 3, 'in-progress': 1, fixed: 0, 'not-reachable': 0 }, at: '2026-12-02T09:00:00.000Z' };
    expect(changeSince(counts, last)).toEqual({ 'needs-action': -2, 'in-progress': 0, fixed: 1, 'not-reachable': 1 });
  });

  it('keeps the last report per tenant and campaign', async () => {
    const reports = new CampaignStatusReports(new MemoryStore());
    const report = { counts: { 'needs-action': 1, 'in-progress': 2, fixed: 3, 'not-reachable': 4 }, at: '2026-12-02T09:00:00.000Z' };
    await reports.save('tenant-a', 'CP-AAAAAAAA', report);
    expect(await reports.last('tenant-a', 'CP-AAAAAAAA')).toEqual(report);
    expect(await reports.last('tenant-b', 'CP-AAAAAAAA')).toBeUndefined();
    expect(await reports.last('tenant-a', 'CP-BBBBBBBB')).toBeUndefined();
  });

  it('reads every recipient of a long list, page by page, in its own tenant only', async () => {
    const repo = new SqliteCampaignRepository(databaseAt(tempFile()));
    const campaign = await repo.create(sampleCampaign({ recipientCount: 1201 }), people(1201));
    const read: number[] = [];
    for await (const r of recipientsOf(repo, campaign)) read.push(r.index);
    expect(read).toEqual(Array.from({ length: 1201 }, (_, i) => i));
    // A re-check that found an account ready (watch/recheck.ts) is what makes it count as fixed.
    await repo.markFixed('tenant-a', campaign.id, 7, new Date('2026-12-02T10:00:00.000Z'));
    expect((await countStatuses(recipientsOf(repo, campaign))).fixed).toBe(1);
    const elsewhere: Recipient[] = [];
    for await (const r of recipientsOf(repo, { tenantId: 'tenant-b', id: campaign.id })) elsewhere.push(r);
    expect(elsewhere).toEqual([]);
  });

  it('exports each address with its status, latest verdict and when it was checked, formulas defused', async () => {
    const rows: string[] = [];
    const hostile = { ...recipient(1, 'sent', 'takeover-needed'), address: '=HYPERLINK("https://evil.example")@contoso.com' };
    for await (const row of statusCsv([recipient(0, 'sent', 'takeover-needed', { fixedAt: '2026-12-02T10:00:00.000Z' }), hostile])) rows.push(row);
    expect(rows[0]).toBe('"address","upn","status","verdict","checked at","delivery","sent at","fixed at"\r\n');
    expect(rows[1]).toContain('"user0@contoso.com","","fixed","ready","2026-12-02T10:00:00.000Z","sent"');
    expect(rows[2]).toMatch(/^"'=HYPERLINK\(""https:\/\/evil\.example""\)@contoso\.com","","in-progress","takeover-needed","2026-01-05T09:30:00.000Z"/);
  });
});
