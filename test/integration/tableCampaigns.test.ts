import { describe, expect, it } from 'vitest';
import { campaignTableName } from '../../src/storage/azureTables';
import { TableCampaignRepository } from '../../src/storage/tableCampaigns';
import { freshPrefix, useAzurite } from '../helpers/azurite';
import { people, runCampaignRepositoryContract, sampleCampaign } from '../contracts/campaignRepository.contract';

const { tableClient } = useAzurite();

const repoOn = (prefix: string) => new TableCampaignRepository(tableClient(campaignTableName(prefix)));

runCampaignRepositoryContract('Azure Tables (Azurite)', async () => repoOn(freshPrefix()));

describe('TableCampaignRepository on Azurite', () => {
  it('lets exactly one of two instances claim a recipient, each with its own client', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    await one.create(sampleCampaign({ recipientCount: 1 }), people(1));
    const pending = { delivery: 'pending' as const, attempts: 0 };
    const claim = (instanceId: string) => ({ delivery: 'sending' as const, attempts: 1, nextAttemptAt: '2026-03-02T09:00:00.000Z', claim: { instanceId, runId: 'r', at: '2026-03-02T09:00:00.000Z' } });
    const won = await Promise.all([one.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claim('a')), two.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claim('b'))]);
    expect(won.filter(Boolean)).toHaveLength(1);
    const [stored] = await two.recipients('tenant-a', 'CP-AAAAAAAA', { from: 0, limit: 1 });
    expect(stored.claim?.instanceId).toBe(won[0] ? 'a' : 'b');
  });
});
