import { describe, expect, it } from 'vitest';
import { SqliteCampaignRepository } from '../../src/storage/sqliteCampaigns';
import { people, runCampaignRepositoryContract, sampleCampaign } from '../contracts/campaignRepository.contract';
import { useSqliteFiles } from '../helpers/sqliteFiles';

const { tempFile, databaseAt } = useSqliteFiles('vlsa-campaigns-');

runCampaignRepositoryContract('SQLite', async () => new SqliteCampaignRepository(databaseAt(tempFile())));

describe('SqliteCampaignRepository', () => {
  it('is shared by processes opening the same file, and migrates once whoever opens it first', async () => {
    const path = tempFile();
    const one = new SqliteCampaignRepository(databaseAt(path));
    const two = new SqliteCampaignRepository(databaseAt(path));
    await one.create(sampleCampaign({ recipientCount: 2 }), people(2));
    expect((await two.recipients('tenant-a', 'CP-AAAAAAAA', { from: 0, limit: 5 })).map((r) => r.address)).toEqual(['user0@contoso.com', 'user1@contoso.com']);
    const pending = { delivery: 'pending' as const, attempts: 0 };
    const claim = { delivery: 'sending' as const, attempts: 1, nextAttemptAt: '2026-03-02T09:00:00.000Z', claim: { instanceId: 'a', runId: 'r', at: '2026-03-02T09:00:00.000Z' } };
    expect(await one.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claim)).toBe(true);
    expect(await two.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claim)).toBe(false);
  });
});
