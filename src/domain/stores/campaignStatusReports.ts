import type { StatusReport } from '../campaigns/status';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

/**
 * The last "campaign status" report of each campaign, by tenant and campaign id: the counts it
 * showed and when, so the next report says what changed since (campaigns/status.ts changeSince).
 */
export class CampaignStatusReports {
  constructor(private readonly store: KeyValueStore) {}

  async last(tenantId: string, campaignId: string): Promise<StatusReport | undefined> {
    const key = STORE_KEYS.campaignStatusReport(tenantId, campaignId);
    const stored = (await this.store.read([key]))[key] as (StatusReport & { eTag?: string }) | undefined;
    return stored ? { counts: stored.counts, at: stored.at } : undefined;
  }

  /** Keeps `report` as the campaign's last one (the newest write wins: two reports at once differ by nothing worth keeping). */
  async save(tenantId: string, campaignId: string, report: StatusReport): Promise<void> {
    await this.store.write({ [STORE_KEYS.campaignStatusReport(tenantId, campaignId)]: { ...report, eTag: '*' } });
  }
}
